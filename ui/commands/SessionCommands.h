#pragma once

#include "commands/EditCommand.h"
#include "domain/Recurrence.h"
#include "domain/Session.h"

#include <optional>

namespace truc2 {
class SessionStore;
}

namespace truc2::ui {

/// Creates a session, or a whole recurring series; undo removes what was created (refused
/// once someone registered), redo brings the sessions back under the same ids and codes.
class AddSessionsCommand : public EditCommand
{
public:
    AddSessionsCommand(SessionStore& store, const Session& session, std::optional<Recurrence> rule,
                       const QString& title);
    /// The sessions created (after the first redo).
    const QList<Session>& sessions() const { return m_sessions; }

protected:
    Status apply() override;
    Status revert() override;

private:
    SessionStore& m_store;
    Session m_pattern;
    std::optional<Recurrence> m_rule;
    QString m_title;
    QList<Session> m_sessions;
};

/// Changes sessions (one, or the rest of a series; a drag in the week view is one too); undo
/// puts the previous values back. Both directions first check that each session still holds
/// what the command expects, so that a change made meanwhile on another workstation is never
/// overwritten.
class EditSessionsCommand : public EditCommand
{
public:
    EditSessionsCommand(SessionStore& store, const QList<Session>& before,
                        const QList<Session>& after, const QString& text);

protected:
    Status apply() override;
    Status revert() override;

private:
    Status save(const QList<Session>& expected, QList<Session>& values);

    SessionStore& m_store;
    QList<Session> m_before;
    QList<Session> m_after;
};

/// The rest of a series changed as one session was: the same shift of start and end, and the
/// same room, capacity, animators and notes; each session keeps its own date and status.
QList<Session> applyToFollowing(const Session& before, const Session& after,
                                const QList<Session>& following);

} // namespace truc2::ui
