#pragma once

#include "core/FieldProblem.h"
#include "core/Result.h"
#include "domain/Agent.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSqlQuery>

#include <optional>

namespace truc2 {

class Database;

/// The directory of persons: agents and external speakers.
class AgentStore : public QObject
{
    Q_OBJECT

public:
    explicit AgentStore(Database& database, QObject* parent = nullptr);

    /// Every person with service and direction names, sorted by name.
    Result<QList<AgentRow>> list() const;
    Result<AgentRow> row(qint64 id) const;
    Result<Agent> agent(qint64 id) const;

    /// What is wrong with an agent before it is saved (empty when nothing is).
    QList<FieldProblem> problems(const Agent& agent) const;

    /// Inserts an agent; one with id > 0 comes back under that id (redo of an undone add).
    Result<qint64> insert(const Agent& agent);
    /// Inserts an agent its caller has already checked (the demo, bulk loaders): no per-row
    /// uniqueness query, one prepared statement reused, no signal inside a transaction (the
    /// caller emits reset() once done).
    Result<qint64> insertBulk(const Agent& agent);
    /// Saves an agent read at agent.rowVersion; refused when another workstation changed it.
    Result<Agent> update(const Agent& agent);
    /// Deactivates or reactivates agents, all or none.
    Status setActive(const QList<qint64>& ids, bool active);
    /// Gives each agent its own state (the undo of a change to a mixed selection), all or none.
    Status setActive(const QHash<qint64, bool>& states);
    /// Removes an agent nothing refers to (undo of an add); otherwise says to deactivate.
    Status remove(qint64 id);

    int count() const;

Q_SIGNALS:
    void agentInserted(qint64 id);
    void agentUpdated(qint64 id);
    void agentRemoved(qint64 id);
    /// Many agents changed at once (an import, the demo): read everything again.
    void reset();

private:
    Database& m_db;
    std::optional<QSqlQuery> m_insertBulk;
};

} // namespace truc2
