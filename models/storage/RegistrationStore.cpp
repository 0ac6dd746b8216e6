#include "storage/RegistrationStore.h"

#include "domain/Agent.h"
#include "domain/Catalogue.h"
#include "storage/Database.h"
#include "storage/DbValues.h"
#include "storage/SqlError.h"
#include "storage/WaitingList.h"

#include <QSqlQuery>

#include <algorithm>

namespace truc2 {
namespace {

/// Runs a prepared query that yields one integer (a count, an id); -1 when there is no row.
Result<qint64> scalar(QSqlQuery& query)
{
    if (Status ran = execQuery(query); !ran) {
        return ran.error();
    }
    return query.next() ? query.value(0).toLongLong() : qint64(-1);
}

/// Gives a registration a status and a place on the waiting list (0: none).
Status setStatus(QSqlQuery& query, qint64 id, RegistrationStatus status, int position)
{
    query.prepare(QStringLiteral("UPDATE registration SET status = :status, "
                                 "waiting_position = :position, row_version = row_version + 1 "
                                 "WHERE id = :id"));
    query.bindValue(QStringLiteral(":status"), registrationStatusCode(status));
    // 0 is kept as a place before the first (an agent going back to the head of the list);
    // renumbering makes it 1.
    query.bindValue(QStringLiteral(":position"), status == RegistrationStatus::Waitlisted
                                                     ? QVariant(position)
                                                     : db::nullIfZero(0));
    query.bindValue(QStringLiteral(":id"), id);
    return execQuery(query);
}

} // namespace

QString Registrant::displayName() const
{
    return personDisplayName(lastName, firstName);
}

RegistrationStore::RegistrationStore(Database& database, QObject* parent)
    : QObject(parent)
    , m_db(database)
{}

Result<RegistrationStore::LockedSession> RegistrationStore::lockSession(qint64 sessionId) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT capacity, starts_at, status FROM session WHERE id = :id") +
                  m_db.dialect().lockRowsClause());
    query.bindValue(QStringLiteral(":id"), sessionId);
    if (Status ran = execQuery(query); !ran) {
        return ran.error();
    }
    if (!query.next()) {
        return Error{tr("This session no longer exists.")};
    }
    return LockedSession{query.value(0).toInt(), db::toDateTime(query.value(1)),
                         sessionStatusFromCode(query.value(2).toString())};
}

Result<RegistrationStore::LockedRegistration>
RegistrationStore::lockRegistration(qint64 registrationId) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT session_id FROM registration WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), registrationId);
    const Result<qint64> session = scalar(query);
    if (!session) {
        return session.error();
    }
    if (*session < 0) {
        return Error{tr("This registration no longer exists.")};
    }
    LockedRegistration locked;
    locked.sessionId = *session;
    const Result<LockedSession> held = lockSession(locked.sessionId);
    if (!held) {
        return held.error();
    }
    locked.session = *held;
    // Read again under the hold: another workstation may have changed it meanwhile.
    query.prepare(QStringLiteral("SELECT status, waiting_position, attendance FROM registration "
                                 "WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), registrationId);
    if (Status ran = execQuery(query); !ran) {
        return ran.error();
    }
    if (!query.next()) {
        return Error{tr("This registration no longer exists.")};
    }
    locked.status = registrationStatusFromCode(query.value(0).toString());
    locked.position = query.value(1).toInt();
    locked.attendance = attendanceFromCode(query.value(2).toString());
    return locked;
}

Status RegistrationStore::checkPerson(qint64 sessionId, qint64 personId) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(
        QStringLiteral("SELECT active, last_name, first_name FROM person WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), personId);
    if (Status ran = execQuery(query); !ran) {
        return ran;
    }
    if (!query.next()) {
        return Error{tr("This agent no longer exists.")};
    }
    const QString name = personDisplayName(query.value(1).toString(), query.value(2).toString());
    if (query.value(0).toInt() == 0) {
        return Error{tr("%1 is inactive: reactivate them in the directory first.").arg(name)};
    }
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM session_animator "
                                 "WHERE session_id = :session AND person_id = :person"));
    query.bindValue(QStringLiteral(":session"), sessionId);
    query.bindValue(QStringLiteral(":person"), personId);
    if (const Result<qint64> animates = scalar(query); !animates) {
        return animates.error();
    } else if (*animates > 0) {
        return Error{tr("%1 animates this session and cannot also attend it.").arg(name)};
    }
    query.prepare(
        QStringLiteral("SELECT f.id, f.name, f.registration_mode FROM session s JOIN action a ON "
                       "a.id = s.action_id JOIN format f ON f.id = a.format_id WHERE s.id = :id"));
    query.bindValue(QStringLiteral(":id"), sessionId);
    if (Status ran = execQuery(query); !ran) {
        return ran;
    }
    if (!query.next() ||
        registrationModeFromCode(query.value(2).toString()) != RegistrationMode::Closed) {
        return {};
    }
    const qint64 formatId = query.value(0).toLongLong();
    const QString group = query.value(1).toString();
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM format_member "
                                 "WHERE format_id = :format AND person_id = :person"));
    query.bindValue(QStringLiteral(":format"), formatId);
    query.bindValue(QStringLiteral(":person"), personId);
    if (const Result<qint64> member = scalar(query); !member) {
        return member.error();
    } else if (*member <= 0) {
        return Error{tr("%1 is not a member of %2: only its members register for its sessions "
                        "(see its members on the Catalogue page).")
                         .arg(name, group)};
    }
    return {};
}

Result<RegistrationOutcome> RegistrationStore::registerAgent(qint64 sessionId, qint64 personId)
{
    RegistrationOutcome outcome;
    const Status done = m_db.transaction([&]() -> Status {
        const Result<LockedSession> session = lockSession(sessionId);
        if (!session) {
            return session.error();
        }
        if (session->status == SessionStatus::Cancelled) {
            return Error{tr("This session is cancelled: nobody can register for it.")};
        }
        if (Status allowed = checkPerson(sessionId, personId); !allowed) {
            return allowed;
        }
        QSqlQuery query(m_db.connection());
        query.prepare(QStringLiteral(
            "SELECT r.id, r.status, r.waiting_position, p.last_name, p.first_name FROM "
            "registration r JOIN person p ON p.id = r.person_id "
            "WHERE r.session_id = :session AND r.person_id = :person"));
        query.bindValue(QStringLiteral(":session"), sessionId);
        query.bindValue(QStringLiteral(":person"), personId);
        if (Status ran = execQuery(query); !ran) {
            return ran;
        }
        qint64 previous = 0;
        if (query.next()) {
            const RegistrationStatus status = registrationStatusFromCode(query.value(1).toString());
            const QString name =
                personDisplayName(query.value(3).toString(), query.value(4).toString());
            if (status == RegistrationStatus::Waitlisted) {
                return Error{tr("%1 is already on the waiting list of this session (place %2).")
                                 .arg(name)
                                 .arg(query.value(2).toInt())};
            }
            if (status != RegistrationStatus::Cancelled) {
                return Error{tr("%1 is already registered for this session.").arg(name)};
            }
            previous = query.value(0).toLongLong();
        }

        const Result<int> taken = waiting::seatsTaken(m_db, sessionId);
        if (!taken) {
            return taken.error();
        }
        if (session->capacity > 0 && *taken >= session->capacity) {
            query.prepare(QStringLiteral("SELECT COALESCE(MAX(waiting_position), 0) FROM "
                                         "registration WHERE session_id = :id AND status = "
                                         "'waitlisted'"));
            query.bindValue(QStringLiteral(":id"), sessionId);
            const Result<qint64> last = scalar(query);
            if (!last) {
                return last.error();
            }
            outcome.status = RegistrationStatus::Waitlisted;
            outcome.waitingPosition = int(*last) + 1;
        }

        // A cancelled registration comes back to life rather than being duplicated.
        outcome.revived = previous > 0;
        query.prepare(previous > 0
                          ? QStringLiteral("UPDATE registration SET status = :status, "
                                           "waiting_position = :position, attendance = 'unknown', "
                                           "registered_at = :at, row_version = row_version + 1 "
                                           "WHERE id = :id RETURNING id")
                          : QStringLiteral("INSERT INTO registration (session_id, person_id, "
                                           "status, waiting_position, registered_at) VALUES "
                                           "(:session, :person, :status, :position, :at) "
                                           "RETURNING id"));
        if (previous > 0) {
            query.bindValue(QStringLiteral(":id"), previous);
        } else {
            query.bindValue(QStringLiteral(":session"), sessionId);
            query.bindValue(QStringLiteral(":person"), personId);
        }
        query.bindValue(QStringLiteral(":status"), registrationStatusCode(outcome.status));
        query.bindValue(QStringLiteral(":position"), db::nullIfZero(outcome.waitingPosition));
        query.bindValue(QStringLiteral(":at"), db::fromDateTime(QDateTime::currentDateTime()));
        const Result<qint64> id = scalar(query);
        if (!id) {
            return id.error();
        }
        outcome.registrationId = *id;
        return {};
    });
    if (!done) {
        return done.error();
    }
    m_db.afterCommit([=, this] { Q_EMIT registrationsChanged(sessionId); });
    return outcome;
}

Result<qint64> RegistrationStore::cancel(qint64 registrationId, const QDateTime& now)
{
    const Result<Cancellation> done = cancelRegistration(registrationId, now);
    if (!done) {
        return done.error();
    }
    return done->promotedId;
}

Result<Cancellation> RegistrationStore::cancelRegistration(qint64 registrationId,
                                                           const QDateTime& now)
{
    Cancellation cancellation;
    cancellation.registrationId = registrationId;
    const Status done = m_db.transaction([&]() -> Status {
        const Result<LockedRegistration> locked = lockRegistration(registrationId);
        if (!locked) {
            return locked.error();
        }
        if (locked->status == RegistrationStatus::Cancelled) {
            return Error{tr("This registration is already cancelled.")};
        }
        cancellation.sessionId = locked->sessionId;
        cancellation.previousStatus = locked->status;
        cancellation.previousPosition =
            locked->status == RegistrationStatus::Waitlisted ? locked->position : 0;
        QSqlQuery query(m_db.connection());
        if (Status ran = setStatus(query, registrationId, RegistrationStatus::Cancelled, 0); !ran) {
            return ran;
        }
        const Result<SeatChanges> moved = waiting::followCapacity(m_db, locked->sessionId, now);
        if (!moved) {
            return moved.error();
        }
        cancellation.promotedId = moved->promoted.value(0);
        return {};
    });
    if (!done) {
        return done.error();
    }
    const qint64 sessionId = cancellation.sessionId;
    m_db.afterCommit([=, this] { Q_EMIT registrationsChanged(sessionId); });
    return cancellation;
}

Status RegistrationStore::restore(const Cancellation& cancellation)
{
    const Status done = m_db.transaction([&]() -> Status {
        const Result<LockedRegistration> locked = lockRegistration(cancellation.registrationId);
        if (!locked) {
            return locked.error();
        }
        if (locked->status != RegistrationStatus::Cancelled ||
            locked->sessionId != cancellation.sessionId) {
            return changedMeanwhileError();
        }
        QSqlQuery query(m_db.connection());
        if (cancellation.promotedId > 0) {
            // The agent seated by the cancellation goes back to the head of the waiting list.
            query.prepare(QStringLiteral("SELECT status FROM registration WHERE id = :id AND "
                                         "session_id = :session"));
            query.bindValue(QStringLiteral(":id"), cancellation.promotedId);
            query.bindValue(QStringLiteral(":session"), cancellation.sessionId);
            if (Status ran = execQuery(query); !ran) {
                return ran;
            }
            if (!query.next() || registrationStatusFromCode(query.value(0).toString()) !=
                                     RegistrationStatus::Registered) {
                return changedMeanwhileError();
            }
            if (Status ran =
                    setStatus(query, cancellation.promotedId, RegistrationStatus::Waitlisted, 0);
                !ran) {
                return ran;
            }
        }
        switch (cancellation.previousStatus) {
        case RegistrationStatus::Waitlisted: {
            query.prepare(
                QStringLiteral("UPDATE registration SET waiting_position = waiting_position + 1, "
                               "row_version = row_version + 1 WHERE session_id = :id AND "
                               "status = 'waitlisted' AND waiting_position >= :from"));
            query.bindValue(QStringLiteral(":id"), cancellation.sessionId);
            query.bindValue(QStringLiteral(":from"), cancellation.previousPosition);
            if (Status ran = execQuery(query); !ran) {
                return ran;
            }
            break;
        }
        case RegistrationStatus::Registered: {
            const Result<int> taken = waiting::seatsTaken(m_db, cancellation.sessionId);
            if (!taken) {
                return taken.error();
            }
            if (locked->session.capacity > 0 && *taken >= locked->session.capacity) {
                return Error{tr("The seat has gone to another agent meanwhile: register the "
                                "agent again to join the waiting list.")};
            }
            break;
        }
        case RegistrationStatus::WalkIn: // walk-ins come beyond the capacity
        case RegistrationStatus::Cancelled:
            break;
        }
        if (Status ran = setStatus(query, cancellation.registrationId, cancellation.previousStatus,
                                   cancellation.previousPosition);
            !ran) {
            return ran;
        }
        return waiting::renumber(m_db, cancellation.sessionId);
    });
    if (done) {
        const qint64 sessionId = cancellation.sessionId;
        m_db.afterCommit([=, this] { Q_EMIT registrationsChanged(sessionId); });
    }
    return done;
}

Result<qint64> RegistrationStore::remove(qint64 registrationId, const QDateTime& now)
{
    qint64 sessionId = 0;
    qint64 promoted = 0;
    const Status done = m_db.transaction([&]() -> Status {
        const Result<LockedRegistration> locked = lockRegistration(registrationId);
        if (!locked) {
            return locked.error();
        }
        sessionId = locked->sessionId;
        QSqlQuery query(m_db.connection());
        query.prepare(
            QStringLiteral("SELECT COUNT(*) FROM attendance_halfday WHERE registration_id = :id"));
        query.bindValue(QStringLiteral(":id"), registrationId);
        const Result<qint64> halfDays = scalar(query);
        if (!halfDays) {
            return halfDays.error();
        }
        if (locked->attendance != Attendance::Unknown || *halfDays > 0) {
            return Error{tr("The attendance of this registration is recorded: cancel it "
                            "instead.")};
        }
        query.prepare(QStringLiteral("DELETE FROM registration WHERE id = :id"));
        query.bindValue(QStringLiteral(":id"), registrationId);
        if (Status ran = execQuery(query); !ran) {
            return ran;
        }
        const Result<SeatChanges> moved = waiting::followCapacity(m_db, sessionId, now);
        if (!moved) {
            return moved.error();
        }
        promoted = moved->promoted.value(0);
        return {};
    });
    if (!done) {
        return done.error();
    }
    m_db.afterCommit([=, this] { Q_EMIT registrationsChanged(sessionId); });
    return promoted;
}

Result<RegistrationStore::Counts> RegistrationStore::counts(qint64 sessionId) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral(
        "SELECT (SELECT capacity FROM session WHERE id = :a), "
        "(SELECT COUNT(*) FROM registration WHERE session_id = :b AND status IN "
        "('registered', 'walk_in')), "
        "(SELECT COUNT(*) FROM registration WHERE session_id = :c AND status = 'waitlisted')"));
    query.bindValue(QStringLiteral(":a"), sessionId);
    query.bindValue(QStringLiteral(":b"), sessionId);
    query.bindValue(QStringLiteral(":c"), sessionId);
    if (Status ran = execQuery(query); !ran) {
        return ran.error();
    }
    if (!query.next()) {
        return Error{tr("This session no longer exists.")};
    }
    return Counts{query.value(1).toInt(), query.value(2).toInt(), query.value(0).toInt()};
}

Result<qint64> RegistrationStore::registrationOf(qint64 sessionId, qint64 personId) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral(
        "SELECT id FROM registration WHERE session_id = :session AND person_id = :person"));
    query.bindValue(QStringLiteral(":session"), sessionId);
    query.bindValue(QStringLiteral(":person"), personId);
    const Result<qint64> id = scalar(query);
    if (!id) {
        return id.error();
    }
    return std::max<qint64>(*id, 0);
}

Result<QList<Registrant>> RegistrationStore::registrants(qint64 sessionId) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral(
        "SELECT r.id, r.person_id, r.status, r.waiting_position, r.attendance, r.registered_at, "
        "r.row_version, p.last_name, p.first_name, p.matricule, p.email, d.name, s.name, "
        "p.active, p.external FROM registration r JOIN person p ON p.id = r.person_id "
        "LEFT JOIN service s ON s.id = p.service_id "
        "LEFT JOIN direction d ON d.id = s.direction_id "
        "WHERE r.session_id = :id ORDER BY r.id"));
    query.bindValue(QStringLiteral(":id"), sessionId);
    if (Status ran = execQuery(query); !ran) {
        return ran.error();
    }
    QList<Registrant> list;
    while (query.next()) {
        Registrant r;
        r.registration.id = query.value(0).toLongLong();
        r.registration.sessionId = sessionId;
        r.registration.personId = query.value(1).toLongLong();
        r.registration.status = registrationStatusFromCode(query.value(2).toString());
        r.registration.waitingPosition = query.value(3).toInt();
        r.registration.attendance = attendanceFromCode(query.value(4).toString());
        r.registration.registeredAt = db::toDateTime(query.value(5));
        r.registration.rowVersion = query.value(6).toInt();
        r.lastName = query.value(7).toString();
        r.firstName = query.value(8).toString();
        r.matricule = query.value(9).toString();
        r.email = query.value(10).toString();
        r.directionName = query.value(11).toString();
        r.serviceName = query.value(12).toString();
        r.active = query.value(13).toInt() != 0;
        r.external = query.value(14).toInt() != 0;
        list.append(r);
    }
    return list;
}

} // namespace truc2
