#pragma once

// A table to hand to spreadsheet users: typed columns and rows of values, written as CSV for
// French Excel (CsvWriter.h) or as an XLSX workbook (XlsxWriter.h).

#include "core/Result.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

namespace truc2 {

/// What a column holds; it decides how each writer spells or types its cells.
enum class ExportType
{
    Text,       ///< Kept as written: "00123" stays "00123".
    Integer,    ///< qint64
    Decimal,    ///< double
    Percentage, ///< double, a fraction: 0.85 is 85 %
    Date,       ///< QDate
    DateTime,   ///< QDateTime, to the minute
};

struct ExportColumn
{
    QString title;
    ExportType type = ExportType::Text;
};

/// A table of values: a null or invalid QVariant is an empty cell; other cells hold the type of
/// their column (QString for Text, a number, QDate, QDateTime).
struct ExportTable
{
    QString title; ///< The worksheet's name, and the suggested file name.
    QList<ExportColumn> columns;
    QList<QVariantList> rows; ///< Each as long as `columns`.

    void addColumn(const QString& columnTitle, ExportType type = ExportType::Text)
    {
        columns.append({columnTitle, type});
    }
};

/// The files a table can be written to.
enum class ExportFormat
{
    Csv,
    Xlsx
};

/// "csv" or "xlsx" (any case), as typed on the command line or as a file's suffix.
std::optional<ExportFormat> exportFormatFromName(const QString& name);

/// Writes the table in the format given, all or nothing: a failure leaves no file behind and
/// any file already at `path` untouched.
Status writeExport(const ExportTable& table, ExportFormat format, const QString& path);

} // namespace truc2
