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

Result<QList<ActionFigures>> actions(const QSqlDatabase& db, const Bounds& bounds,
                                     const PeriodScan& scan, const QList<FormatFigures>& formats)
{
    QList<ActionFigures> result;
    QHash<qint64, QString> formatNames;
    for (const FormatFigures& f : formats) {
        formatNames.insert(f.formatId, f.name);
    }
    QHash<qint64, qsizetype> indexOf;
    for (const HeldSession& s : scan.sessions) {
        auto found = indexOf.constFind(s.actionId);
        if (found == indexOf.constEnd()) {
            ActionFigures f;
            f.actionId = s.actionId;
            f.title = s.title;
            f.formatName = formatNames.value(s.formatId);
            found = indexOf.insert(s.actionId, result.size());
            result.append(f);
        }
        ActionFigures& f = result[*found];
        ++f.sessions;
        f.participants += s.participants;
    }
    QSqlQuery query(db);
    query.setForwardOnly(true);

    // The answers given for the action's held sessions of the period (responses to a format
    // without a session belong to no action), per session then added up per action.
    query.prepare(QStringLiteral("SELECT r.session_id, ") + answerColumnsSql() +
                  QStringLiteral("FROM survey_response r JOIN session s ON s.id = r.session_id "
                                 "JOIN action a ON a.id = s.action_id WHERE ") +
                  heldConditionsSql() + QStringLiteral("GROUP BY r.session_id"));
    bindBounds(query, bounds);
    if (Status done = execQuery(query); !done) {
        return done.error();
    }
    QList<Answers> answers(result.size());
    while (query.next()) {
        const qsizetype session = scan.indexOf.value(query.value(0).toLongLong(), -1);
        if (session < 0) {
            continue;
        }
        answers[indexOf.value(scan.sessions.at(session).actionId)].add(Answers::read(query, 1));
    }
    for (qsizetype i = 0; i < result.size(); ++i) {
        ActionFigures& f = result[i];
        f.satisfactionAnswers = answers.at(i).satisfactionAnswers;
        f.satisfaction = answers.at(i).satisfaction();
        f.usefulSkillsRate = answers.at(i).usefulSkills();
    }
    const QCollator collator = frenchCollator();
    std::sort(result.begin(), result.end(), [&](const ActionFigures& a, const ActionFigures& b) {
        return moreAppreciated(a, b, collator);
    });
    return result;
}

Result<QDate> firstHeldSession(const QSqlDatabase& db, qint64 formatId)
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
    return query.next() ? db::toDate(query.value(0)) : QDate();
}

QList<Period> yearsBack(const Period& period, const QDate& firstHeld, int from, int to)
{
    QList<Period> result;
    for (int back = from; back < to; ++back) {
        const Period shifted{period.from.addYears(-back), period.to.addYears(-back)};
        if (back > 0 && (!firstHeld.isValid() || shifted.to < firstHeld)) {
            break;
        }
        result.prepend(shifted);
    }
    return result;
}

QList<HeadlineFigures> recentYears(const PeriodFigures& current, const PeriodFigures& previous,
                                   const QDate& firstHeld)
{
    QList<HeadlineFigures> result;
    for (const Period& shifted : yearsBack(current.period, firstHeld, 0, 2)) {
        const TotalFigures& t = (shifted.from == current.period.from ? current : previous).totals;
        HeadlineFigures h;
        h.period = shifted;
        h.sessions = t.sessions;
        h.participants = t.participants;
        h.agentsReached = t.agentsReached;
        h.animators = t.animators;
        h.responseRate = t.responseRate;
        h.satisfaction = t.satisfaction;
        h.usefulSkillsRate = t.usefulSkillsRate;
        result.append(h);
    }
    return result;
}

Result<QList<HeadlineFigures>> olderYears(const QSqlDatabase& db, const Period& period,
                                          qint64 formatId, const QDate& firstHeld)
{
    QList<HeadlineFigures> result;
    for (const Period& shifted : yearsBack(period, firstHeld, 2, kMaximumYears)) {
        HeadlineFigures h;
        h.period = shifted;
        result.append(h);
    }
    const qsizetype count = result.size();
    if (count == 0) {
        return result;
    }
    auto at = [&](int k) -> HeadlineFigures& {
        return result[k];
    };
    QSqlQuery query(db);
    query.setForwardOnly(true);

    // The periods as a table y (k: index in `result`, [f, t)), so that each figure is one grouped
    // query whether the periods overlap or not. Only the loop's own index k is written into
    // the SQL (as a number and in placeholder names); the dates are bound.
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
            const Bounds b = Bounds::of(result.at(k).period, formatId);
            q.bindValue(QStringLiteral(":f%1").arg(k), b.from);
            q.bindValue(QStringLiteral(":t%1").arg(k), b.to);
        }
        if (range) {
            q.bindValue(QStringLiteral(":first"), Bounds::of(result.first().period, 0).from);
            q.bindValue(QStringLiteral(":last"), Bounds::of(result.at(count - 1).period, 0).to);
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
    // a session, by their own date (two queries, each through its own index).
    QList<Answers> answers(count);
    const QStringList responses{
        QStringLiteral("SELECT y.k, ") + answerColumnsSql() +
            QStringLiteral("FROM survey_response r JOIN session s ON s.id = r.session_id "
                           "JOIN action a ON a.id = s.action_id JOIN ") +
            years + QStringLiteral("ON ") + inYear + QStringLiteral("WHERE ") + held +
            QStringLiteral("GROUP BY y.k"),
        QStringLiteral("SELECT y.k, ") + answerColumnsSql() +
            QStringLiteral("FROM survey_response r JOIN ") + years +
            QStringLiteral("ON r.submitted_at >= y.f AND r.submitted_at < y.t "
                           "WHERE r.session_id IS NULL AND (:format = 0 OR r.format_id = :format2) "
                           "GROUP BY y.k")};
    for (const QString& sql : responses) {
        query.prepare(sql);
        bind(query, sql == responses.first());
        if (Status done = execQuery(query); !done) {
            return done.error();
        }
        while (query.next()) {
            answers[query.value(0).toInt()].add(Answers::read(query, 1));
        }
    }
    for (qsizetype k = 0; k < count; ++k) {
        HeadlineFigures& h = result[k];
        h.responseRate = {answers.at(k).responses, h.participants, false};
        h.satisfaction = answers.at(k).satisfaction();
        h.usefulSkillsRate = answers.at(k).usefulSkills();
    }
    return result;
}

} // namespace truc2::dashboard
