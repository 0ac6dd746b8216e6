#pragma once

#include "domain/Session.h"

#include <QColor>
#include <QHash>
#include <QList>
#include <QString>

namespace truc2 {

/// Someone animating a session, as the programme shows them.
struct ProgrammeAnimator
{
    qint64 personId = 0;
    AnimatorRole role = AnimatorRole::Animator;
    QString firstName;
    QString lastName;
    bool external = false;
    bool active = true;

    QString displayName() const { return firstName + QLatin1Char(' ') + lastName; }
    bool operator==(const ProgrammeAnimator&) const = default;
};

/// One session as the programme's views show it: the session, what it teaches, its format's
/// colour and how full it is.
struct ProgrammeEntry
{
    Session session;
    QString actionTitle;
    qint64 formatId = 0;
    QString formatCode;
    QString formatName;
    QColor colour;
    int registered = 0; ///< Registered and walk-in agents.
    int waitlisted = 0;
    QList<ProgrammeAnimator> animators; ///< In the order of session.animators.

    qint64 id() const { return session.id; }
    /// "Marie Durand, Paul Martin"
    QString animatorNames() const;
    bool isCancelled() const { return session.status == SessionStatus::Cancelled; }
    bool operator==(const ProgrammeEntry&) const = default;
};

/// Two sessions that cannot both happen as planned.
struct SessionConflict
{
    enum class Kind
    {
        Room,     ///< The same room at overlapping times.
        Animator, ///< Someone animating two sessions at once.
    };
    Kind kind = Kind::Room;
    qint64 sessionId = 0;      ///< The session the conflict is about.
    qint64 otherSessionId = 0; ///< The session it collides with.
    QString otherCode;
    QString otherTitle;
    QDateTime otherStartsAt;
    QDateTime otherEndsAt;
    QString room;        ///< Kind::Room: the room, as the other session spells it.
    qint64 personId = 0; ///< Kind::Animator: who animates both.
    QString personName;

    /// "Salle du conseil is taken by UT-2026-012 « Excel » (10:00–12:00)."
    QString describe() const;
};

/// Whether two sessions share time: ones that only touch (one ends at 10:00, the next starts
/// at 10:00) do not. Cancelled sessions never collide.
bool overlaps(const Session& a, const Session& b);

/// The conflicts of `candidate` (a session being edited, perhaps not saved yet) with `others`;
/// the candidate itself, when among them, is skipped. Rooms compare without case or accents.
QList<SessionConflict> conflictsOf(const ProgrammeEntry& candidate,
                                   const QList<ProgrammeEntry>& others);

/// Every conflict among a list of sessions, by session id (both sessions of a pair appear).
QHash<qint64, QList<SessionConflict>> conflictsAmong(const QList<ProgrammeEntry>& entries);

} // namespace truc2
