#pragma once

#include "core/Result.h"
#include "stats/PeriodFigures.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace truc2 {

class Database;

/// The school year (September to August) that contains `day`.
Period schoolYearContaining(const QDate& day);

/// What one person animated over a period: an internal agent or an external speaker.
///
/// Which sessions count, as DESIGN.md §3 and FiguresCalculator define them:
/// - "held" figures (sessions, hours, participants, agents reached, first and last session,
///   satisfaction) count sessions whose status is *held* and that start in the period;
///   cancelled ones never count, nor do past sessions still planned or confirmed (their
///   attendance has not been recorded yet);
/// - `upcoming` counts sessions *planned* or *confirmed* that start in the period, at or after
///   the moment of the computation: what the person is down to animate next.
/// Every role (animator, co-animator, speaker) animates the whole session: two co-animators of
/// a three-hour workshop have three hours each.
struct AnimatorFigures
{
    qint64 personId = 0;
    QString lastName;
    QString firstName;
    bool external = false;
    bool active = true;
    QString organisation;  ///< External speakers.
    QString directionName; ///< Agents.
    QString serviceName;   ///< Agents.
    QDate facilitationTrainedOn;

    int sessions = 0;      ///< Held sessions starting in the period.
    int upcoming = 0;      ///< Planned or confirmed sessions of the period not begun yet.
    qint64 minutes = 0;    ///< Total duration of the held sessions.
    int participants = 0;  ///< Present registrations + anonymous headcounts of those sessions.
    int agentsReached = 0; ///< Distinct persons present at those sessions.
    /// Names of the formats of the sessions counted (held and upcoming), in the formats'
    /// display order.
    QStringList formats;
    QDate firstSession; ///< Of the held sessions; invalid when none.
    QDate lastSession;
    QDate nextSession;           ///< First upcoming session; invalid when none.
    int satisfactionAnswers = 0; ///< Survey answers giving a satisfaction for those sessions.
    std::optional<double> satisfaction; ///< Mean on 0–1; empty under kMinimumAnswers answers.

    /// "DUPONT Marie", as on every list.
    QString displayName() const;
    bool operator==(const AnimatorFigures&) const = default;
};

/// The animators of a period, and what they animated together.
struct AnimatorsOfPeriod
{
    Period period;                    ///< Invalid: all time.
    QDateTime now;                    ///< From when sessions count as upcoming.
    QList<AnimatorFigures> animators; ///< Everyone with a held or upcoming session, by id.
    int animatorCount = 0; ///< Distinct persons animating a held session (DESIGN.md §3).
    int externalCount = 0; ///< Of whom external speakers.
    int sessions = 0;      ///< Distinct held sessions having at least one animator.
    qint64 minutes = 0;    ///< Their total duration, each session once.
    int upcoming = 0;      ///< Distinct upcoming sessions having at least one animator.
};

/// Computes the animators' figures of a period in three aggregate queries, whatever the
/// number of animators: the one definition that the Animators page and the attestation share.
class AnimatorCalculator
{
public:
    explicit AnimatorCalculator(const Database& database);

    /// Every animator of the period (all time when `period` is not valid), or only `personId`
    /// when it is not 0. Sessions starting at or after `now` that are planned or confirmed
    /// count as upcoming.
    Result<AnimatorsOfPeriod> compute(const Period& period,
                                      const QDateTime& now = QDateTime::currentDateTime(),
                                      qint64 personId = 0) const;

private:
    const Database& m_db;
};

} // namespace truc2
