#include "documents/ReportPictures.h"

#include "charts/ReportCharts.h"

namespace truc2::ui {

ReportCharts chartsForReport(const DashboardFigures& figures)
{
    // Wide enough for the page at about 250 dpi, small enough to draw quickly.
    return reportCharts(figures, QSize(1800, 1000));
}

} // namespace truc2::ui
