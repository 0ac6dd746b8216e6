#pragma once

#include "domain/HalfDays.h"
#include "domain/Session.h"

#include <QList>

namespace truc2 {

/// The attendance of one half-day of a session, as the sheet records it.
struct HalfDayAttendance
{
    HalfDay halfDay;
    Attendance attendance = Attendance::Unknown;

    bool operator==(const HalfDayAttendance&) const = default;
};

/// The minutes of a session that count for one of its half-days (halfDaysOf()). Each day of
/// the session has its time (from the start time to the end time, as the documents count a
/// session over several days); a day that counts for its morning and its afternoon splits that
/// time at HalfDay::boundary(), a day that counts for one half gives it all of its time. So the
/// half-days of a session add up to the whole session, and a 12:15–13:30 session, which counts
/// for the morning only, gives that morning 1 h 15. 0 for a half-day the session does not
/// cover.
int halfDayMinutes(const Session& session, const HalfDay& halfDay);

/// How many of a session's half-days an agent was present at, as the sheet recorded them.
struct HalfDayTally
{
    int present = 0;
    int total = 0;         ///< The half-days of the session.
    bool recorded = false; ///< The sheet recorded some of them (of the session's dates).

    /// Present, but not at every half-day.
    bool partial() const { return recorded && present < total; }
};
HalfDayTally tallyHalfDays(const Session& session, const QList<HalfDayAttendance>& halfDays);

/// The whole time of a session: its half-days' minutes added up.
int sessionMinutesByHalfDays(const Session& session);

/// The time an agent attended a session: nothing unless their attendance is Present; when the
/// sheet recorded half-days of the session, the minutes of the half-days they were present at;
/// otherwise (or when the half-days recorded are of other dates: the session moved since) the
/// whole session.
int attendedMinutes(const Session& session, Attendance summary,
                    const QList<HalfDayAttendance>& halfDays);

} // namespace truc2
