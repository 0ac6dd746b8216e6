#pragma once

#include "core/Result.h"
#include "domain/AttendedTime.h"
#include "domain/Session.h"
#include "stats/PeriodFigures.h"
#include "storage/SettingsStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace truc2 {

class Database;

/// The person an agent history is about: an agent, or an external speaker.
struct HistoryPerson
{
    qint64 id = 0;
    QString firstName;
    QString lastName;
    bool active = true;
    bool external = false;
    QString organisation; ///< External speakers' own organisation.
    QString directionName;
    QString serviceName;

    /// "DUPONT Marie", as on every list.
    QString displayName() const;
    /// "Marie Dupont", as in a sentence.
    QString fullName() const;
    /// "Culture / Médiathèque" for an agent (what is known of it), the organisation of an
    /// external speaker; empty when nothing is known.
    QString affiliation() const;
};

/// A session as the history of one of its participants or animators shows it.
struct HistorySession
{
    qint64 id = 0;
    QString code;
    QDateTime startsAt;
    QDateTime endsAt;
    QString location;
    SessionStatus status = SessionStatus::Planned;
    QString actionTitle;
    qint64 formatId = 0;
    QString formatName;

    /// The session's own times, for the half-day rules.
    Session asSession() const;
    bool operator==(const HistorySession&) const = default;
};

/// A session the person registered for (or came to without registering).
struct Participation
{
    HistorySession session;
    qint64 registrationId = 0;
    RegistrationStatus status = RegistrationStatus::Registered;
    int waitingPosition = 0; ///< 1-based place on the waiting list; 0 when not waiting.
    Attendance attendance = Attendance::Unknown; ///< The summary.
    QList<HalfDayAttendance> halfDays;           ///< When the sheet recorded them, in order.
    /// What the person attended (attendedMinutes()) of a held session; 0 for a session that is
    /// not held, whose attendance does not count yet (or ever).
    int minutesAttended = 0;

    /// Present at a held session: what the figures and the attestation de formation count.
    bool attended() const
    {
        return session.status == SessionStatus::Held && attendance == Attendance::Present;
    }
    bool operator==(const Participation&) const = default;
};

/// A session the person animated (any role).
struct Animation
{
    HistorySession session;
    AnimatorRole role = AnimatorRole::Animator;
    int minutes = 0; ///< The whole session: every role animates all of it.

    /// A held session: what the figures and the attestation d'animation count.
    bool counts() const { return session.status == SessionStatus::Held; }
    bool operator==(const Animation&) const = default;
};

/// Everything one person did at the school over a period: the sessions they registered for,
/// whatever became of it (waiting list, cancelled, absent), and those they animated.
struct AgentHistory
{
    HistoryPerson person;
    Period period;                       ///< Invalid: all time.
    QList<Participation> participations; ///< Newest first.
    QList<Animation> animations;         ///< Newest first.

    int sessionsAttended() const; ///< Held sessions where present.
    int minutesAttended() const;  ///< Their attended minutes.
    int sessionsAnimated() const; ///< Held sessions animated.
    int minutesAnimated() const;
};

/// What the attestation de formation of one agent over a period prints.
struct TrainingAttestationSource
{
    SchoolIdentity identity;
    /// The period asked for; for all time, from the first to the last session attended
    /// (invalid when there is none).
    Period period;
    HistoryPerson person;
    QList<Participation> sessions; ///< Attended held sessions starting in the period, by date.
};

/// Reads the history of one person: two queries bound to that person (and period), whatever
/// the size of the directory. Read-only.
class AgentHistoryStore
{
    Q_DECLARE_TR_FUNCTIONS(AgentHistoryStore)

public:
    AgentHistoryStore(const Database& database, const SettingsStore& settings);

    /// The person's sessions starting in the period (all time when it is not valid), as a
    /// participant and as an animator, newest first. An unknown person is an error.
    Result<AgentHistory> history(qint64 personId, const Period& period = {}) const;

    /// The held sessions the person was present at in the period (all time when it is not
    /// valid), oldest first, with the school's identity. An empty list when there is none.
    Result<TrainingAttestationSource> trainingAttestation(qint64 personId,
                                                          const Period& period) const;

    /// Whether the person is registered for, or animates, a session: whether a change to that
    /// session may change their history.
    Result<bool> involves(qint64 personId, qint64 sessionId) const;

private:
    Result<HistoryPerson> person(qint64 personId) const;

    const Database& m_db;
    const SettingsStore& m_settings;
};

} // namespace truc2
