#pragma once

#include "commands/EditCommand.h"
#include "storage/RegistrationStore.h"

#include <QList>

namespace truc2 {
class CatalogueStore;
class SessionStore;
} // namespace truc2

namespace truc2::ui {

/// Registers an agent for a session: a seat, or the end of the waiting list when it is full.
/// Undo takes the registration back (a new one is removed, one that came back to life is
/// cancelled again); redo registers again, as the session stands then.
class RegisterAgentCommand : public EditCommand
{
public:
    RegisterAgentCommand(RegistrationStore& store, qint64 sessionId, qint64 personId,
                         const QString& name);
    /// What the last redo gave.
    const RegistrationOutcome& outcome() const { return m_outcome; }

protected:
    Status apply() override;
    Status revert() override;

private:
    RegistrationStore& m_store;
    qint64 m_sessionId;
    qint64 m_personId;
    RegistrationOutcome m_outcome;
};

/// Cancels an agent's registration for a session; the first agent waiting takes a freed seat
/// (before the session starts). Undo gives the registration its seat or place back and sends
/// the agent it promoted back to the head of the waiting list. The registration is found by
/// session and agent at each redo: undoing and redoing the agent's registration, earlier in
/// the stack, gives it a new id.
class CancelRegistrationCommand : public EditCommand
{
public:
    CancelRegistrationCommand(RegistrationStore& store, qint64 sessionId, qint64 personId,
                              const QString& name);
    /// The registration seated in its place by the last redo, or 0.
    qint64 promotedId() const { return m_cancellation.promotedId; }

protected:
    Status apply() override;
    Status revert() override;

private:
    RegistrationStore& m_store;
    qint64 m_sessionId;
    qint64 m_personId;
    Cancellation m_cancellation;
};

/// Sets how many people a session counted without names (open conferences). Changes made one
/// after another to the same session (the spin box's arrows) are one step of the stack.
class SetHeadcountCommand : public EditCommand
{
public:
    SetHeadcountCommand(SessionStore& store, qint64 sessionId, int before, int after);

    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

protected:
    Status apply() override;
    Status revert() override;

private:
    Status set(int expected, int value);

    SessionStore& m_store;
    qint64 m_sessionId;
    int m_before;
    int m_after;
};

/// Adds members to a closed group, or removes them; undo does the reverse.
class GroupMembersCommand : public EditCommand
{
public:
    GroupMembersCommand(CatalogueStore& store, qint64 formatId, const QList<qint64>& personIds,
                        bool add, const QString& text);

protected:
    Status apply() override;
    Status revert() override;

private:
    Status change(bool add);

    CatalogueStore& m_store;
    qint64 m_formatId;
    QList<qint64> m_personIds;
    bool m_add;
};

} // namespace truc2::ui
