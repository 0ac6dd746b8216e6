#include "storage/AttendanceStore.h"

#include "School.h"
#include "core/TextKey.h"
#include "storage/DbValues.h"
#include "storage/SqlError.h"

#include <QSqlQuery>

#include <algorithm>

namespace truc2 {
namespace {

// The registrations a sheet lists: seats taken, not the waiting list nor cancellations.
const QString kOnSheet = QStringLiteral("g.status IN ('registered', 'walk_in')");

/// The key of a half-day in a registration's stored values.
qint64 halfDayKey(const QDate& day, int half)
{
    return day.toJulianDay() * 2 + half;
}

/// Runs a prepared query that yields one integer; -1 when there is no row.
Result<qint64> scalar(QSqlQuery& query)
{
    if (Status ran = execQuery(query); !ran) {
        return ran.error();
    }
    return query.next() ? query.value(0).toLongLong() : qint64(-1);
}

} // namespace

QString AttendanceLine::displayName() const
{
    return firstName.isEmpty() ? lastName.toUpper()
                               : lastName.toUpper() + QLatin1Char(' ') + firstName;
}

QString AttendanceLine::affiliation() const
{
    if (external) {
        return organisation;
    }
    if (directionName.isEmpty() || serviceName.isEmpty()) {
        return directionName + serviceName;
    }
    return directionName + QStringLiteral(" / ") + serviceName;
}

bool comesBefore(const AttendanceLine& a, const AttendanceLine& b)
{
    if (const int order = foldedText(a.lastName).compare(foldedText(b.lastName)); order != 0) {
        return order < 0;
    }
    if (const int order = foldedText(a.firstName).compare(foldedText(b.firstName)); order != 0) {
        return order < 0;
    }
    // Saved registrations by id; an unsaved walk-in (id 0) after its namesakes.
    if ((a.registrationId == 0) != (b.registrationId == 0)) {
        return b.registrationId == 0;
    }
    return a.registrationId != b.registrationId ? a.registrationId < b.registrationId
                                                : a.personId < b.personId;
}

Attendance attendanceSummary(const QList<Attendance>& halfDays)
{
    const auto any = [&halfDays](Attendance value) {
        return halfDays.contains(value);
    };
    if (halfDays.isEmpty()) {
        return Attendance::Unknown;
    }
    if (any(Attendance::Present)) {
        return Attendance::Present;
    }
    if (any(Attendance::Unknown)) {
        return Attendance::Unknown;
    }
    return any(Attendance::Excused) ? Attendance::Excused : Attendance::Absent;
}

AttendanceStore::AttendanceStore(School& school)
    : m_school(school)
{}

Result<AttendanceSheet> AttendanceStore::sheet(qint64 sessionId) const
{
    AttendanceSheet sheet;
    const Result<Session> session = m_school.sessions().session(sessionId);
    if (!session) {
        return session.error();
    }
    sheet.session = *session;
    sheet.halfDays = halfDaysOf(sheet.session);

    QSqlQuery query(m_school.database().connection());
    query.prepare(QStringLiteral("SELECT title FROM action WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), sheet.session.actionId);
    if (Status ran = execQuery(query); !ran) {
        return ran.error();
    }
    sheet.actionTitle = query.next() ? query.value(0).toString() : QString();

    query.prepare(
        QStringLiteral("SELECT g.id, g.person_id, g.status, g.attendance, g.row_version, "
                       "p.last_name, p.first_name, p.external, p.organisation, d.name, v.name "
                       "FROM registration g JOIN person p ON p.id = g.person_id "
                       "LEFT JOIN service v ON v.id = p.service_id "
                       "LEFT JOIN direction d ON d.id = v.direction_id "
                       "WHERE g.session_id = :id AND ") +
        kOnSheet);
    query.bindValue(QStringLiteral(":id"), sessionId);
    if (Status ran = execQuery(query); !ran) {
        return ran.error();
    }
    while (query.next()) {
        AttendanceLine line;
        line.registrationId = query.value(0).toLongLong();
        line.personId = query.value(1).toLongLong();
        line.status = registrationStatusFromCode(query.value(2).toString());
        line.summary = attendanceFromCode(query.value(3).toString());
        line.rowVersion = query.value(4).toInt();
        line.lastName = query.value(5).toString();
        line.firstName = query.value(6).toString();
        line.external = query.value(7).toInt() != 0;
        line.organisation = query.value(8).toString();
        line.directionName = query.value(9).toString();
        line.serviceName = query.value(10).toString();
        line.halfDays = QList<Attendance>(sheet.halfDays.size(), line.summary);
        sheet.lines.append(line);
    }
    std::sort(sheet.lines.begin(), sheet.lines.end(), comesBefore);

    // A session of one half-day keeps its attendance in the summary alone.
    if (sheet.halfDays.size() > 1 && !sheet.lines.isEmpty()) {
        QHash<qint64, QHash<qint64, Attendance>> stored; // registration → half-day → value
        query.prepare(QStringLiteral("SELECT h.registration_id, h.day, h.half, h.attendance "
                                     "FROM attendance_halfday h "
                                     "JOIN registration g ON g.id = h.registration_id "
                                     "WHERE g.session_id = :id AND ") +
                      kOnSheet);
        query.bindValue(QStringLiteral(":id"), sessionId);
        if (Status ran = execQuery(query); !ran) {
            return ran.error();
        }
        while (query.next()) {
            stored[query.value(0).toLongLong()].insert(
                halfDayKey(db::toDate(query.value(1)), query.value(2).toInt()),
                attendanceFromCode(query.value(3).toString()));
        }
        for (AttendanceLine& line : sheet.lines) {
            const auto values = stored.constFind(line.registrationId);
            if (values == stored.constEnd()) {
                continue; // no value per half-day: the summary stands for each
            }
            for (qsizetype i = 0; i < sheet.halfDays.size(); ++i) {
                const HalfDay& h = sheet.halfDays.at(i);
                line.halfDays[i] = values->value(halfDayKey(h.day, h.half), Attendance::Unknown);
            }
        }
    }
    return sheet;
}

Result<AttendanceSaved> AttendanceStore::save(const AttendanceChange& change)
{
    AttendanceSaved saved;
    bool registrationsTouched = false;
    Database& database = m_school.database();
    const qint64 sessionId = change.sessionId;
    const Status done = database.transaction([&]() -> Status {
        QSqlQuery query(database.connection());
        query.prepare(QStringLiteral("SELECT status, starts_at, ends_at, row_version FROM session "
                                     "WHERE id = :id") +
                      database.dialect().lockRowsClause());
        query.bindValue(QStringLiteral(":id"), sessionId);
        if (Status ran = execQuery(query); !ran) {
            return ran;
        }
        if (!query.next()) {
            return Error{tr("This session no longer exists.")};
        }
        Session session;
        session.status = sessionStatusFromCode(query.value(0).toString());
        session.startsAt = db::toDateTime(query.value(1));
        session.endsAt = db::toDateTime(query.value(2));
        saved.sessionRowVersion = query.value(3).toInt();
        const QVariant startsAt = query.value(1);
        const bool records = !change.marks.isEmpty() || !change.walkIns.isEmpty();
        if (records && session.status == SessionStatus::Cancelled) {
            return Error{tr("This session is cancelled: its attendance cannot be recorded.")};
        }
        if (records && change.halfDays != halfDaysOf(session)) {
            return Error{tr("The days or times of this session changed since its attendance was "
                            "read. Open it again to record its attendance.")};
        }
        const qsizetype halfDayCount = change.halfDays.size();
        const auto valuesFit = [halfDayCount](const QList<Attendance>& values) {
            return values.size() == halfDayCount;
        };
        if (!std::all_of(change.marks.cbegin(), change.marks.cend(),
                         [&](const AttendanceMark& m) { return valuesFit(m.halfDays); }) ||
            !std::all_of(change.walkIns.cbegin(), change.walkIns.cend(),
                         [&](const WalkInMark& w) { return valuesFit(w.halfDays); })) {
            return Error{tr("Each registrant needs one attendance per half-day of the session.")};
        }

        // Per half-day values, for a session that spans several; none otherwise.
        const auto writeHalfDays = [&](qint64 registrationId,
                                       const QList<Attendance>& values) -> Status {
            QSqlQuery write(database.connection());
            write.prepare(
                QStringLiteral("DELETE FROM attendance_halfday WHERE registration_id = :id"));
            write.bindValue(QStringLiteral(":id"), registrationId);
            if (Status ran = execQuery(write); !ran || halfDayCount < 2) {
                return ran;
            }
            write.prepare(QStringLiteral("INSERT INTO attendance_halfday (registration_id, day, "
                                         "half, attendance) VALUES (:id, :day, :half, :value)"));
            for (qsizetype i = 0; i < halfDayCount; ++i) {
                write.bindValue(QStringLiteral(":id"), registrationId);
                write.bindValue(QStringLiteral(":day"), db::fromDate(change.halfDays.at(i).day));
                write.bindValue(QStringLiteral(":half"), int(change.halfDays.at(i).half));
                write.bindValue(QStringLiteral(":value"), attendanceCode(values.at(i)));
                if (Status ran = execQuery(write); !ran) {
                    return ran;
                }
            }
            return {};
        };
        // Places on the waiting list from `from` on move by `step`.
        const auto shiftWaiting = [&](int from, int step) -> Status {
            QSqlQuery shift(database.connection());
            shift.prepare(QStringLiteral("UPDATE registration SET waiting_position = "
                                         "waiting_position + :step, row_version = row_version + 1 "
                                         "WHERE session_id = :id AND status = 'waitlisted' "
                                         "AND waiting_position >= :from"));
            shift.bindValue(QStringLiteral(":step"), step);
            shift.bindValue(QStringLiteral(":id"), sessionId);
            shift.bindValue(QStringLiteral(":from"), from);
            return execQuery(shift);
        };

        // Walk-ins an earlier save recorded, taken back last first, so that each place on the
        // waiting list comes back where it was.
        for (auto it = change.withdrawnWalkIns.crbegin(); it != change.withdrawnWalkIns.crend();
             ++it) {
            const RecordedWalkIn& w = *it;
            query.prepare(QStringLiteral("SELECT session_id, status, row_version "
                                         "FROM registration WHERE id = :id"));
            query.bindValue(QStringLiteral(":id"), w.registrationId);
            if (Status ran = execQuery(query); !ran) {
                return ran;
            }
            if (!query.next() || query.value(0).toLongLong() != sessionId ||
                query.value(1).toString() != QLatin1String("walk_in") ||
                query.value(2).toInt() != w.rowVersion) {
                return changedMeanwhileError();
            }
            if (Status ran = writeHalfDays(w.registrationId, {}); !ran) {
                return ran;
            }
            if (w.created) {
                query.prepare(QStringLiteral("DELETE FROM registration WHERE id = :id"));
                query.bindValue(QStringLiteral(":id"), w.registrationId);
            } else {
                const bool waiting = w.previousStatus == RegistrationStatus::Waitlisted &&
                                     w.previousWaitingPosition > 0;
                if (waiting) {
                    if (Status ran = shiftWaiting(w.previousWaitingPosition, 1); !ran) {
                        return ran;
                    }
                }
                query.prepare(QStringLiteral("UPDATE registration SET status = :status, "
                                             "waiting_position = :position, attendance = :value, "
                                             "row_version = row_version + 1 WHERE id = :id"));
                query.bindValue(QStringLiteral(":status"),
                                registrationStatusCode(w.previousStatus));
                query.bindValue(QStringLiteral(":position"),
                                db::nullIfZero(waiting ? w.previousWaitingPosition : 0));
                query.bindValue(QStringLiteral(":value"), attendanceCode(w.previousAttendance));
                query.bindValue(QStringLiteral(":id"), w.registrationId);
            }
            if (Status ran = execQuery(query); !ran) {
                return ran;
            }
            registrationsTouched = true;
        }

        // The registrants' attendance, each as it was read.
        for (const AttendanceMark& m : change.marks) {
            query.prepare(QStringLiteral("UPDATE registration SET attendance = :value, "
                                         "row_version = row_version + 1 WHERE id = :id AND "
                                         "session_id = :session AND row_version = :version AND "
                                         "status IN ('registered', 'walk_in') "
                                         "RETURNING row_version"));
            query.bindValue(QStringLiteral(":value"),
                            attendanceCode(attendanceSummary(m.halfDays)));
            query.bindValue(QStringLiteral(":id"), m.registrationId);
            query.bindValue(QStringLiteral(":session"), sessionId);
            query.bindValue(QStringLiteral(":version"), m.rowVersion);
            const Result<qint64> version = scalar(query);
            if (!version) {
                return version.error();
            }
            if (*version < 0) {
                return changedMeanwhileError();
            }
            query.finish();
            saved.rowVersions.insert(m.registrationId, int(*version));
            if (Status ran = writeHalfDays(m.registrationId, m.halfDays); !ran) {
                return ran;
            }
            registrationsTouched = true;
        }

        // Walk-ins: a new registration, or the agent's cancelled or waiting one taken over.
        for (const WalkInMark& w : change.walkIns) {
            query.prepare(QStringLiteral("SELECT active, last_name, first_name FROM person "
                                         "WHERE id = :id"));
            query.bindValue(QStringLiteral(":id"), w.personId);
            if (Status ran = execQuery(query); !ran) {
                return ran;
            }
            if (!query.next()) {
                return Error{tr("This agent no longer exists.")};
            }
            const QString name =
                query.value(2).toString() + QLatin1Char(' ') + query.value(1).toString().toUpper();
            if (query.value(0).toInt() == 0) {
                return Error{tr("%1 is inactive: reactivate the agent first.").arg(name)};
            }
            query.prepare(QStringLiteral("SELECT COUNT(*) FROM session_animator "
                                         "WHERE session_id = :session AND person_id = :person"));
            query.bindValue(QStringLiteral(":session"), sessionId);
            query.bindValue(QStringLiteral(":person"), w.personId);
            if (const Result<qint64> animates = scalar(query); !animates) {
                return animates.error();
            } else if (*animates > 0) {
                return Error{tr("%1 animates this session and cannot also attend it.").arg(name)};
            }
            RecordedWalkIn recorded;
            recorded.personId = w.personId;
            query.prepare(QStringLiteral("SELECT id, status, waiting_position, attendance "
                                         "FROM registration "
                                         "WHERE session_id = :session AND person_id = :person"));
            query.bindValue(QStringLiteral(":session"), sessionId);
            query.bindValue(QStringLiteral(":person"), w.personId);
            if (Status ran = execQuery(query); !ran) {
                return ran;
            }
            if (query.next()) {
                recorded.created = false;
                recorded.registrationId = query.value(0).toLongLong();
                recorded.previousStatus = registrationStatusFromCode(query.value(1).toString());
                recorded.previousWaitingPosition = query.value(2).toInt();
                recorded.previousAttendance = attendanceFromCode(query.value(3).toString());
                if (recorded.previousStatus == RegistrationStatus::Registered ||
                    recorded.previousStatus == RegistrationStatus::WalkIn) {
                    return Error{tr("%1 is already on the attendance sheet.").arg(name)};
                }
            }
            query.prepare(recorded.created
                              ? QStringLiteral("INSERT INTO registration (session_id, person_id, "
                                               "status, attendance, registered_at) VALUES "
                                               "(:session, :person, 'walk_in', :value, :at) "
                                               "RETURNING id, row_version")
                              : QStringLiteral("UPDATE registration SET status = 'walk_in', "
                                               "waiting_position = NULL, attendance = :value, "
                                               "row_version = row_version + 1 WHERE id = :id "
                                               "RETURNING id, row_version"));
            if (recorded.created) {
                query.bindValue(QStringLiteral(":session"), sessionId);
                query.bindValue(QStringLiteral(":person"), w.personId);
                // A walk-in registers as the session starts.
                query.bindValue(QStringLiteral(":at"), startsAt);
            } else {
                query.bindValue(QStringLiteral(":id"), recorded.registrationId);
            }
            query.bindValue(QStringLiteral(":value"),
                            attendanceCode(attendanceSummary(w.halfDays)));
            if (Status ran = execQuery(query); !ran) {
                return ran;
            }
            if (!query.next()) {
                return changedMeanwhileError();
            }
            recorded.registrationId = query.value(0).toLongLong();
            recorded.rowVersion = query.value(1).toInt();
            query.finish();
            if (recorded.previousStatus == RegistrationStatus::Waitlisted &&
                recorded.previousWaitingPosition > 0) {
                // The waiting list closes up behind the agent who came.
                if (Status ran = shiftWaiting(recorded.previousWaitingPosition + 1, -1); !ran) {
                    return ran;
                }
            }
            if (Status ran = writeHalfDays(recorded.registrationId, w.halfDays); !ran) {
                return ran;
            }
            saved.walkIns.append(recorded);
            registrationsTouched = true;
        }

        // The session's status, as it was read.
        if (change.status && *change.status != session.status) {
            query.prepare(QStringLiteral(
                "UPDATE session SET status = :status, row_version = row_version + 1, "
                // A changed status is news for calendar clients (the event's SEQUENCE).
                "sequence = sequence + 1 WHERE id = :id AND row_version = :version "
                "RETURNING row_version"));
            query.bindValue(QStringLiteral(":status"), sessionStatusCode(*change.status));
            query.bindValue(QStringLiteral(":id"), sessionId);
            query.bindValue(QStringLiteral(":version"), change.sessionRowVersion);
            const Result<qint64> version = scalar(query);
            if (!version) {
                return version.error();
            }
            if (*version < 0) {
                return changedMeanwhileError();
            }
            saved.previousStatus = session.status;
            saved.sessionRowVersion = int(*version);
        }
        return {};
    });
    if (!done) {
        return done.error();
    }
    const bool statusChanged = saved.previousStatus.has_value();
    database.afterCommit([this, sessionId, registrationsTouched, statusChanged] {
        if (registrationsTouched) {
            Q_EMIT m_school.registrations().registrationsChanged(sessionId);
        }
        if (statusChanged) {
            Q_EMIT m_school.sessions().sessionUpdated(sessionId);
        }
    });
    return saved;
}

Result<RecordedWalkIn> AttendanceStore::addWalkIn(qint64 sessionId, qint64 personId)
{
    const Result<Session> session = m_school.sessions().session(sessionId);
    if (!session) {
        return session.error();
    }
    AttendanceChange change;
    change.sessionId = sessionId;
    change.halfDays = halfDaysOf(*session);
    change.walkIns.append(
        {personId, QList<Attendance>(change.halfDays.size(), Attendance::Present)});
    Result<AttendanceSaved> saved = save(change);
    if (!saved) {
        return saved.error();
    }
    return saved->walkIns.first();
}

Result<int> AttendanceStore::markHeld(qint64 sessionId, int rowVersion)
{
    AttendanceChange change;
    change.sessionId = sessionId;
    change.status = SessionStatus::Held;
    change.sessionRowVersion = rowVersion;
    const Result<AttendanceSaved> saved = save(change);
    if (!saved) {
        return saved.error();
    }
    return saved->sessionRowVersion;
}

Result<QList<PendingAttendance>> AttendanceStore::pending(const QDateTime& now,
                                                          const QDate& since) const
{
    // Bounded by start (the session_starts index) on both sides: a session that ended before
    // now started before it too.
    QSqlQuery query(m_school.database().connection());
    query.prepare(
        QStringLiteral("SELECT s.id, s.code, a.title, s.starts_at, s.ends_at, s.status, "
                       "(SELECT COUNT(*) FROM registration g WHERE g.session_id = s.id "
                       "AND g.status IN ('registered', 'walk_in')), "
                       "(SELECT COUNT(*) FROM registration g WHERE g.session_id = s.id "
                       "AND g.status IN ('registered', 'walk_in') AND g.attendance = 'unknown') "
                       "FROM session s JOIN action a ON a.id = s.action_id "
                       "WHERE s.starts_at >= :since AND s.starts_at < :now "
                       "AND s.ends_at <= :now2 AND s.status <> 'cancelled' "
                       "AND (s.status <> 'held' OR EXISTS (SELECT 1 FROM registration g WHERE "
                       "g.session_id = s.id AND g.status IN ('registered', 'walk_in') "
                       "AND g.attendance = 'unknown')) "
                       "ORDER BY s.starts_at DESC, s.id DESC"));
    query.bindValue(QStringLiteral(":since"), db::fromDateTime(since.startOfDay()));
    query.bindValue(QStringLiteral(":now"), db::fromDateTime(now));
    query.bindValue(QStringLiteral(":now2"), db::fromDateTime(now));
    if (Status ran = execQuery(query); !ran) {
        return ran.error();
    }
    QList<PendingAttendance> result;
    while (query.next()) {
        PendingAttendance p;
        p.sessionId = query.value(0).toLongLong();
        p.code = query.value(1).toString();
        p.actionTitle = query.value(2).toString();
        p.startsAt = db::toDateTime(query.value(3));
        p.endsAt = db::toDateTime(query.value(4));
        p.status = sessionStatusFromCode(query.value(5).toString());
        p.registrants = query.value(6).toInt();
        p.unknown = query.value(7).toInt();
        result.append(p);
    }
    return result;
}

} // namespace truc2
