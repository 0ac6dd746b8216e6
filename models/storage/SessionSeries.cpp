// SessionStore's writes of several sessions at once: lists (all or none) and recurring series.

#include "storage/Database.h"
#include "storage/DbValues.h"
#include "storage/SessionStore.h"
#include "storage/SqlError.h"

namespace truc2 {

Result<QList<Session>> SessionStore::insert(const QList<Session>& sessions)
{
    QList<Session> saved;
    const Status done = m_db.transaction([&]() -> Status {
        for (const Session& s : sessions) {
            Result<Session> one = insert(s);
            if (!one) {
                return one.error();
            }
            saved.append(*one);
        }
        return {};
    });
    if (!done) {
        return done.error();
    }
    return saved;
}

Result<QList<Session>> SessionStore::update(const QList<Session>& sessions)
{
    QList<Session> saved;
    const Status done = m_db.transaction([&]() -> Status {
        for (const Session& s : sessions) {
            Result<Session> one = update(s);
            if (!one) {
                return one.error();
            }
            saved.append(*one);
        }
        return {};
    });
    if (!done) {
        return done.error();
    }
    return saved;
}

Status SessionStore::remove(const QList<qint64>& ids)
{
    return m_db.transaction([&]() -> Status {
        for (qint64 id : ids) {
            if (Status one = remove(id); !one) {
                return one;
            }
        }
        return {};
    });
}

Result<QList<Session>> SessionStore::insertSeries(const Session& pattern, const Recurrence& rule,
                                                  const QString& label)
{
    if (const QString problem = rule.problem(); !problem.isEmpty()) {
        return Error{problem};
    }
    QList<Session> saved;
    const Status done = m_db.transaction([&]() -> Status {
        QSqlQuery query(m_db.connection());
        query.prepare(QStringLiteral("SELECT day FROM closed_day WHERE day >= :first AND "
                                     "day <= :last"));
        query.bindValue(QStringLiteral(":first"), db::fromDate(rule.first));
        query.bindValue(QStringLiteral(":last"), db::fromDate(rule.until));
        if (Status ran = execQuery(query); !ran) {
            return ran;
        }
        QSet<QDate> closed;
        while (query.next()) {
            closed.insert(db::toDate(query.value(0)));
        }
        const auto occurrences = rule.occurrences(closed);
        if (occurrences.isEmpty()) {
            return Error{tr("Every date of this series falls on a day the school is closed.")};
        }
        query.prepare(
            QStringLiteral("INSERT INTO series (label, rule) VALUES (:label, :rule) RETURNING id"));
        query.bindValue(QStringLiteral(":label"), db::text(label));
        query.bindValue(QStringLiteral(":rule"), rule.toText());
        if (!query.exec() || !query.next()) {
            return Error{readableSqlError(query.lastError())};
        }
        const qint64 seriesId = query.value(0).toLongLong();
        query.finish();
        for (const auto& [starts, ends] : occurrences) {
            Session s = pattern;
            s.id = 0;
            s.code.clear();
            s.seriesId = seriesId;
            s.startsAt = starts;
            s.endsAt = ends;
            Result<Session> one = insert(s);
            if (!one) {
                return one.error();
            }
            saved.append(*one);
        }
        return {};
    });
    if (!done) {
        return done.error();
    }
    return saved;
}

Result<QList<Session>> SessionStore::seriesSessions(qint64 seriesId, const QDateTime& from) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT id FROM session WHERE series_id = :series AND "
                                 "starts_at >= :from ORDER BY starts_at, id"));
    query.bindValue(QStringLiteral(":series"), seriesId);
    query.bindValue(QStringLiteral(":from"), db::fromDateTime(from));
    if (Status ran = execQuery(query); !ran) {
        return ran.error();
    }
    QList<qint64> ids;
    while (query.next()) {
        ids.append(query.value(0).toLongLong());
    }
    QList<Session> sessions;
    for (qint64 id : std::as_const(ids)) {
        Result<Session> one = session(id);
        if (!one) {
            return one.error();
        }
        sessions.append(*one);
    }
    return sessions;
}

std::optional<Recurrence> SessionStore::seriesRule(qint64 seriesId) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT rule FROM series WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), seriesId);
    if (!execQuery(query) || !query.next()) {
        return std::nullopt;
    }
    return Recurrence::fromText(query.value(0).toString());
}

} // namespace truc2
