#include "storage/SqliteStatement.h"

#include "storage/SqlError.h"

#include <QSqlDriver>
#include <QSqlError>

#include <cstdint>
#include <mutex>
#include <sqlite3.h>

namespace truc2 {
namespace {

Error sqliteError(sqlite3* handle, int code)
{
    return Error{readableSqlError(QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(handle)),
                                            QSqlError::StatementError, QString::number(code)))};
}

/// SQLITE_TRANSIENT (SQLite copies the value before the call returns) without its C cast.
const sqlite3_destructor_type kCopied =
    reinterpret_cast<sqlite3_destructor_type>(static_cast<std::intptr_t>(-1));

/// SQLITE_STATIC: SQLite reads the value where it is until the parameter is bound again.
const sqlite3_destructor_type kKept = nullptr;

} // namespace

sqlite3* sqliteHandle(const QSqlDatabase& db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        return nullptr;
    }
    return *static_cast<sqlite3* const*>(handle.constData());
}

void configureSqliteLibrary()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // SQLITE_MISUSE when the library was initialised already: it keeps its defaults.
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    });
}

bool SqliteStatement::available(const QSqlDatabase& db)
{
    return sqliteHandle(db) != nullptr;
}

Result<std::unique_ptr<SqliteStatement>> SqliteStatement::prepare(const QSqlDatabase& db,
                                                                  const QString& sql)
{
    sqlite3* handle = sqliteHandle(db);
    if (!handle) {
        return std::unique_ptr<SqliteStatement>();
    }
    sqlite3_stmt* statement = nullptr;
    const int code = sqlite3_prepare16_v2(handle, sql.utf16(), static_cast<int>(sql.size() * 2),
                                          &statement, nullptr);
    if (code != SQLITE_OK) {
        sqlite3_finalize(statement);
        return sqliteError(handle, code);
    }
    return std::unique_ptr<SqliteStatement>(new SqliteStatement(statement));
}

SqliteStatement::SqliteStatement(sqlite3_stmt* statement)
    : m_statement(statement)
    , m_texts(std::size_t(sqlite3_bind_parameter_count(statement)))
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
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
        sqlite3_bind_int64(m_statement, index, value.toLongLong());
        return;
    case QMetaType::Double:
    case QMetaType::Float:
        sqlite3_bind_double(m_statement, index, value.toDouble());
        return;
    case QMetaType::QString:
        bindTextAt(index, *static_cast<const QString*>(value.constData()));
        return;
    default: {
        const QString text = value.toString();
        sqlite3_bind_text16(m_statement, index, text.utf16(), static_cast<int>(text.size() * 2),
                            kCopied);
        return;
    }
    }
}

void SqliteStatement::bindNull()
{
    sqlite3_bind_null(m_statement, m_next++);
}

void SqliteStatement::bindInteger(qint64 value)
{
    sqlite3_bind_int64(m_statement, m_next++, value);
}

void SqliteStatement::bindDouble(double value)
{
    sqlite3_bind_double(m_statement, m_next++, value);
}

void SqliteStatement::bindUtf8(QByteArrayView text)
{
    const int index = m_next++;
    if (text.isNull()) {
        sqlite3_bind_null(m_statement, index);
        return;
    }
    sqlite3_bind_text(m_statement, index, text.isEmpty() ? "" : text.data(),
                      static_cast<int>(text.size()), kKept);
}

void SqliteStatement::bindText(QStringView text)
{
    bindTextAt(m_next++, text);
}

void SqliteStatement::bindTextAt(int index, QStringView text)
{
    if (text.isNull()) {
        sqlite3_bind_null(m_statement, index);
        return;
    }
    // The UTF-8 goes into this parameter's own buffer, which SQLite reads in place: no copy
    // of the UTF-16 then conversion into memory allocated for each value, and no allocation
    // at all once the buffer is large enough. The buffer changes only when this parameter is
    // bound again, after the row was written.
    if (text.isEmpty() || std::size_t(index) > m_texts.size()) {
        // Empty text is not NULL (SQLite takes a null pointer for NULL); a parameter beyond
        // the statement's is SQLite's error to report.
        sqlite3_bind_text(m_statement, index, "", 0, kKept);
        return;
    }
    QByteArray& buffer = m_texts[std::size_t(index - 1)];
    if (const qsizetype needed = m_encoder.requiredSpace(text.size()); buffer.size() < needed) {
        buffer.resize(needed);
    }
    char* const start = buffer.data();
    // ASCII copied as it is (codes, numbers, short answers: most of what is bound), which
    // costs less than setting up the encoder for a few characters.
    char* end = start;
    for (const QChar c : text) {
        if (c.unicode() >= 0x80) {
            end = m_encoder.appendToBuffer(start, text);
            break;
        }
        *end++ = static_cast<char>(c.unicode());
    }
    sqlite3_bind_text(m_statement, index, start, static_cast<int>(end - start), kKept);
}

Status SqliteStatement::run()
{
    const int code = sqlite3_step(m_statement);
    m_next = 1;
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    if (code != SQLITE_DONE && code != SQLITE_ROW) {
        return sqliteError(sqlite3_db_handle(m_statement), code);
    }
    return {};
}

Result<bool> SqliteStatement::next()
{
    const int code = sqlite3_step(m_statement);
    if (code == SQLITE_ROW) {
        return true;
    }
    sqlite3_reset(m_statement);
    if (code != SQLITE_DONE) {
        return sqliteError(sqlite3_db_handle(m_statement), code);
    }
    return false;
}

QString SqliteStatement::text(int column) const
{
    const unsigned char* data = sqlite3_column_text(m_statement, column);
    if (!data) {
        return QString();
    }
    return QString::fromUtf8(QByteArrayView(data, sqlite3_column_bytes(m_statement, column)));
}

qint64 SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

} // namespace truc2
