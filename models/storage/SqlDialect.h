#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace truc2 {

/// The one seam between portable SQL and what a backend does its own way. Everything outside
/// this class writes SQL that SQLite and PostgreSQL both accept.
class SqlDialect
{
public:
    enum class Backend
    {
        SQLite,
        PostgreSQL
    };

    virtual ~SqlDialect() = default;

    static std::unique_ptr<SqlDialect> create(Backend backend);

    virtual Backend backend() const = 0;
    virtual QString driverName() const = 0;

    /// Fills the type placeholders of a migration script ({{ID}}, {{REAL}}).
    virtual QString expandDdl(QString ddl) const = 0;

    /// Statements run on every new connection (pragmas, session settings).
    virtual QStringList connectionSetup(bool readOnly) const = 0;

    /// Starts a transaction that will write: SQLite takes the write lock at once (so that two
    /// workstations never both read then both write), PostgreSQL locks rows as it goes.
    virtual QString beginTransaction() const = 0;

    /// Starts a transaction that only reads and sees one consistent state of the database for
    /// as long as it lasts, while other workstations keep writing.
    virtual QString beginSnapshot() const = 0;

    /// Appended to a SELECT that reads rows the transaction will change on their account (a
    /// session's seats): PostgreSQL locks them; SQLite's BEGIN IMMEDIATE already holds the file.
    virtual QString lockRowsClause() const = 0;

    /// Run first in a migration's transaction: makes other workstations wait until it is done.
    virtual QString migrationLock() const = 0;

    /// Whether this connection may write (a read-only role on a server, say).
    virtual Result<bool> canWrite(const QSqlDatabase& db) const = 0;

    /// The statement that tells other workstations a table changed (bound :payload), sent in
    /// the writer's transaction; empty where there are no other workstations (a local file).
    virtual QString notifyStatement() const = 0;

    /// Writes a consistent copy of the whole database to a new file while others may use it.
    virtual Status backupTo(const QSqlDatabase& db, const QString& filePath) const = 0;

    /// Integrity and foreign-key problems, one readable line each; empty when all is well.
    virtual Result<QStringList> integrityProblems(const QSqlDatabase& db) const = 0;
    /// The references to a missing row, each in words (part of integrityProblems()); none on
    /// PostgreSQL, which never lets one in.
    virtual Result<QStringList> brokenReferences(const QSqlDatabase& db) const = 0;

    /// After rows were written with their ids given (a copy), moves the id sequences of these
    /// tables past the largest id each holds, so that the next row gets a new id. The names
    /// come from schemaTables(), never from data.
    virtual Status resetIdentities(const QSqlDatabase& db, const QStringList& tables) const = 0;
};

} // namespace truc2
