#pragma once

#include "PageContext.h"
#include "charts/DashboardCharts.h"
#include "stats/DashboardFigures.h"
#include "widgets/PeriodSelector.h"

#include <QMap>
#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QProgressBar;
class QTimer;

namespace truc2::ui {

class ChartPanel;
class DashboardComputer;
class DashboardTiles;
class MixingHeatMap;

/// The dashboard of a period (the current school year at first) and a format (or all):
/// headline tiles beside the same dates a year earlier, participation by format month by
/// month, participants and sessions, agents reached, reach by direction, how directions mixed
/// (per session and as a heat map), satisfaction and useful skills per format, the animators,
/// and the headline figures year on year. Every chart can be copied or saved (ChartPanel).
///
/// The figures are computed off the main thread (DashboardComputer): while they are, the page
/// keeps showing the previous ones beside a busy indicator (busyIndicator). It recomputes when
/// the period or the format changes, and when sessions, registrations, surveys or settings
/// change, coalesced, and only while it is visible.
///
/// Widgets: periodSelector (PeriodSelector), formatComboBox, busyIndicator, tiles
/// (DashboardTiles), the panels participationPanel, participantsVsSessionsPanel, reachPanel,
/// reachByDirectionPanel, mixingPerSessionPanel, heatMapPanel, satisfactionPanel,
/// yearOnYearPanel.
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    using Chart = DashboardCharts::Chart;

    explicit DashboardPage(PageContext context, QWidget* parent = nullptr);
    ~DashboardPage() override;

    PeriodSelector* periodSelector() const { return m_period; }
    DashboardComputer* computer() const { return m_computer; }
    /// The figures shown (those of the latest answer).
    const DashboardFigures& figures() const { return m_figures; }
    bool hasFigures() const { return m_hasFigures; }
    /// New figures are asked for (or about to be): those shown may be out of date.
    bool isBusy() const;
    /// The format chosen (0: all of them).
    qint64 formatId() const;

    ChartPanel* panel(Chart chart) const { return m_panels.value(chart); }
    ChartPanel* heatMapPanel() const { return m_heatMapPanel; }
    /// The chart shown in a panel, or nullptr when it says there is nothing to draw.
    QChart* chart(Chart chart) const;
    MixingHeatMap* heatMap() const { return m_heatMap; }
    DashboardTiles* tiles() const { return m_tiles; }

Q_SIGNALS:
    /// New figures are on screen.
    void figuresShown();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void fillFormats();
    void scheduleRefresh();
    void refresh();
    void showFigures(const DashboardFigures& figures);
    void showError(const QString& message);
    ChartPanel* addChartPanel(Chart chart, const QString& objectName);

    PageContext m_context;
    PeriodSelector* m_period = nullptr;
    QComboBox* m_format = nullptr;
    QProgressBar* m_busy = nullptr;
    QLabel* m_periodTitle = nullptr;
    QLabel* m_error = nullptr;
    DashboardTiles* m_tiles = nullptr;
    QMap<Chart, ChartPanel*> m_panels;
    QMap<Chart, QChartView*> m_views;
    ChartPanel* m_heatMapPanel = nullptr;
    MixingHeatMap* m_heatMap = nullptr;
    DashboardComputer* m_computer = nullptr;
    QTimer* m_refreshTimer = nullptr;
    DashboardFigures m_figures;
    bool m_hasFigures = false;
    bool m_stale = true; ///< The figures shown may be out of date: refresh when shown.
};

} // namespace truc2::ui
