#include "storage/DocumentSources.h"

#include "core/TextKey.h"
#include "storage/Database.h"
#include "storage/DbValues.h"
#include "storage/SqlError.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace truc2 {
namespace {

/// The bounds of a period as stored text: from its first day's start to the next day's.
QVariant periodStart(const QDate& from)
{
    return db::fromDateTime(from.startOfDay());
}

QVariant periodEnd(const Period& period)
{
    return db::fromDateTime(period.to.addDays(1).startOfDay());
}

DatedSession datedFromQuery(const QSqlQuery& q, int first)
{
    DatedSession s;
    s.code = q.value(first).toString();
    s.startsAt = db::toDateTime(q.value(first + 1));
    s.endsAt = db::toDateTime(q.value(first + 2));
    s.location = q.value(first + 3).toString();
    return s;
}

} // namespace

DocumentSources::DocumentSources(const Database& database, const SettingsStore& settings)
    : m_db(database)
    , m_settings(settings)
{}

Result<BrochureSource> DocumentSources::catalogueBrochure(const Period& year,
                                                          const QDate& sessionsFrom) const
{
    if (!year.isValid()) {
        return Error{tr("The school year must end on or after its start.")};
    }
    BrochureSource source;
    source.year = year;
    source.sessionsFrom = std::max(year.from, sessionsFrom);
    Result<SchoolIdentity> identity = m_settings.identity();
    if (!identity) {
        return identity.error();
    }
    source.identity = std::move(identity).value();

    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral(
        "SELECT id, code, name, noun_singular, noun_plural, colour, registration_mode, position "
        "FROM format WHERE active = 1 ORDER BY position, name"));
    if (Status done = execQuery(query); !done) {
        return done.error();
    }
    QList<BrochureSection> sections;
    QHash<qint64, qsizetype> sectionOf;
    while (query.next()) {
        BrochureSection section;
        Format& f = section.format;
        f.id = query.value(0).toLongLong();
        f.code = query.value(1).toString();
        f.name = query.value(2).toString();
        f.nounSingular = query.value(3).toString();
        f.nounPlural = query.value(4).toString();
        f.colour = QColor(query.value(5).toString());
        f.registrationMode = registrationModeFromCode(query.value(6).toString());
        f.position = query.value(7).toInt();
        sectionOf.insert(f.id, sections.size());
        sections.append(section);
    }

    query.prepare(
        QStringLiteral("SELECT id, format_id, title, summary, objectives, audience, prerequisites, "
                       "duration_minutes, default_capacity, tags FROM action WHERE active = 1"));
    if (Status done = execQuery(query); !done) {
        return done.error();
    }
    // Where each action sits: its section, its row there.
    QHash<qint64, std::pair<qsizetype, qsizetype>> placeOf;
    while (query.next()) {
        const auto section = sectionOf.constFind(query.value(1).toLongLong());
        if (section == sectionOf.constEnd()) {
            continue; // a retired format
        }
        BrochureAction entry;
        Action& a = entry.action;
        a.id = query.value(0).toLongLong();
        a.formatId = query.value(1).toLongLong();
        a.title = query.value(2).toString();
        a.summary = query.value(3).toString();
        a.objectives = query.value(4).toString();
        a.audience = query.value(5).toString();
        a.prerequisites = query.value(6).toString();
        a.durationMinutes = query.value(7).toInt();
        a.defaultCapacity = query.value(8).toInt();
        a.tags = query.value(9).toString();
        sections[*section].actions.append(entry);
    }
    // Titles in reading order on every backend (É with E), whatever the server's collation.
    for (BrochureSection& section : sections) {
        std::stable_sort(section.actions.begin(), section.actions.end(),
                         [](const BrochureAction& a, const BrochureAction& b) {
                             return foldedText(a.action.title) < foldedText(b.action.title);
                         });
        for (qsizetype row = 0; row < section.actions.size(); ++row) {
            placeOf.insert(section.actions[row].action.id,
                           {sectionOf.value(section.format.id), row});
        }
    }

    query.prepare(QStringLiteral(
        "SELECT s.action_id, s.code, s.starts_at, s.ends_at, s.location FROM session s "
        "WHERE s.status <> 'cancelled' AND s.starts_at >= :from AND s.starts_at < :to "
        "ORDER BY s.starts_at, s.code"));
    query.bindValue(QStringLiteral(":from"), periodStart(source.sessionsFrom));
    query.bindValue(QStringLiteral(":to"), periodEnd(year));
    if (Status done = execQuery(query); !done) {
        return done.error();
    }
    while (query.next()) {
        const auto place = placeOf.constFind(query.value(0).toLongLong());
        if (place != placeOf.constEnd()) {
            sections[place->first].actions[place->second].sessions.append(datedFromQuery(query, 1));
        }
    }

    for (BrochureSection& section : sections) {
        if (!section.actions.isEmpty()) {
            source.sections.append(std::move(section));
        }
    }
    return source;
}

Result<AnimatorAttestationSource> DocumentSources::animatorAttestation(qint64 personId,
                                                                       const Period& period) const
{
    if (!period.isValid()) {
        return Error{tr("The period must end on or after its start.")};
    }
    AnimatorAttestationSource source;
    source.period = period;
    source.personId = personId;
    Result<SchoolIdentity> identity = m_settings.identity();
    if (!identity) {
        return identity.error();
    }
    source.identity = std::move(identity).value();

    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral(
        "SELECT p.first_name, p.last_name, p.external, p.organisation, d.name, v.name "
        "FROM person p LEFT JOIN service v ON v.id = p.service_id "
        "LEFT JOIN direction d ON d.id = v.direction_id WHERE p.id = :id"));
    query.bindValue(QStringLiteral(":id"), personId);
    if (Status done = execQuery(query); !done) {
        return done.error();
    }
    if (!query.next()) {
        return Error{tr("This person is no longer in the directory.")};
    }
    source.firstName = query.value(0).toString();
    source.lastName = query.value(1).toString();
    source.external = query.value(2).toBool();
    source.organisation = query.value(3).toString();
    source.directionName = query.value(4).toString();
    source.serviceName = query.value(5).toString();

    query.prepare(
        QStringLiteral("SELECT s.code, s.starts_at, s.ends_at, s.location, a.title, f.name, ") +
        sessionParticipantsSql() +
        QStringLiteral(" FROM session_animator n JOIN session s ON s.id = n.session_id "
                       "JOIN action a ON a.id = s.action_id JOIN format f ON f.id = a.format_id "
                       "WHERE n.person_id = :person AND s.status = 'held' AND s.starts_at >= :from "
                       "AND s.starts_at < :to ORDER BY s.starts_at, s.code"));
    query.bindValue(QStringLiteral(":person"), personId);
    query.bindValue(QStringLiteral(":from"), periodStart(period.from));
    query.bindValue(QStringLiteral(":to"), periodEnd(period));
    if (Status done = execQuery(query); !done) {
        return done.error();
    }
    while (query.next()) {
        AnimatedSession animated;
        animated.session = datedFromQuery(query, 0);
        animated.actionTitle = query.value(4).toString();
        animated.formatName = query.value(5).toString();
        animated.participants = query.value(6).toInt();
        source.sessions.append(animated);
    }
    return source;
}

Result<std::pair<QDate, QDate>> DocumentSources::sessionSpan() const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT MIN(starts_at), MAX(starts_at) FROM session"));
    if (Status done = execQuery(query); !done) {
        return done.error();
    }
    if (!query.next()) {
        return std::pair<QDate, QDate>{};
    }
    return std::pair{db::toDate(query.value(0)), db::toDate(query.value(1))};
}

} // namespace truc2
