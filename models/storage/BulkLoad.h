#pragma once

#include "core/Result.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace truc2 {

class Database;

/// The fewest rows a write must add for loadInBulk() to build the table's indexes after them.
inline constexpr qint64 kBulkLoadMinRows = 1000;

/// Runs `work`, which adds about `newRows` rows to `table`, in a transaction (joining the
/// current one). On SQLite, when the rows added are at least kBulkLoadMinRows and at least
/// as many as the table already holds (a first agents file, a year of survey responses), the
/// named `indexes` of the table are dropped before the work and created again after it, from
/// the same statements: SQLite then sorts the table once per index instead of inserting each
/// row into each index where it falls, which for indexes in another order than the rows
/// (names, random keys) costs several times more. Name only those: an index the new rows go
/// to the end of (a new import's id) or that leaves them out (a partial index) costs little
/// kept, and building it again reads the whole table. Names the table does not have, and the
/// indexes of its UNIQUE and PRIMARY KEY constraints, are left alone.
///
/// Other connections never see the table without its indexes (they read the last commit);
/// reads of the same connection during the work (the window repainting between two progress
/// reports) find the rows all the same, only slower. Should the work or an index fail (a
/// UNIQUE index refusing a duplicate, named in the error), the whole transaction rolls back
/// with them. Where an index cannot be dropped (a statement of the connection is still
/// reading the table), the work runs with the indexes in place.
///
/// On PostgreSQL the work just runs: a shared school's other workstations keep using the
/// indexes meanwhile.
Status loadInBulk(Database& db, const QString& table, const QStringList& indexes, qint64 newRows,
                  const std::function<Status()>& work);

} // namespace truc2
