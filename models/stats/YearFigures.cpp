// The actions of the period and the year-on-year line: DashboardCalculator's pieces that rank
// and compare.
#include "stats/DashboardQueries.h"
#include "storage/DbValues.h"
#include "storage/SqlError.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace truc2::dashboard {
namespace {

/// Most appreciated first: a satisfaction before none, the higher first; then the same for
/// the useful-skills rate; then more participants; then the title.
bool moreAppreciated(const ActionFigures& a, const ActionFigures& b, const QCollator& collator)
{
    if (a.satisfaction.has_value() != b.satisfaction.has_value()) {
        return a.satisfaction.has_value();
    }
    if (a.satisfaction && *a.satisfaction != *b.satisfaction) {
        return *a.satisfaction > *b.satisfaction;
    }
    const std::optional<double> ua = a.usefulSkillsRate.value();
    const std::optional<double> ub = b.usefulSkillsRate.value();
    if (ua.has_value() != ub.has_value()) {
        return ua.has_value();
    }
    if (ua && *ua != *ub) {
        return *ua > *ub;
    }
    if (a.participants != b.participants) {
        return a.participants > b.participants;
    }
    if (const int c = collator.compare(a.title, b.title); c != 0) {
        return c < 0;
    }
    return a.actionId < b.actionId;
}

} // namespace

Result<QList<ActionFigures>> actions(const QSqlDatabase& db, const Bounds& bounds)
{
    QList<ActionFigures> result;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT a.id, a.title, f.name, COUNT(*), COALESCE(SUM(") +
                  sessionParticipantsSql() +
                  QStringLiteral("), 0) FROM session s JOIN action a ON a.id = s.action_id "
                                 "JOIN format f ON f.id = a.format_id WHERE ") +
                  heldConditionsSql() + QStringLiteral("GROUP BY a.id, a.title, f.name"));
    bindBounds(query, bounds);
    if (Status done = execQuery(query); !done) {
        return done.error();
    }
    QHash<qint64, qsizetype> indexOf;
    while (query.next()) {
        ActionFigures f;
        f.actionId = query.value(0).toLongLong();
        f.title = query.value(1).toString();
        f.formatName = query.value(2).toString();
        f.sessions = query.value(3).toInt();
        f.participants = query.value(4).toInt();
        indexOf.insert(f.actionId, result.size());
        result.append(f);
    }

    // The answers given for the action's held sessions of the period (responses to a format
    // without a session belong to no action).
    query.prepare(QStringLiteral("SELECT s.action_id, ") + answerColumnsSql() +
                  QStringLiteral("FROM survey_response r JOIN session s ON s.id = r.session_id "
                                 "JOIN action a ON a.id = s.action_id WHERE ") +
                  heldConditionsSql() + QStringLiteral("GROUP BY s.action_id"));
    bindBounds(query, bounds);
    if (Status done = execQuery(query); !done) {
        return done.error();
    }
    while (query.next()) {
        const auto found = indexOf.constFind(query.value(0).toLongLong());
        if (found == indexOf.constEnd()) {
            continue;
        }
        const Answers answers = Answers::read(query, 1);
        ActionFigures& f = result[*found];
        f.satisfactionAnswers = answers.satisfactionAnswers;
        f.satisfaction = answers.satisfaction();
        f.usefulSkillsRate = answers.usefulSkills();
    }
    const QCollator collator = frenchCollator();
    std::sort(result.begin(), result.end(), [&](const ActionFigures& a, const ActionFigures& b) {
        return moreAppreciated(a, b, collator);
    });
    return result;
}

Result<QList<HeadlineFigures>> years(const QSqlDatabase& db, const Period& period, qint64 formatId)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT MIN(s.starts_at) FROM session s "
                                 "JOIN action a ON a.id = s.action_id WHERE s.status = 'held' "
                                 "AND (:format = 0 OR a.format_id = :format2)"));
    query.bindValue(QStringLiteral(":format"), formatId);
    query.bindValue(QStringLiteral(":format2"), formatId);
    if (Status done = execQuery(query); !done) {
        return done.error();
    }
    const QDate firstHeld = query.next() ? db::toDate(query.value(0)) : QDate();

    // The period and the same dates shifted back, while they reach the first held session.
    constexpr int kMaximumYears = 10;
    QList<HeadlineFigures> result;
    for (int back = 0; back < kMaximumYears; ++back) {
        const Period shifted{period.from.addYears(-back), period.to.addYears(-back)};
        if (back > 0 && (!firstHeld.isValid() || shifted.to < firstHeld)) {
            break;
        }
        HeadlineFigures h;
        h.period = shifted;
        h.usefulSkillsRate = Answers{}.usefulSkills(); // as FiguresCalculator without answers
        result.prepend(h);
    }
    const qsizetype count = result.size();
    auto at = [&](int back) -> HeadlineFigures& {
        return result[count - 1 - back];
    };

    // The periods as a table y (k: years back, [f, t)), so that each figure is one grouped
    // query whether the periods overlap or not.
    QString periods;
    for (qsizetype k = 0; k < count; ++k) {
        periods +=
            (k > 0 ? QStringLiteral(" UNION ALL ") : QString()) +
            QStringLiteral("SELECT %1 AS k, CAST(:f%1 AS TEXT) AS f, CAST(:t%1 AS TEXT) AS t")
                .arg(k);
    }
    const QString years = QStringLiteral("(") + periods + QStringLiteral(") y ");
    const QString inYear = QStringLiteral("s.starts_at >= y.f AND s.starts_at < y.t ");
    const QString held = QStringLiteral("s.status = 'held' AND s.starts_at >= :first "
                                        "AND s.starts_at < :last "
                                        "AND (:format = 0 OR a.format_id = :format2) ");
    auto bind = [&](QSqlQuery& q, bool range) {
        for (qsizetype k = 0; k < count; ++k) {
            const Bounds b = Bounds::of(at(int(k)).period, formatId);
            q.bindValue(QStringLiteral(":f%1").arg(k), b.from);
            q.bindValue(QStringLiteral(":t%1").arg(k), b.to);
        }
        if (range) {
            q.bindValue(QStringLiteral(":first"), Bounds::of(result.first().period, 0).from);
            q.bindValue(QStringLiteral(":last"), Bounds::of(result.last().period, 0).to);
        }
        q.bindValue(QStringLiteral(":format"), formatId);
        q.bindValue(QStringLiteral(":format2"), formatId);
    };

    query.prepare(QStringLiteral("SELECT y.k, COUNT(*), COALESCE(SUM(") + sessionParticipantsSql() +
                  QStringLiteral("), 0) FROM session s JOIN action a ON a.id = s.action_id "
                                 "JOIN ") +
                  years + QStringLiteral("ON ") + inYear + QStringLiteral("WHERE ") + held +
                  QStringLiteral("GROUP BY y.k"));
    bind(query, true);
    if (Status done = execQuery(query); !done) {
        return done.error();
    }
    while (query.next()) {
        HeadlineFigures& h = at(query.value(0).toInt());
        h.sessions = query.value(1).toInt();
        h.participants = query.value(2).toInt();
    }

    query.prepare(QStringLiteral("SELECT y.k, COUNT(DISTINCT g.person_id) FROM registration g "
                                 "JOIN session s ON s.id = g.session_id "
                                 "JOIN action a ON a.id = s.action_id JOIN ") +
                  years + QStringLiteral("ON ") + inYear +
                  QStringLiteral("WHERE g.attendance = 'present' AND ") + held +
                  QStringLiteral("GROUP BY y.k"));
    bind(query, true);
    if (Status done = execQuery(query); !done) {
        return done.error();
    }
    while (query.next()) {
        at(query.value(0).toInt()).agentsReached = query.value(1).toInt();
    }

    query.prepare(QStringLiteral("SELECT y.k, COUNT(DISTINCT n.person_id) "
                                 "FROM session_animator n JOIN session s ON s.id = n.session_id "
                                 "JOIN action a ON a.id = s.action_id JOIN ") +
                  years + QStringLiteral("ON ") + inYear + QStringLiteral("WHERE ") + held +
                  QStringLiteral("GROUP BY y.k"));
    bind(query, true);
    if (Status done = execQuery(query); !done) {
        return done.error();
    }
    while (query.next()) {
        at(query.value(0).toInt()).animators = query.value(1).toInt();
    }

    // Responses as FiguresCalculator counts them: for a held session of the period, or, without
    // a session, by their own date.
    query.prepare(
        QStringLiteral("SELECT y.k, ") + answerColumnsSql() +
        QStringLiteral("FROM survey_response r LEFT JOIN session s ON s.id = r.session_id "
                       "LEFT JOIN action a ON a.id = s.action_id JOIN ") +
        years +
        QStringLiteral(
            "ON ((r.session_id IS NOT NULL AND s.starts_at >= y.f AND s.starts_at < y.t) "
            "OR (r.session_id IS NULL AND r.submitted_at >= y.f AND r.submitted_at < y.t)) "
            "WHERE ((r.session_id IS NOT NULL AND s.status = 'held' "
            "AND (:format = 0 OR a.format_id = :format2)) "
            "OR (r.session_id IS NULL AND (:format3 = 0 OR r.format_id = :format4))) "
            "GROUP BY y.k"));
    bind(query, false);
    query.bindValue(QStringLiteral(":format3"), formatId);
    query.bindValue(QStringLiteral(":format4"), formatId);
    if (Status done = execQuery(query); !done) {
        return done.error();
    }
    while (query.next()) {
        HeadlineFigures& h = at(query.value(0).toInt());
        const Answers answers = Answers::read(query, 1);
        h.responseRate = {answers.responses, 0, false};
        h.satisfaction = answers.satisfaction();
        h.usefulSkillsRate = answers.usefulSkills();
    }
    for (HeadlineFigures& h : result) {
        h.responseRate.denominator = h.participants;
    }
    return result;
}

} // namespace truc2::dashboard
