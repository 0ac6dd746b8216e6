#pragma once

// Helpers shared by the stores' bulk writers: prepared statements kept for reuse and
// multi-row INSERTs in batches.

#include "core/Result.h"
#include "storage/SqlError.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <optional>

namespace truc2::bulk {

inline QSqlQuery& prepared(std::optional<QSqlQuery>& slot, const QSqlDatabase& db,
                           const QString& sql)
{
    if (!slot) {
        slot.emplace(db);
        slot->prepare(sql);
    }
    return *slot;
}

inline QVariant optionalBool(const std::optional<bool>& value)
{
    return value ? QVariant(*value ? 1 : 0) : QVariant(QMetaType(QMetaType::Int));
}

/// Most rows per multi-row INSERT of the bulk methods: 64 × 11 values stay under the 999
/// parameters of older SQLite versions, far under PostgreSQL's limit.
constexpr int kBatchRows = 64;

/// Most values one row of a bulk method binds.
constexpr int kMaxColumns = 11;

/// Placeholder names of the bulk statements, ":p0" … , made once: binding by a ready name is
/// cheaper in Qt than binding by position, which formats a name for every value.
inline const QStringList& placeholders()
{
    static const QStringList names = [] {
        QStringList list;
        for (int i = 0; i < kBatchRows * kMaxColumns; ++i) {
            list.append(QStringLiteral(":p%1").arg(i));
        }
        return list;
    }();
    return names;
}

/// Binds the values of one row after another to a bulk statement.
class RowBinder
{
public:
    explicit RowBinder(QSqlQuery& query)
        : m_query(query)
    {}
    void operator()(const QVariant& value)
    {
        m_query.bindValue(placeholders().at(m_next++), value);
    }

private:
    QSqlQuery& m_query;
    qsizetype m_next = 0;
};

/// Writes rows with one multi-row INSERT per batch, "INSERT … VALUES (:p0, …), (…) …", reusing
/// one prepared statement per batch size (a power of two). `bind` binds one row's `columns` values
/// in order; `returning` ("RETURNING …") and `read` collect what each batch gives back.
template <typename Row, typename Bind>
Status insertBatches(QHash<int, QSqlQuery>& statements, const QSqlDatabase& db,
                     const QString& insertInto, int columns, const QList<Row>& rows, Bind bind,
                     const QString& returning = QString(),
                     const std::function<Status(QSqlQuery&)>& read = {})
{
    Q_ASSERT(columns <= kMaxColumns);
    int count = kBatchRows;
    for (qsizetype first = 0; first < rows.size(); first += count) {
        // Batches of 64 rows, then 32, 16 … for the rest: a few statements serve every size.
        while (count > rows.size() - first) {
            count /= 2;
        }
        auto statement = statements.find(count);
        if (statement == statements.end()) {
            QString sql = insertInto + QStringLiteral(" VALUES ");
            for (int i = 0; i < count * columns; ++i) {
                sql += (i % columns == 0 ? (i == 0 ? QStringLiteral("(") : QStringLiteral("), ("))
                                         : QStringLiteral(", ")) +
                       placeholders().at(i);
            }
            sql += QLatin1Char(')');
            if (!returning.isEmpty()) {
                sql += QLatin1Char(' ') + returning;
            }
            QSqlQuery query(db);
            if (!query.prepare(sql)) {
                return Error{readableSqlError(query.lastError())};
            }
            statement = statements.insert(count, query);
        }
        QSqlQuery& query = *statement;
        RowBinder put(query);
        for (int r = 0; r < count; ++r) {
            bind(put, rows[first + r]);
        }
        if (Status ran = execQuery(query); !ran) {
            return ran;
        }
        if (read) {
            Status got = read(query);
            query.finish();
            if (!got) {
                return got;
            }
        }
    }
    return {};
}

} // namespace truc2::bulk
