#pragma once

// What the CSV and XLSX writers share about cells.

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>

namespace truc2 {

/// Whether a text would be taken for a formula by a spreadsheet that opens it as text:
/// it starts with = + - @, a tab or a carriage return (OWASP's list).
inline bool startsLikeFormula(const QString& text)
{
    if (text.isEmpty()) {
        return false;
    }
    switch (text.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return true;
    default:
        return false;
    }
}

/// A Date cell's day: a QDate, the day of a QDateTime, or ISO text.
inline QDate exportDate(const QVariant& value)
{
    if (value.metaType().id() == QMetaType::QDateTime) {
        return value.toDateTime().date();
    }
    if (value.metaType().id() == QMetaType::QDate) {
        return value.toDate();
    }
    return QDate::fromString(value.toString().left(10), Qt::ISODate);
}

/// A DateTime cell's moment: a QDateTime, the start of a QDate's day, or ISO text.
inline QDateTime exportDateTime(const QVariant& value)
{
    if (value.metaType().id() == QMetaType::QDateTime) {
        return value.toDateTime();
    }
    if (value.metaType().id() == QMetaType::QDate) {
        return value.toDate().startOfDay();
    }
    return QDateTime::fromString(value.toString(), Qt::ISODate);
}

} // namespace truc2
