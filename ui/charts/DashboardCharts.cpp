#include "charts/DashboardCharts.h"

#include "charts/ChartParts.h"
#include "itemmodels/SurveySessionTableModel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QLocale>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <map>

namespace truc2::ui {
namespace {

using Chart = DashboardCharts::Chart;
using namespace chartparts;

QChart* participationChart(const DashboardFigures& figures)
{
    QChart* chart = newChart();
    auto* series = new QStackedBarSeries;
    QList<int> totals(figures.months.size(), 0);
    for (const qsizetype k : shownIndexes(figures)) {
        const FormatFigures& format = figures.current.formats.at(k);
        auto* set = new QBarSet(format.name);
        set->setColor(colourOf(format));
        set->setBorderColor(colourOf(format).darker(130));
        QStringList tips;
        for (qsizetype m = 0; m < figures.months.size(); ++m) {
            const MonthFigures& month = figures.months.at(m);
            const int participants = at(month.participants, k);
            *set << participants;
            totals[m] += participants;
            tips << DashboardCharts::tr("%1, %2: %n participants", nullptr, participants)
                            .arg(format.name, DashboardCharts::monthLabel(month.month)) +
                        QLatin1Char('\n') +
                        DashboardCharts::tr("%n sessions held", nullptr, at(month.sessions, k));
        }
        addTips(set, tips);
        series->append(set);
    }
    chart->addSeries(series);
    auto* x = monthAxis(chart, figures);
    const int max = totals.isEmpty() ? 0 : *std::max_element(totals.begin(), totals.end());
    auto* y = valueAxis(chart, max, Qt::AlignLeft, DashboardCharts::tr("Participants"));
    attach(series, x, y);
    return chart;
}

QChart* participantsVsSessionsChart(const DashboardFigures& figures)
{
    QChart* chart = newChart();
    auto* bars = new QBarSeries;
    auto* sessions = new QBarSet(DashboardCharts::tr("Sessions"));
    QColor light = kSessionsColour;
    light.setAlpha(150);
    sessions->setColor(light);
    auto* line = new QLineSeries;
    line->setName(DashboardCharts::tr("Participants"));
    line->setColor(kParticipantsColour);
    line->setPointsVisible(true);
    QPen pen(kParticipantsColour);
    pen.setWidthF(2.5);
    line->setPen(pen);
    QStringList tips;
    int maxSessions = 0;
    int maxParticipants = 0;
    for (qsizetype m = 0; m < figures.months.size(); ++m) {
        const MonthFigures& month = figures.months.at(m);
        int s = 0;
        int p = 0;
        for (const qsizetype k : shownIndexes(figures)) {
            s += at(month.sessions, k);
            p += at(month.participants, k);
        }
        *sessions << s;
        line->append(double(m), p);
        maxSessions = std::max(maxSessions, s);
        maxParticipants = std::max(maxParticipants, p);
        tips << DashboardCharts::tr("%1: %n sessions", nullptr, s)
                        .arg(DashboardCharts::monthLabel(month.month)) +
                    QStringLiteral(", ") + DashboardCharts::tr("%n participants", nullptr, p);
    }
    addTips(sessions, tips);
    addTips(line, tips);
    bars->append(sessions);
    chart->addSeries(bars);
    chart->addSeries(line);
    auto* x = monthAxis(chart, figures);
    auto* left =
        valueAxis(chart, maxParticipants, Qt::AlignLeft, DashboardCharts::tr("Participants"));
    auto* right = valueAxis(chart, maxSessions, Qt::AlignRight, DashboardCharts::tr("Sessions"));
    attach(bars, x, right);
    attach(line, x, left);
    return chart;
}

QChart* reachChart(const DashboardFigures& figures)
{
    QChart* chart = newChart();
    const int headcount = figures.current.totals.headcount;
    auto* line = new QLineSeries;
    line->setName(headcount > 0 ? DashboardCharts::tr("Agents reached to date, share of the "
                                                      "permanent headcount (%1)")
                                      .arg(headcount)
                                : DashboardCharts::tr("Agents reached to date"));
    QPen pen(kAgentsColour);
    pen.setWidthF(2.5);
    line->setPen(pen);
    line->setPointsVisible(true);
    QStringList tips;
    double max = 0;
    for (qsizetype m = 0; m < figures.months.size(); ++m) {
        const MonthFigures& month = figures.months.at(m);
        const double y = headcount > 0 ? 100.0 * month.agentsReachedToDate / headcount
                                       : double(month.agentsReachedToDate);
        line->append(double(m), y);
        max = std::max(max, y);
        QString tip =
            DashboardCharts::tr("End of %1: %n agents reached", nullptr, month.agentsReachedToDate)
                .arg(DashboardCharts::monthLabel(month.month));
        if (headcount > 0) {
            tip += DashboardCharts::tr(" (%1 of the headcount)")
                       .arg(SurveySessionTableModel::percentLabel(
                           double(month.agentsReachedToDate) / headcount));
        }
        tips << tip;
    }
    addTips(line, tips);
    chart->addSeries(line);
    auto* x = monthAxis(chart, figures);
    auto* y = valueAxis(chart, max, Qt::AlignLeft,
                        headcount > 0 ? DashboardCharts::tr("Share of the headcount")
                                      : DashboardCharts::tr("Agents"),
                        headcount > 0);
    attach(line, x, y);
    return chart;
}

QChart* reachByDirectionChart(const DashboardFigures& figures)
{
    QList<DirectionReach> directions;
    for (const DirectionReach& d : figures.reachByDirection) {
        if (d.agents > 0) {
            directions << d;
        }
    }
    if (directions.isEmpty()) {
        return nullptr;
    }
    std::reverse(directions.begin(), directions.end()); // the first direction at the top
    QChart* chart = newChart();
    chart->legend()->hide();
    auto* series = new QHorizontalBarSeries;
    auto* set = new QBarSet(DashboardCharts::tr("Share of the direction's agents reached"));
    set->setColor(kAgentsColour);
    QStringList names;
    QStringList tips;
    double max = 0;
    for (const DirectionReach& d : directions) {
        const double share = 100.0 * d.reached / d.agents;
        *set << share;
        max = std::max(max, share);
        names << d.name;
        tips << DashboardCharts::tr("%1: %2 of %n agents reached (%3)", nullptr, d.agents)
                    .arg(d.name)
                    .arg(d.reached)
                    .arg(SurveySessionTableModel::percentLabel(double(d.reached) / d.agents));
    }
    addTips(set, tips);
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value %"));
    series->setLabelsPrecision(3);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    chart->addSeries(series);
    auto* y = categoryAxis(chart, names, Qt::AlignLeft);
    y->setTruncateLabels(false); // the directions' names in full
    auto* x = valueAxis(chart, max, Qt::AlignBottom, {}, true);
    attach(series, x, y);
    return chart;
}

QChart* mixingPerSessionChart(const DashboardFigures& figures)
{
    const MixingFigures& mixing = figures.mixing;
    std::map<int, int> sessionsByDirections;
    for (const SessionMixing& s : mixing.sessions) {
        if (s.directions > 0) {
            ++sessionsByDirections[s.directions];
        }
    }
    if (sessionsByDirections.empty()) {
        return nullptr;
    }
    QChart* chart = newChart();
    chart->legend()->hide();
    auto* series = new QBarSeries;
    auto* set = new QBarSet(DashboardCharts::tr("Sessions"));
    set->setColor(kSessionsColour);
    QStringList categories;
    QStringList tips;
    int max = 0;
    const int most = sessionsByDirections.rbegin()->first;
    for (int k = 1; k <= most; ++k) {
        const int count = sessionsByDirections.count(k) ? sessionsByDirections.at(k) : 0;
        *set << count;
        max = std::max(max, count);
        categories << QString::number(k);
        tips
            << DashboardCharts::tr("%n sessions with %1 directions present", nullptr, count).arg(k);
    }
    addTips(set, tips);
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    chart->addSeries(series);
    QStringList summary;
    if (mixing.meanDirections) {
        summary << DashboardCharts::tr("mean %1 directions per session")
                       .arg(QLocale().toString(*mixing.meanDirections, 'f', 1));
    }
    if (mixing.outsideAnimatorDirection.denominator > 0) {
        summary << DashboardCharts::tr("%1 of participants from outside the animator's direction")
                       .arg(DashboardCharts::rateText(mixing.outsideAnimatorDirection));
    }
    QStringList escaped;
    for (const QString& line : std::as_const(summary)) {
        escaped << line.toHtmlEscaped();
    }
    chart->setTitle(escaped.join(QStringLiteral("<br>"))); // rich text, a line each
    const QString axisTitle = DashboardCharts::tr("Directions present at the session");
    auto* x = categoryAxis(chart, categories, Qt::AlignBottom);
    x->setTitleText(axisTitle);
    auto* y = valueAxis(chart, max, Qt::AlignLeft, DashboardCharts::tr("Sessions"));
    attach(series, x, y);
    return chart;
}

QChart* satisfactionChart(const DashboardFigures& figures)
{
    QList<FormatFigures> formats;
    for (const FormatFigures& f : DashboardCharts::shownFormats(figures)) {
        if (f.responses > 0) {
            formats << f;
        }
    }
    if (formats.isEmpty()) {
        return nullptr;
    }
    QChart* chart = newChart();
    auto* series = new QBarSeries;
    auto* satisfaction = new QBarSet(DashboardCharts::tr("Satisfaction"));
    satisfaction->setColor(kSatisfactionColour);
    auto* useful = new QBarSet(DashboardCharts::tr("Useful skills"));
    useful->setColor(kUsefulColour);
    QStringList categories;
    QStringList satisfactionTips;
    QStringList usefulTips;
    for (const FormatFigures& f : formats) {
        *satisfaction << (f.satisfaction ? 100.0 * *f.satisfaction : 0.0);
        *useful << f.usefulSkillsRate.value().value_or(0.0) * 100.0;
        categories << DashboardCharts::satisfactionCategory(f);
        const QString answers = DashboardCharts::tr("%n answers", nullptr, f.satisfactionAnswers);
        satisfactionTips << DashboardCharts::tr("%1: satisfaction %2 (%3)")
                                .arg(f.name,
                                     f.satisfactionAnswers > 0 && !f.satisfaction
                                         ? DashboardCharts::tr("n < %1").arg(kMinimumAnswers)
                                         : DashboardCharts::shareText(f.satisfaction),
                                     answers);
        usefulTips << DashboardCharts::tr("%1: useful skills %2 (%3 yes of %n answers)", nullptr,
                                          int(f.usefulSkillsRate.denominator))
                          .arg(f.name, DashboardCharts::rateText(f.usefulSkillsRate))
                          .arg(f.usefulSkillsRate.numerator);
    }
    addTips(satisfaction, satisfactionTips);
    addTips(useful, usefulTips);
    series->append(satisfaction);
    series->append(useful);
    chart->addSeries(series);
    auto* x = categoryAxis(chart, categories, Qt::AlignBottom);
    x->setTruncateLabels(false);
    auto* y = new QValueAxis;
    y->setRange(0, 100);
    y->setLabelFormat(QStringLiteral("%.0f %%"));
    chart->addAxis(y, Qt::AlignLeft);
    attach(series, x, y);
    return chart;
}

QChart* yearOnYearChart(const DashboardFigures& figures)
{
    if (figures.years.isEmpty()) {
        return nullptr;
    }
    QChart* chart = newChart();
    struct Line
    {
        QString name;
        QColor colour;
        int (*value)(const HeadlineFigures&);
        bool right;
    };
    const QList<Line> lines{
        {DashboardCharts::tr("Participants"), kParticipantsColour,
         [](const HeadlineFigures& h) { return h.participants; }, false},
        {DashboardCharts::tr("Agents reached"), kAgentsColour,
         [](const HeadlineFigures& h) { return h.agentsReached; }, false},
        {DashboardCharts::tr("Sessions"), kSessionsColour,
         [](const HeadlineFigures& h) { return h.sessions; }, true},
        {DashboardCharts::tr("Animators"), kAnimatorsColour,
         [](const HeadlineFigures& h) { return h.animators; }, true},
    };
    QStringList categories;
    for (const HeadlineFigures& year : figures.years) {
        categories << DashboardCharts::yearLabel(year.period);
    }
    auto* x = categoryAxis(chart, categories, Qt::AlignBottom);
    double maxLeft = 0;
    double maxRight = 0;
    QList<QLineSeries*> series;
    for (const Line& l : lines) {
        auto* s = new QLineSeries;
        s->setName(l.right ? DashboardCharts::tr("%1 (right axis)").arg(l.name) : l.name);
        QPen pen(l.colour);
        pen.setWidthF(2.5);
        if (l.right) {
            pen.setStyle(Qt::DashLine);
        }
        s->setPen(pen);
        s->setPointsVisible(true);
        QStringList tips;
        for (qsizetype i = 0; i < figures.years.size(); ++i) {
            const int value = l.value(figures.years.at(i));
            s->append(double(i), value);
            (l.right ? maxRight : maxLeft) = std::max(l.right ? maxRight : maxLeft, double(value));
            tips << DashboardCharts::tr("%1 — %2: %3").arg(categories.at(i), l.name).arg(value);
        }
        addTips(s, tips);
        chart->addSeries(s);
        series << s;
    }
    auto* left = valueAxis(chart, maxLeft, Qt::AlignLeft);
    auto* right = valueAxis(chart, maxRight, Qt::AlignRight);
    for (qsizetype i = 0; i < series.size(); ++i) {
        attach(series.at(i), x, lines.at(i).right ? right : left);
    }
    return chart;
}

} // namespace

QString DashboardCharts::title(Chart chart)
{
    switch (chart) {
    case Chart::Participation:
        return tr("Participation by format, month by month");
    case Chart::ParticipantsVsSessions:
        return tr("Participants and sessions");
    case Chart::Reach:
        return tr("Agents reached over the period");
    case Chart::ReachByDirection:
        return tr("Agents reached by direction");
    case Chart::MixingPerSession:
        return tr("Directions present per session");
    case Chart::Satisfaction:
        return tr("Satisfaction and useful skills by format");
    case Chart::YearOnYear:
        return tr("Year on year");
    }
    return {};
}

QString DashboardCharts::heatMapTitle()
{
    return tr("Which directions met which");
}

QString DashboardCharts::emptyText(Chart chart, const DashboardFigures& figures)
{
    if (chart == Chart::YearOnYear || !hasSessions(figures)) {
        return tr("No session in this period");
    }
    switch (chart) {
    case Chart::ReachByDirection:
        return tr("No direction has agents in the directory");
    case Chart::MixingPerSession:
        return tr("No participant with a direction in this period");
    case Chart::Satisfaction:
        return tr("No survey answer in this period");
    default:
        return tr("No session in this period");
    }
}

QChart* DashboardCharts::build(Chart chart, const DashboardFigures& figures)
{
    if (chart == Chart::YearOnYear) {
        const bool any = std::any_of(figures.years.begin(), figures.years.end(),
                                     [](const HeadlineFigures& h) { return h.sessions > 0; });
        return any ? yearOnYearChart(figures) : nullptr;
    }
    if (!hasSessions(figures)) {
        return nullptr;
    }
    switch (chart) {
    case Chart::Participation:
        return participationChart(figures);
    case Chart::ParticipantsVsSessions:
        return participantsVsSessionsChart(figures);
    case Chart::Reach:
        return reachChart(figures);
    case Chart::ReachByDirection:
        return reachByDirectionChart(figures);
    case Chart::MixingPerSession:
        return mixingPerSessionChart(figures);
    case Chart::Satisfaction:
        return satisfactionChart(figures);
    case Chart::YearOnYear:
        break;
    }
    return nullptr;
}

bool DashboardCharts::hasSessions(const DashboardFigures& figures)
{
    return figures.current.totals.sessions > 0;
}

QList<FormatFigures> DashboardCharts::shownFormats(const DashboardFigures& figures)
{
    QList<FormatFigures> formats;
    for (const qsizetype k : shownIndexes(figures)) {
        formats << figures.current.formats.at(k);
    }
    return formats;
}

QString DashboardCharts::monthLabel(const QDate& month)
{
    return QLocale().toString(month, QStringLiteral("MMM yy"));
}

QString DashboardCharts::rateText(const Rate& rate)
{
    if (rate.denominator <= 0) {
        return tr("–", "nothing to divide by");
    }
    return SurveySessionTableModel::rateLabel(rate);
}

QString DashboardCharts::shareText(const std::optional<double>& share)
{
    return share ? SurveySessionTableModel::percentLabel(*share) : tr("–", "nothing to divide by");
}

QString DashboardCharts::satisfactionCategory(const FormatFigures& format)
{
    // Qt Charts draws its labels as rich text: lines with <br>, "<" escaped.
    const QString satisfaction = format.satisfactionAnswers > 0 && !format.satisfaction
                                     ? tr("n < %1").arg(kMinimumAnswers)
                                     : shareText(format.satisfaction);
    const QStringList lines{
        format.name,
        tr("satisfaction %1 · useful %2").arg(satisfaction, rateText(format.usefulSkillsRate)),
        tr("%n answers, response rate %1", nullptr, format.responses)
            .arg(rateText(format.responseRate))};
    QStringList escaped;
    for (const QString& line : lines) {
        escaped << line.toHtmlEscaped();
    }
    return escaped.join(QStringLiteral("<br>"));
}

QString DashboardCharts::yearLabel(const Period& period)
{
    if (period.from.year() == period.to.year()) {
        return QString::number(period.from.year());
    }
    return tr("%1–%2", "two years").arg(period.from.year()).arg(period.to.year());
}

} // namespace truc2::ui
