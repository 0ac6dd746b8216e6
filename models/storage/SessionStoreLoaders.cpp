// SessionStore's loaders: the rows the demo, the imports and the copier write in bulk, and
// the single-row inserts they share statements with.

#include "storage/BulkInsert.h"
#include "storage/Database.h"
#include "storage/DbValues.h"
#include "storage/SessionStore.h"

#include <QSet>

namespace truc2 {

using bulk::insertBatches;
using bulk::optionalBool;
using bulk::prepared;
using bulk::RowBinder;

Result<qint64> SessionStore::insertRegistration(const Registration& registration)
{
    QSqlQuery& query = prepared(
        m_insertRegistration, m_db.connection(),
        QStringLiteral("INSERT INTO registration (session_id, person_id, status, "
                       "waiting_position, attendance, registered_at) VALUES (:session, :person, "
                       ":status, :position, :attendance, :at) RETURNING id"));
    query.bindValue(QStringLiteral(":session"), registration.sessionId);
    query.bindValue(QStringLiteral(":person"), registration.personId);
    query.bindValue(QStringLiteral(":status"), registrationStatusCode(registration.status));
    query.bindValue(QStringLiteral(":position"), db::nullIfZero(registration.waitingPosition));
    query.bindValue(QStringLiteral(":attendance"), attendanceCode(registration.attendance));
    query.bindValue(QStringLiteral(":at"), db::fromDateTime(registration.registeredAt));
    if (!query.exec() || !query.next()) {
        if (isUniqueViolation(query.lastError())) {
            return Error{tr("This agent is already registered for this session.")};
        }
        return Error{readableSqlError(query.lastError())};
    }
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    if (!m_db.inTransaction()) {
        Q_EMIT registrationsChanged(registration.sessionId);
    }
    return id;
}

Result<qint64> SessionStore::insertResponse(const SurveyResponse& response)
{
    QSqlQuery& query = prepared(
        m_insertResponse, m_db.connection(),
        QStringLiteral("INSERT INTO survey_response (import_id, external_id, session_id, "
                       "format_id, submitted_at, satisfaction_raw, satisfaction, useful_skills, "
                       "would_recommend, comment) VALUES (:import, :external, :session, "
                       ":format, :submitted, :raw, :satisfaction, :useful, :recommend, "
                       ":comment) RETURNING id"));
    query.bindValue(QStringLiteral(":import"), db::nullIfZero(response.importId));
    query.bindValue(QStringLiteral(":external"), db::nullIfEmpty(response.externalId));
    query.bindValue(QStringLiteral(":session"), db::nullIfZero(response.sessionId));
    query.bindValue(QStringLiteral(":format"), db::nullIfZero(response.formatId));
    query.bindValue(QStringLiteral(":submitted"), db::fromDateTime(response.submittedAt));
    query.bindValue(QStringLiteral(":raw"), db::nullIfEmpty(response.satisfactionRaw));
    query.bindValue(QStringLiteral(":satisfaction"), response.satisfaction
                                                         ? QVariant(*response.satisfaction)
                                                         : QVariant(QMetaType(QMetaType::Double)));
    query.bindValue(QStringLiteral(":useful"), optionalBool(response.usefulSkills));
    query.bindValue(QStringLiteral(":recommend"), optionalBool(response.wouldRecommend));
    query.bindValue(QStringLiteral(":comment"), db::text(response.comment));
    if (!query.exec() || !query.next()) {
        return Error{readableSqlError(query.lastError())};
    }
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    if (!m_db.inTransaction()) {
        Q_EMIT responsesChanged();
    }
    return id;
}

Status SessionStore::insertHalfDayAttendance(qint64 registrationId, const QDate& day, int half,
                                             Attendance attendance)
{
    QSqlQuery& query = prepared(
        m_insertHalfDay, m_db.connection(),
        QStringLiteral("INSERT INTO attendance_halfday (registration_id, day, half, attendance) "
                       "VALUES (:registration, :day, :half, :attendance)"));
    query.bindValue(QStringLiteral(":registration"), registrationId);
    query.bindValue(QStringLiteral(":day"), db::fromDate(day));
    query.bindValue(QStringLiteral(":half"), half);
    query.bindValue(QStringLiteral(":attendance"), attendanceCode(attendance));
    return execQuery(query);
}

Status SessionStore::insertRegistrations(const QList<Registration>& registrations)
{
    Status done = m_db.transaction([&]() -> Status {
        return insertBatches(
            m_bulkRegistrations, m_db.connection(),
            QStringLiteral("INSERT INTO registration (session_id, person_id, status, "
                           "waiting_position, attendance, registered_at)"),
            6, registrations, [](RowBinder& put, const Registration& r) {
                put(r.sessionId);
                put(r.personId);
                put(registrationStatusCode(r.status));
                put(db::nullIfZero(r.waitingPosition));
                put(attendanceCode(r.attendance));
                put(db::fromDateTime(r.registeredAt));
            });
    });
    if (done && !m_db.inTransaction()) {
        QSet<qint64> sessions;
        for (const Registration& r : registrations) {
            sessions.insert(r.sessionId);
        }
        for (qint64 id : std::as_const(sessions)) {
            m_db.afterCommit([=, this] { Q_EMIT registrationsChanged(id); });
        }
    }
    return done;
}

Status SessionStore::insertResponses(const QList<SurveyResponse>& responses)
{
    Status done = m_db.transaction([&]() -> Status {
        return insertBatches(
            m_bulkResponses, m_db.connection(),
            QStringLiteral("INSERT INTO survey_response (import_id, external_id, session_id, "
                           "format_id, submitted_at, satisfaction_raw, satisfaction, "
                           "useful_skills, would_recommend, comment)"),
            10, responses, [](RowBinder& put, const SurveyResponse& r) {
                put(db::nullIfZero(r.importId));
                put(db::nullIfEmpty(r.externalId));
                put(db::nullIfZero(r.sessionId));
                put(db::nullIfZero(r.formatId));
                put(db::fromDateTime(r.submittedAt));
                put(db::nullIfEmpty(r.satisfactionRaw));
                put(r.satisfaction ? QVariant(*r.satisfaction)
                                   : QVariant(QMetaType(QMetaType::Double)));
                put(optionalBool(r.usefulSkills));
                put(optionalBool(r.wouldRecommend));
                put(db::text(r.comment));
            });
    });
    if (done && !m_db.inTransaction() && !responses.isEmpty()) {
        Q_EMIT responsesChanged();
    }
    return done;
}

Result<QList<qint64>> SessionStore::insertSessions(const QList<Session>& sessions)
{
    for (const Session& s : sessions) {
        if (s.code.isEmpty() || !s.startsAt.isValid() || !s.endsAt.isValid() ||
            s.endsAt <= s.startsAt) {
            return Error{tr("A session ends after it starts.")};
        }
    }
    QHash<QString, qint64> idOfCode;
    QList<std::pair<qint64, SessionAnimator>> animators;
    Status done = m_db.transaction([&]() -> Status {
        Status inserted = insertBatches(
            m_bulkSessions, m_db.connection(),
            QStringLiteral("INSERT INTO session (code, action_id, starts_at, ends_at, location, "
                           "capacity, status, cancel_reason, series_id, notes, "
                           "anonymous_headcount)"),
            11, sessions,
            [](RowBinder& put, const Session& s) {
                put(s.code);
                put(s.actionId);
                put(db::fromDateTime(s.startsAt));
                put(db::fromDateTime(s.endsAt));
                put(db::text(s.location));
                put(db::nullIfZero(s.capacity));
                put(sessionStatusCode(s.status));
                put(db::text(s.cancelReason));
                put(db::nullIfZero(s.seriesId));
                put(db::text(s.notes));
                put(s.anonymousHeadcount);
            },
            // The order of returned rows is not guaranteed: match them by code.
            QStringLiteral("RETURNING id, code"),
            [&](QSqlQuery& query) -> Status {
                while (query.next()) {
                    idOfCode.insert(query.value(1).toString(), query.value(0).toLongLong());
                }
                return {};
            });
        if (!inserted) {
            return inserted;
        }
        for (const Session& s : sessions) {
            for (const SessionAnimator& a : s.animators) {
                animators.append({idOfCode.value(s.code), a});
            }
        }
        return insertBatches(
            m_bulkAnimators, m_db.connection(),
            QStringLiteral("INSERT INTO session_animator (session_id, person_id, role)"), 3,
            animators, [](RowBinder& put, const std::pair<qint64, SessionAnimator>& row) {
                put(row.first);
                put(row.second.personId);
                put(animatorRoleCode(row.second.role));
            });
    });
    if (!done) {
        return done.error();
    }
    QList<qint64> ids;
    ids.reserve(sessions.size());
    for (const Session& s : sessions) {
        ids.append(idOfCode.value(s.code));
    }
    if (!m_db.inTransaction()) {
        for (qint64 id : std::as_const(ids)) {
            Q_EMIT sessionInserted(id);
        }
    }
    return ids;
}

} // namespace truc2
