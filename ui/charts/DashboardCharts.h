#pragma once

#include "stats/DashboardFigures.h"

#include <QCoreApplication>
#include <QString>

class QChart;

namespace truc2::ui {

/// The dashboard's charts, built from a period's figures by the functions below so that the
/// Dashboard page and the printed impact report draw exactly the same ones. Each function
/// returns a new chart the caller owns (a QChartView takes it over), with French labels
/// through tr(), the formats' colours and, where the page shows it, tooltips on hover (the
/// series' hovered signals show QToolTip with the figure). Qt Charts needs a QApplication.
class DashboardCharts
{
    Q_DECLARE_TR_FUNCTIONS(DashboardCharts)

public:
    enum class Chart
    {
        Participation,          ///< Participants per format and month, stacked bars.
        ParticipantsVsSessions, ///< Sessions (bars) and participants (line) per month.
        Reach,                  ///< Distinct agents reached to date, share of the headcount.
        ReachByDirection,       ///< Share of each direction's agents reached.
        MixingPerSession,       ///< How many sessions gathered 1, 2, 3… directions.
        Satisfaction,           ///< Satisfaction and useful-skills rate per format.
        YearOnYear,             ///< The headline figures over the years.
    };

    static QString title(Chart chart);
    /// The title of the heat map of which directions met which (MixingHeatMap).
    static QString heatMapTitle();
    /// What is said instead of a chart that build() did not draw: "No session in this
    /// period", or, with sessions, "No survey answer in this period" and the like.
    static QString emptyText(Chart chart, const DashboardFigures& figures);
    /// The chart, or nullptr when the period has nothing to draw (no held session, no year):
    /// the caller then says so in words instead of showing empty axes.
    static QChart* build(Chart chart, const DashboardFigures& figures);

    /// Whether the period has a held session at all.
    static bool hasSessions(const DashboardFigures& figures);
    /// The formats the charts show: those with a session or a response in the period.
    static QList<FormatFigures> shownFormats(const DashboardFigures& figures);

    /// "sept. 2020": a month on the axes.
    static QString monthLabel(const QDate& month);
    /// "41,6 %", or "n < 5" when suppressed, or "–" with nothing to divide by.
    static QString rateText(const Rate& rate);
    static QString shareText(const std::optional<double>& share);
    /// The label of a format under the satisfaction chart, as rich text (Qt Charts' labels
    /// are): its name, its figures ("n < 5" for one that is not shown), its answers and
    /// response rate, on three lines.
    static QString satisfactionCategory(const FormatFigures& format);
    /// A period of the year-on-year line by its year: "2020", or "2020–2021" across two.
    static QString yearLabel(const Period& period);
};

} // namespace truc2::ui
