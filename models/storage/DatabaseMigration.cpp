// Database's schema: the steps that bring a school up to the schema this program writes
// (storage/Migrations), run whole or not at all.
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/SqlError.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

namespace truc2 {

int Database::latestSchemaVersion()
{
    return migrations().back().version;
}

Status Database::migrate(int fromVersion)
{
    if (fromVersion > 0 && m_dialect->backend() == SqlDialect::Backend::SQLite) {
        const QFileInfo info(m_options.location);
        m_migrationBackup = info.absoluteDir().filePath(
            QStringLiteral("%1.schema%2-%3.sqlite")
                .arg(info.completeBaseName())
                .arg(fromVersion)
                .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
        if (Status copied = backupTo(m_migrationBackup); !copied) {
            return Error{tr("The database was not upgraded, because the copy taken beforehand "
                            "failed: %1")
                             .arg(copied.errorMessage())};
        }
    }
    // SQLite builds a table again under its name (step 8) with the foreign keys off, as its
    // documentation says, and they only change outside a transaction: they are off for the
    // whole upgrade, no reference may break meanwhile (those another program broke before
    // stay as they were), and they are on again after it.
    const bool sqlite = m_dialect->backend() == SqlDialect::Backend::SQLite;
    if (sqlite) {
        if (Status off = foreignKeysOff(); !off) {
            return off;
        }
    }
    // Every pending step in one transaction: the schema is upgraded whole, or not at all.
    int failedStep = 0;
    const Status done = transaction([&]() -> Status {
        // Another workstation may be migrating the same shared database: wait for it, then
        // look again at what it left.
        if (const QString lock = m_dialect->migrationLock(); !lock.isEmpty()) {
            if (Status locked = execStatement(connection(), lock); !locked) {
                return locked;
            }
        }
        const Result<int> current = readSchemaVersion();
        if (!current) {
            return current.error();
        }
        const Result<QStringList> brokenBefore = m_dialect->brokenReferences(connection());
        if (!brokenBefore) {
            return brokenBefore.error();
        }
        for (const Migration& step : migrations()) {
            if (step.version <= *current) {
                continue;
            }
            failedStep = step.version;
            QFile file(QString::fromLatin1(!sqlite && step.postgresResource ? step.postgresResource
                                                                            : step.resource));
            if (!file.open(QIODevice::ReadOnly)) {
                return Error{tr("Migration %1 is missing from the program.").arg(step.version)};
            }
            const QString script = m_dialect->expandDdl(QString::fromUtf8(file.readAll()));
            for (const QString& statement : splitSqlScript(script)) {
                if (Status ran = execStatement(connection(), statement); !ran) {
                    return ran;
                }
            }
            if (Status recorded = recordSchemaVersion(step.version); !recorded) {
                return recorded;
            }
        }
        const Result<QStringList> brokenAfter = m_dialect->brokenReferences(connection());
        if (!brokenAfter) {
            return brokenAfter.error();
        }
        for (const QString& broken : *brokenAfter) {
            if (!brokenBefore->contains(broken)) {
                return Error{broken};
            }
        }
        return {};
    });
    if (sqlite) {
        if (Status on = execStatement(connection(), QStringLiteral("PRAGMA foreign_keys = ON"));
            !on && done) {
            return on;
        }
    }
    if (!done) {
        return Error{tr("Upgrading the database to schema %1 failed, and nothing was "
                        "changed: %2")
                         .arg(failedStep)
                         .arg(done.errorMessage())};
    }
    return {};
}

Status Database::foreignKeysOff()
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA foreign_keys = OFF")) ||
        !query.exec(QStringLiteral("PRAGMA foreign_keys")) || !query.next()) {
        return Error{readableSqlError(query.lastError())};
    }
    // Inside a transaction SQLite ignores the change: dropping a table would then delete what
    // refers to it (ON DELETE CASCADE).
    if (query.value(0).toInt() != 0) {
        return Error{tr("The database was not upgraded: its foreign keys could not be turned "
                        "off for the upgrade.")};
    }
    return {};
}

Status Database::recordSchemaVersion(int version)
{
    QSqlQuery upsert(connection());
    upsert.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (:key, :value) "
                                  "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    upsert.bindValue(QStringLiteral(":key"), QStringLiteral("schema_version"));
    upsert.bindValue(QStringLiteral(":value"), QString::number(version));
    if (Status ran = execQuery(upsert); !ran) {
        return ran;
    }
    upsert.bindValue(QStringLiteral(":key"), QStringLiteral("app_id"));
    upsert.bindValue(QStringLiteral(":value"), QString::fromLatin1(kAppId));
    return execQuery(upsert);
}

} // namespace truc2
