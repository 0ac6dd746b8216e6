#pragma once

#include <QDate>
#include <QDateTime>
#include <QVariant>

namespace truc2::db {

// Dates and times are stored as ISO 8601 text in the school's local wall-clock time, the one
// form that sorts and compares alike on SQLite and PostgreSQL (see resources/sql/001_initial.sql).

/// "yyyy-MM-ddTHH:mm:ss" of a valid date and time, written digit by digit: QDateTime::toString()
/// parses its format on every call, which a bulk write of 100,000 rows feels.
inline QString isoDateTime(const QDateTime& value)
{
    const QDate date = value.date();
    const QTime time = value.time();
    const int year = date.year();
    if (year < 1000 || year > 9999) {
        return value.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    }
    QString text(19, Qt::Uninitialized);
    QChar* out = text.data();
    const auto put = [&out](int number, int digits) {
        for (int d = digits - 1; d >= 0; --d) {
            out[d] = QLatin1Char(static_cast<char>('0' + number % 10));
            number /= 10;
        }
        out += digits;
    };
    const auto separator = [&out](char c) {
        *out++ = QLatin1Char(c);
    };
    put(year, 4);
    separator('-');
    put(date.month(), 2);
    separator('-');
    put(date.day(), 2);
    separator('T');
    put(time.hour(), 2);
    separator(':');
    put(time.minute(), 2);
    separator(':');
    put(time.second(), 2);
    return text;
}

inline QVariant fromDateTime(const QDateTime& value)
{
    return value.isValid() ? QVariant(isoDateTime(value)) : QVariant(QMetaType(QMetaType::QString));
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

/// The stored "yyyy-MM-ddTHH:mm:ss" as it reads on the wall clock, in a UTC QDateTime: no time
/// zone is consulted, neither to read it nor by date() and time() afterwards, which a local
/// QDateTime asks the C library for at every call. For arithmetic on the times of day of many
/// sessions (their minutes by half-days); invalid when the text is not in that form.
inline QDateTime toWallClock(QStringView text)
{
    if (text.size() != 19 || text.at(4) != u'-' || text.at(7) != u'-' || text.at(10) != u'T' ||
        text.at(13) != u':' || text.at(16) != u':') {
        return {};
    }
    bool digits = true;
    const auto number = [&](qsizetype from, qsizetype count) {
        int value = 0;
        for (qsizetype i = from; i < from + count; ++i) {
            const char16_t c = text.at(i).unicode();
            digits = digits && c >= u'0' && c <= u'9';
            value = value * 10 + (c - u'0');
        }
        return value;
    };
    const QDate date(number(0, 4), number(5, 2), number(8, 2));
    const QTime time(number(11, 2), number(14, 2), number(17, 2));
    if (!digits || !date.isValid() || !time.isValid()) {
        return {};
    }
    return QDateTime(date, time, Qt::UTC);
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
