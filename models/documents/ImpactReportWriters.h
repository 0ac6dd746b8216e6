#pragma once

#include "core/Result.h"
#include "documents/ImpactReportContent.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace truc2 {

/// The files an impact report is written to.
enum class ReportFormat
{
    Pdf,
    Odt,
    Html,
    Xlsx,
    Csv,
    Json,
    Txt
};

/// "pdf", "odt", "html", "xlsx", "csv", "json" or "txt" (any case).
std::optional<ReportFormat> reportFormatFromName(const QString& name);
/// The suffix of a format's files, as reportFormatFromName reads it.
QString reportFormatName(ReportFormat format);

/// Every figure of the dashboard as JSON: figuresJson's keys (period, headcount, formats,
/// totals) with the rest beside them (previous, months, reach_by_direction, mixing, animators,
/// actions, training, years). Rates are fractions, null when there is nothing to divide by or
/// too few answers (with the counts beside them).
QByteArray impactReportJson(const DashboardFigures& figures);

/// The report as plain text: the sentences, then each section with its tables in aligned
/// columns.
QString impactReportText(const ImpactReportContent& content);

/// The report as one HTML file: the document's HTML, its pictures inlined as data: URIs.
QByteArray impactReportHtml(const PagedDocument& document);

/// Writes the report in a format, all or nothing: a failure leaves no file behind and any
/// file already at `path` untouched.
Status writeImpactReport(const ImpactReportInput& input, ReportFormat format, const QString& path);

} // namespace truc2
