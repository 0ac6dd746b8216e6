#pragma once

#include "core/Result.h"

#include <QString>

namespace truc2 {

/// Where a shared school lives on a PostgreSQL server:
/// postgresql://user@host:port/database?sslmode=require. The password never appears here: it
/// comes from the desktop's keyring, or for the command line from PGPASSWORD or ~/.pgpass,
/// which libpq reads itself.
struct ServerAddress
{
    QString host;
    int port = 5432;
    QString database;
    QString user;
    QString sslMode; ///< libpq's sslmode (disable, prefer, require, verify-full …); empty: prefer.

    /// True for "postgresql://…" and "postgres://…" locations.
    static bool isServerLocation(const QString& location);
    static Result<ServerAddress> parse(const QString& location);

    /// The location again, without any password.
    QString toLocation() const;
    /// "user@host:port/database", for titles and messages.
    QString displayName() const;
    bool operator==(const ServerAddress&) const = default;
};

} // namespace truc2
