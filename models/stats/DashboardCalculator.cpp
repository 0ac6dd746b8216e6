#include "stats/DashboardFigures.h"
#include "stats/DashboardQueries.h"
#include "storage/Database.h"
#include "storage/DbValues.h"
#include "storage/SettingsStore.h"
#include "storage/SqlError.h"

#include <QCollator>
#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace truc2 {
namespace dashboard {

Bounds Bounds::of(const Period& period, qint64 formatId)
{
    return {db::fromDateTime(period.from.startOfDay()),
            db::fromDateTime(period.to.addDays(1).startOfDay()), formatId};
}

QString heldConditionsSql()
{
    return QStringLiteral("s.status = 'held' AND s.starts_at >= :from AND s.starts_at < :to "
                          "AND (:format = 0 OR a.format_id = :format2) ");
}

QString heldSessionsSql()
{
    return QStringLiteral("FROM session s JOIN action a ON a.id = s.action_id WHERE ") +
           heldConditionsSql();
}

void bindBounds(QSqlQuery& query, const Bounds& bounds)
{
    query.bindValue(QStringLiteral(":from"), bounds.from);
    query.bindValue(QStringLiteral(":to"), bounds.to);
    query.bindValue(QStringLiteral(":format"), bounds.formatId);
    query.bindValue(QStringLiteral(":format2"), bounds.formatId);
}

std::optional<double> Answers::satisfaction() const
{
    if (satisfactionAnswers < kMinimumAnswers) {
        return std::nullopt;
    }
    return satisfactionSum / satisfactionAnswers;
}

Rate Answers::usefulSkills() const
{
    return {usefulYes, usefulAnswers, usefulAnswers < kMinimumAnswers};
}

QCollator frenchCollator()
{
    QCollator collator{QLocale(QLocale::French, QLocale::France)};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    return collator;
}

Answers Answers::read(const QSqlQuery& query, int first)
{
    Answers a;
    a.responses = query.value(first).toInt();
    a.satisfactionAnswers = query.value(first + 1).toInt();
    a.satisfactionSum = query.value(first + 2).toDouble();
    a.usefulYes = query.value(first + 3).toInt();
    a.usefulAnswers = query.value(first + 4).toInt();
    return a;
}

QString answerColumnsSql()
{
    return QStringLiteral("COUNT(*), COUNT(r.satisfaction), COALESCE(SUM(r.satisfaction), 0), "
                          "COALESCE(SUM(CASE WHEN r.useful_skills = 1 THEN 1 ELSE 0 END), 0), "
                          "COUNT(r.useful_skills) ");
}

Result<QList<MonthFigures>> months(const QSqlDatabase& db, const Period& period,
                                   const Bounds& bounds, const QList<FormatFigures>& formats)
{
    // Every month of the period, zeros included.
    QList<MonthFigures> result;
    QHash<QString, qsizetype> monthIndex; // "2021-03"
    for (QDate month(period.from.year(), period.from.month(), 1); month <= period.to;
         month = month.addMonths(1)) {
        MonthFigures m;
        m.month = month;
        m.sessions = QList<int>(formats.size(), 0);
        m.participants = QList<int>(formats.size(), 0);
        monthIndex.insert(month.toString(QStringLiteral("yyyy-MM")), result.size());
        result.append(m);
    }
    QHash<qint64, qsizetype> formatIndex;
    for (qsizetype i = 0; i < formats.size(); ++i) {
        formatIndex.insert(formats.at(i).formatId, i);
    }

    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT substr(s.starts_at, 1, 7), a.format_id, COUNT(*), "
                                 "COALESCE(SUM(") +
                  sessionParticipantsSql() + QStringLiteral("), 0) ") + heldSessionsSql() +
                  QStringLiteral("GROUP BY substr(s.starts_at, 1, 7), a.format_id"));
    bindBounds(query, bounds);
    if (Status done = execQuery(query); !done) {
        return done.error();
    }
    while (query.next()) {
        const auto month = monthIndex.constFind(query.value(0).toString());
        const auto format = formatIndex.constFind(query.value(1).toLongLong());
        if (month == monthIndex.constEnd() || format == formatIndex.constEnd()) {
            continue;
        }
        result[*month].sessions[*format] = query.value(2).toInt();
        result[*month].participants[*format] = query.value(3).toInt();
    }

    // Each person reached counts from the month of their first presence in the period.
    query.prepare(
        QStringLiteral("SELECT substr(t.first_at, 1, 7), COUNT(*) FROM (SELECT g.person_id, "
                       "MIN(s.starts_at) AS first_at FROM registration g "
                       "JOIN session s ON s.id = g.session_id JOIN action a ON a.id = s.action_id "
                       "WHERE g.attendance = 'present' AND ") +
        heldConditionsSql() +
        QStringLiteral("GROUP BY g.person_id) t GROUP BY substr(t.first_at, 1, 7)"));
    bindBounds(query, bounds);
    if (Status done = execQuery(query); !done) {
        return done.error();
    }
    QList<int> firstReached(result.size(), 0);
    while (query.next()) {
        if (const auto month = monthIndex.constFind(query.value(0).toString());
            month != monthIndex.constEnd()) {
            firstReached[*month] = query.value(1).toInt();
        }
    }
    int toDate = 0;
    for (qsizetype i = 0; i < result.size(); ++i) {
        toDate += firstReached.at(i);
        result[i].agentsReachedToDate = toDate;
    }
    return result;
}

Result<QList<DirectionReach>> reachByDirection(const QSqlDatabase& db, const Bounds& bounds)
{
    QList<DirectionReach> result;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT d.id, d.name, COUNT(*) FROM person p JOIN service v ON v.id = p.service_id "
        "JOIN direction d ON d.id = v.direction_id WHERE p.active = 1 AND p.external = 0 "
        "GROUP BY d.id, d.name"));
    if (Status done = execQuery(query); !done) {
        return done.error();
    }
    QHash<qint64, qsizetype> indexOf;
    while (query.next()) {
        DirectionReach r;
        r.directionId = query.value(0).toLongLong();
        r.name = query.value(1).toString();
        r.agents = query.value(2).toInt();
        result.append(r);
    }
    const QCollator collator = frenchCollator();
    std::sort(result.begin(), result.end(), [&](const DirectionReach& a, const DirectionReach& b) {
        const int byName = collator.compare(a.name, b.name);
        return byName != 0 ? byName < 0 : a.directionId < b.directionId;
    });
    for (qsizetype i = 0; i < result.size(); ++i) {
        indexOf.insert(result.at(i).directionId, i);
    }

    query.prepare(
        QStringLiteral("SELECT v.direction_id, COUNT(DISTINCT g.person_id) FROM registration g "
                       "JOIN session s ON s.id = g.session_id JOIN action a ON a.id = s.action_id "
                       "JOIN person p ON p.id = g.person_id JOIN service v ON v.id = p.service_id "
                       "WHERE g.attendance = 'present' AND p.active = 1 AND p.external = 0 AND ") +
        heldConditionsSql() + QStringLiteral("GROUP BY v.direction_id"));
    bindBounds(query, bounds);
    if (Status done = execQuery(query); !done) {
        return done.error();
    }
    while (query.next()) {
        if (const auto found = indexOf.constFind(query.value(0).toLongLong());
            found != indexOf.constEnd()) {
            result[*found].reached = query.value(1).toInt();
        }
    }
    for (DirectionReach& r : result) {
        r.rate = {r.reached, r.agents, false};
    }
    return result;
}

} // namespace dashboard

DashboardCalculator::DashboardCalculator(const Database& database, const SettingsStore& settings)
    : m_db(database)
    , m_settings(settings)
{}

Result<DashboardFigures> DashboardCalculator::compute(const Period& period, qint64 formatId) const
{
    if (!period.isValid()) {
        return Error{QCoreApplication::translate("FiguresCalculator",
                                                 "The period must end on or after its start.")};
    }
    DashboardFigures figures;
    figures.formatId = formatId;
    const FiguresCalculator calculator(m_db, m_settings);
    Result<PeriodFigures> current = calculator.compute(period, formatId);
    if (!current) {
        return current.error();
    }
    figures.current = std::move(current).value();
    const Period before{period.from.addYears(-1), period.to.addYears(-1)};
    Result<PeriodFigures> previous = calculator.compute(before, formatId);
    if (!previous) {
        return previous.error();
    }
    figures.previous = std::move(previous).value();

    const QSqlDatabase db = m_db.connection();
    const dashboard::Bounds bounds = dashboard::Bounds::of(period, formatId);
    auto months = dashboard::months(db, period, bounds, figures.current.formats);
    if (!months) {
        return months.error();
    }
    figures.months = std::move(months).value();
    auto reach = dashboard::reachByDirection(db, bounds);
    if (!reach) {
        return reach.error();
    }
    figures.reachByDirection = std::move(reach).value();
    auto mixing = dashboard::mixing(db, bounds);
    if (!mixing) {
        return mixing.error();
    }
    figures.mixing = std::move(mixing).value();
    auto animators = dashboard::animators(db, bounds);
    if (!animators) {
        return animators.error();
    }
    figures.animators = std::move(animators).value();
    auto actions = dashboard::actions(db, bounds);
    if (!actions) {
        return actions.error();
    }
    figures.actions = std::move(actions).value();
    auto training = dashboard::training(db, bounds, m_settings.hoursPerDay());
    if (!training) {
        return training.error();
    }
    figures.training = std::move(training).value();
    auto years = dashboard::years(db, period, formatId);
    if (!years) {
        return years.error();
    }
    figures.years = std::move(years).value();
    return figures;
}

} // namespace truc2
