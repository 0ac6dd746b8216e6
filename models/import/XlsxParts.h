#pragma once

// The parts of an Office Open XML workbook that XlsxReader needs before the worksheet: the
// workbook's sheet list, its relationships, the shared strings and the cell styles that say
// which numbers are dates; and the conversions of cell references and date serials.

#include <QList>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

namespace truc2::xlsx {

struct SheetEntry
{
    QString name;
    QString relationId;
};

struct Workbook
{
    QList<SheetEntry> sheets;
    bool date1904 = false; ///< Dates counted from 1904-01-01 (old Mac workbooks).
};

struct Relationship
{
    QString id;
    QString type; ///< The relationship type URI; only its last segment matters.
    QString target;
};

/// What a number format shows.
enum class DateKind
{
    None,
    Date,
    DateTime,
    Time
};

/// Each parser reads to the end of its part; false when the XML is not what it must be.
bool parseWorkbook(QXmlStreamReader& xml, Workbook& workbook);
bool parseRelationships(QXmlStreamReader& xml, QList<Relationship>& relationships);
bool parseSharedStrings(QXmlStreamReader& xml, QStringList& strings);
/// The kind of every cell style (cellXfs), by style index.
bool parseStyles(QXmlStreamReader& xml, QList<DateKind>& styles);

/// The text of a rich or plain string element (<si> or <is>): its <t> runs, phonetic runs left
/// out, the reader being on the element's start; it ends on the element's end.
QString readStringItem(QXmlStreamReader& xml);
/// Excel writes the characters XML cannot hold as _xHHHH_ ("_x000D_" for a carriage return).
QString decodeEscapes(const QString& text);

/// The part a relationship target points at, from the workbook's folder "xl/".
QString resolveTarget(const QString& target);

DateKind builtinFormatKind(int numFmtId);
/// The kind of a custom format code ("dd/mm/yyyy\ hh:mm", "[$-40C]d mmmm yyyy", "0.00 \"€\"").
DateKind customFormatKind(const QString& code);

/// The ISO text of a date serial ("2024-03-12", "2024-03-12T09:30:00", "09:30:00"), or a null
/// string when the serial is no date Excel can show (negative, the 1900 leap-year bug's 29
/// February, past 9999).
QString serialToIso(double serial, DateKind kind, bool date1904);

/// The 0-based column of a cell reference ("A1" → 0, "AB7" → 27), -1 when it is not one or
/// lies past Excel's last column (XFD).
int columnIndex(QStringView reference);

/// A number cell's value as C-locale text, as Excel shows it: "3", "4.5", "0.3" for the
/// 0.30000000000000004 it stores.
QString numberText(const QString& value);

} // namespace truc2::xlsx
