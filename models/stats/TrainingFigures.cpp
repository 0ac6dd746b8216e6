// The training indicators of the French social report: agents trained and time of training by
// category and gender.
#include "domain/AttendedTime.h"
#include "stats/DashboardQueries.h"
#include "storage/DbValues.h"
#include "storage/SqlError.h"

#include <QHash>
#include <QSet>
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

/// The session's times on the wall clock: the half-days and their minutes depend on nothing
/// else, and thousands of sessions are worked out without a time zone lookup each.
Session sessionOf(const QString& startsAt, const QString& endsAt)
{
    Session session;
    session.startsAt = db::toWallClock(startsAt);
    session.endsAt = db::toWallClock(endsAt);
    return session;
}

} // namespace

Result<TrainingIndicators> training(const QSqlDatabase& db, const Bounds& bounds,
                                    const PeriodScan& scan, double hoursPerDay)
{
    TrainingIndicators result;
    result.hoursPerDay = hoursPerDay;

    // Agents trained (distinct per cell: a person has one category and one gender), and their
    // time as if each had attended the whole session; those whose sheet recorded half-days are
    // corrected below.
    QList<int> wholeSession(scan.sessions.size(), -1); // minutes, worked out once per session
    auto minutesOf = [&](qsizetype session) {
        if (wholeSession.at(session) < 0) {
            const HeldSession& s = scan.sessions.at(session);
            wholeSession[session] = sessionMinutesByHalfDays(sessionOf(s.startsAt, s.endsAt));
        }
        return wholeSession.at(session);
    };
    QSet<qint64> counted;
    for (const Presence& p : scan.present) {
        if (p.external) {
            continue;
        }
        TrainingIndicators::Cell& cell = result.cells[p.category][p.gender];
        cell.minutes += minutesOf(p.session);
        if (!counted.contains(p.personId)) {
            counted.insert(p.personId);
            ++cell.agents;
        }
    }

    // The registrations with half-days recorded: attendedMinutes() for each, instead of the
    // whole session. Read from the half-days (few: only sessions over several half-days have
    // them), each checked against the period's sessions and agents present.
    QHash<qint64, TrainingIndicators::Cell*> cellOf; // by person, agents only
    for (const Presence& p : scan.present) {
        if (!p.external) {
            cellOf.insert(p.personId, &result.cells[p.category][p.gender]);
        }
    }
    struct Recorded
    {
        qsizetype session = -1;
        TrainingIndicators::Cell* cell = nullptr;
        QList<HalfDayAttendance> halfDays;
    };
    QHash<qint64, Recorded> recorded; // by registration
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT h.registration_id, g.session_id, g.person_id, h.day, h.half, "
                       "h.attendance FROM attendance_halfday h CROSS JOIN registration g "
                       "WHERE g.id = h.registration_id AND g.attendance = 'present' "
                       "AND g.session_id IN (SELECT s.id ") +
        heldSessionsSql() + QStringLiteral(")"));
    bindBounds(query, bounds);
    if (Status done = execQuery(query); !done) {
        return done.error();
    }
    while (query.next()) {
        const qsizetype session = scan.indexOf.value(query.value(1).toLongLong(), -1);
        TrainingIndicators::Cell* cell = cellOf.value(query.value(2).toLongLong(), nullptr);
        if (session < 0 || cell == nullptr) {
            continue;
        }
        Recorded& r = recorded[query.value(0).toLongLong()];
        r.session = session;
        r.cell = cell;
        r.halfDays.append(
            {HalfDay{db::toDate(query.value(3)),
                     query.value(4).toInt() == 1 ? HalfDay::Afternoon : HalfDay::Morning},
             attendanceFromCode(query.value(5).toString())});
    }
    for (const Recorded& r : std::as_const(recorded)) {
        const HeldSession& s = scan.sessions.at(r.session);
        r.cell->minutes +=
            attendedMinutes(sessionOf(s.startsAt, s.endsAt), Attendance::Present, r.halfDays) -
            minutesOf(r.session);
    }
    return result;
}

} // namespace dashboard
} // namespace truc2
