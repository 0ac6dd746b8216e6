#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QList>

namespace truc2 {

class Database;

/// Who a change of seats moved: agents seated from the waiting list, agents sent back to it.
struct SeatChanges
{
    QList<qint64> promoted; ///< Registration ids, in the order of the waiting list.
    QList<qint64> demoted;  ///< Registration ids, in their new waiting order.

    bool isEmpty() const { return promoted.isEmpty() && demoted.isEmpty(); }
};

// The waiting list of one session, kept in step with its capacity. For the stores that change
// registrations or capacities, inside a transaction that already holds the session (its row
// on PostgreSQL, the file's write lock on SQLite).
namespace waiting {

/// Seats the first agents waiting while the capacity allows (all of them when it is not
/// limited); when more agents hold a seat than it allows, sends those who registered last back
/// to the head of the waiting list, in their order (walk-ins keep their seats). Then numbers
/// the waiting list 1, 2, 3 … Nothing moves for a cancelled session or once it has started at
/// `now`: the list then only closes up.
Result<SeatChanges> followCapacity(Database& db, qint64 sessionId, const QDateTime& now);

/// Numbers the waiting list 1, 2, 3 … in its present order (ties by registration id).
Status renumber(Database& db, qint64 sessionId);

/// Registered agents and walk-ins: those who hold a seat.
Result<int> seatsTaken(Database& db, qint64 sessionId);

} // namespace waiting
} // namespace truc2
