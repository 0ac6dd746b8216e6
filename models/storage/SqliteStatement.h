#pragma once

// A statement run through SQLite's own API on the connection Qt opened: for bulk writes whose
// cost is the driver's per-value bookkeeping rather than SQLite's. SQLite only; PostgreSQL
// keeps going through Qt.

#include "core/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringEncoder>
#include <QStringView>
#include <QVariant>

#include <memory>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace truc2 {

/// The SQLite handle under a connection Qt opened; nullptr when it is not SQLite's.
sqlite3* sqliteHandle(const QSqlDatabase& db);

/// Sets the SQLite library up for this program, once, before its first connection: no memory
/// statistics (SQLite takes a global lock at every allocation to keep them, which two threads
/// reading at once, as the dashboard's do, queue on; nothing here reads them). Harmless when
/// the library is already in use.
void configureSqliteLibrary();

class SqliteStatement
{
public:
    /// True when `db` is an SQLite connection whose handle this class can use.
    static bool available(const QSqlDatabase& db);

    /// The statement prepared on `db`'s SQLite handle ("?" placeholders); nullptr when the
    /// connection is not SQLite's, an error when SQLite refuses the statement.
    static Result<std::unique_ptr<SqliteStatement>> prepare(const QSqlDatabase& db,
                                                            const QString& sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    /// Binds the next value as Qt's SQLite driver would: null → NULL, integers and booleans as
    /// integers, anything else as text.
    void operator()(const QVariant& value);
    /// Typed binds of the next value, without a QVariant: for the hottest bulk writes.
    void bindNull();
    void bindInteger(qint64 value);
    void bindDouble(double value);
    /// A null string binds NULL; the text is copied (as UTF-8) before the call returns.
    void bindText(QStringView text);
    /// Text already in UTF-8, read in place: its bytes must stay until run(). A null view binds
    /// NULL.
    void bindUtf8(QByteArrayView text);
    /// Runs the statement once with the values bound, then makes it ready for the next row.
    Status run();

    /// Steps a query to its next row: true on a row, false at the end (the statement is then
    /// ready to run again).
    Result<bool> next();
    /// A column of the current row: null for NULL.
    QString text(int column) const;
    /// A column of the current row: 0 for NULL.
    qint64 integer(int column) const;

private:
    explicit SqliteStatement(sqlite3_stmt* statement);
    /// bindText() at a given parameter (1-based).
    void bindTextAt(int index, QStringView text);

    sqlite3_stmt* m_statement;
    int m_next = 1;
    /// The UTF-8 of each text parameter, kept until it is bound again.
    std::vector<QByteArray> m_texts;
    QStringEncoder m_encoder{QStringEncoder::Utf8, QStringEncoder::Flag::Stateless};
};

} // namespace truc2
