#pragma once

#include "documents/ReportChart.h"

namespace truc2 {
struct DashboardFigures;
}

namespace truc2::ui {

/// The dashboard's charts as the impact report embeds them, at print resolution. Needs a
/// QApplication (Qt Charts draws with widgets).
ReportCharts chartsForReport(const DashboardFigures& figures);

} // namespace truc2::ui
