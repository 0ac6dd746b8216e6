#pragma once

#include "core/Result.h"
#include "domain/HalfDays.h"
#include "domain/Session.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace truc2 {

class School;

/// One registrant of a session as its attendance sheet lists them.
struct AttendanceLine
{
    qint64 registrationId = 0; ///< 0 for a walk-in not saved yet.
    qint64 personId = 0;
    QString lastName;
    QString firstName;
    QString directionName;
    QString serviceName;
    bool external = false;
    QString organisation;                                       ///< For external persons.
    RegistrationStatus status = RegistrationStatus::Registered; ///< Registered or WalkIn.
    Attendance summary = Attendance::Unknown;                   ///< registration.attendance.
    QList<Attendance> halfDays; ///< One per AttendanceSheet::halfDays.
    int rowVersion = 0;

    /// "DUPONT Élodie", as the printed sheet writes it.
    QString displayName() const;
    /// "Direction / Service" as the printed sheet writes it, or the organisation of an
    /// external person.
    QString affiliation() const;
    bool operator==(const AttendanceLine&) const = default;
};

/// Whether `a` comes before `b` on a sheet: by last name, then first name, accents and case
/// ignored, then by registration (unsaved walk-ins last among namesakes).
bool comesBefore(const AttendanceLine& a, const AttendanceLine& b);

/// The summary of a registration's half-days: present when present at least one half-day;
/// otherwise unknown while a half-day is not entered; otherwise excused when excused at least
/// one, and absent. Unknown for no half-day at all.
Attendance attendanceSummary(const QList<Attendance>& halfDays);

/// A session's attendance as recorded: the registrants (registered and walk-ins, not the
/// waiting list nor cancelled registrations) in the order of the printed sheet, each with one
/// value per half-day the session spans (halfDaysOf).
struct AttendanceSheet
{
    Session session; ///< Its status and rowVersion are those a save states.
    QString actionTitle;
    QList<HalfDay> halfDays;
    QList<AttendanceLine> lines;
};

/// The attendance of one registration to save, one value per half-day of the change.
struct AttendanceMark
{
    qint64 registrationId = 0;
    int rowVersion = 0; ///< The version read: a registration changed since is refused.
    QList<Attendance> halfDays;
};

/// Someone who came without registering, and when they were there.
struct WalkInMark
{
    qint64 personId = 0;
    QList<Attendance> halfDays;
};

/// A walk-in as a save recorded it, with what it replaced, so that taking it back restores
/// exactly that: a new registration goes, one taken over (a cancelled registration, a place on
/// the waiting list) becomes what it was.
struct RecordedWalkIn
{
    qint64 registrationId = 0;
    qint64 personId = 0;
    int rowVersion = 0; ///< Its version after the save.
    bool created = true;
    RegistrationStatus previousStatus = RegistrationStatus::Cancelled;
    int previousWaitingPosition = 0;
    Attendance previousAttendance = Attendance::Unknown;
};

/// Everything one save of a session's attendance changes, all or nothing.
struct AttendanceChange
{
    qint64 sessionId = 0;
    QList<HalfDay> halfDays; ///< What each mark's values are, in order.
    QList<AttendanceMark> marks;
    QList<WalkInMark> walkIns;
    /// Walk-ins recorded by earlier saves, in the order they were recorded (as
    /// AttendanceSaved::walkIns lists them), taken back (those saves' undo).
    QList<RecordedWalkIn> withdrawnWalkIns;
    /// The session's new status (Held, or the previous one on undo), if it changes.
    std::optional<SessionStatus> status;
    int sessionRowVersion = 0; ///< The session's version read, when the status changes.

    bool isEmpty() const
    {
        return marks.isEmpty() && walkIns.isEmpty() && withdrawnWalkIns.isEmpty() && !status;
    }
};

/// What a save did: what its undo needs to state.
struct AttendanceSaved
{
    QHash<qint64, int> rowVersions; ///< Each marked registration's version now.
    QList<RecordedWalkIn> walkIns;  ///< In the order of AttendanceChange::walkIns.
    /// The status the session had, when the save changed it.
    std::optional<SessionStatus> previousStatus;
    int sessionRowVersion = 0; ///< The session's version now.
};

/// A past session whose attendance is still to be entered (see AttendanceStore::pending).
struct PendingAttendance
{
    qint64 sessionId = 0;
    QString code;
    QString actionTitle;
    QDateTime startsAt;
    QDateTime endsAt;
    SessionStatus status = SessionStatus::Planned;
    int registrants = 0; ///< Registered and walk-ins.
    int unknown = 0;     ///< Registrants whose attendance is not entered.

    bool operator==(const PendingAttendance&) const = default;
};

/// Recording who came to a session: reading its attendance sheet, saving it whole with its
/// walk-ins and the session's held status in one transaction, and finding the past sessions
/// whose attendance is still to be entered. Changes are announced through the school's stores
/// (RegistrationStore::registrationsChanged, SessionStore::sessionUpdated) after the commit,
/// so that figures, the programme and other workstations follow.
class AttendanceStore
{
    Q_DECLARE_TR_FUNCTIONS(AttendanceStore)

public:
    explicit AttendanceStore(School& school);

    /// The session, its half-days and its registrants in sheet order. A registration without
    /// half-day values takes its summary on each half-day.
    Result<AttendanceSheet> sheet(qint64 sessionId) const;

    /// Saves a change in one transaction: each mark's half-days (stored per half-day when the
    /// session spans several) and its summary (attendanceSummary), the walk-ins withdrawn then
    /// those added (status walk_in; a cancelled or waiting registration of the same agent is
    /// taken over), and the session's status. Refused whole when a registration or the session
    /// changed since it was read, when the session is cancelled, or for a walk-in already on
    /// the sheet, animating the session, inactive or unknown.
    Result<AttendanceSaved> save(const AttendanceChange& change);

    /// Adds one walk-in, present on every half-day of the session.
    Result<RecordedWalkIn> addWalkIn(qint64 sessionId, qint64 personId);
    /// Marks a session held, as read at rowVersion; returns its new version.
    Result<int> markHeld(qint64 sessionId, int rowVersion);

    /// Past sessions whose attendance is still to be entered, latest first: sessions that
    /// started on or after `since` and ended at or before `now`, not cancelled, and either not
    /// marked held yet or held with a registrant (registered or walk-in) whose attendance is
    /// unknown. A held session without registrants (an open conference counted by headcount)
    /// is complete; a planned one without any still waits to be marked held or cancelled.
    Result<QList<PendingAttendance>> pending(const QDateTime& now, const QDate& since) const;

private:
    School& m_school;
};

} // namespace truc2
