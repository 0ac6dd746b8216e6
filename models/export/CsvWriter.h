#pragma once

// CSV that French Excel opens with a double click, without the import wizard:
// - UTF-8 with a byte-order mark (without it Excel reads Windows-1252), `;` between fields
//   (the list separator of French Windows), CRLF after every record;
// - dates dd/MM/yyyy, date-times dd/MM/yyyy HH:mm, decimals with a comma, percentages "85%";
// - fields holding `;`, `"`, CR or LF in double quotes, quotes doubled (RFC 4180);
// - text cells that start like a formula (= + - @, tab, CR) get a leading apostrophe, so that
//   Excel shows them instead of running them (OWASP, "CSV injection"); numbers are never
//   touched: -5 in a number column is the number -5;
// - text that Excel would turn into a number or a date ("00123" → 123, "1/2" → 1 February) is
//   written "\t00123": Excel ignores the quotes when it guesses a cell's type, so quoting alone
//   does not help, and ="00123" is a formula; a leading tab is the one prefix that keeps the
//   text (leading zeros, all digits) and is not shown. The cell then holds that tab: whoever
//   needs the exact text takes the XLSX export, where text cells are typed as text.

#include "export/ExportTable.h"

#include <QByteArray>

namespace truc2 {

/// The table as the bytes of a CSV file, header row first.
QByteArray csvBytes(const ExportTable& table);

/// Several tables in one file, one after the other, each under a row holding its title and
/// separated by an empty line; one byte-order mark at the start.
QByteArray csvBytes(const QList<ExportTable>& tables);

/// One text cell as written in the file, before quoting: neutralised or tab-prefixed.
QString csvTextCell(const QString& text);

/// Writes the CSV file, all or nothing.
Status writeCsv(const ExportTable& table, const QString& path);
/// Writes the tables in one CSV file (csvBytes of the list), all or nothing.
Status writeCsv(const QList<ExportTable>& tables, const QString& path);

} // namespace truc2
