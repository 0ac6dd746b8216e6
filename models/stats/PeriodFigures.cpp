#include "stats/PeriodFigures.h"

#include "stats/DashboardQueries.h"
#include "storage/Database.h"
#include "storage/DbValues.h"
#include "storage/SettingsStore.h"
#include "storage/SqlError.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace truc2 {
namespace {

using dashboard::Answers;
using dashboard::bindBounds;
using dashboard::Bounds;

/// Responses count for a held session of the period; undated by session, by their own date.
/// Two queries rather than one with OR, so that each is found through its own index (the
/// sessions' start, the responses' session): on a large school a tenth of the time.
const QString kSessionResponses =
    QStringLiteral("FROM survey_response r JOIN session s ON s.id = r.session_id "
                   "JOIN action a ON a.id = s.action_id WHERE ") +
    dashboard::heldConditionsSql();
const QString kUndatedResponses =
    QStringLiteral("FROM survey_response r WHERE r.session_id IS NULL "
                   "AND r.submitted_at >= :from AND r.submitted_at < :to "
                   "AND (:format = 0 OR r.format_id = :format2) ");

/// A response rate is only given when there are participants to divide by; it is not
/// suppressed under five answers, since it names nobody.
Rate responseRate(int responses, int participants)
{
    return {responses, participants, false};
}

} // namespace

Status checkPeriod(const Period& period)
{
    if (!period.isValid()) {
        return Error{QCoreApplication::translate("FiguresCalculator",
                                                 "The period must end on or after its start.")};
    }
    return {};
}

QString sessionParticipantsSql()
{
    return QStringLiteral("(s.anonymous_headcount + (SELECT COUNT(*) FROM registration g "
                          "WHERE g.session_id = s.id AND g.attendance = 'present'))");
}

FiguresCalculator::FiguresCalculator(const Database& database, const SettingsStore& settings)
    : m_db(database)
    , m_settings(settings)
{}

Result<PeriodFigures> FiguresCalculator::compute(const Period& period, qint64 formatId) const
{
    Result<SessionCounts> counts = sessionCounts(period, formatId);
    if (!counts) {
        return counts.error();
    }
    return compute(period, formatId, *counts);
}

Result<SessionCounts> FiguresCalculator::sessionCounts(const Period& period, qint64 formatId) const
{
    if (Status valid = checkPeriod(period); !valid) {
        return valid.error();
    }
    SessionCounts counts;
    const Bounds bounds = Bounds::of(period, formatId);
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);

    // Held sessions and their participants.
    query.prepare(QStringLiteral("SELECT a.format_id, COUNT(*), COALESCE(SUM(") +
                  sessionParticipantsSql() + QStringLiteral("), 0) ") +
                  dashboard::heldSessionsSql() + QStringLiteral("GROUP BY a.format_id"));
    bindBounds(query, bounds);
    if (Status done = execQuery(query); !done) {
        return done.error();
    }
    while (query.next()) {
        SessionCounts::Format& f = counts.formats[query.value(0).toLongLong()];
        f.sessions = query.value(1).toInt();
        f.participants = query.value(2).toInt();
    }

    // Agents reached: distinct persons present, per format and over all formats.
    const QString reached =
        QStringLiteral("FROM registration g JOIN session s ON s.id = g.session_id "
                       "JOIN action a ON a.id = s.action_id WHERE g.attendance = 'present' AND ") +
        dashboard::heldConditionsSql();
    query.prepare(QStringLiteral("SELECT a.format_id, COUNT(DISTINCT g.person_id) ") + reached +
                  QStringLiteral("GROUP BY a.format_id"));
    bindBounds(query, bounds);
    if (Status done = execQuery(query); !done) {
        return done.error();
    }
    while (query.next()) {
        counts.formats[query.value(0).toLongLong()].agentsReached = query.value(1).toInt();
    }
    query.prepare(QStringLiteral("SELECT COUNT(DISTINCT g.person_id) ") + reached);
    bindBounds(query, bounds);
    if (Status done = execQuery(query); !done) {
        return done.error();
    }
    counts.agentsReached = query.next() ? query.value(0).toInt() : 0;

    // Animators: distinct persons animating a held session.
    query.prepare(QStringLiteral("SELECT COUNT(DISTINCT n.person_id) FROM session_animator n "
                                 "WHERE n.session_id IN (SELECT s.id ") +
                  dashboard::heldSessionsSql() + QStringLiteral(")"));
    bindBounds(query, bounds);
    if (Status done = execQuery(query); !done) {
        return done.error();
    }
    counts.animators = query.next() ? query.value(0).toInt() : 0;
    return counts;
}

Result<PeriodFigures> FiguresCalculator::compute(const Period& period, qint64 formatId,
                                                 const SessionCounts& counts) const
{
    if (Status valid = checkPeriod(period); !valid) {
        return valid.error();
    }
    PeriodFigures figures;
    figures.period = period;
    const Bounds bounds = Bounds::of(period, formatId);
    const QSqlDatabase connection = m_db.connection();

    // The formats, in display order, with their sessions' counts.
    QSqlQuery query(connection);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT id, code, name, noun_singular, noun_plural, colour FROM format "
                       "WHERE (:format = 0 OR id = :format2) ORDER BY position, name"));
    query.bindValue(QStringLiteral(":format"), formatId);
    query.bindValue(QStringLiteral(":format2"), formatId);
    if (Status done = execQuery(query); !done) {
        return done.error();
    }
    QHash<qint64, qsizetype> indexOf;
    while (query.next()) {
        FormatFigures f;
        f.formatId = query.value(0).toLongLong();
        f.code = query.value(1).toString();
        f.name = query.value(2).toString();
        f.nounSingular = query.value(3).toString();
        f.nounPlural = query.value(4).toString();
        f.colour = QColor(query.value(5).toString());
        const SessionCounts::Format held = counts.formats.value(f.formatId);
        f.sessions = held.sessions;
        f.participants = held.participants;
        f.agentsReached = held.agentsReached;
        figures.totals.sessions += f.sessions;
        figures.totals.participants += f.participants;
        indexOf.insert(f.formatId, figures.formats.size());
        figures.formats.append(f);
    }
    figures.totals.agentsReached = counts.agentsReached;
    figures.totals.animators = counts.animators;

    // Survey answers, per format and in total (over the formats counted).
    QHash<qint64, Answers> answersOf;
    for (const QString& responses : {kSessionResponses, kUndatedResponses}) {
        const QString format = responses == kSessionResponses ? QStringLiteral("a.format_id")
                                                              : QStringLiteral("r.format_id");
        query.prepare(QStringLiteral("SELECT ") + format + QStringLiteral(", ") +
                      dashboard::answerColumnsSql() + responses + QStringLiteral("GROUP BY ") +
                      format);
        bindBounds(query, bounds);
        if (Status done = execQuery(query); !done) {
            return done.error();
        }
        while (query.next()) {
            answersOf[query.value(0).toLongLong()].add(Answers::read(query, 1));
        }
    }
    Answers total;
    for (auto it = answersOf.cbegin(); it != answersOf.cend(); ++it) {
        total.add(it.value());
        const auto found = indexOf.constFind(it.key());
        if (found == indexOf.constEnd()) {
            continue;
        }
        FormatFigures& f = figures.formats[*found];
        f.responses = it->responses;
        f.satisfactionAnswers = it->satisfactionAnswers;
        f.satisfaction = it->satisfaction();
        f.usefulSkillsRate = it->usefulSkills();
    }
    figures.totals.responses = total.responses;
    figures.totals.satisfactionAnswers = total.satisfactionAnswers;
    figures.totals.satisfaction = total.satisfaction();
    figures.totals.usefulSkillsRate = total.usefulSkills();
    for (FormatFigures& f : figures.formats) {
        f.responseRate = responseRate(f.responses, f.participants);
    }
    figures.totals.responseRate =
        responseRate(figures.totals.responses, figures.totals.participants);

    query.prepare(QStringLiteral("SELECT COUNT(*) FROM person WHERE active = 1 AND external = 0"));
    if (Status done = execQuery(query); !done) {
        return done.error();
    }
    figures.totals.activeAgents = query.next() ? query.value(0).toInt() : 0;

    figures.totals.headcount = m_settings.headcount(period.from.year());
    figures.totals.reachRate = {figures.totals.agentsReached, figures.totals.headcount, false};
    return figures;
}

} // namespace truc2
