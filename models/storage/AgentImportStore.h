#pragma once

#include "core/Result.h"
#include "domain/Agent.h"
#include "storage/SqliteStatement.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlQuery>

#include <array>
#include <memory>
#include <optional>

namespace truc2 {

class Database;

/// The reads and writes of an agents import: the directory preloaded by matricule, new agents
/// written in batches, changed ones saved with prepared statements reused for every row. No
/// signal: the importer announces the whole change once it has committed.
class AgentImportStore
{
    Q_DECLARE_TR_FUNCTIONS(AgentImportStore)

public:
    explicit AgentImportStore(Database& database);

    /// Every person that has a matricule.
    Result<QList<Agent>> agentsWithMatricule() const;

    /// Inserts agents in batches of one multi-row INSERT each: on SQLite through SQLite's own
    /// API (Qt's driver spends more than SQLite on every bound value), elsewhere through Qt.
    Status insert(const QList<Agent>& agents);
    /// Saves an imported agent's directory fields and active flag, read at agent.rowVersion;
    /// refused when another workstation changed it since. Bumps the row version.
    Status update(const Agent& agent);
    /// Deactivates an agent read at `rowVersion`.
    Status deactivate(qint64 id, int rowVersion);

private:
    Database& m_db;
    QHash<int, QSqlQuery> m_inserts;
    /// Whether the connection is SQLite's; unknown before the first insert.
    std::optional<bool> m_sqlite;
    /// SQLite's statements inserting 256, 128 … 1 rows, prepared when first needed.
    std::array<std::unique_ptr<SqliteStatement>, 9> m_sqliteInserts;
    std::optional<QSqlQuery> m_update;
    std::optional<QSqlQuery> m_deactivate;
};

} // namespace truc2
