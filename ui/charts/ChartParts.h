#pragma once

#include "stats/DashboardFigures.h"

#include <QColor>
#include <QList>
#include <QStringList>

class QAbstractAxis;
class QAbstractSeries;
class QBarCategoryAxis;
class QBarSet;
class QChart;
class QValueAxis;
class QXYSeries;

/// The pieces every dashboard chart is made of (DashboardCharts.cpp builds the charts with
/// them): one look, one kind of axis, one way of giving tooltips.
namespace truc2::ui::chartparts {

/// Colours for what has no colour of its own (a format without one, the totals).
inline const QColor kSessionsColour{0x5b, 0x7d, 0xb1};
inline const QColor kParticipantsColour{0xd9, 0x6b, 0x27};
inline const QColor kSatisfactionColour{0x2e, 0x8b, 0x57};
inline const QColor kUsefulColour{0x8e, 0x5e, 0xa2};
inline const QColor kAgentsColour{0x2a, 0x9d, 0x8f};
inline const QColor kAnimatorsColour{0x88, 0x88, 0x88};

/// Shows texts[index] while the pointer is over a bar of the set.
void addTips(QBarSet* set, const QStringList& texts);
/// Shows texts[x] while the pointer is over the point of abscissa x (a category's index).
void addTips(QXYSeries* series, const QStringList& texts);

/// A white chart without animation, its legend below.
QChart* newChart();
QBarCategoryAxis* categoryAxis(QChart* chart, const QStringList& categories, Qt::Alignment side);
/// An axis from 0 with whole ticks (counts never show "0.5 sessions").
QValueAxis* valueAxis(QChart* chart, double max, Qt::Alignment side, const QString& title = {},
                      bool percent = false);
void attach(QAbstractSeries* series, QAbstractAxis* x, QAbstractAxis* y);
/// The months under a chart: "Mar 21" side by side for a few; for more, their initials, the
/// period written out as the axis' title.
QBarCategoryAxis* monthAxis(QChart* chart, const DashboardFigures& figures);

/// Indexes in figures.current.formats of the formats shown (with sessions or answers).
QList<qsizetype> shownIndexes(const DashboardFigures& figures);
QColor colourOf(const FormatFigures& format);
/// values[index], 0 past its end.
int at(const QList<int>& values, qsizetype index);

} // namespace truc2::ui::chartparts
