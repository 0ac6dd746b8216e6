#pragma once

#include "core/Result.h"
#include "domain/Programme.h"
#include "stats/PeriodFigures.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace truc2 {

class School;

/// The time zone of the school's wall-clock times, as calendar files name it (TZID).
inline constexpr auto kCalendarTimeZone = "Europe/Paris";

/// What a calendar file says about itself.
struct CalendarInfo
{
    QString name;        ///< X-WR-CALNAME: "TRUC² – programme du 01/09/2025 au 31/08/2026".
    QString schoolId;    ///< Database::schoolId(): one school's UIDs never meet another's.
    QDateTime stampedAt; ///< DTSTAMP of every event; the current time when invalid.
};

/// A calendar file and the number of sessions in it.
struct Calendar
{
    QByteArray ics;
    int events = 0;
};

/// The UID of a session's event, "UT-2021-014@<school id>": made of what never changes (the
/// session's code and the school's identifier), so that every export names an event the same
/// way and a calendar client updates it instead of adding a copy.
QString calendarUid(const Session& session, const QString& schoolId);

/// The iCalendar file (RFC 5545: CRLF line ends, lines folded at 75 octets) of sessions: a
/// VTIMEZONE for Europe/Paris in the compact form Outlook reads, then one VEVENT per session
/// with its wall-clock times in that zone, SEQUENCE from the session, STATUS from its status
/// (a cancelled one also says so in its summary, for clients that ignore STATUS).
QByteArray calendarIcs(const QList<ProgrammeEntry>& entries, const CalendarInfo& info);

/// Refuses a format code the school does not have, naming the ones it has. Empty: every format.
Status checkCalendarFormat(School& school, const QString& formatCode);

/// The sessions of a period (both days included), of one format when formatCode is not empty,
/// as a calendar file named after the school and the period.
Result<Calendar> buildCalendar(School& school, const Period& period,
                               const QString& formatCode = {});

/// The same written to a file, which is replaced whole or not at all. Returns the number of
/// sessions written; the error names the file.
Result<int> writeCalendar(School& school, const Period& period, const QString& formatCode,
                          const QString& path);

} // namespace truc2
