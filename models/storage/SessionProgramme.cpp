// SessionStore's reading side for the programme: sessions with what the views show of them,
// conflicts and the checks made before a session is saved.

#include "domain/Catalogue.h"
#include "storage/Database.h"
#include "storage/DbValues.h"
#include "storage/SessionStore.h"
#include "storage/SqlError.h"

#include <QHash>
#include <QLocale>

namespace truc2 {
namespace {

/// A conflict can only come from a session that starts at most this long before the one
/// checked ends: no session of the school lasts longer (a cycle spans several days at most).
constexpr int kLongestSessionDays = 31;

const QString& programmeSelect()
{
    static const QString sql = QStringLiteral(
        "SELECT s.id, s.code, s.action_id, s.starts_at, s.ends_at, s.location, s.capacity, "
        "s.status, s.cancel_reason, s.series_id, s.notes, s.anonymous_headcount, "
        "s.row_version, "
        "s.sequence, a.title, f.id, f.code, f.name, f.colour, "
        "(SELECT COUNT(*) FROM registration r WHERE r.session_id = s.id "
        "AND r.status IN ('registered', 'walk_in')), "
        "(SELECT COUNT(*) FROM registration r WHERE r.session_id = s.id "
        "AND r.status = 'waitlisted') "
        "FROM session s JOIN action a ON a.id = s.action_id JOIN format f ON f.id = "
        "a.format_id "
        "WHERE ");
    return sql;
}

const QString& animatorSelect()
{
    static const QString sql = QStringLiteral(
        "SELECT sa.session_id, sa.person_id, sa.role, p.first_name, p.last_name, p.external, "
        "p.active FROM session_animator sa JOIN person p ON p.id = sa.person_id "
        "JOIN session s ON s.id = sa.session_id WHERE ");
    return sql;
}

ProgrammeEntry readEntry(const QSqlQuery& q)
{
    ProgrammeEntry e;
    Session& s = e.session;
    s.id = q.value(0).toLongLong();
    s.code = q.value(1).toString();
    s.actionId = q.value(2).toLongLong();
    s.startsAt = db::toDateTime(q.value(3));
    s.endsAt = db::toDateTime(q.value(4));
    s.location = q.value(5).toString();
    s.capacity = q.value(6).toInt();
    s.status = sessionStatusFromCode(q.value(7).toString());
    s.cancelReason = q.value(8).toString();
    s.seriesId = q.value(9).toLongLong();
    s.notes = q.value(10).toString();
    s.anonymousHeadcount = q.value(11).toInt();
    s.rowVersion = q.value(12).toInt();
    s.sequence = q.value(13).toInt();
    e.actionTitle = q.value(14).toString();
    e.formatId = q.value(15).toLongLong();
    e.formatCode = q.value(16).toString();
    e.formatName = q.value(17).toString();
    e.colour = QColor(q.value(18).toString());
    e.registered = q.value(19).toInt();
    e.waitlisted = q.value(20).toInt();
    return e;
}

ProgrammeAnimator readAnimator(const QSqlQuery& q)
{
    ProgrammeAnimator a;
    a.personId = q.value(1).toLongLong();
    a.role = animatorRoleFromCode(q.value(2).toString());
    a.firstName = q.value(3).toString();
    a.lastName = q.value(4).toString();
    a.external = q.value(5).toInt() != 0;
    a.active = q.value(6).toInt() != 0;
    return a;
}

} // namespace

Result<QList<ProgrammeEntry>>
SessionStore::readProgramme(const QString& where,
                            const QList<std::pair<QString, QVariant>>& values) const
{
    QList<ProgrammeEntry> entries;
    QHash<qint64, qsizetype> rowOf;
    const Status read = m_db.readSnapshot([&]() -> Status {
        QSqlQuery query(m_db.connection());
        query.setForwardOnly(true);
        query.prepare(programmeSelect() + where + QStringLiteral(" ORDER BY s.starts_at, s.id"));
        for (const auto& [name, value] : values) {
            query.bindValue(name, value);
        }
        if (Status ran = execQuery(query); !ran) {
            return ran;
        }
        while (query.next()) {
            rowOf.insert(query.value(0).toLongLong(), entries.size());
            entries.append(readEntry(query));
        }
        query.prepare(animatorSelect() + where +
                      QStringLiteral(" ORDER BY sa.session_id, sa.person_id"));
        for (const auto& [name, value] : values) {
            query.bindValue(name, value);
        }
        if (Status ran = execQuery(query); !ran) {
            return ran;
        }
        while (query.next()) {
            const auto row = rowOf.constFind(query.value(0).toLongLong());
            if (row == rowOf.cend()) {
                continue; // created between the two reads on a backend without snapshots
            }
            ProgrammeEntry& e = entries[*row];
            const ProgrammeAnimator a = readAnimator(query);
            e.animators.append(a);
            e.session.animators.append({a.personId, a.role});
        }
        return {};
    });
    if (!read) {
        return read.error();
    }
    return entries;
}

Result<QList<ProgrammeEntry>> SessionStore::programme(const QDate& from, const QDate& to) const
{
    return readProgramme(QStringLiteral("s.starts_at < :to AND s.ends_at > :from"),
                         {{QStringLiteral(":from"), db::fromDateTime(from.startOfDay())},
                          {QStringLiteral(":to"), db::fromDateTime(to.addDays(1).startOfDay())}});
}

Result<ProgrammeEntry> SessionStore::programmeEntry(qint64 id) const
{
    const Result<QList<ProgrammeEntry>> found =
        readProgramme(QStringLiteral("s.id = :id"), {{QStringLiteral(":id"), id}});
    if (!found) {
        return found.error();
    }
    if (found->isEmpty()) {
        return Error{tr("This session no longer exists.")};
    }
    return found->first();
}

Result<ProgrammeEntry> SessionStore::preview(const Session& session) const
{
    ProgrammeEntry e;
    e.session = session;
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT a.title, f.id, f.code, f.name, f.colour FROM action a "
                                 "JOIN format f ON f.id = a.format_id WHERE a.id = :id"));
    query.bindValue(QStringLiteral(":id"), session.actionId);
    if (Status ran = execQuery(query); !ran) {
        return ran.error();
    }
    if (query.next()) {
        e.actionTitle = query.value(0).toString();
        e.formatId = query.value(1).toLongLong();
        e.formatCode = query.value(2).toString();
        e.formatName = query.value(3).toString();
        e.colour = QColor(query.value(4).toString());
    }
    query.prepare(QStringLiteral(
        "SELECT id, id, 'animator', first_name, last_name, external, active FROM person "
        "WHERE id = :id"));
    for (const SessionAnimator& sa : session.animators) {
        query.bindValue(QStringLiteral(":id"), sa.personId);
        if (Status ran = execQuery(query); !ran) {
            return ran.error();
        }
        if (query.next()) {
            ProgrammeAnimator a = readAnimator(query);
            a.role = sa.role;
            e.animators.append(a);
        }
    }
    return e;
}

Result<QList<SessionConflict>> SessionStore::conflicts(const Session& session) const
{
    if (!session.startsAt.isValid() || !session.endsAt.isValid() ||
        session.endsAt <= session.startsAt) {
        return QList<SessionConflict>();
    }
    const Result<ProgrammeEntry> candidate = preview(session);
    if (!candidate) {
        return candidate.error();
    }
    const Result<QList<ProgrammeEntry>> around = readProgramme(
        QStringLiteral("s.starts_at < :ends AND s.starts_at >= :earliest AND s.ends_at > :starts "
                       "AND s.status <> 'cancelled'"),
        {{QStringLiteral(":ends"), db::fromDateTime(session.endsAt)},
         {QStringLiteral(":earliest"),
          db::fromDateTime(session.startsAt.addDays(-kLongestSessionDays))},
         {QStringLiteral(":starts"), db::fromDateTime(session.startsAt)}});
    if (!around) {
        return around.error();
    }
    return conflictsOf(*candidate, *around);
}

QList<FieldProblem> SessionStore::problems(const Session& session) const
{
    QList<FieldProblem> found;
    if (session.actionId <= 0) {
        found.append({QStringLiteral("actionId"), tr("Choose the catalogue action.")});
    }
    if (!session.startsAt.isValid()) {
        found.append({QStringLiteral("startsAt"), tr("Enter the date and start time.")});
    } else if (!session.endsAt.isValid() || session.endsAt <= session.startsAt) {
        found.append({QStringLiteral("endsAt"), tr("The session must end after it starts.")});
    }
    if (session.capacity < 0) {
        found.append({QStringLiteral("capacity"), tr("The capacity cannot be negative.")});
    }
    QSqlQuery query(m_db.connection());
    if (session.capacity == 0 && session.actionId > 0) {
        query.prepare(QStringLiteral("SELECT f.registration_mode FROM action a JOIN format f ON "
                                     "f.id = a.format_id WHERE a.id = :id"));
        query.bindValue(QStringLiteral(":id"), session.actionId);
        if (execQuery(query) && query.next() &&
            registrationModeFromCode(query.value(0).toString()) == RegistrationMode::Capacity) {
            found.append({QStringLiteral("capacity"),
                          tr("Sessions of this format take registrations up to a capacity: "
                             "enter at least 1 seat.")});
        }
    }
    if (session.status == SessionStatus::Cancelled && session.cancelReason.trimmed().isEmpty()) {
        found.append({QStringLiteral("cancelReason"), tr("Say why the session is cancelled.")});
    }
    if (session.startsAt.isValid() && session.endsAt > session.startsAt &&
        session.status != SessionStatus::Cancelled) {
        query.prepare(QStringLiteral("SELECT day, label FROM closed_day WHERE day >= :first "
                                     "AND day <= :last ORDER BY day"));
        query.bindValue(QStringLiteral(":first"), db::fromDate(session.startsAt.date()));
        query.bindValue(QStringLiteral(":last"), db::fromDate(session.endsAt.date()));
        if (execQuery(query) && query.next()) {
            const QString day =
                QLocale().toString(db::toDate(query.value(0)), QStringLiteral("dd/MM/yyyy"));
            const QString label = query.value(1).toString();
            found.append({QStringLiteral("startsAt"),
                          label.isEmpty()
                              ? tr("The school is closed on %1.").arg(day)
                              : tr("The school is closed on %1 (%2).").arg(day, label)});
        }
    }
    query.prepare(QStringLiteral("SELECT first_name, last_name, active FROM person "
                                 "WHERE id = :id"));
    for (const SessionAnimator& a : session.animators) {
        query.bindValue(QStringLiteral(":id"), a.personId);
        if (!execQuery(query) || !query.next()) {
            found.append({QStringLiteral("animators"), tr("An animator no longer exists.")});
        } else if (query.value(2).toInt() == 0) {
            found.append({QStringLiteral("animators"),
                          tr("%1 %2 is no longer active: choose another animator or "
                             "reactivate them in the directory.")
                              .arg(query.value(0).toString(), query.value(1).toString())});
        }
    }
    return found;
}

} // namespace truc2
