#include "storage/BulkLoad.h"

#include "storage/Database.h"
#include "storage/SqlError.h"

#include <QSqlDriver>
#include <QSqlQuery>

namespace truc2 {
namespace {

struct TableIndex
{
    QString name;
    QString sql; ///< the CREATE INDEX statement SQLite keeps
};

/// Those of `names` that are the table's own indexes (those of its constraints have no
/// statement), in creation order.
Result<QList<TableIndex>> ownIndexes(const QSqlDatabase& connection, const QString& table,
                                     const QStringList& names)
{
    QSqlQuery query(connection);
    query.prepare(QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND "
                                 "tbl_name = :table AND sql IS NOT NULL ORDER BY rowid"));
    query.bindValue(QStringLiteral(":table"), table);
    if (Status ran = execQuery(query); !ran) {
        return ran.error();
    }
    QList<TableIndex> indexes;
    while (query.next()) {
        if (QString name = query.value(0).toString(); names.contains(name)) {
            indexes.append({std::move(name), query.value(1).toString()});
        }
    }
    return indexes;
}

/// How many rows the table holds at most: its largest rowid, found without reading the table
/// (counting reads all of it, and survey_response only grows).
Result<qint64> mostRows(const QSqlDatabase& connection, const QString& table)
{
    QSqlQuery query(connection);
    if (!query.exec(QStringLiteral("SELECT coalesce(max(rowid), 0) FROM ") +
                    connection.driver()->escapeIdentifier(table, QSqlDriver::TableName)) ||
        !query.next()) {
        return Error{readableSqlError(query.lastError())};
    }
    return query.value(0).toLongLong();
}

/// Drops the indexes that are worth building after the rows: all of them or, when one cannot
/// be dropped, none (the savepoint takes back those already dropped).
Result<QList<TableIndex>> dropIndexes(const QSqlDatabase& connection, const QString& table,
                                      const QStringList& names, qint64 newRows)
{
    const Result<qint64> rows = mostRows(connection, table);
    if (!rows) {
        return rows.error();
    }
    if (*rows > newRows) {
        return QList<TableIndex>();
    }
    Result<QList<TableIndex>> indexes = ownIndexes(connection, table, names);
    if (!indexes || indexes->isEmpty()) {
        return indexes;
    }
    const QString savepoint = QStringLiteral("truc2_bulk_load");
    if (Status set = execStatement(connection, QStringLiteral("SAVEPOINT ") + savepoint); !set) {
        return set.error();
    }
    for (const TableIndex& index : std::as_const(*indexes)) {
        if (!execStatement(connection, QStringLiteral("DROP INDEX ") +
                                           connection.driver()->escapeIdentifier(
                                               index.name, QSqlDriver::TableName))) {
            if (Status back = execStatement(connection, QStringLiteral("ROLLBACK TO ") + savepoint);
                !back) {
                return back.error();
            }
            indexes->clear();
            break;
        }
    }
    if (Status released = execStatement(connection, QStringLiteral("RELEASE ") + savepoint);
        !released) {
        return released.error();
    }
    return indexes;
}

} // namespace

Status loadInBulk(Database& db, const QString& table, const QStringList& indexes, qint64 newRows,
                  const std::function<Status()>& work)
{
    if (db.dialect().backend() != SqlDialect::Backend::SQLite || newRows < kBulkLoadMinRows) {
        return db.transaction(work);
    }
    return db.transaction([&]() -> Status {
        const QSqlDatabase connection = db.connection();
        const Result<QList<TableIndex>> dropped = dropIndexes(connection, table, indexes, newRows);
        if (!dropped) {
            return dropped.error();
        }
        if (Status done = work(); !done) {
            return done;
        }
        for (const TableIndex& index : *dropped) {
            if (Status built = execStatement(connection, index.sql); !built) {
                return Error{Database::tr("The index %1 could not be built again: %2")
                                 .arg(index.name, built.errorMessage())};
            }
        }
        return {};
    });
}

} // namespace truc2
