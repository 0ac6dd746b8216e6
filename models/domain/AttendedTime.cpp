#include "domain/AttendedTime.h"

#include <algorithm>
#include <utility>

namespace truc2 {
namespace {

constexpr int kSecondsPerDay = 24 * 60 * 60;

int secondsOf(const QTime& time)
{
    return time.msecsSinceStartOfDay() / 1000;
}

/// The seconds of `day` that a session takes, as [from, to): over several days, the daily
/// times when the session ends later in the day than it starts; the plain stretch otherwise.
std::pair<int, int> dayPart(const Session& session, const QDate& day)
{
    const QDate first = session.startsAt.date();
    const QDate last = session.endsAt.date();
    const QTime start = session.startsAt.time();
    const QTime end = session.endsAt.time();
    if (first != last && end > start) {
        return {secondsOf(start), secondsOf(end)};
    }
    return {day == first ? secondsOf(start) : 0, day == last ? secondsOf(end) : kSecondsPerDay};
}

} // namespace

int halfDayMinutes(const Session& session, const HalfDay& halfDay)
{
    const QList<HalfDay> halves = halfDaysOf(session);
    if (!halves.contains(halfDay)) {
        return 0;
    }
    const auto [from, to] = dayPart(session, halfDay.day);
    if (to <= from) {
        return 0;
    }
    const bool both = halves.contains(HalfDay{halfDay.day, HalfDay::Morning}) &&
                      halves.contains(HalfDay{halfDay.day, HalfDay::Afternoon});
    if (!both) {
        return (to - from) / 60;
    }
    const int boundary = secondsOf(HalfDay::boundary());
    const int morning = std::max(0, std::min(to, boundary) - from);
    return (halfDay.half == HalfDay::Morning ? morning : to - from - morning) / 60;
}

int sessionMinutesByHalfDays(const Session& session)
{
    int minutes = 0;
    for (const HalfDay& halfDay : halfDaysOf(session)) {
        minutes += halfDayMinutes(session, halfDay);
    }
    return minutes;
}

HalfDayTally tallyHalfDays(const Session& session, const QList<HalfDayAttendance>& halfDays)
{
    HalfDayTally tally;
    const QList<HalfDay> covered = halfDaysOf(session);
    tally.total = int(covered.size());
    for (const HalfDayAttendance& h : halfDays) {
        if (covered.contains(h.halfDay)) {
            tally.recorded = true;
            tally.present += h.attendance == Attendance::Present ? 1 : 0;
        }
    }
    return tally;
}

int attendedMinutes(const Session& session, Attendance summary,
                    const QList<HalfDayAttendance>& halfDays)
{
    if (summary != Attendance::Present) {
        return 0;
    }
    // Half-days of other dates were recorded before the session moved: they say nothing.
    const QList<HalfDay> covered = halfDaysOf(session);
    bool recorded = false;
    int minutes = 0;
    for (const HalfDayAttendance& h : halfDays) {
        if (covered.contains(h.halfDay)) {
            recorded = true;
            minutes += h.attendance == Attendance::Present ? halfDayMinutes(session, h.halfDay) : 0;
        }
    }
    return recorded ? minutes : sessionMinutesByHalfDays(session);
}

} // namespace truc2
