#include "commands/AgentCommands.h"

#include "storage/AgentStore.h"
#include "storage/SqlError.h"

#include <QCoreApplication>

namespace truc2::ui {

AddAgentCommand::AddAgentCommand(AgentStore& store, const Agent& agent)
    : EditCommand(QCoreApplication::translate("AgentCommands", "Add %1").arg(agent.displayName()))
    , m_store(store)
    , m_agent(agent)
{}

Status AddAgentCommand::apply()
{
    const Result<qint64> id = m_store.insert(m_agent);
    if (!id) {
        return id.error();
    }
    m_agent.id = *id;
    m_agent.rowVersion = 1;
    return {};
}

Status AddAgentCommand::revert()
{
    return m_store.remove(m_agent.id);
}

EditAgentCommand::EditAgentCommand(AgentStore& store, const Agent& before, const Agent& after)
    : EditCommand(QCoreApplication::translate("AgentCommands", "Edit %1").arg(after.displayName()))
    , m_store(store)
    , m_before(before)
    , m_after(after)
{}

Status EditAgentCommand::save(const Agent& expected, Agent& values)
{
    const Result<Agent> current = m_store.agent(values.id);
    if (!current) {
        return current.error();
    }
    Agent comparable = expected;
    comparable.rowVersion = current->rowVersion;
    if (!(*current == comparable)) {
        return changedMeanwhileError();
    }
    values.rowVersion = current->rowVersion;
    if (const Result<Agent> saved = m_store.update(values); !saved) {
        return saved.error();
    }
    // Keep the values as the store holds them (trimmed, NULLs read back as empty), which is
    // what the other direction will expect to find.
    const Result<Agent> stored = m_store.agent(values.id);
    if (stored) {
        values = *stored;
    }
    return {};
}

Status EditAgentCommand::apply()
{
    return save(m_before, m_after);
}

Status EditAgentCommand::revert()
{
    return save(m_after, m_before);
}

SetAgentsActiveCommand::SetAgentsActiveCommand(AgentStore& store, const QHash<qint64, bool>& before,
                                               bool active)
    : EditCommand(active ? QCoreApplication::translate("AgentCommands", "Reactivate %n agent(s)",
                                                       nullptr, int(before.size()))
                         : QCoreApplication::translate("AgentCommands", "Deactivate %n agent(s)",
                                                       nullptr, int(before.size())))
    , m_store(store)
    , m_before(before)
    , m_active(active)
{}

Status SetAgentsActiveCommand::apply()
{
    return m_store.setActive(m_before.keys(), m_active);
}

Status SetAgentsActiveCommand::revert()
{
    return m_store.setActive(m_before);
}

} // namespace truc2::ui
