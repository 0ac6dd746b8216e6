#include "storage/WaitingList.h"

#include "domain/Session.h"
#include "storage/Database.h"
#include "storage/DbValues.h"
#include "storage/SqlError.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>
#include <limits>

namespace truc2::waiting {
namespace {

/// The waiting list in order: by place, then by id for places that tie.
const QString kWaitingInOrder =
    QStringLiteral("SELECT id, waiting_position FROM registration WHERE session_id = :id AND "
                   "status = 'waitlisted' ORDER BY COALESCE(waiting_position, 0), id");

Status setStatus(QSqlQuery& query, qint64 id, const QString& status, int position)
{
    query.bindValue(QStringLiteral(":status"), status);
    query.bindValue(QStringLiteral(":position"), db::nullIfZero(position));
    query.bindValue(QStringLiteral(":id"), id);
    return execQuery(query);
}

} // namespace

Result<int> seatsTaken(Database& db, qint64 sessionId)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM registration WHERE session_id = :id AND "
                                 "status IN ('registered', 'walk_in')"));
    query.bindValue(QStringLiteral(":id"), sessionId);
    if (Status ran = execQuery(query); !ran) {
        return ran.error();
    }
    return query.next() ? query.value(0).toInt() : 0;
}

Status renumber(Database& db, qint64 sessionId)
{
    QSqlQuery query(db.connection());
    query.prepare(kWaitingInOrder);
    query.bindValue(QStringLiteral(":id"), sessionId);
    if (Status ran = execQuery(query); !ran) {
        return ran;
    }
    QList<std::pair<qint64, int>> moves;
    for (int place = 1; query.next(); ++place) {
        if (query.value(1).toInt() != place) {
            moves.append({query.value(0).toLongLong(), place});
        }
    }
    query.prepare(QStringLiteral("UPDATE registration SET waiting_position = :position, "
                                 "row_version = row_version + 1 WHERE id = :id"));
    for (const auto& [id, place] : std::as_const(moves)) {
        query.bindValue(QStringLiteral(":position"), place);
        query.bindValue(QStringLiteral(":id"), id);
        if (Status ran = execQuery(query); !ran) {
            return ran;
        }
    }
    return {};
}

Result<SeatChanges> followCapacity(Database& db, qint64 sessionId, const QDateTime& now)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT capacity, starts_at, status FROM session WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), sessionId);
    if (Status ran = execQuery(query); !ran) {
        return ran.error();
    }
    if (!query.next()) {
        return Error{
            QCoreApplication::translate("RegistrationStore", "This session no longer exists.")};
    }
    const int capacity = query.value(0).toInt();
    const bool open = db::toDateTime(query.value(1)) > now &&
                      sessionStatusFromCode(query.value(2).toString()) != SessionStatus::Cancelled;
    SeatChanges changes;
    const Result<int> seats = open ? seatsTaken(db, sessionId) : Result<int>(0);
    if (!seats) {
        return seats.error();
    }
    QSqlQuery update(db.connection());
    update.prepare(QStringLiteral("UPDATE registration SET status = :status, "
                                  "waiting_position = :position, row_version = row_version + 1 "
                                  "WHERE id = :id"));
    if (open && (capacity == 0 || *seats < capacity)) {
        query.prepare(kWaitingInOrder);
        query.bindValue(QStringLiteral(":id"), sessionId);
        if (Status ran = execQuery(query); !ran) {
            return ran.error();
        }
        const int free = capacity == 0 ? std::numeric_limits<int>::max() : capacity - *seats;
        while (int(changes.promoted.size()) < free && query.next()) {
            changes.promoted.append(query.value(0).toLongLong());
        }
        for (qint64 id : std::as_const(changes.promoted)) {
            if (Status ran = setStatus(update, id, QStringLiteral("registered"), 0); !ran) {
                return ran.error();
            }
        }
    } else if (open && *seats > capacity) {
        // Last come, first back on the list: the exact reverse of seating them in order.
        query.prepare(QStringLiteral("SELECT id FROM registration WHERE session_id = :id AND "
                                     "status = 'registered' ORDER BY "
                                     "COALESCE(registered_at, '') DESC, id DESC"));
        query.bindValue(QStringLiteral(":id"), sessionId);
        if (Status ran = execQuery(query); !ran) {
            return ran.error();
        }
        while (int(changes.demoted.size()) < *seats - capacity && query.next()) {
            changes.demoted.prepend(query.value(0).toLongLong());
        }
        query.prepare(QStringLiteral("UPDATE registration SET waiting_position = "
                                     "waiting_position + :count, row_version = row_version + 1 "
                                     "WHERE session_id = :id AND status = 'waitlisted'"));
        query.bindValue(QStringLiteral(":count"), int(changes.demoted.size()));
        query.bindValue(QStringLiteral(":id"), sessionId);
        if (Status ran = execQuery(query); !ran) {
            return ran.error();
        }
        for (int i = 0; i < changes.demoted.size(); ++i) {
            if (Status ran =
                    setStatus(update, changes.demoted.at(i), QStringLiteral("waitlisted"), i + 1);
                !ran) {
                return ran.error();
            }
        }
    }
    if (Status ran = renumber(db, sessionId); !ran) {
        return ran.error();
    }
    return changes;
}

} // namespace truc2::waiting
