// Mixing between services and the animators of the period: DashboardCalculator's pieces that
// look at who met whom.
#include "stats/DashboardQueries.h"
#include "storage/DbValues.h"
#include "storage/SqlError.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <numeric>

namespace truc2::dashboard {
namespace {

struct SessionPresence
{
    QList<qint64> directions; ///< Distinct directions present.
    QHash<qint64, int> presentByDirection;
    int present = 0;
};

} // namespace

Result<MixingFigures> mixing(const QSqlDatabase& db, const Bounds& bounds, const PeriodScan& scan)
{
    MixingFigures result;
    QSqlQuery query(db);
    query.setForwardOnly(true);

    // The held sessions, by date then code, and the persons present at each by direction (none
    // for a person without a service).
    QHash<qint64, qsizetype> sessionIndex;
    for (const HeldSession& s : scan.sessions) {
        SessionMixing m;
        m.sessionId = s.id;
        m.code = s.code;
        m.title = s.title;
        m.formatId = s.formatId;
        m.date = db::toDate(s.startsAt);
        sessionIndex.insert(m.sessionId, result.sessions.size());
        result.sessions.append(m);
    }
    QList<SessionPresence> presence(result.sessions.size());
    QSet<qint64> directionsMet;
    for (const Presence& person : scan.present) {
        SessionPresence& p = presence[person.session];
        ++p.present;
        if (person.directionId != 0) {
            auto found = p.presentByDirection.find(person.directionId);
            if (found == p.presentByDirection.end()) {
                p.directions.append(person.directionId);
                p.presentByDirection.insert(person.directionId, 1);
                directionsMet.insert(person.directionId);
            } else {
                ++*found;
            }
        }
    }

    // The directions of each session's animators (external speakers have none).
    query.prepare(QStringLiteral("SELECT DISTINCT n.session_id, v.direction_id "
                                 "FROM session_animator n JOIN person p ON p.id = n.person_id "
                                 "JOIN service v ON v.id = p.service_id "
                                 "WHERE n.session_id IN (SELECT s.id ") +
                  heldSessionsSql() + QStringLiteral(")"));
    bindBounds(query, bounds);
    if (Status done = execQuery(query); !done) {
        return done.error();
    }
    QHash<qint64, QSet<qint64>> animatorDirections; // by session index
    while (query.next()) {
        if (const auto found = sessionIndex.constFind(query.value(0).toLongLong());
            found != sessionIndex.constEnd()) {
            animatorDirections[*found].insert(query.value(1).toLongLong());
        }
    }

    // The matrix's directions, by name.
    query.prepare(QStringLiteral("SELECT id, name FROM direction"));
    if (Status done = execQuery(query); !done) {
        return done.error();
    }
    QList<std::pair<qint64, QString>> directions;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        if (directionsMet.contains(id)) {
            directions.append({id, query.value(1).toString()});
        }
    }
    const QCollator collator = frenchCollator();
    std::sort(directions.begin(), directions.end(), [&](const auto& a, const auto& b) {
        const int byName = collator.compare(a.second, b.second);
        return byName != 0 ? byName < 0 : a.first < b.first;
    });
    QHash<qint64, qsizetype> directionIndex;
    for (const auto& [id, name] : std::as_const(directions)) {
        directionIndex.insert(id, result.directionIds.size());
        result.directionIds.append(id);
        result.directionNames.append(name);
    }
    result.matrix = QList<QList<int>>(directions.size(), QList<int>(directions.size(), 0));

    int sessionsWithDirections = 0;
    qint64 directionsSum = 0;
    for (qsizetype i = 0; i < result.sessions.size(); ++i) {
        SessionMixing& m = result.sessions[i];
        const SessionPresence& p = presence.at(i);
        m.present = p.present;
        m.directions = int(p.directions.size());
        if (m.directions > 0) {
            ++sessionsWithDirections;
            directionsSum += m.directions;
        }
        const QSet<qint64> ofAnimators = animatorDirections.value(i);
        if (!ofAnimators.isEmpty()) {
            for (auto it = p.presentByDirection.cbegin(); it != p.presentByDirection.cend(); ++it) {
                m.outsideAnimatorDirection.denominator += it.value();
                if (!ofAnimators.contains(it.key())) {
                    m.outsideAnimatorDirection.numerator += it.value();
                }
            }
        }
        result.outsideAnimatorDirection.numerator += m.outsideAnimatorDirection.numerator;
        result.outsideAnimatorDirection.denominator += m.outsideAnimatorDirection.denominator;

        QList<qsizetype> met;
        for (const qint64 direction : p.directions) {
            met.append(directionIndex.value(direction));
        }
        for (const qsizetype a : std::as_const(met)) {
            for (const qsizetype b : std::as_const(met)) {
                ++result.matrix[a][b];
            }
        }
    }
    if (sessionsWithDirections > 0) {
        result.meanDirections = double(directionsSum) / sessionsWithDirections;
    }
    return result;
}

Result<AnimatorSummary> animators(const QSqlDatabase& db, const Bounds& bounds)
{
    AnimatorSummary result;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const QString heldAnimations =
        QStringLiteral("n.session_id IN (SELECT s.id ") + heldSessionsSql() + QStringLiteral(") ");

    query.prepare(QStringLiteral("SELECT n.person_id, p.last_name, p.first_name, COUNT(*) "
                                 "FROM session_animator n JOIN person p ON p.id = n.person_id "
                                 "WHERE ") +
                  heldAnimations +
                  QStringLiteral("GROUP BY n.person_id, p.last_name, p.first_name"));
    bindBounds(query, bounds);
    if (Status done = execQuery(query); !done) {
        return done.error();
    }
    QList<std::pair<QString, QString>> names; // last, first: for the order
    QHash<qint64, qsizetype> indexOf;
    int sessions = 0;
    while (query.next()) {
        AnimatorCredit c;
        c.personId = query.value(0).toLongLong();
        const QString last = query.value(1).toString();
        const QString first = query.value(2).toString();
        c.displayName =
            first.isEmpty() ? last.toUpper() : first + QLatin1Char(' ') + last.toUpper();
        c.sessions = query.value(3).toInt();
        c.isNew = true;
        sessions += c.sessions;
        indexOf.insert(c.personId, result.credits.size());
        result.credits.append(c);
        names.append({last, first});
    }

    // Who animated a held session before the period, in any format: not new to the school.
    query.prepare(QStringLiteral("SELECT x.person_id FROM (SELECT DISTINCT n.person_id "
                                 "FROM session_animator n WHERE ") +
                  heldAnimations +
                  QStringLiteral(") x WHERE EXISTS (SELECT 1 FROM session_animator m "
                                 "JOIN session o ON o.id = m.session_id "
                                 "WHERE m.person_id = x.person_id AND o.status = 'held' "
                                 "AND o.starts_at < :before)"));
    bindBounds(query, bounds);
    query.bindValue(QStringLiteral(":before"), bounds.from);
    if (Status done = execQuery(query); !done) {
        return done.error();
    }
    while (query.next()) {
        if (const auto found = indexOf.constFind(query.value(0).toLongLong());
            found != indexOf.constEnd()) {
            result.credits[*found].isNew = false;
        }
    }

    QList<qsizetype> order(result.credits.size());
    std::iota(order.begin(), order.end(), 0);
    const QCollator collator = frenchCollator();
    std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        if (const int c = collator.compare(names.at(a).first, names.at(b).first); c != 0) {
            return c < 0;
        }
        if (const int c = collator.compare(names.at(a).second, names.at(b).second); c != 0) {
            return c < 0;
        }
        return result.credits.at(a).personId < result.credits.at(b).personId;
    });
    QList<AnimatorCredit> sorted;
    sorted.reserve(order.size());
    for (const qsizetype i : std::as_const(order)) {
        sorted.append(result.credits.at(i));
        result.newAnimators += result.credits.at(i).isNew ? 1 : 0;
    }
    result.credits = std::move(sorted);
    result.animators = int(result.credits.size());
    if (result.animators > 0) {
        result.sessionsPerAnimator = double(sessions) / result.animators;
    }
    return result;
}

} // namespace truc2::dashboard
