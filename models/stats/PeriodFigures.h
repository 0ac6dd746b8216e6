#pragma once

#include "core/Result.h"

#include <QColor>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace truc2 {

class Database;
class SettingsStore;

/// A period of dates, both ends included.
struct Period
{
    QDate from;
    QDate to;

    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    static Period calendarYear(int year) { return {QDate(year, 1, 1), QDate(year, 12, 31)}; }
    /// September of `startYear` to August of the next year.
    static Period schoolYear(int startYear)
    {
        return {QDate(startYear, 9, 1), QDate(startYear + 1, 8, 31)};
    }
};

/// Refuses a period that ends before it starts or lacks a date, in the words every figure
/// gives.
Status checkPeriod(const Period& period);

/// SQL for the participants of the session aliased `s` (DESIGN.md §3): its present
/// registrations plus its anonymous headcount. Every query that counts participants uses it.
QString sessionParticipantsSql();

/// Below this many answers, a mean or a rate is not shown (it would single people out).
inline constexpr int kMinimumAnswers = 5;

/// A share that is only given when there is something to divide by (and, for answers to a
/// survey, enough of them).
struct Rate
{
    qint64 numerator = 0;
    qint64 denominator = 0;
    bool suppressed = false; ///< Fewer than kMinimumAnswers answers: shown as "n < 5".

    std::optional<double> value() const
    {
        if (denominator <= 0 || suppressed) {
            return std::nullopt;
        }
        return double(numerator) / double(denominator);
    }
    bool operator==(const Rate&) const = default;
};

/// The figures of one format over a period, as DESIGN.md §3 defines them.
struct FormatFigures
{
    qint64 formatId = 0;
    QString code;
    QString name;
    QString nounSingular;
    QString nounPlural;
    QColor colour;

    int sessions = 0;      ///< Held sessions starting in the period.
    int participants = 0;  ///< Present registrations + anonymous headcounts of those sessions.
    int agentsReached = 0; ///< Distinct persons present.
    int responses = 0;     ///< Survey responses for those sessions (or the format, undated).
    Rate responseRate;     ///< responses / participants.
    int satisfactionAnswers = 0;
    std::optional<double> satisfaction; ///< Mean on 0–1; empty under kMinimumAnswers answers.
    Rate usefulSkillsRate;              ///< yes / (yes + no).
};

struct TotalFigures
{
    int sessions = 0;
    int participants = 0;
    int agentsReached = 0; ///< Distinct across formats, not a sum.
    int headcount = 0;     ///< Permanent agents of the period's year (settings).
    Rate reachRate;        ///< agentsReached / headcount.
    int animators = 0;     ///< Distinct persons animating a held session.
    int activeAgents = 0;  ///< Active, non-external persons of the directory today.
    int responses = 0;
    Rate responseRate;
    int satisfactionAnswers = 0;
    std::optional<double> satisfaction;
    Rate usefulSkillsRate;
};

struct PeriodFigures
{
    Period period;
    QList<FormatFigures> formats; ///< Every format, in display order, zeros included.
    TotalFigures totals;
};

/// What the held sessions of a period add up to: the part of the figures that reads the
/// period's registrations. A caller that has read them already (DashboardCalculator) gives
/// its counts to FiguresCalculator rather than have them counted twice.
struct SessionCounts
{
    struct Format
    {
        int sessions = 0;
        int participants = 0;
        int agentsReached = 0; ///< Distinct persons present.
    };
    QHash<qint64, Format> formats; ///< By format id; formats without a session may be absent.
    int agentsReached = 0;         ///< Distinct across formats.
    int animators = 0;             ///< Distinct persons animating a held session.
};

/// Computes a period's figures: the one definition that dashboards, reports and the command
/// line share.
class FiguresCalculator
{
public:
    FiguresCalculator(const Database& database, const SettingsStore& settings);

    /// All formats, or only `formatId` when it is not 0.
    Result<PeriodFigures> compute(const Period& period, qint64 formatId = 0) const;
    /// The same, with the sessions' counts already known (they must follow the definitions
    /// of sessionCounts(): the caller's tests compare both ways).
    Result<PeriodFigures> compute(const Period& period, qint64 formatId,
                                  const SessionCounts& counts) const;
    /// The held sessions of the period counted in a few aggregate queries.
    Result<SessionCounts> sessionCounts(const Period& period, qint64 formatId = 0) const;

private:
    const Database& m_db;
    const SettingsStore& m_settings;
};

} // namespace truc2
