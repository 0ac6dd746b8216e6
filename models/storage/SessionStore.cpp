#include "storage/SessionStore.h"

#include "storage/Database.h"
#include "storage/DbValues.h"
#include "storage/SqlError.h"

#include <QSet>

#include <functional>

namespace truc2 {
namespace {

QSqlQuery& prepared(std::optional<QSqlQuery>& slot, const QSqlDatabase& db, const QString& sql)
{
    if (!slot) {
        slot.emplace(db);
        slot->prepare(sql);
    }
    return *slot;
}

QVariant optionalBool(const std::optional<bool>& value)
{
    return value ? QVariant(*value ? 1 : 0) : QVariant(QMetaType(QMetaType::Int));
}

/// Most rows per multi-row INSERT of the bulk methods: 64 × 11 values stay under the 999
/// parameters of older SQLite versions, far under PostgreSQL's limit.
constexpr int kBatchRows = 64;

/// Most values one row of a bulk method binds.
constexpr int kMaxColumns = 11;

/// Placeholder names of the bulk statements, ":p0" … , made once: binding by a ready name is
/// cheaper in Qt than binding by position, which formats a name for every value.
const QStringList& placeholders()
{
    static const QStringList names = [] {
        QStringList list;
        for (int i = 0; i < kBatchRows * kMaxColumns; ++i) {
            list.append(QStringLiteral(":p%1").arg(i));
        }
        return list;
    }();
    return names;
}

/// Binds the values of one row after another to a bulk statement.
class RowBinder
{
public:
    explicit RowBinder(QSqlQuery& query)
        : m_query(query)
    {}
    void operator()(const QVariant& value)
    {
        m_query.bindValue(placeholders().at(m_next++), value);
    }

private:
    QSqlQuery& m_query;
    qsizetype m_next = 0;
};

/// Writes rows with one multi-row INSERT per batch, "INSERT … VALUES (:p0, …), (…) …", reusing
/// one prepared statement per batch size (a power of two). `bind` binds one row's `columns` values
/// in order; `returning` ("RETURNING …") and `read` collect what each batch gives back.
template <typename Row, typename Bind>
Status insertBatches(QHash<int, QSqlQuery>& statements, const QSqlDatabase& db,
                     const QString& insertInto, int columns, const QList<Row>& rows, Bind bind,
                     const QString& returning = QString(),
                     const std::function<Status(QSqlQuery&)>& read = {})
{
    Q_ASSERT(columns <= kMaxColumns);
    int count = kBatchRows;
    for (qsizetype first = 0; first < rows.size(); first += count) {
        // Batches of 64 rows, then 32, 16 … for the rest: a few statements serve every size.
        while (count > rows.size() - first) {
            count /= 2;
        }
        auto statement = statements.find(count);
        if (statement == statements.end()) {
            QString sql = insertInto + QStringLiteral(" VALUES ");
            for (int i = 0; i < count * columns; ++i) {
                sql += (i % columns == 0 ? (i == 0 ? QStringLiteral("(") : QStringLiteral("), ("))
                                         : QStringLiteral(", ")) +
                       placeholders().at(i);
            }
            sql += QLatin1Char(')');
            if (!returning.isEmpty()) {
                sql += QLatin1Char(' ') + returning;
            }
            QSqlQuery query(db);
            if (!query.prepare(sql)) {
                return Error{readableSqlError(query.lastError())};
            }
            statement = statements.insert(count, query);
        }
        QSqlQuery& query = *statement;
        RowBinder put(query);
        for (int r = 0; r < count; ++r) {
            bind(put, rows[first + r]);
        }
        if (Status ran = execQuery(query); !ran) {
            return ran;
        }
        if (read) {
            Status got = read(query);
            query.finish();
            if (!got) {
                return got;
            }
        }
    }
    return {};
}

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
        QSqlQuery& query = prepared(
            m_insertSession, m_db.connection(),
            QStringLiteral(
                "INSERT INTO session (code, action_id, starts_at, ends_at, location, capacity, "
                "status, cancel_reason, series_id, notes, anonymous_headcount) VALUES (:code, "
                ":action, :starts, :ends, :location, :capacity, :status, :reason, :series, "
                ":notes, :headcount) RETURNING id"));
        query.bindValue(QStringLiteral(":code"), saved.code);
        bindSession(query, saved);
        if (!query.exec() || !query.next()) {
            return Error{readableSqlError(query.lastError())};
        }
        saved.id = query.value(0).toLongLong();
        query.finish();
        return insertAnimators(saved.id, saved.animators);
    });
    if (!done) {
        return done.error();
    }
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
    const Status done = m_db.transaction([&]() -> Status {
        QSqlQuery query(m_db.connection());
        query.prepare(QStringLiteral(
            "UPDATE session SET action_id = :action, starts_at = :starts, ends_at = :ends, "
            "location = :location, capacity = :capacity, status = :status, "
            "cancel_reason = :reason, series_id = :series, notes = :notes, "
            "anonymous_headcount = :headcount, row_version = row_version + 1 "
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
        return insertAnimators(saved.id, saved.animators);
    });
    if (!done) {
        return done.error();
    }
    ++saved.rowVersion;
    m_db.afterCommit([=, this] { Q_EMIT sessionUpdated(saved.id); });
    return saved;
}

Result<Session> SessionStore::session(qint64 id) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral(
        "SELECT id, code, action_id, starts_at, ends_at, location, capacity, status, "
        "cancel_reason, series_id, notes, anonymous_headcount, row_version FROM session "
        "WHERE id = :id"));
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

Result<QList<Registration>> SessionStore::registrations(qint64 sessionId) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral(
        "SELECT id, session_id, person_id, status, waiting_position, attendance, registered_at, "
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
