#include "export/ExportTable.h"

#include "export/CsvWriter.h"
#include "export/XlsxWriter.h"

namespace truc2 {

std::optional<ExportFormat> exportFormatFromName(const QString& name)
{
    if (name.compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0) {
        return ExportFormat::Csv;
    }
    if (name.compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0) {
        return ExportFormat::Xlsx;
    }
    return std::nullopt;
}

Status writeExport(const ExportTable& table, ExportFormat format, const QString& path)
{
    return format == ExportFormat::Csv ? writeCsv(table, path) : writeXlsx(table, path);
}

} // namespace truc2
