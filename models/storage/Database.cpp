#include "storage/Database.h"

#include "storage/Migrations.h"
#include "storage/ServerAddress.h"
#include "storage/SqlError.h"
#include "storage/SqliteStatement.h"
#include "storage/WalCheckpointer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QUuid>

#include <atomic>
#include <filesystem>

namespace truc2 {
namespace {

const QString kSchoolIdKey = QStringLiteral("school_id");

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("truc2-%1").arg(++counter);
}

bool hasSqliteHeader(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return false;
    }
    if (file.size() == 0) {
        return true; // an empty file is an empty SQLite database
    }
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

bool fileIsWritable(const QString& path)
{
    // Read the permission bits rather than asking access(): root may write anything, yet a
    // file someone made read-only is meant to stay as it is.
    const QFileInfo info(path);
    const auto writeBits = QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
    return info.isWritable() && (info.permissions() & writeBits);
}

} // namespace

Database::Database(DatabaseOptions options, std::unique_ptr<SqlDialect> dialect,
                   QString connectionName)
    : m_options(std::move(options))
    , m_dialect(std::move(dialect))
    , m_connectionName(std::move(connectionName))
{}

Database::~Database()
{
    m_checkpointer.reset(); // before the connection it watches closes
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString Database::displayName() const
{
    if (isShared()) {
        const Result<ServerAddress> address = ServerAddress::parse(m_options.location);
        return address ? address->displayName() : m_options.location;
    }
    return QDir::toNativeSeparators(m_options.location);
}

Status Database::checkFile(const DatabaseOptions& options, bool* exists)
{
    const QString& path = options.location;
    const QFileInfo info(path);
    *exists = info.exists();
    if (!*exists && options.ifMissing == DatabaseOptions::IfMissing::Fail) {
        return Error{tr("The database file %1 does not exist.").arg(path)};
    }
    if (*exists && !info.isFile()) {
        return Error{tr("%1 is not a file.").arg(path)};
    }
    if (*exists && !info.isReadable()) {
        return Error{tr("The database file %1 cannot be read: check its permissions.").arg(path)};
    }
    if (*exists && !hasSqliteHeader(path)) {
        return Error{tr("%1 is not a TRUC² database (it is not an SQLite file).").arg(path)};
    }
    if (!*exists && !QDir().mkpath(info.absolutePath())) {
        return Error{tr("The folder %1 cannot be created.").arg(info.absolutePath())};
    }
    return {};
}

Result<std::unique_ptr<Database>> Database::connectAndCheck(const DatabaseOptions& options,
                                                            int* version, bool* keepOlderSchema)
{
    if (options.location.isEmpty()) {
        return Error{tr("No database file was given.")};
    }
    const bool shared = ServerAddress::isServerLocation(options.location);
    auto dialect =
        SqlDialect::create(shared ? SqlDialect::Backend::PostgreSQL : SqlDialect::Backend::SQLite);
    std::unique_ptr<Database> database(
        new Database(options, std::move(dialect), nextConnectionName()));
    if (shared) {
        if (Status connected = database->connectToServer(); !connected) {
            return connected.error();
        }
    } else {
        bool exists = false;
        if (Status checked = checkFile(options, &exists); !checked) {
            return checked.error();
        }
        database->m_readOnly = options.readOnly || (exists && !fileIsWritable(options.location));
        if (Status connected = database->connect(); !connected) {
            return connected.error();
        }
    }
    const QString name = database->displayName();

    const Result<int> read = database->readSchemaVersion();
    if (!read) {
        return read.error();
    }
    *version = *read;
    if (*version > latestSchemaVersion()) {
        return Error{tr("The database %1 was written by a newer version of TRUC² (schema %2; "
                        "this program knows up to %3). Install the newer version to open it; "
                        "the database was left untouched.")
                         .arg(name)
                         .arg(*version)
                         .arg(latestSchemaVersion())};
    }
    *keepOlderSchema = !options.upgrade && *version > 0 && *version < latestSchemaVersion();
    if (*keepOlderSchema) {
        database->m_readOnly = true; // this program only writes its own schema
    } else if (*version < latestSchemaVersion() && database->m_readOnly) {
        return Error{*version == 0
                         ? tr("The database %1 is read-only, so it cannot be created.").arg(name)
                         : tr("The database %1 must be upgraded, but it is read-only.").arg(name)};
    }
    return database;
}

Result<DatabaseProbe> Database::probe(const DatabaseOptions& options)
{
    DatabaseOptions existing = options;
    existing.ifMissing = DatabaseOptions::IfMissing::Fail; // a probe never creates a file
    int version = 0;
    bool keepOlderSchema = false;
    const Result<std::unique_ptr<Database>> checked =
        connectAndCheck(existing, &version, &keepOlderSchema);
    if (!checked) {
        return checked.error();
    }
    return DatabaseProbe{(*checked)->isReadOnly(), version};
}

Result<std::unique_ptr<Database>> Database::open(const DatabaseOptions& options)
{
    int version = 0;
    bool keepOlderSchema = false;
    Result<std::unique_ptr<Database>> checked =
        connectAndCheck(options, &version, &keepOlderSchema);
    if (!checked) {
        return checked;
    }
    std::unique_ptr<Database> database = std::move(checked).value();
    const QString name = database->displayName();

    // Pragmas change the file (WAL), so they come after the checks above.
    for (const QString& statement : database->m_dialect->connectionSetup(database->m_readOnly)) {
        if (Status done = execStatement(database->connection(), statement); !done) {
            return Error{tr("Cannot open %1: %2").arg(name, done.errorMessage())};
        }
    }
    if (!keepOlderSchema && version < latestSchemaVersion()) {
        if (Status migrated = database->migrate(version); !migrated) {
            return migrated.error();
        }
    }
    database->m_schemaVersion = keepOlderSchema ? version : latestSchemaVersion();
    if (Status loaded = database->loadSchoolId(); !loaded) {
        return loaded.error();
    }
    if (!database->m_readOnly) {
        database->m_checkpointer =
            WalCheckpointer::attach(database->connection(), database->m_options.location);
    }
    return database;
}

void Database::waitForCheckpoint()
{
    if (m_checkpointer) {
        m_checkpointer->waitUntilDone();
    }
}

Status Database::connect()
{
    configureSqliteLibrary();
    QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect->driverName(), m_connectionName);
    db.setDatabaseName(m_options.location);
    QString connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_options.busyTimeoutMs);
    if (m_readOnly) {
        connectOptions += QLatin1String(";QSQLITE_OPEN_READONLY");
    }
    db.setConnectOptions(connectOptions);
    if (!db.open()) {
        return Error{
            tr("Cannot open %1: %2").arg(m_options.location, readableSqlError(db.lastError()))};
    }
    return {};
}

Status Database::connectToServer()
{
    const Result<ServerAddress> address = ServerAddress::parse(m_options.location);
    if (!address) {
        return address.error();
    }
    if (!QSqlDatabase::isDriverAvailable(m_dialect->driverName())) {
        return Error{tr("This installation cannot reach PostgreSQL servers: install Qt's "
                        "PostgreSQL driver (package libqt6sql6-psql).")};
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect->driverName(), m_connectionName);
    db.setHostName(address->host);
    db.setPort(address->port);
    db.setDatabaseName(address->database);
    db.setUserName(address->user);
    if (!m_options.password.isEmpty()) {
        db.setPassword(m_options.password);
    }
    QString connectOptions = QStringLiteral("connect_timeout=%1;application_name=truc2")
                                 .arg(std::max(1, m_options.connectTimeoutSeconds));
    if (!address->sslMode.isEmpty()) {
        connectOptions += QStringLiteral(";sslmode=") + address->sslMode;
    }
    db.setConnectOptions(connectOptions);
    if (!db.open()) {
        return Error{readableConnectionError(db.lastError(), *address)};
    }
    const Result<bool> writable = m_dialect->canWrite(db);
    if (!writable) {
        return writable.error();
    }
    m_readOnly = m_options.readOnly || !*writable;
    return {};
}

Result<int> Database::readSchemaVersion() const
{
    const QSqlDatabase db = connection();
    // On SQLite the first read fails on an encrypted or corrupt file: say so plainly.
    if (m_dialect->backend() == SqlDialect::Backend::SQLite) {
        QSqlQuery probe(db);
        if (!probe.exec(QStringLiteral("SELECT 1 FROM sqlite_master LIMIT 1"))) {
            return Error{tr("%1 is not a TRUC² database: %2")
                             .arg(m_options.location, readableSqlError(probe.lastError()))};
        }
    }
    const QStringList tables = db.tables();
    if (tables.isEmpty()) {
        return 0;
    }
    if (!tables.contains(QLatin1String("meta"))) {
        return Error{tr("%1 is a database, but not a TRUC² school.").arg(displayName())};
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT key, value FROM meta WHERE key IN (:app, :version)"));
    query.bindValue(QStringLiteral(":app"), QStringLiteral("app_id"));
    query.bindValue(QStringLiteral(":version"), QStringLiteral("schema_version"));
    if (Status done = execQuery(query); !done) {
        return done.error();
    }
    QString appId;
    int version = -1;
    while (query.next()) {
        if (query.value(0).toString() == QLatin1String("app_id")) {
            appId = query.value(1).toString();
        } else {
            version = query.value(1).toInt();
        }
    }
    if (appId != QLatin1String(kAppId) || version < 1) {
        return Error{tr("%1 is a database, but not a TRUC² school.").arg(displayName())};
    }
    return version;
}

Status Database::loadSchoolId()
{
    QSqlQuery read(connection());
    read.prepare(QStringLiteral("SELECT value FROM meta WHERE key = :key"));
    read.bindValue(QStringLiteral(":key"), kSchoolIdKey);
    if (Status done = execQuery(read); !done) {
        return done;
    }
    if (read.next()) {
        m_schoolId = read.value(0).toString();
        return {};
    }
    if (m_readOnly) {
        return {};
    }
    // Another workstation of a shared school may be giving it one at the same moment: the first
    // one written stays, and everyone reads it back. A role that cannot write meta still opens
    // the school, without an identifier.
    QSqlQuery insert(connection());
    insert.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (:key, :value) "
                                  "ON CONFLICT (key) DO NOTHING"));
    insert.bindValue(QStringLiteral(":key"), kSchoolIdKey);
    insert.bindValue(QStringLiteral(":value"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (!insert.exec()) {
        return {};
    }
    if (Status done = execQuery(read); !done) {
        return done;
    }
    m_schoolId = read.next() ? read.value(0).toString() : QString();
    return {};
}

Status Database::transaction(const std::function<Status()>& work)
{
    if (m_transactionDepth > 0) {
        ++m_transactionDepth;
        Status result = work();
        --m_transactionDepth;
        return result;
    }
    QSqlDatabase db = connection();
    if (Status begun = execStatement(db, m_dialect->beginTransaction()); !begun) {
        return begun;
    }
    ++m_transactionDepth;
    Status result = work();
    --m_transactionDepth;
    if (result && !db.commit()) {
        result = Error{readableSqlError(db.lastError())};
    }
    QList<std::function<void()>> pending = std::exchange(m_afterCommit, {});
    if (!result) {
        db.rollback();
        return result;
    }
    for (const std::function<void()>& action : pending) {
        action();
    }
    return result;
}

void Database::afterCommit(std::function<void()> action)
{
    if (m_transactionDepth > 0) {
        m_afterCommit.append(std::move(action));
    } else {
        action();
    }
}

Status Database::readSnapshot(const std::function<Status()>& work)
{
    if (m_transactionDepth > 0) {
        return work();
    }
    QSqlDatabase db = connection();
    if (Status begun = execStatement(db, m_dialect->beginSnapshot()); !begun) {
        return begun;
    }
    ++m_transactionDepth;
    Status result = work();
    --m_transactionDepth;
    db.rollback(); // nothing was written
    return result;
}

Status Database::backupTo(const QString& filePath, bool replace) const
{
    const QFileInfo target(filePath);
    if (!isShared() && target.exists() &&
        target.canonicalFilePath() == QFileInfo(m_options.location).canonicalFilePath()) {
        return Error{tr("A backup cannot be written over the school file itself: choose "
                        "another name.")};
    }
    if (target.exists() && !replace) {
        return Error{tr("The file %1 already exists; choose another name.").arg(filePath)};
    }
    // Written beside the target, then renamed over it: a failed copy (a full disk) leaves the
    // previous file as it was.
    const QString partial = target.absoluteFilePath() + QStringLiteral(".partial");
    QFile::remove(partial);
    if (Status written = m_dialect->backupTo(connection(), partial); !written) {
        QFile::remove(partial);
        return written;
    }
    std::error_code error;
    std::filesystem::rename(partial.toStdString(), target.absoluteFilePath().toStdString(), error);
    if (error) {
        QFile::remove(partial);
        return Error{tr("Cannot write %1: %2")
                         .arg(filePath, QString::fromLocal8Bit(error.message().c_str()))};
    }
    return {};
}

Status Database::checkNotInUse(const QString& path)
{
    if (!QFileInfo::exists(path)) {
        return {};
    }
    const QString name = nextConnectionName();
    Status result;
    configureSqliteLibrary();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
        QSqlQuery query(db);
        // An exclusive lock is refused while any other connection has the file open.
        if (!db.open() || !query.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")) ||
            !query.exec(QStringLiteral("BEGIN EXCLUSIVE"))) {
            result = Error{tr("%1 is open in TRUC² or another program: close it first.")
                               .arg(QDir::toNativeSeparators(path))};
        } else {
            query.exec(QStringLiteral("ROLLBACK"));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

Result<QStringList> Database::integrityProblems() const
{
    return m_dialect->integrityProblems(connection());
}

} // namespace truc2
