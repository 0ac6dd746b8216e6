#include "storage/AgentHistoryStore.h"

#include "storage/Database.h"
#include "storage/DbValues.h"
#include "storage/SqlError.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace truc2 {
namespace {

// The columns of a session, in the order sessionFromQuery() reads them from `first`.
const QString kSessionColumns =
    QStringLiteral("s.id, s.code, s.starts_at, s.ends_at, s.location, s.status, a.title, f.id, "
                   "f.name");
const QString kSessionJoins =
    QStringLiteral("JOIN session s ON s.id = x.session_id JOIN action a ON a.id = s.action_id "
                   "JOIN format f ON f.id = a.format_id ");
const QString kInPeriod = QStringLiteral("AND s.starts_at >= :from AND s.starts_at < :to ");
const QString kNewestFirst = QStringLiteral("ORDER BY s.starts_at DESC, s.code DESC");

HistorySession sessionFromQuery(const QSqlQuery& q, int first)
{
    HistorySession s;
    s.id = q.value(first).toLongLong();
    s.code = q.value(first + 1).toString();
    s.startsAt = db::toDateTime(q.value(first + 2));
    s.endsAt = db::toDateTime(q.value(first + 3));
    s.location = q.value(first + 4).toString();
    s.status = sessionStatusFromCode(q.value(first + 5).toString());
    s.actionTitle = q.value(first + 6).toString();
    s.formatId = q.value(first + 7).toLongLong();
    s.formatName = q.value(first + 8).toString();
    return s;
}

/// Prepares a query of the person's rows in `table` (aliased x), within the period when it is
/// valid, newest first.
Status runForPerson(QSqlQuery& query, const QString& columns, const QString& table, qint64 personId,
                    const Period& period)
{
    QString sql = QStringLiteral("SELECT ") + columns + QStringLiteral(", ") + kSessionColumns +
                  QStringLiteral(" FROM ") + table + QStringLiteral(" x ") + kSessionJoins +
                  QStringLiteral("WHERE x.person_id = :person ");
    if (period.isValid()) {
        sql += kInPeriod;
    }
    query.prepare(sql + kNewestFirst);
    query.bindValue(QStringLiteral(":person"), personId);
    if (period.isValid()) {
        query.bindValue(QStringLiteral(":from"), db::fromDateTime(period.from.startOfDay()));
        query.bindValue(QStringLiteral(":to"), db::fromDateTime(period.to.addDays(1).startOfDay()));
    }
    return execQuery(query);
}

} // namespace

QString HistoryPerson::displayName() const
{
    return firstName.isEmpty() ? lastName.toUpper()
                               : lastName.toUpper() + QLatin1Char(' ') + firstName;
}

QString HistoryPerson::fullName() const
{
    return QStringList{firstName.trimmed(), lastName.trimmed()}.join(QLatin1Char(' ')).trimmed();
}

QString HistoryPerson::affiliation() const
{
    if (external) {
        return organisation.trimmed();
    }
    QStringList parts;
    for (const QString& part : {directionName, serviceName}) {
        if (!part.trimmed().isEmpty()) {
            parts << part.trimmed();
        }
    }
    return parts.join(QStringLiteral(" / "));
}

Session HistorySession::asSession() const
{
    Session s;
    s.id = id;
    s.code = code;
    s.startsAt = startsAt;
    s.endsAt = endsAt;
    s.location = location;
    s.status = status;
    return s;
}

int AgentHistory::sessionsAttended() const
{
    return int(std::count_if(participations.cbegin(), participations.cend(),
                             [](const Participation& p) { return p.attended(); }));
}

int AgentHistory::minutesAttended() const
{
    int minutes = 0;
    for (const Participation& p : participations) {
        minutes += p.minutesAttended;
    }
    return minutes;
}

int AgentHistory::sessionsAnimated() const
{
    return int(std::count_if(animations.cbegin(), animations.cend(),
                             [](const Animation& a) { return a.counts(); }));
}

int AgentHistory::minutesAnimated() const
{
    int minutes = 0;
    for (const Animation& a : animations) {
        minutes += a.counts() ? a.minutes : 0;
    }
    return minutes;
}

AgentHistoryStore::AgentHistoryStore(const Database& database, const SettingsStore& settings)
    : m_db(database)
    , m_settings(settings)
{}

Result<HistoryPerson> AgentHistoryStore::person(qint64 personId) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral(
        "SELECT p.first_name, p.last_name, p.active, p.external, p.organisation, d.name, v.name "
        "FROM person p LEFT JOIN service v ON v.id = p.service_id "
        "LEFT JOIN direction d ON d.id = v.direction_id WHERE p.id = :id"));
    query.bindValue(QStringLiteral(":id"), personId);
    if (Status done = execQuery(query); !done) {
        return done.error();
    }
    if (!query.next()) {
        return Error{tr("This person is no longer in the directory.")};
    }
    HistoryPerson p;
    p.id = personId;
    p.firstName = query.value(0).toString();
    p.lastName = query.value(1).toString();
    p.active = query.value(2).toBool();
    p.external = query.value(3).toBool();
    p.organisation = query.value(4).toString();
    p.directionName = query.value(5).toString();
    p.serviceName = query.value(6).toString();
    return p;
}

Result<AgentHistory> AgentHistoryStore::history(qint64 personId, const Period& period) const
{
    AgentHistory history;
    Result<HistoryPerson> who = person(personId);
    if (!who) {
        return who.error();
    }
    history.person = std::move(who).value();
    history.period = period.isValid() ? period : Period{};

    QSqlQuery query(m_db.connection());
    if (Status done = runForPerson(query,
                                   QStringLiteral("x.id, x.status, x.waiting_position, "
                                                  "x.attendance"),
                                   QStringLiteral("registration"), personId, history.period);
        !done) {
        return done.error();
    }
    QHash<qint64, qsizetype> rowOf;
    while (query.next()) {
        Participation p;
        p.registrationId = query.value(0).toLongLong();
        p.status = registrationStatusFromCode(query.value(1).toString());
        p.waitingPosition = query.value(2).toInt();
        p.attendance = attendanceFromCode(query.value(3).toString());
        p.session = sessionFromQuery(query, 4);
        rowOf.insert(p.registrationId, history.participations.size());
        history.participations.append(std::move(p));
    }

    if (!rowOf.isEmpty()) {
        // The half-days of all the person's registrations: a few rows per multi-day session.
        query.prepare(QStringLiteral(
            "SELECT h.registration_id, h.day, h.half, h.attendance FROM attendance_halfday h "
            "JOIN registration r ON r.id = h.registration_id WHERE r.person_id = :person "
            "ORDER BY h.registration_id, h.day, h.half"));
        query.bindValue(QStringLiteral(":person"), personId);
        if (Status done = execQuery(query); !done) {
            return done.error();
        }
        while (query.next()) {
            const auto row = rowOf.constFind(query.value(0).toLongLong());
            if (row == rowOf.constEnd()) {
                continue; // a session outside the period
            }
            HalfDayAttendance h;
            h.halfDay.day = db::toDate(query.value(1));
            h.halfDay.half = query.value(2).toInt() == 1 ? HalfDay::Afternoon : HalfDay::Morning;
            h.attendance = attendanceFromCode(query.value(3).toString());
            history.participations[*row].halfDays.append(h);
        }
    }
    for (Participation& p : history.participations) {
        p.minutesAttended = p.session.status == SessionStatus::Held
                                ? attendedMinutes(p.session.asSession(), p.attendance, p.halfDays)
                                : 0;
    }

    if (Status done = runForPerson(query, QStringLiteral("x.role"),
                                   QStringLiteral("session_animator"), personId, history.period);
        !done) {
        return done.error();
    }
    while (query.next()) {
        Animation a;
        a.role = animatorRoleFromCode(query.value(0).toString());
        a.session = sessionFromQuery(query, 1);
        a.minutes = sessionMinutesByHalfDays(a.session.asSession());
        history.animations.append(std::move(a));
    }
    return history;
}

Result<TrainingAttestationSource> AgentHistoryStore::trainingAttestation(qint64 personId,
                                                                         const Period& period) const
{
    if (period.from.isValid() && period.to.isValid() && period.from > period.to) {
        return Error{tr("The period must end on or after its start.")};
    }
    Result<AgentHistory> read = history(personId, period);
    if (!read) {
        return read.error();
    }
    Result<SchoolIdentity> identity = m_settings.identity();
    if (!identity) {
        return identity.error();
    }
    TrainingAttestationSource source;
    source.identity = std::move(identity).value();
    source.person = read->person;
    source.period = read->period;
    for (auto it = read->participations.crbegin(); it != read->participations.crend(); ++it) {
        if (it->attended()) {
            source.sessions.append(*it);
        }
    }
    if (!source.period.isValid() && !source.sessions.isEmpty()) {
        source.period = {source.sessions.first().session.startsAt.date(),
                         source.sessions.last().session.startsAt.date()};
    }
    return source;
}

Result<bool> AgentHistoryStore::involves(qint64 personId, qint64 sessionId) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral(
        "SELECT 1 FROM registration WHERE session_id = :session1 AND person_id = :person1 "
        "UNION ALL "
        "SELECT 1 FROM session_animator WHERE session_id = :session2 AND person_id = :person2"));
    query.bindValue(QStringLiteral(":session1"), sessionId);
    query.bindValue(QStringLiteral(":person1"), personId);
    query.bindValue(QStringLiteral(":session2"), sessionId);
    query.bindValue(QStringLiteral(":person2"), personId);
    if (Status done = execQuery(query); !done) {
        return done.error();
    }
    return query.next();
}

} // namespace truc2
