#include "documents/ReportPictures.h"

#include "stats/DashboardFigures.h"

namespace truc2::ui {

ReportCharts chartsForReport(const DashboardFigures& figures)
{
    // The dashboard's charts (ui/charts/ReportCharts) are not on this branch yet: the report
    // is written without pictures until they are.
    Q_UNUSED(figures);
    return {};
}

} // namespace truc2::ui
