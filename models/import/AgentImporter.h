#pragma once

// Importing the directory of agents from the HR system's export: matched by matricule, new
// agents created, changed ones updated, directions and services created as needed, agents
// missing from a full export deactivated on request; all in one transaction.

#include "core/Result.h"
#include "domain/Agent.h"
#include "import/AgentColumns.h"
#include "import/AgentRows.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <utility>

namespace truc2 {

class School;

/// Reports progress (rows written out of the total); returning false cancels, and the import
/// rolls back.
using ImportProgress = std::function<bool(qint64 done, qint64 total)>;

struct AgentImportOptions
{
    /// Deactivate the active agents that have a matricule and are not in the file (the file is
    /// a full export). External speakers and agents without a matricule are never deactivated.
    bool deactivateMissing = false;
    /// Compute the summary without writing anything.
    bool dryRun = false;
};

enum class AgentImportAction
{
    Create,
    Update,
    Unchanged,
    Rejected
};

/// A record of the file, what the import does with it and the agent as it will be stored.
struct PlannedAgent
{
    ImportedAgent row; ///< Its problems include those only the school can tell.
    AgentImportAction action = AgentImportAction::Rejected;
    /// The agent as stored after the import (the existing one with the file's values over it);
    /// serviceId is 0 while its service is still to be created.
    Agent stored;
    QString directionName; ///< As the school will spell them (an existing name wins).
    QString serviceName;
    bool newService = false; ///< The service (and maybe its direction) is created first.
    /// With newService: the index of that service in AgentImportPlan::newServices.
    qsizetype newServiceIndex = -1;
};

/// A record left out, and why.
struct RejectedAgent
{
    qint64 line = 0;
    QString matricule;
    QString name;
    QStringList problems;
};

struct AgentImportSummary
{
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    int deactivated = 0;
    int directionsCreated = 0;
    int servicesCreated = 0;
    QList<RejectedAgent> rejected;
    /// "DUPONT Marie (00123)" for each agent deactivated (or, in a dry run, to be).
    QStringList deactivatedAgents;
    bool dryRun = false;
};

/// What an import would do, read from the school as it is now.
struct AgentImportPlan
{
    QList<PlannedAgent> agents; ///< One per record, in file order.
    /// Active agents with a matricule that the file does not list (deactivated only on request).
    QList<Agent> missing;
    /// Directions and services (direction, service) to create, as the file spells them.
    QStringList newDirections;
    QList<std::pair<QString, QString>> newServices;
    AgentImportSummary summary;
};

class AgentImporter
{
    Q_DECLARE_TR_FUNCTIONS(AgentImporter)

public:
    explicit AgentImporter(School& school);

    /// What importing `rows` (read with `mapping`) would do; reads the school, writes nothing.
    Result<AgentImportPlan> plan(const QList<ImportedAgent>& rows,
                                 const AgentColumnMapping& mapping,
                                 const AgentImportOptions& options = {}) const;

    /// Imports the rows without problems in one transaction and returns the summary; the
    /// store signals follow the commit. A dry run returns the same summary and writes nothing.
    /// A cancel through `progress`, or any failure, leaves the school as it was.
    Result<AgentImportSummary> run(const QList<ImportedAgent>& rows,
                                   const AgentColumnMapping& mapping,
                                   const AgentImportOptions& options = {},
                                   const ImportProgress& progress = {});

private:
    /// Writes what `plan` says, in the transaction run() opened.
    Status write(AgentImportPlan& plan, const AgentImportOptions& options,
                 const ImportProgress& progress);

    School& m_school;
};

} // namespace truc2
