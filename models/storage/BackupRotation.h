#pragma once

#include "core/Result.h"

#include <QDate>
#include <QStringList>

namespace truc2 {

class Database;

/// The program's own copies of a school file, kept beside it in "<name>-backups/": one a day
/// (the last `daily` kept) and one a month (the last `monthly` kept). Restoring is opening a
/// copy.
class BackupRotation
{
public:
    struct Policy
    {
        int daily = 7;
        int monthly = 24;
    };

    /// Takes today's copy if there is none yet, and this month's, then removes the oldest.
    /// Returns the copies written (none when today's already existed).
    static Result<QStringList> run(const Database& database, const QDate& today,
                                   const Policy& policy);
    static Result<QStringList> run(const Database& database, const QDate& today)
    {
        return run(database, today, Policy{});
    }

    /// The folder of the copies of a school file.
    static QString folderFor(const QString& databasePath);
};

} // namespace truc2
