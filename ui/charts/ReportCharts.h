#pragma once

#include "documents/ReportChart.h"
#include "stats/DashboardFigures.h"

#include <QSize>

namespace truc2::ui {

/// The dashboard's main charts drawn offscreen for the printed impact report, in this order:
/// participation by format over the months, participants and sessions, agents reached
/// (cumulative), reach by direction, which directions met which (heat map), satisfaction and
/// useful skills per format, year on year. Each image is `pixels` large on a white
/// background; the charts are laid out at about 900 points wide and scaled, so that their
/// labels stay readable at A4 width. A chart with nothing to draw (no session in the period)
/// says so in words. Built by the same functions as the Dashboard page (DashboardCharts,
/// MixingHeatMap).
///
/// Needs a QApplication (Qt Charts draws with widgets' graphics items); call it from the
/// main thread.
ReportCharts reportCharts(const DashboardFigures& figures, QSize pixels);

} // namespace truc2::ui
