#include "import/AgentImporter.h"

#include "School.h"
#include "core/TextKey.h"
#include "storage/AgentImportStore.h"
#include "storage/AgentStore.h"
#include "storage/BulkLoad.h"
#include "storage/Database.h"
#include "storage/OrganisationStore.h"

#include <QHash>

#include <algorithm>
#include <numeric>
#include <vector>

namespace truc2 {
namespace {

/// Directions and services are matched without regard to case, accents or spacing.
QString nameKey(const QString& name)
{
    return foldedText(name.simplified());
}

QString pairKey(const QString& direction, const QString& service)
{
    return nameKey(direction) + QChar(0x1f) + nameKey(service);
}

QString serviceKey(qint64 directionId, const QString& service)
{
    return QString::number(directionId) + QChar(0x1f) + nameKey(service);
}

/// The school's directions and services, and those the import adds.
class OrganisationIndex
{
public:
    Status load(OrganisationStore& store)
    {
        const Result<QList<Direction>> directions = store.directions();
        if (!directions) {
            return directions.error();
        }
        const Result<QList<Service>> services = store.services();
        if (!services) {
            return services.error();
        }
        QHash<qint64, QString> directionNames;
        for (const Direction& d : *directions) {
            m_directions.insert(nameKey(d.name), d);
            directionNames.insert(d.id, d.name);
        }
        for (const Service& s : *services) {
            m_services.insert(serviceKey(s.directionId, s.name), s);
            m_servicesByName[nameKey(s.name)].append(s);
            m_directionOf.insert(s.id, directionNames.value(s.directionId));
        }
        return {};
    }

    /// Fills the agent's service from the file's direction and service names; false (with the
    /// problem) when the service cannot be placed. A file names few pairs: each is resolved
    /// once.
    bool resolve(PlannedAgent& planned, const QString& direction, const QString& service,
                 AgentImportPlan& plan, QString* problem)
    {
        // The two names as the key, without a string made for each record.
        const std::pair<QString, QString> pair(direction, service);
        auto known = m_resolved.constFind(pair);
        if (known == m_resolved.cend()) {
            Resolution resolution;
            resolution.ok =
                resolveOnce(resolution.placed, direction, service, plan, &resolution.problem);
            known = m_resolved.insert(pair, resolution);
        }
        planned.stored.serviceId = known->placed.stored.serviceId;
        planned.directionName = known->placed.directionName;
        planned.serviceName = known->placed.serviceName;
        planned.newService = known->placed.newService;
        planned.newServiceIndex = known->placed.newServiceIndex;
        *problem = known->problem;
        return known->ok;
    }

private:
    struct Resolution
    {
        PlannedAgent placed;
        bool ok = false;
        QString problem;
    };

    bool resolveOnce(PlannedAgent& planned, const QString& direction, const QString& service,
                     AgentImportPlan& plan, QString* problem)
    {
        Agent& stored = planned.stored;
        planned.newService = false;
        if (direction.isEmpty() && service.isEmpty()) {
            stored.serviceId = 0;
            return true;
        }
        if (direction.isEmpty()) {
            const QList<Service> named = m_servicesByName.value(nameKey(service));
            if (named.size() != 1) {
                *problem = named.isEmpty()
                               ? AgentImporter::tr("The service “%1” has no direction: give it in "
                                                   "the direction column.")
                                     .arg(service)
                               : AgentImporter::tr("Several directions have a service “%1”: give "
                                                   "the direction.")
                                     .arg(service);
                return false;
            }
            stored.serviceId = named.first().id;
            planned.serviceName = named.first().name;
            planned.directionName = m_directionOf.value(stored.serviceId);
            return true;
        }
        // An agent attached to the direction itself belongs to a service of the same name.
        const QString serviceName = service.isEmpty() ? direction : service;
        const auto knownDirection = m_directions.constFind(nameKey(direction));
        if (knownDirection != m_directions.cend()) {
            planned.directionName = knownDirection->name;
            const auto known = m_services.constFind(serviceKey(knownDirection->id, serviceName));
            if (known != m_services.cend()) {
                stored.serviceId = known->id;
                planned.serviceName = known->name;
                return true;
            }
        } else {
            const QString key = nameKey(direction);
            if (!m_newDirections.contains(key)) {
                m_newDirections.insert(key, direction);
                plan.newDirections.append(direction);
            }
            planned.directionName = m_newDirections.value(key);
        }
        const QString key = pairKey(direction, serviceName);
        auto index = m_newServices.constFind(key);
        if (index == m_newServices.cend()) {
            index = m_newServices.insert(key, plan.newServices.size());
            plan.newServices.append({planned.directionName, serviceName});
        }
        planned.serviceName = plan.newServices.at(*index).second;
        planned.newService = true;
        planned.newServiceIndex = *index;
        stored.serviceId = 0;
        return true;
    }

    QHash<std::pair<QString, QString>, Resolution> m_resolved;
    QHash<QString, Direction> m_directions;
    QHash<QString, Service> m_services;
    QHash<QString, QList<Service>> m_servicesByName;
    QHash<qint64, QString> m_directionOf;
    QHash<QString, QString> m_newDirections;
    QHash<QString, qsizetype> m_newServices; ///< Index in AgentImportPlan::newServices.
};

/// The fields of an agent that the file holds, looked up in the mapping once.
struct MappedFields
{
    explicit MappedFields(const AgentColumnMapping& mapping)
        : firstName(mapping.has(AgentField::FirstName))
        , civility(mapping.has(AgentField::Civility))
        , grade(mapping.has(AgentField::Grade))
        , category(mapping.has(AgentField::Category))
        , status(mapping.has(AgentField::Status))
        , email(mapping.has(AgentField::Email))
    {}
    bool firstName;
    bool civility;
    bool grade;
    bool category;
    bool status;
    bool email;
};

/// The existing agent with the file's values over it, for the fields the file holds.
Agent merged(const Agent& existing, const ImportedAgent& row, const MappedFields& mapped)
{
    Agent stored = existing;
    const Agent& read = row.agent;
    stored.matricule = read.matricule;
    stored.lastName = read.lastName;
    if (mapped.firstName) {
        stored.firstName = read.firstName;
    }
    if (mapped.civility) {
        stored.gender = read.gender;
    }
    if (mapped.grade) {
        stored.grade = read.grade;
    }
    if (mapped.category) {
        stored.category = read.category;
    }
    if (mapped.status) {
        stored.status = read.status;
    }
    if (mapped.email) {
        stored.email = read.email;
    }
    stored.active = true; // listed by the HR system: in post
    return stored;
}

RejectedAgent rejectedOf(const ImportedAgent& row)
{
    return {row.line, row.agent.matricule,
            personDisplayName(row.agent.lastName, row.agent.firstName).trimmed(), row.problems};
}

QString deactivatedName(const Agent& agent)
{
    return QStringLiteral("%1 (%2)").arg(agent.displayName(), agent.matricule);
}

/// For each row, the index in `existing` (sorted here by matricule) of the agent with its
/// matricule, or -1. Sorting both sides and walking them together avoids hashing 50,000
/// strings twice (Qt's seeded string hash is the slow part of a plain lookup).
std::vector<qsizetype> matchByMatricule(const QList<ImportedAgent>& rows, QList<Agent>& existing)
{
    if (existing.isEmpty()) { // a new school: nothing to match, nothing to sort
        return std::vector<qsizetype>(static_cast<std::size_t>(rows.size()), -1);
    }
    std::sort(existing.begin(), existing.end(),
              [](const Agent& a, const Agent& b) { return a.matricule < b.matricule; });
    std::vector<qsizetype> order(static_cast<std::size_t>(rows.size()));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&rows](qsizetype a, qsizetype b) {
        return rows.at(a).agent.matricule < rows.at(b).agent.matricule;
    });
    std::vector<qsizetype> matches(order.size(), -1);
    qsizetype e = 0;
    for (const qsizetype r : order) {
        const QString& matricule = rows.at(r).agent.matricule;
        while (e < existing.size() && existing.at(e).matricule < matricule) {
            ++e;
        }
        if (!matricule.isEmpty() && e < existing.size() && existing.at(e).matricule == matricule) {
            matches[static_cast<std::size_t>(r)] = e;
        }
    }
    return matches;
}

constexpr int kProgressStep = 500;

} // namespace

AgentImporter::AgentImporter(School& school)
    : m_school(school)
{}

Result<AgentImportPlan> AgentImporter::plan(const QList<ImportedAgent>& rows,
                                            const AgentColumnMapping& mapping,
                                            const AgentImportOptions& options) const
{
    if (Status usable = mapping.check(); !usable) {
        return usable.error();
    }
    AgentImportStore store(m_school.database());
    Result<QList<Agent>> loaded = store.agentsWithMatricule();
    if (!loaded) {
        return loaded.error();
    }
    QList<Agent>& existing = *loaded;
    const std::vector<qsizetype> matches = matchByMatricule(rows, existing);
    std::vector<bool> listed(static_cast<std::size_t>(existing.size()), false);
    OrganisationIndex organisation;
    if (Status read = organisation.load(m_school.organisation()); !read) {
        return read.error();
    }
    const bool placesAgents =
        mapping.has(AgentField::Direction) || mapping.has(AgentField::Service);
    const MappedFields mapped(mapping);

    AgentImportPlan plan;
    AgentImportSummary& summary = plan.summary;
    summary.dryRun = options.dryRun;
    plan.agents.reserve(rows.size());
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const ImportedAgent& row = rows.at(r);
        const qsizetype match = matches[static_cast<std::size_t>(r)];
        const bool known = match >= 0;
        if (known) {
            listed[static_cast<std::size_t>(match)] = true;
        }
        PlannedAgent planned;
        planned.row = row;
        planned.stored = merged(known ? existing.at(match) : Agent{}, row, mapped);
        if (placesAgents && !row.rejected()) {
            QString problem;
            if (!organisation.resolve(planned, row.directionName, row.serviceName, plan,
                                      &problem)) {
                planned.row.problems.append(problem);
            }
        }
        if (planned.row.rejected()) {
            planned.action = AgentImportAction::Rejected;
            summary.rejected.append(rejectedOf(planned.row));
        } else if (!known) {
            planned.action = AgentImportAction::Create;
            ++summary.created;
        } else if (planned.stored == existing.at(match) && !planned.newService) {
            planned.action = AgentImportAction::Unchanged;
            ++summary.unchanged;
        } else {
            planned.action = AgentImportAction::Update;
            ++summary.updated;
        }
        plan.agents.append(std::move(planned));
    }

    for (qsizetype i = 0; i < existing.size(); ++i) {
        const Agent& agent = existing.at(i);
        if (agent.active && !agent.external && !listed[static_cast<std::size_t>(i)]) {
            plan.missing.append(agent);
        }
    }
    if (options.deactivateMissing) {
        if (summary.created + summary.updated + summary.unchanged == 0 && !plan.missing.isEmpty()) {
            return Error{tr("No agent of this file can be imported: the agents missing from it "
                            "are not deactivated. Check the file and its columns.")};
        }
        summary.deactivated = static_cast<int>(plan.missing.size());
        for (const Agent& agent : std::as_const(plan.missing)) {
            summary.deactivatedAgents.append(deactivatedName(agent));
        }
    }
    summary.directionsCreated = static_cast<int>(plan.newDirections.size());
    summary.servicesCreated = static_cast<int>(plan.newServices.size());
    return plan;
}

Result<AgentImportSummary> AgentImporter::run(const QList<ImportedAgent>& rows,
                                              const AgentColumnMapping& mapping,
                                              const AgentImportOptions& options,
                                              const ImportProgress& progress)
{
    Database& db = m_school.database();
    if (options.dryRun) {
        Result<AgentImportPlan> planned = plan(rows, mapping, options);
        if (!planned) {
            return planned.error();
        }
        return planned->summary;
    }
    if (db.isReadOnly()) {
        return Error{tr("This school is open read-only: the agents cannot be imported.")};
    }
    AgentImportSummary summary;
    Status done = db.transaction([&]() -> Status {
        Result<AgentImportPlan> computed = plan(rows, mapping, options);
        if (!computed) {
            return computed.error();
        }
        summary = computed->summary;
        // A first file of a large municipality: person's indexes by name and by service are
        // built after its rows.
        return loadInBulk(db, QStringLiteral("person"),
                          {QStringLiteral("person_name"), QStringLiteral("person_service")},
                          summary.created, [&] { return write(*computed, options, progress); });
    });
    if (!done) {
        return done.error();
    }
    return summary;
}

Status AgentImporter::write(AgentImportPlan& p, const AgentImportOptions& options,
                            const ImportProgress& progress)
{
    Database& db = m_school.database();
    const AgentImportSummary& summary = p.summary;
    const qint64 total =
        summary.created + summary.updated + summary.deactivated + summary.servicesCreated;
    qint64 written = 0;
    qint64 reported = 0;
    const auto advance = [&](qint64 count) -> Status {
        written += count;
        if (progress && (written - reported >= kProgressStep || written == total)) {
            reported = written;
            if (!progress(written, total)) {
                return Error{tr("The import was cancelled: nothing was changed.")};
            }
        }
        return {};
    };
    if (progress && !progress(0, total)) {
        return Error{tr("The import was cancelled: nothing was changed.")};
    }

    // Services (and their new directions) first, then the agents placed in them.
    OrganisationStore& organisation = m_school.organisation();
    std::vector<qint64> serviceIds; // by index in p.newServices
    serviceIds.reserve(static_cast<std::size_t>(p.newServices.size()));
    for (const auto& [direction, service] : std::as_const(p.newServices)) {
        const Result<qint64> id = organisation.ensureService(direction, service);
        if (!id) {
            return id.error();
        }
        serviceIds.push_back(*id);
        if (Status step = advance(1); !step) {
            return step;
        }
    }

    AgentImportStore store(db);
    QList<Agent> batch;
    constexpr qsizetype kBatch = 1024;
    batch.reserve(kBatch);
    const auto flush = [&]() -> Status {
        if (batch.isEmpty()) {
            return {};
        }
        if (Status inserted = store.insert(batch); !inserted) {
            return inserted;
        }
        const qsizetype count = batch.size();
        batch.clear();
        return advance(count);
    };
    for (PlannedAgent& planned : p.agents) {
        if (planned.action != AgentImportAction::Create &&
            planned.action != AgentImportAction::Update) {
            continue;
        }
        if (planned.newService) {
            planned.stored.serviceId =
                serviceIds.at(static_cast<std::size_t>(planned.newServiceIndex));
        }
        if (planned.action == AgentImportAction::Create) {
            batch.append(std::move(planned.stored)); // the plan is not read again
            if (batch.size() == kBatch) {
                if (Status step = flush(); !step) {
                    return step;
                }
            }
            continue;
        }
        if (Status saved = store.update(planned.stored); !saved) {
            return Error{tr("Line %1: %2").arg(planned.row.line).arg(saved.errorMessage())};
        }
        if (Status step = advance(1); !step) {
            return step;
        }
    }
    if (Status step = flush(); !step) {
        return step;
    }
    if (options.deactivateMissing) {
        for (const Agent& agent : std::as_const(p.missing)) {
            if (Status saved = store.deactivate(agent.id, agent.rowVersion); !saved) {
                return saved;
            }
            if (Status step = advance(1); !step) {
                return step;
            }
        }
    }
    if (summary.created + summary.updated + summary.deactivated > 0) {
        AgentStore* agents = &m_school.agents();
        db.afterCommit([agents] { Q_EMIT agents->reset(); });
    }
    return {};
}

} // namespace truc2
