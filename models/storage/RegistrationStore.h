#pragma once

#include "core/Result.h"
#include "domain/Session.h"

#include <QDateTime>
#include <QObject>

namespace truc2 {

class Database;

/// What a registration became: a seat, or a place on the waiting list.
struct RegistrationOutcome
{
    qint64 registrationId = 0;
    RegistrationStatus status = RegistrationStatus::Registered;
    int waitingPosition = 0; ///< 1-based; 0 when registered.
};

/// Registrations against a session's capacity. Each change runs in one transaction that
/// holds the session (its row on PostgreSQL, the file's write lock on SQLite), so that two
/// workstations registering for the last seat at the same moment get one seat and one place
/// on the waiting list, never two seats.
class RegistrationStore : public QObject
{
    Q_OBJECT

public:
    explicit RegistrationStore(Database& database, QObject* parent = nullptr);

    /// Registers an agent: a seat while the session has one, the end of the waiting list
    /// otherwise. Refused for a cancelled session, an inactive agent, an agent already
    /// registered, and one who animates the session.
    Result<RegistrationOutcome> registerAgent(qint64 sessionId, qint64 personId);

    /// Cancels a registration. A freed seat goes to the first agent waiting, unless the session
    /// has already started at `now`; the waiting list closes up. Returns the registration
    /// promoted to a seat, or 0.
    Result<qint64> cancel(qint64 registrationId,
                          const QDateTime& now = QDateTime::currentDateTime());

    /// Seats taken (registered and walk-ins) and agents waiting.
    struct Counts
    {
        int seatsTaken = 0;
        int waiting = 0;
        int capacity = 0; ///< 0: not limited.
    };
    Result<Counts> counts(qint64 sessionId) const;

Q_SIGNALS:
    /// The registrations of a session changed (sent after the change is committed).
    void registrationsChanged(qint64 sessionId);

private:
    struct LockedSession
    {
        int capacity = 0;
        QDateTime startsAt;
        SessionStatus status = SessionStatus::Planned;
    };
    /// Reads a session inside the current transaction, holding it until the end.
    Result<LockedSession> lockSession(qint64 sessionId) const;

    Database& m_db;
};

} // namespace truc2
