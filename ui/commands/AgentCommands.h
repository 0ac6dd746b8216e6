#pragma once

#include "commands/EditCommand.h"
#include "domain/Agent.h"

#include <QHash>
#include <QList>

namespace truc2 {
class AgentStore;
}

namespace truc2::ui {

/// Adds an agent; undo removes it, redo brings it back under the same id.
class AddAgentCommand : public EditCommand
{
public:
    AddAgentCommand(AgentStore& store, const Agent& agent);
    qint64 agentId() const { return m_agent.id; }

protected:
    Status apply() override;
    Status revert() override;

private:
    AgentStore& m_store;
    Agent m_agent;
};

/// Changes an agent; undo puts the previous values back. Either direction first checks that
/// the row still holds what this command expects there, so that it never overwrites a change
/// made meanwhile on another workstation (yet other commands of this stack that were undone
/// in between, and bumped the row's version, do not stand in its way).
class EditAgentCommand : public EditCommand
{
public:
    EditAgentCommand(AgentStore& store, const Agent& before, const Agent& after);

protected:
    Status apply() override;
    Status revert() override;

private:
    Status save(const Agent& expected, Agent& values);

    AgentStore& m_store;
    Agent m_before;
    Agent m_after;
};

/// Deactivates or reactivates agents (never deletes them: their history stays); undo gives
/// each agent back the state it had, whatever the selection mixed.
class SetAgentsActiveCommand : public EditCommand
{
public:
    /// `before`: each selected agent and whether it was active.
    SetAgentsActiveCommand(AgentStore& store, const QHash<qint64, bool>& before, bool active);

protected:
    Status apply() override;
    Status revert() override;

private:
    AgentStore& m_store;
    QHash<qint64, bool> m_before;
    bool m_active;
};

} // namespace truc2::ui
