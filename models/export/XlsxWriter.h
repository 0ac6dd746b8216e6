#pragma once

// An XLSX workbook of one worksheet (or one per table), written with libxlsxwriter.
// The header row in bold and frozen, an autofilter over the whole table, columns as wide as
// their contents (within bounds), and typed cells: numbers as numbers, dates and date-times as
// Excel dates with a dd/mm/yyyy format, percentages as fractions shown "85%", text as strings. Text
// is never written as a formula, so "=HYPERLINK(…)" in a comment stays that text and needs no
// apostrophe (unlike CSV).

#include "export/ExportTable.h"

namespace truc2 {

/// Writes the workbook, all or nothing: it is written under a temporary name in the same folder,
/// then renamed over `path`.
Status writeXlsx(const ExportTable& table, const QString& path);

/// Writes a workbook of one worksheet per table, in order, each named after its table's title
/// (made unique: "Formats", "Formats (2)"), all or nothing like the single-table form.
Status writeXlsx(const QList<ExportTable>& tables, const QString& path);

/// The worksheet name Excel accepts for a title: at most 31 characters, none of []:*?/\.
QString worksheetName(const QString& title);

} // namespace truc2
