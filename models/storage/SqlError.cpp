#include "storage/SqlError.h"

#include "storage/ServerAddress.h"

#include <QCoreApplication>

namespace truc2 {

QString readableSqlError(const QSqlError& error)
{
    const QString text = error.text();
    const QString lower = text.toLower();
    const QString native = error.nativeErrorCode();
    if (lower.contains(QLatin1String("database is locked")) || native == QLatin1String("5")) {
        return QCoreApplication::translate(
            "SqlError", "The database is busy: another program or workstation is writing to it. "
                        "Try again in a moment.");
    }
    if (lower.contains(QLatin1String("readonly")) || lower.contains(QLatin1String("read-only"))) {
        return QCoreApplication::translate("SqlError",
                                           "The database is read-only: changes cannot be saved.");
    }
    if (lower.contains(QLatin1String("not a database")) || native == QLatin1String("26")) {
        return QCoreApplication::translate("SqlError", "The file is not a TRUC² database.");
    }
    if (lower.contains(QLatin1String("server closed the connection")) ||
        lower.contains(QLatin1String("terminating connection")) ||
        lower.contains(QLatin1String("no connection to the server")) ||
        lower.contains(QLatin1String("connection to server was lost"))) {
        return QCoreApplication::translate(
            "SqlError", "The connection to the server was lost: nothing was saved. Reconnect "
                        "and try again.");
    }
    if (lower.contains(QLatin1String("read-only transaction")) ||
        lower.contains(QLatin1String("permission denied"))) {
        return QCoreApplication::translate(
            "SqlError", "Your account may only read this school: changes cannot be saved.");
    }
    if (lower.contains(QLatin1String("disk is full")) || native == QLatin1String("13")) {
        return QCoreApplication::translate("SqlError",
                                           "The disk is full: free some space and try again.");
    }
    return text.trimmed();
}

QString readableConnectionError(const QSqlError& error, const ServerAddress& address)
{
    const QString text = error.text();
    const QString lower = text.toLower();
    if (lower.contains(QLatin1String("password authentication failed")) ||
        lower.contains(QLatin1String("no password supplied")) ||
        lower.contains(QLatin1String("authentication failed"))) {
        return QCoreApplication::translate("SqlError",
                                           "The server %1 refused the password of user %2.")
            .arg(address.host, address.user);
    }
    if (lower.contains(QLatin1String("does not exist")) &&
        lower.contains(QLatin1String("database"))) {
        return QCoreApplication::translate("SqlError", "The server %1 has no database named %2.")
            .arg(address.host, address.database);
    }
    if (lower.contains(QLatin1String("could not connect")) ||
        lower.contains(QLatin1String("connection refused")) ||
        lower.contains(QLatin1String("timeout expired")) ||
        lower.contains(QLatin1String("could not translate host name")) ||
        lower.contains(QLatin1String("no route to host"))) {
        return QCoreApplication::translate(
                   "SqlError", "The server %1 (port %2) cannot be reached: check the address, "
                               "the network, and that the server is running.")
            .arg(address.host)
            .arg(address.port);
    }
    return QCoreApplication::translate("SqlError", "Cannot connect to %1: %2")
        .arg(address.displayName(), text.trimmed());
}

bool isUniqueViolation(const QSqlError& error)
{
    const QString native = error.nativeErrorCode();
    return native == QLatin1String("2067") || native == QLatin1String("1555") ||
           native == QLatin1String("23505") ||
           error.text().contains(QLatin1String("UNIQUE constraint"), Qt::CaseInsensitive);
}

Error changedMeanwhileError()
{
    return Error{QCoreApplication::translate(
        "SqlError", "Changed meanwhile by another workstation: reload and try again.")};
}

Status execQuery(QSqlQuery& query)
{
    if (!query.exec()) {
        return Error{readableSqlError(query.lastError())};
    }
    return {};
}

Status execStatement(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        return Error{readableSqlError(query.lastError())};
    }
    return {};
}

} // namespace truc2
