#include "storage/RegistrationStore.h"

#include "storage/Database.h"
#include "storage/DbValues.h"
#include "storage/SqlError.h"

#include <QSqlQuery>

namespace truc2 {
namespace {

// Seats are taken by these statuses; a cancelled registration frees its seat.
const QString kTakesSeat = QStringLiteral("status IN ('registered', 'walk_in')");

/// Runs a prepared query that yields one integer (a count, an id); -1 when there is no row.
Result<qint64> scalar(QSqlQuery& query)
{
    if (Status ran = execQuery(query); !ran) {
        return ran.error();
    }
    return query.next() ? query.value(0).toLongLong() : qint64(-1);
}

} // namespace

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
        QSqlQuery query(m_db.connection());
        query.prepare(QStringLiteral("SELECT active FROM person WHERE id = :id"));
        query.bindValue(QStringLiteral(":id"), personId);
        if (const Result<qint64> active = scalar(query); !active) {
            return active.error();
        } else if (*active < 0) {
            return Error{tr("This agent no longer exists.")};
        } else if (*active == 0) {
            return Error{tr("This agent is inactive: reactivate the agent first.")};
        }
        query.prepare(QStringLiteral("SELECT COUNT(*) FROM session_animator "
                                     "WHERE session_id = :session AND person_id = :person"));
        query.bindValue(QStringLiteral(":session"), sessionId);
        query.bindValue(QStringLiteral(":person"), personId);
        if (const Result<qint64> animates = scalar(query); !animates) {
            return animates.error();
        } else if (*animates > 0) {
            return Error{tr("This agent animates the session and cannot also attend it.")};
        }
        query.prepare(QStringLiteral("SELECT id, status FROM registration "
                                     "WHERE session_id = :session AND person_id = :person"));
        query.bindValue(QStringLiteral(":session"), sessionId);
        query.bindValue(QStringLiteral(":person"), personId);
        if (Status ran = execQuery(query); !ran) {
            return ran;
        }
        qint64 previous = 0;
        if (query.next()) {
            if (query.value(1).toString() != QLatin1String("cancelled")) {
                return Error{tr("This agent is already registered for this session.")};
            }
            previous = query.value(0).toLongLong();
        }

        query.prepare(
            QStringLiteral("SELECT COUNT(*) FROM registration WHERE session_id = :id AND ") +
            kTakesSeat);
        query.bindValue(QStringLiteral(":id"), sessionId);
        const Result<qint64> taken = scalar(query);
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
    qint64 sessionId = 0;
    qint64 promoted = 0;
    const Status done = m_db.transaction([&]() -> Status {
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
        sessionId = *session;
        const Result<LockedSession> locked = lockSession(sessionId);
        if (!locked) {
            return locked.error();
        }
        // Read again under the lock: another workstation may have changed it meanwhile.
        query.prepare(QStringLiteral("SELECT status, waiting_position FROM registration "
                                     "WHERE id = :id"));
        query.bindValue(QStringLiteral(":id"), registrationId);
        if (Status ran = execQuery(query); !ran) {
            return ran;
        }
        if (!query.next()) {
            return Error{tr("This registration no longer exists.")};
        }
        const RegistrationStatus status = registrationStatusFromCode(query.value(0).toString());
        const int position = query.value(1).toInt();
        if (status == RegistrationStatus::Cancelled) {
            return Error{tr("This registration is already cancelled.")};
        }
        query.prepare(QStringLiteral("UPDATE registration SET status = 'cancelled', "
                                     "waiting_position = NULL, row_version = row_version + 1 "
                                     "WHERE id = :id"));
        query.bindValue(QStringLiteral(":id"), registrationId);
        if (Status ran = execQuery(query); !ran) {
            return ran;
        }
        int closeFrom = position; // waiting places after this one move up
        const bool seatFreed = status != RegistrationStatus::Waitlisted;
        if (seatFreed && locked->startsAt > now) {
            query.prepare(QStringLiteral("SELECT id, waiting_position FROM registration "
                                         "WHERE session_id = :id AND status = 'waitlisted' "
                                         "ORDER BY waiting_position LIMIT 1"));
            query.bindValue(QStringLiteral(":id"), sessionId);
            if (Status ran = execQuery(query); !ran) {
                return ran;
            }
            if (query.next()) {
                promoted = query.value(0).toLongLong();
                closeFrom = query.value(1).toInt();
                query.prepare(QStringLiteral("UPDATE registration SET status = 'registered', "
                                             "waiting_position = NULL, "
                                             "row_version = row_version + 1 WHERE id = :id"));
                query.bindValue(QStringLiteral(":id"), promoted);
                if (Status ran = execQuery(query); !ran) {
                    return ran;
                }
            }
        }
        if (closeFrom > 0) {
            query.prepare(QStringLiteral("UPDATE registration SET waiting_position = "
                                         "waiting_position - 1, row_version = row_version + 1 "
                                         "WHERE session_id = :id AND status = 'waitlisted' "
                                         "AND waiting_position > :from"));
            query.bindValue(QStringLiteral(":id"), sessionId);
            query.bindValue(QStringLiteral(":from"), closeFrom);
            return execQuery(query);
        }
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

} // namespace truc2
