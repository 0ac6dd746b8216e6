#pragma once

#include "core/Result.h"
#include "storage/SqlDialect.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

namespace truc2 {

class WalCheckpointer;

struct DatabaseOptions
{
    enum class IfMissing
    {
        Fail,
        Create
    };

    /// Path of the SQLite file, or a server address: postgresql://user@host:port/database.
    QString location;
    IfMissing ifMissing = IfMissing::Fail;
    /// Open without writing, even where the file could be written.
    bool readOnly = false;
    /// How long a write waits for another connection's lock before giving up.
    int busyTimeoutMs = 5000;
    /// How long to wait for a server that does not answer.
    int connectTimeoutSeconds = 5;
    /// The server password, when the caller has one (the window's keyring); otherwise libpq
    /// looks in PGPASSWORD and ~/.pgpass.
    QString password = {};
    /// Bring an older schema up to date. Read-only callers that can read an older schema as it
    /// is (check, backup) turn this off, and the school stays exactly as it was.
    bool upgrade = true;

    /// Reading a school exactly as it is (backups, checks): read-only, an older schema kept.
    static DatabaseOptions asItIs(const QString& location)
    {
        DatabaseOptions options{location};
        options.readOnly = true;
        options.upgrade = false;
        return options;
    }
};

/// What Database::probe() found in a database it could open.
struct DatabaseProbe
{
    /// The account, the file or an older schema allows reading only.
    bool readOnly = false;
    /// 0 for an empty database, where opening it creates the school.
    int schemaVersion = 0;
};

/// One open TRUC² database: its connection (one per thread), its dialect, its schema brought
/// up to date by cumulative migrations. Every store works through one of these.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    /// The schema version this program writes.
    static int latestSchemaVersion();

    /// Refuses when another program or window has the school file open (SQLite): replacing
    /// it then would lose what they save afterwards.
    static Status checkNotInUse(const QString& path);

    /// Opens (or creates) the database and migrates it. A database of a newer schema, a file
    /// that is not a TRUC² database or a locked one is refused and left as it was.
    static Result<std::unique_ptr<Database>> open(const DatabaseOptions& options);
    /// Connects and looks as open() does, changing nothing (no migration, no file created),
    /// and refuses what open() would refuse, with the same words: a server that cannot be
    /// reached, a refused password, a database that is not a TRUC² school, a newer schema. Any
    /// thread may call it: the window probes a server in the background before opening it.
    static Result<DatabaseProbe> probe(const DatabaseOptions& options);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase connection() const;
    const SqlDialect& dialect() const { return *m_dialect; }
    QString location() const { return m_options.location; }
    /// The file path, or the server as user@host:port/database: for titles and messages.
    QString displayName() const;
    bool isShared() const { return m_dialect->backend() == SqlDialect::Backend::PostgreSQL; }
    bool isReadOnly() const { return m_readOnly; }
    int schemaVersion() const { return m_schemaVersion; }
    /// A random identifier the school gets when it is created (or first opened for writing by a
    /// version that knows it), kept in meta: it travels with copies and backups and never
    /// changes, unlike the organisation's name. Calendar exports build their event UIDs on it.
    /// Empty only for a school opened read-only that never got one.
    QString schoolId() const { return m_schoolId; }
    /// The copy taken before the last migration of an existing database, if any.
    QString migrationBackupPath() const { return m_migrationBackup; }

    /// Runs work in one transaction: commits when it succeeds, rolls back and returns its
    /// error otherwise. Nested calls join the outer transaction.
    Status transaction(const std::function<Status()>& work);
    bool inTransaction() const { return m_transactionDepth > 0; }

    /// Runs `action` once the current transaction commits, or at once outside a transaction;
    /// drops it when the transaction rolls back. Stores announce their changes this way, so
    /// that no view ever shows a change that did not happen.
    void afterCommit(std::function<void()> action);
    /// Runs work that only reads, on one consistent state of the database while other
    /// workstations keep writing (a copy, a comparison). Inside a transaction, joins it.
    Status readSnapshot(const std::function<Status()>& work);

    /// Writes a consistent copy to filePath; an existing file there is refused, or replaced
    /// (only once the copy is complete) when `replace` is set. Never the school file itself.
    Status backupTo(const QString& filePath, bool replace = false) const;
    Result<QStringList> integrityProblems() const;
    /// Waits until what was committed so far is copied from SQLite's write-ahead log into the
    /// file, which another thread does after the commits (WalCheckpointer); at once on
    /// PostgreSQL or read-only. For tests and benchmarks.
    void waitForCheckpoint();

private:
    /// meta's app_id: what tells a TRUC² school from another program's database.
    static constexpr const char* kAppId = "truc2";

    Database(DatabaseOptions options, std::unique_ptr<SqlDialect> dialect, QString connectionName);

    static Status checkFile(const DatabaseOptions& options, bool* exists);
    /// The part of open() that only reads: connects, reads the schema version and refuses
    /// what cannot be opened. `keepOlderSchema`: read an older schema as it is.
    static Result<std::unique_ptr<Database>> connectAndCheck(const DatabaseOptions& options,
                                                             int* version, bool* keepOlderSchema);
    Status connect();
    Status connectToServer();
    Result<int> readSchemaVersion() const;
    Status migrate(int fromVersion);
    /// SQLite: turns the foreign keys off, and checks that they are.
    Status foreignKeysOff();
    Status recordSchemaVersion(int version);
    Status loadSchoolId();

    DatabaseOptions m_options;
    std::unique_ptr<SqlDialect> m_dialect;
    QString m_connectionName;
    bool m_readOnly = false;
    int m_schemaVersion = 0;
    QString m_schoolId;
    int m_transactionDepth = 0;
    QList<std::function<void()>> m_afterCommit;
    QString m_migrationBackup;
    std::unique_ptr<WalCheckpointer> m_checkpointer; ///< SQLite, open for writing.
};

} // namespace truc2
