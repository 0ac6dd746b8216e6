#include "storage/SurveyResults.h"

#include "storage/Database.h"
#include "storage/DbValues.h"
#include "storage/SqlError.h"

#include <QSqlQuery>

namespace truc2 {
namespace {

// The bounds of "all time": before and after any date the school can hold.
const QString kBeginningOfTime = QStringLiteral("0001-01-01T00:00:00");
const QString kEndOfTime = QStringLiteral("9999-12-31T23:59:59");

struct Bounds
{
    QVariant from;
    QVariant to;
    int allTime; ///< 1: undated responses without a session count too.
    qint64 formatId;
};

Bounds boundsOf(const Period& period, qint64 formatId)
{
    if (!period.isValid()) {
        return {kBeginningOfTime, kEndOfTime, 1, formatId};
    }
    return {db::fromDateTime(period.from.startOfDay()),
            db::fromDateTime(period.to.addDays(1).startOfDay()), 0, formatId};
}

// The answers of a group of responses r, in the order answersOf() reads them.
const QString kAnswerColumns = QStringLiteral(
    "COUNT(*), COUNT(r.satisfaction), COALESCE(SUM(r.satisfaction), 0), "
    "COALESCE(SUM(CASE WHEN r.useful_skills = 1 THEN 1 ELSE 0 END), 0), COUNT(r.useful_skills), "
    "COALESCE(SUM(CASE WHEN r.would_recommend = 1 THEN 1 ELSE 0 END), 0), "
    "COUNT(r.would_recommend), MIN(r.submitted_at), MAX(r.submitted_at)");

/// Fills the answers of `result` from the columns of kAnswerColumns starting at `first`.
void readAnswers(const QSqlQuery& q, int first, SurveySessionResult& result)
{
    result.responses = q.value(first).toInt();
    result.satisfactionAnswers = q.value(first + 1).toInt();
    if (result.satisfactionAnswers >= kMinimumAnswers) {
        result.satisfaction = q.value(first + 2).toDouble() / result.satisfactionAnswers;
    }
    const int usefulAnswers = q.value(first + 4).toInt();
    result.usefulSkillsRate = {q.value(first + 3).toInt(), usefulAnswers,
                               usefulAnswers < kMinimumAnswers};
    const int recommendAnswers = q.value(first + 6).toInt();
    result.wouldRecommendRate = {q.value(first + 5).toInt(), recommendAnswers,
                                 recommendAnswers < kMinimumAnswers};
    result.firstSubmitted = db::toDateTime(q.value(first + 7));
    result.lastSubmitted = db::toDateTime(q.value(first + 8));
}

} // namespace

SurveyResults::SurveyResults(const Database& database)
    : m_db(database)
{}

Result<QList<SurveyImportRecord>> SurveyResults::imports() const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, file_name, imported_at, tool, rows_read, "
                                 "responses_added, rows_skipped, mapping FROM survey_import "
                                 "ORDER BY imported_at DESC, id DESC"));
    if (Status done = execQuery(query); !done) {
        return done.error();
    }
    QList<SurveyImportRecord> imports;
    while (query.next()) {
        SurveyImportRecord i;
        i.id = query.value(0).toLongLong();
        i.fileName = query.value(1).toString();
        i.importedAt = db::toDateTime(query.value(2));
        i.tool = query.value(3).toString();
        i.rowsRead = query.value(4).toInt();
        i.responsesAdded = query.value(5).toInt();
        i.rowsSkipped = query.value(6).toInt();
        i.mapping = query.value(7).toString();
        imports.append(i);
    }
    return imports;
}

Result<QList<SurveySessionResult>> SurveyResults::sessions(const Period& period,
                                                           qint64 formatId) const
{
    const Bounds bounds = boundsOf(period, formatId);
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);

    // The sessions of the period with their answers (the answers grouped by session first,
    // for the sessions of the period only).
    query.prepare(
        QStringLiteral("SELECT s.id, s.code, s.starts_at, s.status, a.title, f.id, f.name, "
                       "f.position, ") +
        sessionParticipantsSql() +
        QStringLiteral(
            ", COALESCE(x.responses, 0), COALESCE(x.sat_n, 0), COALESCE(x.sat_sum, 0), "
            "COALESCE(x.useful_yes, 0), COALESCE(x.useful_n, 0), COALESCE(x.rec_yes, 0), "
            "COALESCE(x.rec_n, 0), x.first_at, x.last_at "
            "FROM session s JOIN action a ON a.id = s.action_id "
            "JOIN format f ON f.id = a.format_id "
            "LEFT JOIN (SELECT r.session_id, COUNT(*) AS responses, "
            "COUNT(r.satisfaction) AS sat_n, SUM(r.satisfaction) AS sat_sum, "
            "SUM(CASE WHEN r.useful_skills = 1 THEN 1 ELSE 0 END) AS useful_yes, "
            "COUNT(r.useful_skills) AS useful_n, "
            "SUM(CASE WHEN r.would_recommend = 1 THEN 1 ELSE 0 END) AS rec_yes, "
            "COUNT(r.would_recommend) AS rec_n, MIN(r.submitted_at) AS first_at, "
            "MAX(r.submitted_at) AS last_at FROM survey_response r "
            "WHERE r.session_id IN (SELECT w.id FROM session w WHERE w.starts_at >= :from2 "
            "AND w.starts_at < :to2) GROUP BY r.session_id) x ON x.session_id = s.id "
            "WHERE s.starts_at >= :from AND s.starts_at < :to "
            "AND (:format = 0 OR a.format_id = :format2) "
            "AND (s.status = 'held' OR x.responses IS NOT NULL) "
            "ORDER BY s.starts_at, s.code"));
    query.bindValue(QStringLiteral(":from"), bounds.from);
    query.bindValue(QStringLiteral(":to"), bounds.to);
    query.bindValue(QStringLiteral(":from2"), bounds.from);
    query.bindValue(QStringLiteral(":to2"), bounds.to);
    query.bindValue(QStringLiteral(":format"), bounds.formatId);
    query.bindValue(QStringLiteral(":format2"), bounds.formatId);
    if (Status done = execQuery(query); !done) {
        return done.error();
    }
    QList<SurveySessionResult> results;
    while (query.next()) {
        SurveySessionResult r;
        r.sessionId = query.value(0).toLongLong();
        r.sessionCode = query.value(1).toString();
        r.startsAt = db::toDateTime(query.value(2));
        r.held = query.value(3).toString() == QLatin1String("held");
        r.actionTitle = query.value(4).toString();
        r.formatId = query.value(5).toLongLong();
        r.formatName = query.value(6).toString();
        r.formatPosition = query.value(7).toInt();
        r.participants = query.value(8).toInt();
        readAnswers(query, 9, r); // the subquery's columns are kAnswerColumns' ones
        // A response rate names nobody: it is given from the first answer.
        r.responseRate = {r.responses, r.participants, false};
        results.append(r);
    }

    // Responses that name only a format: one row per format, by their own dates.
    query.prepare(QStringLiteral("SELECT f.id, f.name, f.position, ") + kAnswerColumns +
                  QStringLiteral(" FROM survey_response r JOIN format f ON f.id = r.format_id "
                                 "WHERE r.session_id IS NULL AND ((r.submitted_at >= :from "
                                 "AND r.submitted_at < :to) OR (:all = 1 AND r.submitted_at "
                                 "IS NULL)) AND (:format = 0 OR f.id = :format2) "
                                 "GROUP BY f.id, f.name, f.position ORDER BY f.position, f.name"));
    query.bindValue(QStringLiteral(":from"), bounds.from);
    query.bindValue(QStringLiteral(":to"), bounds.to);
    query.bindValue(QStringLiteral(":all"), bounds.allTime);
    query.bindValue(QStringLiteral(":format"), bounds.formatId);
    query.bindValue(QStringLiteral(":format2"), bounds.formatId);
    if (Status done = execQuery(query); !done) {
        return done.error();
    }
    while (query.next()) {
        SurveySessionResult r;
        r.formatId = query.value(0).toLongLong();
        r.formatName = query.value(1).toString();
        r.formatPosition = query.value(2).toInt();
        readAnswers(query, 3, r);
        r.responseRate = {r.responses, 0, false}; // nobody to divide by
        results.append(r);
    }
    return results;
}

Result<QList<SurveyComment>> SurveyResults::comments(const Period& period, qint64 formatId) const
{
    const Bounds bounds = boundsOf(period, formatId);
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT r.id, r.session_id, f.id, r.comment, s.code, a.title, f.name, s.starts_at, "
        "r.submitted_at, r.satisfaction, r.satisfaction_raw "
        "FROM survey_response r LEFT JOIN session s ON s.id = r.session_id "
        "LEFT JOIN action a ON a.id = s.action_id "
        "JOIN format f ON f.id = COALESCE(a.format_id, r.format_id) "
        "WHERE TRIM(r.comment) <> '' AND ("
        "(r.session_id IS NOT NULL AND s.starts_at >= :from AND s.starts_at < :to) "
        "OR (r.session_id IS NULL AND ((r.submitted_at >= :from2 AND r.submitted_at < :to2) "
        "OR (:all = 1 AND r.submitted_at IS NULL)))) "
        "AND (:format = 0 OR f.id = :format2) "
        "ORDER BY COALESCE(s.starts_at, r.submitted_at), r.id"));
    query.bindValue(QStringLiteral(":from"), bounds.from);
    query.bindValue(QStringLiteral(":to"), bounds.to);
    query.bindValue(QStringLiteral(":from2"), bounds.from);
    query.bindValue(QStringLiteral(":to2"), bounds.to);
    query.bindValue(QStringLiteral(":all"), bounds.allTime);
    query.bindValue(QStringLiteral(":format"), bounds.formatId);
    query.bindValue(QStringLiteral(":format2"), bounds.formatId);
    if (Status done = execQuery(query); !done) {
        return done.error();
    }
    QList<SurveyComment> comments;
    while (query.next()) {
        SurveyComment c;
        c.responseId = query.value(0).toLongLong();
        c.sessionId = query.value(1).toLongLong();
        c.formatId = query.value(2).toLongLong();
        c.text = query.value(3).toString();
        c.sessionCode = query.value(4).toString();
        c.actionTitle = query.value(5).toString();
        c.formatName = query.value(6).toString();
        c.submittedAt = db::toDateTime(query.value(8));
        c.date = c.sessionId > 0 ? db::toDate(query.value(7)) : c.submittedAt.date();
        if (!query.value(9).isNull()) {
            c.satisfaction = query.value(9).toDouble();
        }
        c.satisfactionRaw = query.value(10).toString();
        comments.append(c);
    }
    return comments;
}

} // namespace truc2
