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

/// Appends the conflicts between a and b, as seen from a; `roomA` and `roomB` are their rooms'
/// folded keys.
void collide(const ProgrammeEntry& a, const QString& roomA, const ProgrammeEntry& b,
             const QString& roomB, QList<SessionConflict>& out)
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
    if (!roomA.isEmpty() && roomA == roomB) {
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
    const QString room = roomKey(candidate.session.location);
    for (const ProgrammeEntry& other : others) {
        collide(candidate, room, other, roomKey(other.session.location), result);
    }
    return result;
}

QHash<qint64, QList<SessionConflict>> conflictsAmong(const QList<ProgrammeEntry>& entries)
{
    // Sweep in order of start: a session only meets those that start before it ends.
    struct Item
    {
        const ProgrammeEntry* entry;
        QString room;
    };
    QList<Item> sorted;
    sorted.reserve(entries.size());
    for (const ProgrammeEntry& e : entries) {
        if (!e.isCancelled()) {
            sorted.append({&e, roomKey(e.session.location)});
        }
    }
    std::sort(sorted.begin(), sorted.end(), [](const Item& x, const Item& y) {
        return x.entry->session.startsAt < y.entry->session.startsAt;
    });
    QHash<qint64, QList<SessionConflict>> result;
    for (qsizetype i = 0; i < sorted.size(); ++i) {
        const Item& a = sorted.at(i);
        for (qsizetype j = i + 1; j < sorted.size(); ++j) {
            const Item& b = sorted.at(j);
            if (b.entry->session.startsAt >= a.entry->session.endsAt) {
                break;
            }
            QList<SessionConflict> found;
            collide(*a.entry, a.room, *b.entry, b.room, found);
            if (!found.isEmpty()) {
                result[a.entry->id()] += found;
                QList<SessionConflict> back;
                collide(*b.entry, b.room, *a.entry, a.room, back);
                result[b.entry->id()] += back;
            }
        }
    }
    return result;
}

} // namespace truc2
