#include "storage/SqliteStatement.h"

#include "storage/SqlError.h"

#include <QSqlDriver>
#include <QSqlError>

#include <cstdint>
#include <sqlite3.h>

namespace truc2 {
namespace {

/// SQLITE_TRANSIENT without its C cast: SQLite copies the text before the call returns.
const sqlite3_destructor_type kTransient = reinterpret_cast<sqlite3_destructor_type>(intptr_t(-1));

} // namespace

bool SqliteStatement::available(const QSqlDatabase& db)
{
    if (db.driverName() != QLatin1String("QSQLITE") || db.driver() == nullptr) {
        return false;
    }
    const QVariant handle = db.driver()->handle();
    return handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0 &&
           *static_cast<sqlite3* const*>(handle.data()) != nullptr;
}

Result<std::unique_ptr<SqliteStatement>> SqliteStatement::prepare(const QSqlDatabase& db,
                                                                  const QString& sql)
{
    if (!available(db)) {
        return Error{readableSqlError(
            QSqlError(QStringLiteral("No SQLite handle"), QString(), QSqlError::ConnectionError))};
    }
    sqlite3* handle = *static_cast<sqlite3* const*>(db.driver()->handle().data());
    sqlite3_stmt* statement = nullptr;
    const QByteArray text = sql.toUtf8();
    const int code =
        sqlite3_prepare_v2(handle, text.constData(), int(text.size()), &statement, nullptr);
    std::unique_ptr<SqliteStatement> prepared(new SqliteStatement(handle, statement));
    if (code != SQLITE_OK) {
        return prepared->lastError(code);
    }
    return prepared;
}

SqliteStatement::SqliteStatement(sqlite3* db, sqlite3_stmt* statement)
    : m_db(db)
    , m_statement(statement)
{}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::operator()(const QVariant& value)
{
    const int index = m_next++;
    if (value.isNull()) {
        sqlite3_bind_null(m_statement, index);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::Bool:
        sqlite3_bind_int64(m_statement, index, value.toLongLong());
        break;
    case QMetaType::Double:
        sqlite3_bind_double(m_statement, index, value.toDouble());
        break;
    default: {
        const QString text = value.toString();
        sqlite3_bind_text16(m_statement, index, text.utf16(), int(text.size() * 2), kTransient);
        break;
    }
    }
}

Status SqliteStatement::run()
{
    const int code = sqlite3_step(m_statement);
    m_next = 1;
    Status done;
    if (code != SQLITE_DONE && code != SQLITE_ROW) {
        done = lastError(code); // read before the reset
    }
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    return done;
}

Error SqliteStatement::lastError(int code) const
{
    return Error{readableSqlError(QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(m_db)),
                                            QSqlError::StatementError, QString::number(code)))};
}

} // namespace truc2
