#include "domain/Programme.h"

#include "core/TextKey.h"

#include <QCoreApplication>

#include <algorithm>

namespace truc2 {
namespace {

QString roomKey(const QString& location)
{
    return foldedText(location.simplified());
}

QString timeRange(const QDateTime& from, const QDateTime& to)
{
    const QString format = QStringLiteral("HH:mm");
    return from.time().toString(format) + QStringLiteral("–") + to.time().toString(format);
}

/// Appends the conflicts between a and b, as seen from a.
void collide(const ProgrammeEntry& a, const ProgrammeEntry& b, QList<SessionConflict>& out)
{
    if (a.id() != 0 && a.id() == b.id()) {
        return;
    }
    if (!overlaps(a.session, b.session)) {
        return;
    }
    SessionConflict base;
    base.sessionId = a.id();
    base.otherSessionId = b.id();
    base.otherCode = b.session.code;
    base.otherTitle = b.actionTitle;
    base.otherStartsAt = b.session.startsAt;
    base.otherEndsAt = b.session.endsAt;
    const QString room = roomKey(a.session.location);
    if (!room.isEmpty() && room == roomKey(b.session.location)) {
        SessionConflict c = base;
        c.kind = SessionConflict::Kind::Room;
        c.room = b.session.location;
        out.append(c);
    }
    for (const SessionAnimator& mine : a.session.animators) {
        for (const ProgrammeAnimator& theirs : b.animators) {
            if (theirs.personId == mine.personId) {
                SessionConflict c = base;
                c.kind = SessionConflict::Kind::Animator;
                c.personId = theirs.personId;
                c.personName = theirs.displayName();
                out.append(c);
            }
        }
    }
}

} // namespace

QString ProgrammeEntry::animatorNames() const
{
    QStringList names;
    for (const ProgrammeAnimator& a : animators) {
        names << a.displayName();
    }
    return names.join(QStringLiteral(", "));
}

QString SessionConflict::describe() const
{
    const QString other = QCoreApplication::translate("SessionConflict", "%1 « %2 » (%3)")
                              .arg(otherCode, otherTitle, timeRange(otherStartsAt, otherEndsAt));
    if (kind == Kind::Room) {
        return QCoreApplication::translate("SessionConflict", "%1 is also booked for %2.")
            .arg(room, other);
    }
    return QCoreApplication::translate("SessionConflict", "%1 also animates %2.")
        .arg(personName, other);
}

bool overlaps(const Session& a, const Session& b)
{
    if (a.status == SessionStatus::Cancelled || b.status == SessionStatus::Cancelled) {
        return false;
    }
    return a.startsAt < b.endsAt && b.startsAt < a.endsAt;
}

QList<SessionConflict> conflictsOf(const ProgrammeEntry& candidate,
                                   const QList<ProgrammeEntry>& others)
{
    QList<SessionConflict> result;
    for (const ProgrammeEntry& other : others) {
        collide(candidate, other, result);
    }
    return result;
}

QHash<qint64, QList<SessionConflict>> conflictsAmong(const QList<ProgrammeEntry>& entries)
{
    // Sweep in order of start: a session only meets those that start before it ends.
    QList<const ProgrammeEntry*> sorted;
    sorted.reserve(entries.size());
    for (const ProgrammeEntry& e : entries) {
        if (!e.isCancelled()) {
            sorted.append(&e);
        }
    }
    std::sort(sorted.begin(), sorted.end(), [](const ProgrammeEntry* x, const ProgrammeEntry* y) {
        return x->session.startsAt < y->session.startsAt;
    });
    QHash<qint64, QList<SessionConflict>> result;
    for (qsizetype i = 0; i < sorted.size(); ++i) {
        for (qsizetype j = i + 1; j < sorted.size(); ++j) {
            if (sorted[j]->session.startsAt >= sorted[i]->session.endsAt) {
                break;
            }
            QList<SessionConflict> found;
            collide(*sorted[i], *sorted[j], found);
            if (!found.isEmpty()) {
                result[sorted[i]->id()] += found;
                QList<SessionConflict> back;
                collide(*sorted[j], *sorted[i], back);
                result[sorted[j]->id()] += back;
            }
        }
    }
    return result;
}

} // namespace truc2
