#include "charts/ChartParts.h"

#include "charts/DashboardCharts.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>
#include <QXYSeries>

#include <algorithm>
#include <cmath>

namespace truc2::ui::chartparts {
namespace {

void showTip(const QString& text)
{
    if (text.isEmpty()) {
        QToolTip::hideText();
    } else {
        QToolTip::showText(QCursor::pos(), text);
    }
}

/// A round step for an axis from 0 to max: 1, 2 or 5 times a power of ten, five to seven ticks.
double niceStep(double max)
{
    const double rough = std::max(max, 1.0) / 5.0;
    const double power = std::pow(10.0, std::floor(std::log10(rough)));
    for (const double factor : {1.0, 2.0, 5.0, 10.0}) {
        if (factor * power >= rough) {
            return std::max(1.0, factor * power);
        }
    }
    return std::max(1.0, 10.0 * power);
}

} // namespace

/// Shows texts[index] while the pointer is over a bar of the set.
void addTips(QBarSet* set, const QStringList& texts)
{
    QObject::connect(set, &QBarSet::hovered, set, [texts](bool status, int index) {
        showTip(status && index >= 0 && index < texts.size() ? texts.at(index) : QString());
    });
}

/// Shows texts[x] while the pointer is over the point of abscissa x (a category's index).
void addTips(QXYSeries* series, const QStringList& texts)
{
    QObject::connect(
        series, &QXYSeries::hovered, series, [texts](const QPointF& point, bool state) {
            const auto index = qsizetype(std::lround(point.x()));
            showTip(state && index >= 0 && index < texts.size() ? texts.at(index) : QString());
        });
}

QChart* newChart()
{
    auto* chart = new QChart;
    chart->setBackgroundBrush(Qt::white);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setShowToolTips(true); // a name cut short is told in full on hover
    chart->setAnimationOptions(QChart::NoAnimation);
    return chart;
}

QBarCategoryAxis* categoryAxis(QChart* chart, const QStringList& categories, Qt::Alignment side)
{
    auto* axis = new QBarCategoryAxis;
    axis->append(categories);
    chart->addAxis(axis, side);
    return axis;
}

/// An axis from 0 with whole ticks (counts never show "0.5 sessions").
QValueAxis* valueAxis(QChart* chart, double max, Qt::Alignment side, const QString& title,
                      bool percent)
{
    auto* axis = new QValueAxis;
    const double step = niceStep(max);
    // A step of headroom above the highest value, so that no point sits on the frame.
    const double top = (std::floor(max / step) + 1.0) * step;
    axis->setRange(0, top);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setLabelFormat(percent ? QStringLiteral("%.0f %%") : QStringLiteral("%.0f"));
    axis->setTitleText(title);
    chart->addAxis(axis, side);
    return axis;
}

void attach(QAbstractSeries* series, QAbstractAxis* x, QAbstractAxis* y)
{
    series->attachAxis(x);
    series->attachAxis(y);
}

/// The months under a chart: "Mar 21" side by side for a few; for more, their initials, the
/// period written out as the axis' title (a tooltip names each month in full).
QBarCategoryAxis* monthAxis(QChart* chart, const DashboardFigures& figures)
{
    const bool many = figures.months.size() > 6;
    QStringList labels;
    for (const MonthFigures& month : figures.months) {
        labels << (many ? QLocale().standaloneMonthName(month.month.month(), QLocale::NarrowFormat)
                        : DashboardCharts::monthLabel(month.month));
    }
    // Categories must differ: the initials of a long period are told apart by invisible
    // zero-width spaces.
    QStringList unique;
    for (const QString& label : std::as_const(labels)) {
        QString candidate = label;
        while (unique.contains(candidate)) {
            candidate += QChar(0x200B);
        }
        unique << candidate;
    }
    QBarCategoryAxis* axis = categoryAxis(chart, unique, Qt::AlignBottom);
    if (many && !figures.months.isEmpty()) {
        axis->setTitleText(DashboardCharts::tr("%1 to %2")
                               .arg(DashboardCharts::monthLabel(figures.months.constFirst().month),
                                    DashboardCharts::monthLabel(figures.months.constLast().month)));
    }
    return axis;
}

/// Indexes in figures.current.formats of the formats shown.
QList<qsizetype> shownIndexes(const DashboardFigures& figures)
{
    QList<qsizetype> indexes;
    for (qsizetype i = 0; i < figures.current.formats.size(); ++i) {
        const FormatFigures& f = figures.current.formats.at(i);
        if (f.sessions > 0 || f.responses > 0) {
            indexes << i;
        }
    }
    return indexes;
}

QColor colourOf(const FormatFigures& format)
{
    return format.colour.isValid() ? format.colour : kSessionsColour;
}

int at(const QList<int>& values, qsizetype index)
{
    return index < values.size() ? values.at(index) : 0;
}

} // namespace truc2::ui::chartparts
