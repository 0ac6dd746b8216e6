#include "storage/SessionStore.h"

#include "storage/BulkInsert.h"
#include "storage/Database.h"
#include "storage/DbValues.h"
#include "storage/SqlError.h"
#include "storage/WaitingList.h"

namespace truc2 {
namespace {

using bulk::prepared;

/// The columns an insert and an update of a session both write.
void bindSession(QSqlQuery& query, const Session& s)
{
    query.bindValue(QStringLiteral(":action"), s.actionId);
    query.bindValue(QStringLiteral(":starts"), db::fromDateTime(s.startsAt));
    query.bindValue(QStringLiteral(":ends"), db::fromDateTime(s.endsAt));
    query.bindValue(QStringLiteral(":location"), db::text(s.location));
    query.bindValue(QStringLiteral(":capacity"), db::nullIfZero(s.capacity));
    query.bindValue(QStringLiteral(":status"), sessionStatusCode(s.status));
    query.bindValue(QStringLiteral(":reason"), db::text(s.cancelReason));
    query.bindValue(QStringLiteral(":series"), db::nullIfZero(s.seriesId));
    query.bindValue(QStringLiteral(":notes"), db::text(s.notes));
    query.bindValue(QStringLiteral(":headcount"), s.anonymousHeadcount);
}

} // namespace

SessionStore::SessionStore(Database& database, QObject* parent)
    : QObject(parent)
    , m_db(database)
{}

Result<QString> SessionStore::nextCode(qint64 formatId, int year) const
{
    QSqlQuery format(m_db.connection());
    format.prepare(QStringLiteral("SELECT code FROM format WHERE id = :id"));
    format.bindValue(QStringLiteral(":id"), formatId);
    if (Status done = execQuery(format); !done) {
        return done.error();
    }
    if (!format.next()) {
        return Error{tr("This format no longer exists.")};
    }
    const QString formatCode = format.value(0).toString();
    const QString prefix = sessionCode(formatCode, year, 0).chopped(3);
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT code FROM session WHERE code LIKE :prefix"));
    query.bindValue(QStringLiteral(":prefix"), QString(prefix + QLatin1Char('%')));
    if (Status done = execQuery(query); !done) {
        return done.error();
    }
    int highest = 0;
    while (query.next()) {
        highest = std::max(highest, query.value(0).toString().mid(prefix.size()).toInt());
    }
    return sessionCode(formatCode, year, highest + 1);
}

Result<Session> SessionStore::insert(const Session& session)
{
    if (!session.startsAt.isValid() || !session.endsAt.isValid() ||
        session.endsAt <= session.startsAt) {
        return Error{tr("A session ends after it starts.")};
    }
    Session saved = session;
    Status done = m_db.transaction([&]() -> Status {
        if (saved.code.isEmpty()) {
            QSqlQuery format(m_db.connection());
            format.prepare(QStringLiteral("SELECT format_id FROM action WHERE id = :id"));
            format.bindValue(QStringLiteral(":id"), saved.actionId);
            if (Status ran = execQuery(format); !ran) {
                return ran;
            }
            if (!format.next()) {
                return Error{tr("The catalogue action of this session no longer exists.")};
            }
            const Result<QString> code =
                nextCode(format.value(0).toLongLong(), saved.startsAt.date().year());
            if (!code) {
                return code.error();
            }
            saved.code = *code;
        }
        // A session with an id comes back under it (the redo of an undone creation).
        const bool keepId = saved.id > 0;
        std::optional<QSqlQuery> once;
        QSqlQuery& query =
            keepId
                ? prepared(once, m_db.connection(),
                           QStringLiteral(
                               "INSERT INTO session (id, code, action_id, starts_at, ends_at, "
                               "location, capacity, status, cancel_reason, series_id, notes, "
                               "anonymous_headcount, sequence) VALUES (:id, :code, :action, "
                               ":starts, :ends, :location, :capacity, :status, :reason, :series, "
                               ":notes, :headcount, :sequence) RETURNING id"))
                : prepared(m_insertSession, m_db.connection(),
                           QStringLiteral(
                               "INSERT INTO session (code, action_id, starts_at, ends_at, "
                               "location, capacity, status, cancel_reason, series_id, notes, "
                               "anonymous_headcount, sequence) VALUES (:code, :action, :starts, "
                               ":ends, :location, :capacity, :status, :reason, :series, :notes, "
                               ":headcount, :sequence) RETURNING id"));
        if (keepId) {
            query.bindValue(QStringLiteral(":id"), saved.id);
        }
        query.bindValue(QStringLiteral(":code"), saved.code);
        query.bindValue(QStringLiteral(":sequence"), saved.sequence);
        bindSession(query, saved);
        if (!query.exec() || !query.next()) {
            if (isUniqueViolation(query.lastError())) {
                return Error{tr("Another session already has the code %1.").arg(saved.code)};
            }
            return Error{readableSqlError(query.lastError())};
        }
        saved.id = query.value(0).toLongLong();
        query.finish();
        return insertAnimators(saved.id, saved.animators);
    });
    if (!done) {
        return done.error();
    }
    saved.rowVersion = 1;
    m_db.afterCommit([=, this] { Q_EMIT sessionInserted(saved.id); });
    return saved;
}

Status SessionStore::insertAnimators(qint64 sessionId, const QList<SessionAnimator>& animators)
{
    QSqlQuery& query =
        prepared(m_insertAnimator, m_db.connection(),
                 QStringLiteral("INSERT INTO session_animator (session_id, person_id, role) "
                                "VALUES (:session, :person, :role)"));
    for (const SessionAnimator& a : animators) {
        query.bindValue(QStringLiteral(":session"), sessionId);
        query.bindValue(QStringLiteral(":person"), a.personId);
        query.bindValue(QStringLiteral(":role"), animatorRoleCode(a.role));
        if (Status ran = execQuery(query); !ran) {
            return ran;
        }
    }
    return {};
}

Result<Session> SessionStore::update(const Session& session)
{
    if (!session.startsAt.isValid() || !session.endsAt.isValid() ||
        session.endsAt <= session.startsAt) {
        return Error{tr("A session ends after it starts.")};
    }
    Session saved = session;
    bool seatsMoved = false;
    const Status done = m_db.transaction([&]() -> Status {
        QSqlQuery query(m_db.connection());
        query.prepare(QStringLiteral(
            "UPDATE session SET action_id = :action, starts_at = :starts, ends_at = :ends, "
            "location = :location, capacity = :capacity, status = :status, "
            "cancel_reason = :reason, series_id = :series, notes = :notes, "
            "anonymous_headcount = :headcount, row_version = row_version + 1, "
            // Calendar clients apply an update only when its SEQUENCE is higher.
            "sequence = sequence + CASE WHEN starts_at <> :starts OR ends_at <> :ends OR "
            "location <> :location OR status <> :status THEN 1 ELSE 0 END "
            "WHERE id = :id AND row_version = :version"));
        bindSession(query, saved);
        query.bindValue(QStringLiteral(":id"), saved.id);
        query.bindValue(QStringLiteral(":version"), saved.rowVersion);
        if (Status ran = execQuery(query); !ran) {
            return ran;
        }
        if (query.numRowsAffected() == 0) {
            return changedMeanwhileError();
        }
        query.prepare(QStringLiteral("DELETE FROM session_animator WHERE session_id = :id"));
        query.bindValue(QStringLiteral(":id"), saved.id);
        if (Status ran = execQuery(query); !ran) {
            return ran;
        }
        if (Status ran = insertAnimators(saved.id, saved.animators); !ran) {
            return ran;
        }
        // A new capacity seats agents waiting, or sends the last registered back to the list.
        const Result<SeatChanges> moved =
            waiting::followCapacity(m_db, saved.id, QDateTime::currentDateTime());
        if (!moved) {
            return moved.error();
        }
        seatsMoved = !moved->isEmpty();
        return {};
    });
    if (!done) {
        return done.error();
    }
    m_db.afterCommit([=, this] { Q_EMIT sessionUpdated(saved.id); });
    if (seatsMoved) {
        m_db.afterCommit([=, this] { Q_EMIT registrationsChanged(saved.id); });
    }
    return this->session(saved.id);
}

Status SessionStore::remove(qint64 id)
{
    const Status done = m_db.transaction([&]() -> Status {
        QSqlQuery query(m_db.connection());
        query.prepare(
            QStringLiteral("SELECT (SELECT COUNT(*) FROM registration WHERE session_id = :id) + "
                           "(SELECT COUNT(*) FROM survey_response WHERE session_id = :id2)"));
        query.bindValue(QStringLiteral(":id"), id);
        query.bindValue(QStringLiteral(":id2"), id);
        if (Status ran = execQuery(query); !ran) {
            return ran;
        }
        if (query.next() && query.value(0).toInt() > 0) {
            return Error{tr("Agents are registered for this session or answered its survey: "
                            "cancel it instead of deleting it.")};
        }
        query.prepare(QStringLiteral("DELETE FROM session_animator WHERE session_id = :id"));
        query.bindValue(QStringLiteral(":id"), id);
        if (Status ran = execQuery(query); !ran) {
            return ran;
        }
        query.prepare(QStringLiteral("DELETE FROM session WHERE id = :id"));
        query.bindValue(QStringLiteral(":id"), id);
        if (Status ran = execQuery(query); !ran) {
            return ran;
        }
        if (query.numRowsAffected() == 0) {
            return Error{tr("This session no longer exists.")};
        }
        return {};
    });
    if (done) {
        m_db.afterCommit([=, this] { Q_EMIT sessionRemoved(id); });
    }
    return done;
}

Result<Session> SessionStore::session(qint64 id) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral(
        "SELECT id, code, action_id, starts_at, ends_at, location, capacity, status, "
        "cancel_reason, series_id, notes, anonymous_headcount, row_version, sequence "
        "FROM session WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (Status done = execQuery(query); !done) {
        return done.error();
    }
    if (!query.next()) {
        return Error{tr("This session no longer exists.")};
    }
    Session s;
    s.id = query.value(0).toLongLong();
    s.code = query.value(1).toString();
    s.actionId = query.value(2).toLongLong();
    s.startsAt = db::toDateTime(query.value(3));
    s.endsAt = db::toDateTime(query.value(4));
    s.location = query.value(5).toString();
    s.capacity = query.value(6).toInt();
    s.status = sessionStatusFromCode(query.value(7).toString());
    s.cancelReason = query.value(8).toString();
    s.seriesId = query.value(9).toLongLong();
    s.notes = query.value(10).toString();
    s.anonymousHeadcount = query.value(11).toInt();
    s.rowVersion = query.value(12).toInt();
    s.sequence = query.value(13).toInt();
    Result<QList<SessionAnimator>> animators = this->animators(id);
    if (!animators) {
        return animators.error();
    }
    s.animators = *animators;
    return s;
}

Result<QList<SessionAnimator>> SessionStore::animators(qint64 sessionId) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT person_id, role FROM session_animator "
                                 "WHERE session_id = :id ORDER BY person_id"));
    query.bindValue(QStringLiteral(":id"), sessionId);
    if (Status done = execQuery(query); !done) {
        return done.error();
    }
    QList<SessionAnimator> result;
    while (query.next()) {
        result.append(
            {query.value(0).toLongLong(), animatorRoleFromCode(query.value(1).toString())});
    }
    return result;
}

Result<QList<Registration>> SessionStore::registrations(qint64 sessionId) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(
        QStringLiteral("SELECT id, session_id, person_id, status, waiting_position, "
                       "attendance, registered_at, "
                       "row_version FROM registration WHERE session_id = :id ORDER BY id"));
    query.bindValue(QStringLiteral(":id"), sessionId);
    if (Status done = execQuery(query); !done) {
        return done.error();
    }
    QList<Registration> result;
    while (query.next()) {
        Registration r;
        r.id = query.value(0).toLongLong();
        r.sessionId = query.value(1).toLongLong();
        r.personId = query.value(2).toLongLong();
        r.status = registrationStatusFromCode(query.value(3).toString());
        r.waitingPosition = query.value(4).toInt();
        r.attendance = attendanceFromCode(query.value(5).toString());
        r.registeredAt = db::toDateTime(query.value(6));
        r.rowVersion = query.value(7).toInt();
        result.append(r);
    }
    return result;
}

} // namespace truc2
