#pragma once

#include "core/Result.h"

#include <QSqlError>
#include <QSqlQuery>

namespace truc2 {

/// Turns a driver error into a sentence a user can act on (locked, read-only, full disk …),
/// keeping the driver's own text for anything else.
QString readableSqlError(const QSqlError& error);

struct ServerAddress;

/// Why a server connection failed, in words a user can act on (wrong password, unreachable
/// server, missing database), naming the server.
QString readableConnectionError(const QSqlError& error, const ServerAddress& address);

/// True when the error is a UNIQUE constraint refusing a duplicate, on any backend.
bool isUniqueViolation(const QSqlError& error);

/// The refusal of a save that finds the row changed since it was read (optimistic locking).
Error changedMeanwhileError();

/// Runs a prepared query; on failure, the readable error.
Status execQuery(QSqlQuery& query);

/// Prepares and runs a statement without bound values (DDL, pragmas, fixed SQL).
Status execStatement(const QSqlDatabase& db, const QString& sql);

} // namespace truc2
