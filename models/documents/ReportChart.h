#pragma once

#include <QImage>
#include <QList>
#include <QString>

namespace truc2 {

/// A chart of the dashboard as the impact report embeds it: drawn by the ui layer (Qt Charts
/// needs widgets, which models/ never uses) and handed to the report as a picture.
struct ReportChart
{
    QString title;
    QImage image; ///< At print resolution; the report scales it to the page's width.
};

using ReportCharts = QList<ReportChart>;

} // namespace truc2
