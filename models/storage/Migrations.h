#pragma once

#include <QString>
#include <QStringList>

#include <span>

namespace truc2 {

/// One step of the schema: the script that takes version - 1 to version.
struct Migration
{
    int version;
    const char* resource;
    /// PostgreSQL's own script, where the step differs there (a table SQLite must rebuild).
    const char* postgresResource = nullptr;
};

/// Every step, oldest first; the last one's version is the schema this program writes.
std::span<const Migration> migrations();

/// Splits a migration script into statements (one per `;` at a line's end; `--` comments out).
QStringList splitSqlScript(const QString& script);

} // namespace truc2
