// The training indicators of the French social report: agents trained and time of training by
// category and gender.
#include "domain/AttendedTime.h"
#include "stats/DashboardQueries.h"
#include "storage/DbValues.h"
#include "storage/SqlError.h"

#include <QHash>
#include <QSqlQuery>

namespace truc2 {

TrainingIndicators::Cell TrainingIndicators::total() const
{
    Cell sum;
    for (const auto& row : cells) {
        for (const Cell& cell : row) {
            sum.agents += cell.agents;
            sum.minutes += cell.minutes;
        }
    }
    return sum;
}

TrainingIndicators::Cell TrainingIndicators::category(Category c) const
{
    Cell sum;
    if (c < 0 || c >= CategoryCount) {
        return sum;
    }
    for (const Cell& cell : cells.at(c)) {
        sum.agents += cell.agents;
        sum.minutes += cell.minutes;
    }
    return sum;
}

TrainingIndicators::Cell TrainingIndicators::gender(Gender g) const
{
    Cell sum;
    if (g < 0 || g >= GenderCount) {
        return sum;
    }
    for (const auto& row : cells) {
        sum.agents += row.at(g).agents;
        sum.minutes += row.at(g).minutes;
    }
    return sum;
}

namespace dashboard {
namespace {

TrainingIndicators::Category categoryOf(const QVariant& value)
{
    const QString code = value.toString();
    if (code == QLatin1String("A")) {
        return TrainingIndicators::CategoryA;
    }
    if (code == QLatin1String("B")) {
        return TrainingIndicators::CategoryB;
    }
    if (code == QLatin1String("C")) {
        return TrainingIndicators::CategoryC;
    }
    return TrainingIndicators::NoCategory;
}

TrainingIndicators::Gender genderOf(const QVariant& value)
{
    const QString code = value.toString();
    if (code == QLatin1String("F")) {
        return TrainingIndicators::Women;
    }
    if (code == QLatin1String("M")) {
        return TrainingIndicators::Men;
    }
    return TrainingIndicators::NoGender;
}

// Present registrations of agents (not external persons) at the held sessions of the period.
const QString kAgentsPresentFrom =
    QStringLiteral("FROM registration g JOIN session s ON s.id = g.session_id "
                   "JOIN action a ON a.id = s.action_id JOIN person p ON p.id = g.person_id ");
const QString kAgentsPresentWhere =
    QStringLiteral("WHERE g.attendance = 'present' AND p.external = 0 AND ");
const QString kAgentsPresent = kAgentsPresentFrom + kAgentsPresentWhere;

Session sessionOf(const QSqlQuery& query, int first)
{
    Session session;
    session.startsAt = db::toDateTime(query.value(first));
    session.endsAt = db::toDateTime(query.value(first + 1));
    return session;
}

} // namespace

Result<TrainingIndicators> training(const QSqlDatabase& db, const Bounds& bounds,
                                    double hoursPerDay)
{
    TrainingIndicators result;
    result.hoursPerDay = hoursPerDay;
    QSqlQuery query(db);
    query.setForwardOnly(true);

    // Agents trained: distinct per cell (a person has one category and one gender).
    query.prepare(QStringLiteral("SELECT p.category, p.gender, COUNT(DISTINCT g.person_id) ") +
                  kAgentsPresent + heldConditionsSql() +
                  QStringLiteral("GROUP BY p.category, p.gender"));
    bindBounds(query, bounds);
    if (Status done = execQuery(query); !done) {
        return done.error();
    }
    while (query.next()) {
        result.cells[categoryOf(query.value(0))][genderOf(query.value(1))].agents +=
            query.value(2).toInt();
    }

    // Time: where the sheet recorded no half-day, a present agent attended the whole session,
    // so the registrations are only counted, per session and cell; the session's time is
    // worked out once per session.
    query.prepare(QStringLiteral("SELECT s.id, s.starts_at, s.ends_at, p.category, p.gender, "
                                 "COUNT(*) ") +
                  kAgentsPresent + heldConditionsSql() +
                  QStringLiteral("AND NOT EXISTS (SELECT 1 FROM attendance_halfday h "
                                 "WHERE h.registration_id = g.id) "
                                 "GROUP BY s.id, s.starts_at, s.ends_at, p.category, p.gender"));
    bindBounds(query, bounds);
    if (Status done = execQuery(query); !done) {
        return done.error();
    }
    QHash<qint64, int> wholeSession; // minutes, by session id
    while (query.next()) {
        const qint64 sessionId = query.value(0).toLongLong();
        auto minutes = wholeSession.constFind(sessionId);
        if (minutes == wholeSession.constEnd()) {
            minutes = wholeSession.insert(sessionId, sessionMinutesByHalfDays(sessionOf(query, 1)));
        }
        result.cells[categoryOf(query.value(3))][genderOf(query.value(4))].minutes +=
            qint64(*minutes) * query.value(5).toLongLong();
    }

    // The registrations with half-days recorded: attendedMinutes() for each.
    query.prepare(QStringLiteral("SELECT g.id, s.starts_at, s.ends_at, p.category, p.gender, "
                                 "h.day, h.half, h.attendance ") +
                  kAgentsPresentFrom +
                  QStringLiteral("JOIN attendance_halfday h ON h.registration_id = g.id ") +
                  kAgentsPresentWhere + heldConditionsSql() + QStringLiteral("ORDER BY g.id"));
    bindBounds(query, bounds);
    if (Status done = execQuery(query); !done) {
        return done.error();
    }
    qint64 registration = 0;
    Session session;
    TrainingIndicators::Cell* cell = nullptr;
    QList<HalfDayAttendance> halfDays;
    auto flush = [&] {
        if (cell != nullptr) {
            cell->minutes += attendedMinutes(session, Attendance::Present, halfDays);
        }
        halfDays.clear();
    };
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        if (id != registration || cell == nullptr) {
            flush();
            registration = id;
            session = sessionOf(query, 1);
            cell = &result.cells[categoryOf(query.value(3))][genderOf(query.value(4))];
        }
        halfDays.append(
            {HalfDay{db::toDate(query.value(5)),
                     query.value(6).toInt() == 1 ? HalfDay::Afternoon : HalfDay::Morning},
             attendanceFromCode(query.value(7).toString())});
    }
    flush();
    return result;
}

} // namespace dashboard
} // namespace truc2
