#pragma once

#include <QDate>
#include <QDateTime>
#include <QVariant>

namespace truc2::db {

// Dates and times are stored as ISO 8601 text in the school's local wall-clock time, the one
// form that sorts and compares alike on SQLite and PostgreSQL (see resources/sql/001_initial.sql).

inline QVariant fromDateTime(const QDateTime& value)
{
    return value.isValid() ? QVariant(value.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")))
                           : QVariant(QMetaType(QMetaType::QString));
}

inline QVariant fromDate(const QDate& value)
{
    return value.isValid() ? QVariant(value.toString(Qt::ISODate))
                           : QVariant(QMetaType(QMetaType::QString));
}

inline QDateTime toDateTime(const QVariant& value)
{
    return QDateTime::fromString(value.toString(), QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

inline QDate toDate(const QVariant& value)
{
    return QDate::fromString(value.toString().left(10), Qt::ISODate);
}

/// Text for a NOT NULL column: Qt binds a null QString as NULL, so an unset one becomes ''.
inline QVariant text(const QString& value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

/// Empty text is stored as NULL (no matricule, no e-mail), so UNIQUE allows many of them.
inline QVariant nullIfEmpty(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

inline QVariant nullIfZero(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

inline QVariant fromBool(bool value)
{
    return value ? 1 : 0;
}

} // namespace truc2::db
