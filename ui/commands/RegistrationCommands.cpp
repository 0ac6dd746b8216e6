#include "commands/RegistrationCommands.h"

#include "storage/CatalogueStore.h"
#include "storage/SessionStore.h"
#include "storage/SqlError.h"

#include <QCoreApplication>

namespace truc2::ui {
RegisterAgentCommand::RegisterAgentCommand(RegistrationStore& store, qint64 sessionId,
                                           qint64 personId, const QString& name)
    : EditCommand(QCoreApplication::translate("RegistrationCommands", "Register %1").arg(name))
    , m_store(store)
    , m_sessionId(sessionId)
    , m_personId(personId)
{}

Status RegisterAgentCommand::apply()
{
    const Result<RegistrationOutcome> done = m_store.registerAgent(m_sessionId, m_personId);
    if (!done) {
        return done.error();
    }
    m_outcome = *done;
    return {};
}

Status RegisterAgentCommand::revert()
{
    const Result<qint64> done = m_outcome.revived ? m_store.cancel(m_outcome.registrationId)
                                                  : m_store.remove(m_outcome.registrationId);
    return done ? Status() : Status(done.error());
}

CancelRegistrationCommand::CancelRegistrationCommand(RegistrationStore& store, qint64 sessionId,
                                                     qint64 personId, const QString& name)
    : EditCommand(
          QCoreApplication::translate("RegistrationCommands", "Cancel the registration of %1")
              .arg(name))
    , m_store(store)
    , m_sessionId(sessionId)
    , m_personId(personId)
{}

Status CancelRegistrationCommand::apply()
{
    const Result<qint64> id = m_store.registrationOf(m_sessionId, m_personId);
    if (!id) {
        return id.error();
    }
    if (*id == 0) {
        return Error{QCoreApplication::translate("RegistrationCommands",
                                                 "This registration no longer exists.")};
    }
    const Result<Cancellation> done = m_store.cancelRegistration(*id);
    if (!done) {
        return done.error();
    }
    m_cancellation = *done;
    return {};
}

Status CancelRegistrationCommand::revert()
{
    return m_store.restore(m_cancellation);
}

SetHeadcountCommand::SetHeadcountCommand(SessionStore& store, qint64 sessionId, int before,
                                         int after)
    : EditCommand(
          QCoreApplication::translate("RegistrationCommands", "Count %1 without names").arg(after))
    , m_store(store)
    , m_sessionId(sessionId)
    , m_before(before)
    , m_after(after)
{}

int SetHeadcountCommand::id() const
{
    return 0x4863; // "Hc": any number of its own
}

bool SetHeadcountCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const SetHeadcountCommand*>(other);
    if (next->m_sessionId != m_sessionId || !next->succeeded() || !succeeded()) {
        return false;
    }
    m_after = next->m_after;
    setText(
        QCoreApplication::translate("RegistrationCommands", "Count %1 without names").arg(m_after));
    return true;
}

Status SetHeadcountCommand::apply()
{
    return set(m_before, m_after);
}

Status SetHeadcountCommand::revert()
{
    return set(m_after, m_before);
}

Status SetHeadcountCommand::set(int expected, int value)
{
    Result<Session> current = m_store.session(m_sessionId);
    if (!current) {
        return current.error();
    }
    if (current->anonymousHeadcount == value) {
        return {};
    }
    if (current->anonymousHeadcount != expected) {
        return changedMeanwhileError();
    }
    current->anonymousHeadcount = value;
    const Result<Session> saved = m_store.update(*current);
    return saved ? Status() : Status(saved.error());
}

GroupMembersCommand::GroupMembersCommand(CatalogueStore& store, qint64 formatId,
                                         const QList<qint64>& personIds, bool add,
                                         const QString& text)
    : EditCommand(text)
    , m_store(store)
    , m_formatId(formatId)
    , m_personIds(personIds)
    , m_add(add)
{}

Status GroupMembersCommand::apply()
{
    return change(m_add);
}

Status GroupMembersCommand::revert()
{
    return change(!m_add);
}

Status GroupMembersCommand::change(bool add)
{
    return add ? m_store.addMembers(m_formatId, m_personIds)
               : m_store.removeMembers(m_formatId, m_personIds);
}

} // namespace truc2::ui
