#include "commands/SessionCommands.h"

#include "storage/SessionStore.h"
#include "storage/SqlError.h"

#include <QCoreApplication>

namespace truc2::ui {

AddSessionsCommand::AddSessionsCommand(SessionStore& store, const Session& session,
                                       std::optional<Recurrence> rule, const QString& title)
    : EditCommand(
          rule ? QCoreApplication::translate("SessionCommands", "Plan the series %1").arg(title)
               : QCoreApplication::translate("SessionCommands", "Plan %1").arg(title))
    , m_store(store)
    , m_pattern(session)
    , m_rule(std::move(rule))
    , m_title(title)
{}

Status AddSessionsCommand::apply()
{
    if (!m_sessions.isEmpty()) {
        const Result<QList<Session>> again = m_store.insert(m_sessions);
        return again ? Status() : Status(again.error());
    }
    const Result<QList<Session>> created = m_rule
                                               ? m_store.insertSeries(m_pattern, *m_rule, m_title)
                                               : [this]() -> Result<QList<Session>> {
        const Result<Session> one = m_store.insert(m_pattern);
        if (!one) {
            return one.error();
        }
        return QList<Session>{*one};
    }();
    if (!created) {
        return created.error();
    }
    m_sessions = *created;
    return {};
}

Status AddSessionsCommand::revert()
{
    QList<qint64> ids;
    for (const Session& s : std::as_const(m_sessions)) {
        ids.append(s.id);
    }
    return m_store.remove(ids);
}

EditSessionsCommand::EditSessionsCommand(SessionStore& store, const QList<Session>& before,
                                         const QList<Session>& after, const QString& text)
    : EditCommand(text)
    , m_store(store)
    , m_before(before)
    , m_after(after)
{
    Q_ASSERT(before.size() == after.size());
}

Status EditSessionsCommand::save(const QList<Session>& expected, QList<Session>& values)
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        const Result<Session> current = m_store.session(values[i].id);
        if (!current) {
            return current.error();
        }
        Session comparable = expected.at(i);
        comparable.rowVersion = current->rowVersion;
        comparable.sequence = current->sequence;
        if (!(*current == comparable)) {
            return changedMeanwhileError();
        }
        values[i].rowVersion = current->rowVersion;
    }
    const Result<QList<Session>> saved = m_store.update(values);
    if (!saved) {
        return saved.error();
    }
    values = *saved; // as the store holds them: what the other direction expects to find
    return {};
}

Status EditSessionsCommand::apply()
{
    return save(m_before, m_after);
}

Status EditSessionsCommand::revert()
{
    return save(m_after, m_before);
}

QList<Session> applyToFollowing(const Session& before, const Session& after,
                                const QList<Session>& following)
{
    const qint64 startShift = before.startsAt.time().secsTo(after.startsAt.time());
    const qint64 duration = after.startsAt.secsTo(after.endsAt);
    QList<Session> changed;
    for (Session s : following) {
        if (s.id == after.id) {
            changed.append(after);
            continue;
        }
        s.startsAt = s.startsAt.addSecs(startShift);
        s.endsAt = s.startsAt.addSecs(duration);
        s.actionId = after.actionId;
        s.location = after.location;
        s.capacity = after.capacity;
        s.animators = after.animators;
        s.notes = after.notes;
        changed.append(s);
    }
    return changed;
}

} // namespace truc2::ui
