#pragma once

#include <QObject>
#include <QSqlDriver>

namespace truc2 {

class School;

/// Keeps workstations sharing one school in step. Every change a store announces here is
/// published to the others (PostgreSQL NOTIFY, in the writer's transaction: nothing is sent
/// for a change that rolls back); every change another workstation publishes is replayed as
/// the same store signal, so that open views refresh exactly the rows that changed. Idle on a
/// local SQLite file.
class ChangeFeed : public QObject
{
    Q_OBJECT

public:
    explicit ChangeFeed(School& school, QObject* parent = nullptr);

    bool isListening() const { return m_listening; }

Q_SIGNALS:
    /// Another workstation changed a table ("person", "session" …).
    void remoteChange(const QString& table);

private:
    void publish(const QString& table, const QString& kind, qint64 id);
    void receive(const QString& name, QSqlDriver::NotificationSource source,
                 const QVariant& payload);
    void replay(const QString& table, const QString& kind, qint64 id);

    School& m_school;
    bool m_listening = false;
    bool m_replaying = false;
};

} // namespace truc2
