#pragma once

#include "stats/PeriodFigures.h"

#include <QDate>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace truc2 {

/// One month of the period (the period's first and last months may be partial).
struct MonthFigures
{
    QDate month;             ///< Its first day.
    QList<int> sessions;     ///< Held sessions per format, in DashboardFigures::current's order.
    QList<int> participants; ///< Participants per format, in the same order.
    /// Distinct persons present from the period's start to the end of this month.
    int agentsReachedToDate = 0;
};

/// How many of a direction's agents came to at least one held session of the period.
struct DirectionReach
{
    qint64 directionId = 0;
    QString name;
    int agents = 0;  ///< Active, non-external persons of the direction today.
    int reached = 0; ///< Of whom were present at a held session of the period.
    Rate rate;       ///< reached / agents (never suppressed: it names nobody).
};

/// Mixing between services at one held session (persons present, registrations only: an
/// anonymous headcount has no direction).
struct SessionMixing
{
    qint64 sessionId = 0;
    QString code;
    QString title;
    qint64 formatId = 0;
    QDate date;
    int present = 0;    ///< Persons present.
    int directions = 0; ///< Distinct directions among them.
    /// Present persons of another direction than every animator's / present persons with a
    /// direction. Zero denominator when no animator has a direction (external speakers).
    Rate outsideAnimatorDirection;
};

/// Which directions met which: the school's reason to exist, which no other tool measures.
struct MixingFigures
{
    QList<SessionMixing> sessions; ///< Held sessions of the period, by date then code.
    /// Mean of SessionMixing::directions over the sessions with at least one person present
    /// who has a direction; empty when there is none.
    std::optional<double> meanDirections;
    Rate outsideAnimatorDirection; ///< Pooled over the sessions (numerators and denominators).
    /// The directions that had someone present, by name: the matrix's rows and columns.
    QList<qint64> directionIds;
    QStringList directionNames;
    /// matrix[i][j], i ≠ j: held sessions where persons of directions i and j were both present
    /// (symmetric); matrix[i][i]: held sessions where direction i was present.
    QList<QList<int>> matrix;
};

/// An animator thanked by name in the report.
struct AnimatorCredit
{
    qint64 personId = 0;
    QString displayName; ///< "Marie DUPONT" as the report writes it.
    int sessions = 0;    ///< Held sessions of the period animated.
    bool isNew = false;  ///< Their first held session ever is in the period.
};

struct AnimatorSummary
{
    int animators = 0;    ///< Distinct persons animating a held session of the period.
    int newAnimators = 0; ///< Of whom had never animated a held session before the period.
    /// Held sessions animated, summed over the animators, divided by the animators; empty
    /// without animators.
    std::optional<double> sessionsPerAnimator;
    QList<AnimatorCredit> credits; ///< By last name, first name.
};

/// An action of the catalogue held in the period, with its survey figures.
struct ActionFigures
{
    qint64 actionId = 0;
    QString title;
    QString formatName;
    int sessions = 0;
    int participants = 0;
    int satisfactionAnswers = 0;
    std::optional<double> satisfaction; ///< Empty under kMinimumAnswers answers.
    Rate usefulSkillsRate;
};

/// The training indicators of the French social report (rapport social unique): agents
/// trained and time of training, by category and gender. External persons do not count.
struct TrainingIndicators
{
    enum Category
    {
        CategoryA,
        CategoryB,
        CategoryC,
        NoCategory,
        CategoryCount
    };
    enum Gender
    {
        Women,
        Men,
        NoGender,
        GenderCount
    };
    struct Cell
    {
        int agents = 0;     ///< Distinct agents present at a held session of the period.
        qint64 minutes = 0; ///< Time they attended (domain/AttendedTime's attendedMinutes).
        bool operator==(const Cell&) const = default;
    };
    std::array<std::array<Cell, GenderCount>, CategoryCount> cells{};
    double hoursPerDay = 6; ///< SettingsStore::hoursPerDay(): how many hours make a day.

    Cell total() const;
    Cell category(Category c) const;
    Cell gender(Gender g) const;
    double hours(const Cell& cell) const { return double(cell.minutes) / 60.0; }
    double days(const Cell& cell) const { return hours(cell) / hoursPerDay; }
};

/// The headline figures of one period, for the year-on-year line.
struct HeadlineFigures
{
    Period period;
    int sessions = 0;
    int participants = 0;
    int agentsReached = 0;
    int animators = 0;
    Rate responseRate;
    std::optional<double> satisfaction;
    Rate usefulSkillsRate;
};

/// Everything the dashboard shows and the impact report prints for a period (and a format,
/// or all of them), computed by DashboardCalculator from the definitions of DESIGN.md §3.
struct DashboardFigures
{
    qint64 formatId = 0;    ///< 0: every format.
    PeriodFigures current;  ///< Per format and in total.
    PeriodFigures previous; ///< The same dates one year earlier.
    QList<MonthFigures> months;
    QList<DirectionReach> reachByDirection; ///< Every direction with agents, by name.
    MixingFigures mixing;
    AnimatorSummary animators;
    /// Actions held in the period, most appreciated first: by satisfaction (those with a
    /// figure first), then useful-skills rate, then participants, then title.
    QList<ActionFigures> actions;
    TrainingIndicators training;
    /// The same dates shifted back by whole years, oldest first and ending with the period
    /// itself; starts at the first year with a held session, at most ten entries.
    QList<HeadlineFigures> years;

    /// Puts DashboardCalculator::olderYears() before the period and the year before.
    void addOlderYears(const QList<HeadlineFigures>& older) { years = older + years; }
};

/// Computes a period's dashboard in a handful of aggregate queries. Thread-safe in the sense that
/// it only reads through the Database it is given: a worker thread gives it a Database of its own.
class DashboardCalculator
{
public:
    DashboardCalculator(const Database& database, const SettingsStore& settings);

    /// All formats, or only `formatId` when it is not 0.
    Result<DashboardFigures> compute(const Period& period, qint64 formatId = 0) const;

    /// compute() in two halves that two connections can run at once (the dashboard's two
    /// threads): everything but the years line's older years, whose DashboardFigures::years
    /// holds only the period and the year before…
    Result<DashboardFigures> computeRecent(const Period& period, qint64 formatId = 0) const;
    /// …and those older years (DashboardFigures::addOlderYears()).
    Result<QList<HeadlineFigures>> olderYears(const Period& period, qint64 formatId = 0) const;

private:
    const Database& m_db;
    const SettingsStore& m_settings;
};

} // namespace truc2
