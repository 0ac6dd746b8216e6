#pragma once

// The pieces of DashboardCalculator::compute(), one per part of the dashboard, each a few
// aggregate queries over the held sessions of the period (the definitions of FiguresCalculator).
// Internal to models/stats.

#include "core/Result.h"
#include "stats/DashboardFigures.h"

#include <QCollator>
#include <QSqlDatabase>
#include <QVariant>

class QSqlQuery;

namespace truc2::dashboard {

/// The period as ISO bounds [from, to) and the format (0: every format).
struct Bounds
{
    QVariant from;
    QVariant to;
    qint64 formatId = 0;

    static Bounds of(const Period& period, qint64 formatId);
};

/// "FROM session s JOIN action a … WHERE <held in the period, of the format>": binds :from,
/// :to, :format and :format2 (bindBounds).
QString heldSessionsSql();
/// The same conditions, without FROM and WHERE, to add to a query joining s and a.
QString heldConditionsSql();
void bindBounds(QSqlQuery& query, const Bounds& bounds);

/// Names in the order a French reader expects, whatever the backend's collation.
QCollator frenchCollator();

/// Survey answers as FiguresCalculator counts them.
struct Answers
{
    int responses = 0;
    int satisfactionAnswers = 0;
    double satisfactionSum = 0;
    int usefulYes = 0;
    int usefulAnswers = 0;

    std::optional<double> satisfaction() const;
    Rate usefulSkills() const;
    /// Reads answerColumnsSql()'s five columns from `first` on.
    static Answers read(const QSqlQuery& query, int first);
};
/// COUNT(*), COUNT(satisfaction), SUM(satisfaction), useful yes, useful answered, on r.
QString answerColumnsSql();

Result<QList<MonthFigures>> months(const QSqlDatabase& db, const Period& period,
                                   const Bounds& bounds, const QList<FormatFigures>& formats);
Result<QList<DirectionReach>> reachByDirection(const QSqlDatabase& db, const Bounds& bounds);
Result<MixingFigures> mixing(const QSqlDatabase& db, const Bounds& bounds);
Result<AnimatorSummary> animators(const QSqlDatabase& db, const Bounds& bounds);
Result<QList<ActionFigures>> actions(const QSqlDatabase& db, const Bounds& bounds);
Result<TrainingIndicators> training(const QSqlDatabase& db, const Bounds& bounds,
                                    double hoursPerDay);
/// The year-on-year line (DashboardFigures::years) in one grouped query per figure.
Result<QList<HeadlineFigures>> years(const QSqlDatabase& db, const Period& period, qint64 formatId);

} // namespace truc2::dashboard
