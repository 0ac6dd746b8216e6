#include "pages/DashboardPage.h"

#include "School.h"
#include "charts/ChartPanel.h"
#include "charts/MixingHeatMap.h"
#include "documents/FiguresReport.h"
#include "pages/DashboardComputer.h"
#include "pages/DashboardTiles.h"
#include "widgets/PageParts.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace truc2::ui {
namespace {

/// The panels' height: enough for a year of months and their labels.
constexpr int kPanelHeight = 340;

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

/// The figures beside the satisfaction chart: a line per format with its answers.
QString satisfactionNote(const DashboardFigures& figures)
{
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\"><tr>");
    for (const QString& header :
         {DashboardCharts::tr("Format"), DashboardCharts::tr("Satisfaction"),
          DashboardCharts::tr("Useful skills"), DashboardCharts::tr("Answers"),
          DashboardCharts::tr("Response rate")}) {
        html += QStringLiteral("<th align=\"left\">%1&nbsp;&nbsp;</th>").arg(escaped(header));
    }
    html += QStringLiteral("</tr>");
    for (const FormatFigures& f : DashboardCharts::shownFormats(figures)) {
        const QString satisfaction =
            f.satisfactionAnswers == 0
                ? DashboardCharts::tr("no answer")
                : (f.satisfaction ? DashboardCharts::shareText(f.satisfaction)
                                  : DashboardCharts::tr("n < %1").arg(kMinimumAnswers));
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                    .arg(escaped(f.name), escaped(satisfaction),
                         escaped(DashboardCharts::rateText(f.usefulSkillsRate)),
                         QLocale().toString(f.responses),
                         escaped(DashboardCharts::rateText(f.responseRate)));
    }
    return html + QStringLiteral("</table>");
}

QString reachNote(const DashboardFigures& figures)
{
    const TotalFigures& t = figures.current.totals;
    if (t.headcount <= 0) {
        return DashboardPage::tr("%n agents reached; no permanent headcount is known for "
                                 "this year (settings).",
                                 nullptr, t.agentsReached);
    }
    return DashboardPage::tr("%n agents reached of a permanent headcount of %1: %2.", nullptr,
                             t.agentsReached)
        .arg(QLocale().toString(t.headcount), DashboardCharts::rateText(t.reachRate));
}

} // namespace

DashboardPage::DashboardPage(PageContext context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("dashboardPage"));
    QLabel* title = makePageTitle(tr("Dashboard"), this);

    m_period = new PeriodSelector(this);
    m_period->setObjectName(QStringLiteral("periodSelector"));
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("formatComboBox"));
    m_format->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* formatLabel = new QLabel(tr("&Format:"), this);
    formatLabel->setBuddy(m_format);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setTextVisible(false);
    m_busy->setToolTip(tr("Computing the figures…"));
    m_busy->setVisible(false);
    m_periodTitle = new QLabel(this);
    m_periodTitle->setObjectName(QStringLiteral("periodTitleLabel"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #a00000"));
    m_error->hide();

    auto* top = new QHBoxLayout;
    top->addWidget(m_period);
    top->addSpacing(12);
    top->addWidget(formatLabel);
    top->addWidget(m_format);
    top->addStretch(1);
    top->addWidget(m_busy);

    auto* content = new QWidget;
    content->setObjectName(QStringLiteral("dashboardContent"));
    m_tiles = new DashboardTiles(content);
    m_tiles->setObjectName(QStringLiteral("tiles"));
    auto* grid = new QGridLayout;
    grid->setSpacing(8);
    // The main chart and the wide ones across, the others two by two.
    grid->addWidget(addChartPanel(Chart::Participation, QStringLiteral("participationPanel")), 0, 0,
                    1, 2);
    grid->addWidget(
        addChartPanel(Chart::ParticipantsVsSessions, QStringLiteral("participantsVsSessionsPanel")),
        1, 0);
    grid->addWidget(addChartPanel(Chart::Reach, QStringLiteral("reachPanel")), 1, 1);
    grid->addWidget(addChartPanel(Chart::ReachByDirection, QStringLiteral("reachByDirectionPanel")),
                    2, 0);
    grid->addWidget(addChartPanel(Chart::MixingPerSession, QStringLiteral("mixingPerSessionPanel")),
                    2, 1);
    m_heatMap = new MixingHeatMap;
    m_heatMap->setObjectName(QStringLiteral("heatMap"));
    m_heatMapPanel = new ChartPanel(DashboardCharts::heatMapTitle(), m_heatMap, content);
    m_heatMapPanel->setObjectName(QStringLiteral("heatMapPanel"));
    m_heatMapPanel->setMinimumHeight(kPanelHeight + 60);
    grid->addWidget(m_heatMapPanel, 3, 0, 1, 2);
    grid->addWidget(addChartPanel(Chart::Satisfaction, QStringLiteral("satisfactionPanel")), 4, 0,
                    1, 2);
    grid->addWidget(addChartPanel(Chart::YearOnYear, QStringLiteral("yearOnYearPanel")), 5, 0, 1,
                    2);
    m_panels.value(Chart::Satisfaction)->setMinimumHeight(kPanelHeight + 60);
    for (ChartPanel* panel : std::as_const(m_panels)) {
        panel->setParent(content);
    }
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(m_periodTitle);
    contentLayout->addWidget(m_tiles);
    contentLayout->addLayout(grid);
    contentLayout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("dashboardScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(scroll, 1);

    m_computer = new DashboardComputer(m_context.school, this);
    connect(m_computer, &DashboardComputer::computed, this, &DashboardPage::showFigures);
    connect(m_computer, &DashboardComputer::failed, this, &DashboardPage::showError);
    connect(m_computer, &DashboardComputer::busyChanged, m_busy, &QWidget::setVisible);

    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &DashboardPage::refresh);

    connect(m_period, &PeriodSelector::periodChanged, this, &DashboardPage::scheduleRefresh);
    connect(m_format, &QComboBox::activated, this, &DashboardPage::scheduleRefresh);
    School& school = m_context.school;
    const auto changed = [this] {
        scheduleRefresh();
    };
    connect(&school.sessions(), &SessionStore::sessionInserted, this, changed);
    connect(&school.sessions(), &SessionStore::sessionUpdated, this, changed);
    connect(&school.sessions(), &SessionStore::sessionRemoved, this, changed);
    connect(&school.sessions(), &SessionStore::registrationsChanged, this, changed);
    connect(&school.sessions(), &SessionStore::responsesChanged, this, changed);
    connect(&school.registrations(), &RegistrationStore::registrationsChanged, this, changed);
    connect(&school.surveys(), &SurveyStore::importInserted, this, changed);
    connect(&school.surveys(), &SurveyStore::importRemoved, this, changed);
    connect(&school.settings(), &SettingsStore::changed, this, changed);
    connect(&school.agents(), &AgentStore::reset, this, changed);
    const auto formatsChanged = [this] {
        fillFormats();
        scheduleRefresh();
    };
    connect(&school.catalogue(), &CatalogueStore::formatInserted, this, formatsChanged);
    connect(&school.catalogue(), &CatalogueStore::formatUpdated, this, formatsChanged);
    connect(&school.catalogue(), &CatalogueStore::formatRemoved, this, formatsChanged);
    fillFormats();
}

DashboardPage::~DashboardPage() = default;

ChartPanel* DashboardPage::addChartPanel(Chart chart, const QString& objectName)
{
    auto* view = new QChartView;
    view->setObjectName(objectName + QStringLiteral("ChartView"));
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(200);
    auto* panel = new ChartPanel(DashboardCharts::title(chart), view);
    panel->setObjectName(objectName);
    panel->setMinimumHeight(kPanelHeight);
    m_panels.insert(chart, panel);
    m_views.insert(chart, view);
    return panel;
}

bool DashboardPage::isBusy() const
{
    return m_refreshTimer->isActive() || m_computer->isBusy();
}

qint64 DashboardPage::formatId() const
{
    return m_format->currentData().toLongLong();
}

QChart* DashboardPage::chart(Chart chart) const
{
    ChartPanel* panel = m_panels.value(chart);
    return panel && panel->emptyText().isEmpty() ? m_views.value(chart)->chart() : nullptr;
}

void DashboardPage::fillFormats()
{
    fillFormatFilter(m_format, m_context.school.catalogue());
}

void DashboardPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        scheduleRefresh();
    }
}

void DashboardPage::scheduleRefresh()
{
    m_stale = true;
    if (isVisible()) {
        m_refreshTimer->start();
    }
}

void DashboardPage::refresh()
{
    if (!isVisible()) {
        return; // when shown again
    }
    m_stale = false;
    Period period = m_period->period();
    if (!period.isValid()) {
        // All time: from the first possible session to the end of this year.
        period = {QDate(2000, 1, 1), QDate(QDate::currentDate().year(), 12, 31)};
    }
    m_computer->request(period, formatId());
}

void DashboardPage::showError(const QString& message)
{
    m_error->setText(tr("The figures could not be computed: %1").arg(message));
    m_error->show();
}

void DashboardPage::showFigures(const DashboardFigures& figures)
{
    m_error->hide();
    m_figures = figures;
    m_hasFigures = true;
    QString periodText = describePeriod(figures.current.period);
    if (figures.formatId != 0) {
        for (const FormatFigures& f : figures.current.formats) {
            if (f.formatId == figures.formatId) {
                periodText += QStringLiteral(" — ") + f.name;
            }
        }
    }
    m_periodTitle->setText(periodText);
    m_tiles->setFigures(figures);
    for (auto it = m_panels.cbegin(); it != m_panels.cend(); ++it) {
        QChartView* view = m_views.value(it.key());
        QChart* old = view->chart();
        if (QChart* chart = DashboardCharts::build(it.key(), figures)) {
            view->setChart(chart);
            it.value()->showContent();
        } else {
            view->setChart(new QChart);
            it.value()->showEmpty(DashboardCharts::emptyText(it.key(), figures));
        }
        delete old;
    }
    if (DashboardCharts::hasSessions(figures)) {
        m_panels.value(Chart::Satisfaction)
            ->setNote(m_panels.value(Chart::Satisfaction)->emptyText().isEmpty()
                          ? satisfactionNote(figures)
                          : QString());
        m_panels.value(Chart::Reach)->setNote(reachNote(figures).toHtmlEscaped());
    }
    m_heatMap->setFigures(figures.mixing);
    if (figures.mixing.directionNames.isEmpty()) {
        m_heatMapPanel->showEmpty(DashboardCharts::emptyText(Chart::MixingPerSession, figures));
    } else {
        m_heatMapPanel->showContent();
    }
    Q_EMIT figuresShown();
}

} // namespace truc2::ui
