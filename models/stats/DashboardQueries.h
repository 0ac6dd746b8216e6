#pragma once

// The pieces of DashboardCalculator::compute(), one per part of the dashboard, each a few
// aggregate queries over the held sessions of the period (the definitions of FiguresCalculator).
// Internal to models/stats.

#include "core/Result.h"
#include "stats/DashboardFigures.h"

#include <QCollator>
#include <QHash>
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

    void add(const Answers& other);
    std::optional<double> satisfaction() const;
    Rate usefulSkills() const;
    /// Reads answerColumnsSql()'s five columns from `first` on.
    static Answers read(const QSqlQuery& query, int first);
};
/// COUNT(*), COUNT(satisfaction), SUM(satisfaction), useful yes, useful answered, on r.
QString answerColumnsSql();

/// person.category and person.gender as the indicators' rows and columns.
TrainingIndicators::Category categoryOf(const QVariant& value);
TrainingIndicators::Gender genderOf(const QVariant& value);

/// A held session of the period, as the scan read it.
struct HeldSession
{
    qint64 id = 0;
    QString code;
    qint64 actionId = 0;
    QString title;
    qint64 formatId = 0;
    QString startsAt; ///< ISO local time, as stored.
    QString endsAt;
    int participants = 0;
};

/// What the figures need to know of a person of the directory.
struct Person
{
    qint64 directionId = 0; ///< 0: no service.
    TrainingIndicators::Category category = TrainingIndicators::NoCategory;
    TrainingIndicators::Gender gender = TrainingIndicators::NoGender;
    bool external = false;
    bool active = true;
};

/// A person present at a held session of the period.
struct Presence
{
    qsizetype session = 0; ///< Index in PeriodScan::sessions.
    qint64 personId = 0;
    qint64 directionId = 0; ///< 0: no service.
    TrainingIndicators::Category category = TrainingIndicators::NoCategory;
    TrainingIndicators::Gender gender = TrainingIndicators::NoGender;
    bool external = false;
    bool active = true;
};

/// The held sessions of the period, the persons present and the directory, each read once:
/// the months, the reach by direction, the mixing, the actions and the training are worked
/// out from them rather than by a scan of the period's registrations each.
struct PeriodScan
{
    QList<HeldSession> sessions; ///< By start, then code.
    QHash<qint64, qsizetype> indexOf;
    QList<Presence> present;
    QHash<qint64, Person> persons; ///< The whole directory, by id.
};
Result<PeriodScan> scan(const QSqlDatabase& db, const Bounds& bounds);

/// FiguresCalculator's session counts, from the scan (and the animators counted).
SessionCounts sessionCounts(const PeriodScan& scan, int animators);
QList<MonthFigures> months(const Period& period, const PeriodScan& scan,
                           const QList<FormatFigures>& formats);
Result<QList<DirectionReach>> reachByDirection(const QSqlDatabase& db, const PeriodScan& scan);
Result<MixingFigures> mixing(const QSqlDatabase& db, const Bounds& bounds, const PeriodScan& scan);
Result<AnimatorSummary> animators(const QSqlDatabase& db, const Bounds& bounds);
Result<QList<ActionFigures>> actions(const QSqlDatabase& db, const Bounds& bounds,
                                     const PeriodScan& scan, const QList<FormatFigures>& formats);
Result<TrainingIndicators> training(const QSqlDatabase& db, const Bounds& bounds,
                                    const PeriodScan& scan, double hoursPerDay);
/// The year-on-year line (DashboardFigures::years) goes back at most this many years, period
/// included.
inline constexpr int kMaximumYears = 10;
/// The start of the first held session (of the format), or no date when none was held.
Result<QDate> firstHeldSession(const QSqlDatabase& db, qint64 formatId);
/// The period shifted back `from` to `to` - 1 years, oldest first, while they reach
/// `firstHeld` (the period itself always).
QList<Period> yearsBack(const Period& period, const QDate& firstHeld, int from, int to);
/// The line's end: the period and the year before, from FiguresCalculator's figures.
QList<HeadlineFigures> recentYears(const PeriodFigures& current, const PeriodFigures& previous,
                                   const QDate& firstHeld);
/// The line's older years (two to nine years back), in one grouped query per figure.
Result<QList<HeadlineFigures>> olderYears(const QSqlDatabase& db, const Period& period,
                                          qint64 formatId, const QDate& firstHeld);

} // namespace truc2::dashboard
