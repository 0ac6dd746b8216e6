#include "stats/DashboardFigures.h"
#include "stats/DashboardQueries.h"
#include "storage/Database.h"
#include "storage/DbValues.h"
#include "storage/SettingsStore.h"
#include "storage/SqlError.h"

#include <QCollator>
#include <QHash>
#include <QSet>
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

void Answers::add(const Answers& other)
{
    responses += other.responses;
    satisfactionAnswers += other.satisfactionAnswers;
    satisfactionSum += other.satisfactionSum;
    usefulYes += other.usefulYes;
    usefulAnswers += other.usefulAnswers;
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

TrainingIndicators::Category categoryOf(const QVariant& value)
{
    const QString code = value.toString();
    if (code == QLatin1String("A")) {
        return TrainingIndicators::CategoryA;
    }
    if (code == QLatin1String("B")) {
        return TrainingIndicators::CategoryB;
    }
    if (code == QLatin1String("C")) {
        return TrainingIndicators::CategoryC;
    }
    return TrainingIndicators::NoCategory;
}

TrainingIndicators::Gender genderOf(const QVariant& value)
{
    const QString code = value.toString();
    if (code == QLatin1String("F")) {
        return TrainingIndicators::Women;
    }
    if (code == QLatin1String("M")) {
        return TrainingIndicators::Men;
    }
    return TrainingIndicators::NoGender;
}

Result<PeriodScan> scan(const QSqlDatabase& db, const Bounds& bounds)
{
    PeriodScan result;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT s.id, s.code, a.id, a.title, a.format_id, s.starts_at, "
                                 "s.ends_at, ") +
                  sessionParticipantsSql() + QLatin1Char(' ') + heldSessionsSql() +
                  QStringLiteral("ORDER BY s.starts_at, s.code"));
    bindBounds(query, bounds);
    if (Status done = execQuery(query); !done) {
        return done.error();
    }
    while (query.next()) {
        HeldSession s;
        s.id = query.value(0).toLongLong();
        s.code = query.value(1).toString();
        s.actionId = query.value(2).toLongLong();
        s.title = query.value(3).toString();
        s.formatId = query.value(4).toLongLong();
        s.startsAt = query.value(5).toString();
        s.endsAt = query.value(6).toString();
        s.participants = query.value(7).toInt();
        result.indexOf.insert(s.id, result.sessions.size());
        result.sessions.append(s);
    }

    // The directory once (the reach by direction counts its agents too), then who was present:
    // a lookup of each presence's person in the query would cost more than reading them all.
    query.prepare(QStringLiteral("SELECT p.id, v.direction_id, p.category, p.gender, p.external, "
                                 "p.active FROM person p "
                                 "LEFT JOIN service v ON v.id = p.service_id"));
    if (Status done = execQuery(query); !done) {
        return done.error();
    }
    while (query.next()) {
        Person& person = result.persons[query.value(0).toLongLong()];
        person.directionId = query.value(1).isNull() ? 0 : query.value(1).toLongLong();
        person.category = categoryOf(query.value(2));
        person.gender = genderOf(query.value(3));
        person.external = query.value(4).toInt() != 0;
        person.active = query.value(5).toInt() != 0;
    }
    query.prepare(QStringLiteral("SELECT g.session_id, g.person_id FROM registration g "
                                 "JOIN session s ON s.id = g.session_id "
                                 "JOIN action a ON a.id = s.action_id "
                                 "WHERE g.attendance = 'present' AND ") +
                  heldConditionsSql());
    bindBounds(query, bounds);
    if (Status done = execQuery(query); !done) {
        return done.error();
    }
    while (query.next()) {
        const auto session = result.indexOf.constFind(query.value(0).toLongLong());
        const auto person = result.persons.constFind(query.value(1).toLongLong());
        if (session == result.indexOf.constEnd() || person == result.persons.constEnd()) {
            continue;
        }
        Presence p;
        p.session = *session;
        p.personId = person.key();
        p.directionId = person->directionId;
        p.category = person->category;
        p.gender = person->gender;
        p.external = person->external;
        p.active = person->active;
        result.present.append(p);
    }
    return result;
}

QList<MonthFigures> months(const Period& period, const PeriodScan& scan,
                           const QList<FormatFigures>& formats)
{
    // Every month of the period, zeros included.
    QList<MonthFigures> result;
    const QDate first(period.from.year(), period.from.month(), 1);
    for (QDate month = first; month <= period.to; month = month.addMonths(1)) {
        MonthFigures m;
        m.month = month;
        m.sessions = QList<int>(formats.size(), 0);
        m.participants = QList<int>(formats.size(), 0);
        result.append(m);
    }
    QHash<qint64, qsizetype> formatIndex;
    for (qsizetype i = 0; i < formats.size(); ++i) {
        formatIndex.insert(formats.at(i).formatId, i);
    }
    // "2021-03-…" → its month's index.
    auto monthOf = [&](const QString& startsAt) -> qsizetype {
        const int year = QStringView(startsAt).left(4).toInt();
        const int month = QStringView(startsAt).mid(5, 2).toInt();
        return (year - first.year()) * 12 + month - first.month();
    };
    QList<qsizetype> sessionMonth(scan.sessions.size());
    for (qsizetype i = 0; i < scan.sessions.size(); ++i) {
        const HeldSession& s = scan.sessions.at(i);
        const qsizetype m = monthOf(s.startsAt);
        sessionMonth[i] = m;
        const auto format = formatIndex.constFind(s.formatId);
        if (m < 0 || m >= result.size() || format == formatIndex.constEnd()) {
            continue;
        }
        ++result[m].sessions[*format];
        result[m].participants[*format] += s.participants;
    }

    // Each person reached counts from the month of their first presence in the period.
    QHash<qint64, qsizetype> firstMonth;
    firstMonth.reserve(scan.present.size());
    for (const Presence& p : scan.present) {
        const qsizetype m = sessionMonth.at(p.session);
        auto found = firstMonth.find(p.personId);
        if (found == firstMonth.end()) {
            firstMonth.insert(p.personId, m);
        } else if (m < *found) {
            *found = m;
        }
    }
    QList<int> firstReached(result.size(), 0);
    for (const qsizetype m : std::as_const(firstMonth)) {
        if (m >= 0 && m < result.size()) {
            ++firstReached[m];
        }
    }
    int toDate = 0;
    for (qsizetype i = 0; i < result.size(); ++i) {
        toDate += firstReached.at(i);
        result[i].agentsReachedToDate = toDate;
    }
    return result;
}

Result<QList<DirectionReach>> reachByDirection(const QSqlDatabase& db, const PeriodScan& scan)
{
    // Each direction's active agents today, from the directory the scan read.
    QHash<qint64, int> agents;
    for (const Person& person : scan.persons) {
        if (person.active && !person.external && person.directionId != 0) {
            ++agents[person.directionId];
        }
    }
    QList<DirectionReach> result;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, name FROM direction"));
    if (Status done = execQuery(query); !done) {
        return done.error();
    }
    while (query.next()) {
        DirectionReach r;
        r.directionId = query.value(0).toLongLong();
        r.name = query.value(1).toString();
        r.agents = agents.value(r.directionId);
        if (r.agents > 0) {
            result.append(r);
        }
    }
    const QCollator collator = frenchCollator();
    std::sort(result.begin(), result.end(), [&](const DirectionReach& a, const DirectionReach& b) {
        const int byName = collator.compare(a.name, b.name);
        return byName != 0 ? byName < 0 : a.directionId < b.directionId;
    });
    QHash<qint64, qsizetype> indexOf;
    for (qsizetype i = 0; i < result.size(); ++i) {
        indexOf.insert(result.at(i).directionId, i);
    }
    // Active agents present, each once.
    QSet<qint64> counted;
    for (const Presence& p : scan.present) {
        if (!p.active || p.external || p.directionId == 0 || counted.contains(p.personId)) {
            continue;
        }
        counted.insert(p.personId);
        if (const auto found = indexOf.constFind(p.directionId); found != indexOf.constEnd()) {
            ++result[*found].reached;
        }
    }
    for (DirectionReach& r : result) {
        r.rate = {r.reached, r.agents, false};
    }
    return result;
}

SessionCounts sessionCounts(const PeriodScan& scan, int animators)
{
    SessionCounts counts;
    for (const HeldSession& s : scan.sessions) {
        SessionCounts::Format& f = counts.formats[s.formatId];
        ++f.sessions;
        f.participants += s.participants;
    }
    QHash<qint64, QSet<qint64>> reachedBy; // format → persons
    QSet<qint64> reached;
    for (const Presence& p : scan.present) {
        reachedBy[scan.sessions.at(p.session).formatId].insert(p.personId);
        reached.insert(p.personId);
    }
    for (auto it = reachedBy.cbegin(); it != reachedBy.cend(); ++it) {
        counts.formats[it.key()].agentsReached = int(it->size());
    }
    counts.agentsReached = int(reached.size());
    counts.animators = animators;
    return counts;
}

} // namespace dashboard

DashboardCalculator::DashboardCalculator(const Database& database, const SettingsStore& settings)
    : m_db(database)
    , m_settings(settings)
{}

Result<DashboardFigures> DashboardCalculator::compute(const Period& period, qint64 formatId) const
{
    Result<DashboardFigures> figures = computeRecent(period, formatId);
    if (!figures) {
        return figures;
    }
    Result<QList<HeadlineFigures>> older = olderYears(period, formatId);
    if (!older) {
        return older.error();
    }
    figures->addOlderYears(*older);
    return figures;
}

Result<DashboardFigures> DashboardCalculator::computeRecent(const Period& period,
                                                            qint64 formatId) const
{
    if (Status valid = checkPeriod(period); !valid) {
        return valid.error();
    }
    DashboardFigures figures;
    figures.formatId = formatId;
    const QSqlDatabase db = m_db.connection();
    const dashboard::Bounds bounds = dashboard::Bounds::of(period, formatId);
    auto scan = dashboard::scan(db, bounds);
    if (!scan) {
        return scan.error();
    }
    auto animators = dashboard::animators(db, bounds);
    if (!animators) {
        return animators.error();
    }
    figures.animators = std::move(animators).value();

    // The period's figures from what the scan read; the year before counted by
    // FiguresCalculator itself.
    const FiguresCalculator calculator(m_db, m_settings);
    Result<PeriodFigures> current = calculator.compute(
        period, formatId, dashboard::sessionCounts(*scan, int(figures.animators.credits.size())));
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

    figures.months = dashboard::months(period, *scan, figures.current.formats);
    auto reach = dashboard::reachByDirection(db, *scan);
    if (!reach) {
        return reach.error();
    }
    figures.reachByDirection = std::move(reach).value();
    auto mixing = dashboard::mixing(db, bounds, *scan);
    if (!mixing) {
        return mixing.error();
    }
    figures.mixing = std::move(mixing).value();
    auto actions = dashboard::actions(db, bounds, *scan, figures.current.formats);
    if (!actions) {
        return actions.error();
    }
    figures.actions = std::move(actions).value();
    auto training = dashboard::training(db, bounds, *scan, m_settings.hoursPerDay());
    if (!training) {
        return training.error();
    }
    figures.training = std::move(training).value();
    const Result<QDate> firstHeld = dashboard::firstHeldSession(db, formatId);
    if (!firstHeld) {
        return firstHeld.error();
    }
    figures.years = dashboard::recentYears(figures.current, figures.previous, *firstHeld);
    return figures;
}

Result<QList<HeadlineFigures>> DashboardCalculator::olderYears(const Period& period,
                                                               qint64 formatId) const
{
    if (Status valid = checkPeriod(period); !valid) {
        return valid.error();
    }
    const QSqlDatabase db = m_db.connection();
    const Result<QDate> firstHeld = dashboard::firstHeldSession(db, formatId);
    if (!firstHeld) {
        return firstHeld.error();
    }
    return dashboard::olderYears(db, period, formatId, *firstHeld);
}

} // namespace truc2
