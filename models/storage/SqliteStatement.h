#pragma once

// A statement run through SQLite's own C interface on the handle of a Qt connection, for the
// bulk writers whose rows Qt's driver binds too slowly (a QVariant list copied and converted
// for every row). SQLite only: other backends keep QSqlQuery.

#include "core/Result.h"

#include <QSqlDatabase>
#include <QVariant>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace truc2 {

class SqliteStatement
{
public:
    /// True when `db` is an SQLite connection whose handle this class can use.
    static bool available(const QSqlDatabase& db);

    /// Prepares `sql` (positional "?" placeholders) on the connection's handle.
    static Result<std::unique_ptr<SqliteStatement>> prepare(const QSqlDatabase& db,
                                                            const QString& sql);

    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    /// Binds the next value of the row (null, integer, double, bool or text, as Qt would).
    void operator()(const QVariant& value);

    /// Runs the statement with the values bound since the last run, then makes it ready for
    /// the next row.
    Status run();

private:
    SqliteStatement(sqlite3* db, sqlite3_stmt* statement);
    Error lastError(int code) const;

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    int m_next = 1;
};

} // namespace truc2
