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
    /// The agent had cancelled an earlier registration for the session, which came back to
    /// life (its id is registrationId) instead of a new one being made.
    bool revived = false;
};

/// What a cancellation changed, so that it can be taken back (restore()).
struct Cancellation
{
    qint64 registrationId = 0;
    qint64 sessionId = 0;
    RegistrationStatus previousStatus = RegistrationStatus::Registered;
    int previousPosition = 0; ///< Its place on the waiting list; 0 when it held a seat.
    qint64 promotedId = 0;    ///< The registration seated in its place, or 0.
};

/// A registration with the agent it is for, as the session's list of registrants shows it.
struct Registrant
{
    Registration registration;
    QString lastName;
    QString firstName;
    QString matricule;
    QString email;
    QString directionName;
    QString serviceName;
    bool active = true;
    bool external = false;

    /// "DUPONT Élodie"
    QString displayName() const;
    bool operator==(const Registrant&) const = default;
};

/// Registrations against a session's capacity. Each change runs in one transaction that
/// holds the session (its row on PostgreSQL, the file's write lock on SQLite), so that two
/// workstations registering for the last seat at the same moment get one seat and one place
/// on the waiting list, never two seats; signals follow the commit.
///
/// The waiting list is kept in order 1, 2, 3 … and follows the seats until the session
/// starts: a freed seat goes to the first agent waiting, a higher capacity (SessionStore::
/// update) seats the first ones in order, and a lower one sends those who registered last back
/// to the head of the list (walk-ins keep their seats), so that undoing a capacity change puts
/// everybody back where they were. Once the session has started nobody moves.
class RegistrationStore : public QObject
{
    Q_OBJECT

public:
    explicit RegistrationStore(Database& database, QObject* parent = nullptr);

    /// Registers an agent: a seat while the session has one, the end of the waiting list
    /// otherwise. Refused, with a message naming the agent, for a cancelled session, an
    /// inactive agent, an agent already registered or waiting, one who animates the session,
    /// and one who is not a member of a closed-group format (the managers' community).
    Result<RegistrationOutcome> registerAgent(qint64 sessionId, qint64 personId);

    /// Cancels a registration. A freed seat goes to the first agent waiting, unless the session
    /// has already started at `now`; the waiting list closes up. Returns the registration
    /// promoted to a seat, or 0.
    Result<qint64> cancel(qint64 registrationId,
                          const QDateTime& now = QDateTime::currentDateTime());
    /// The same, saying all it changed (for its undo).
    Result<Cancellation> cancelRegistration(qint64 registrationId,
                                            const QDateTime& now = QDateTime::currentDateTime());
    /// Takes a cancellation back (its undo): the registration gets its seat again, or its place
    /// on the waiting list (those behind move down one), and the agent it promoted goes back to
    /// the head of the waiting list. Refused when either changed meanwhile, or when the seat
    /// has gone to someone else.
    Status restore(const Cancellation& cancellation);

    /// Removes a registration as if it had never been made (the undo of registerAgent for a new
    /// one; cancel a revived one instead). A freed seat goes to the first agent waiting unless
    /// the session has started; the waiting list closes up. Refused once attendance was
    /// recorded. Returns the registration promoted, or 0.
    Result<qint64> remove(qint64 registrationId,
                          const QDateTime& now = QDateTime::currentDateTime());

    /// Seats taken (registered and walk-ins) and agents waiting.
    struct Counts
    {
        int seatsTaken = 0;
        int waiting = 0;
        int capacity = 0; ///< 0: not limited.
    };
    Result<Counts> counts(qint64 sessionId) const;

    /// The registration of an agent for a session, whatever its status; 0 when there is none.
    Result<qint64> registrationOf(qint64 sessionId, qint64 personId) const;
    /// Every registration of a session with its agent, cancelled ones included, by id.
    Result<QList<Registrant>> registrants(qint64 sessionId) const;

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
    /// Refuses a person who cannot register for the session: gone, inactive, animating it,
    /// or not a member of its closed group.
    Status checkPerson(qint64 sessionId, qint64 personId) const;
    /// The session of a registration, read and then held, and the registration's status and
    /// waiting place read under that hold.
    struct LockedRegistration
    {
        qint64 sessionId = 0;
        LockedSession session;
        RegistrationStatus status = RegistrationStatus::Registered;
        int position = 0;
        Attendance attendance = Attendance::Unknown;
    };
    Result<LockedRegistration> lockRegistration(qint64 registrationId) const;

    Database& m_db;
};

} // namespace truc2
