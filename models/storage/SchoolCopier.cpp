#include "storage/SchoolCopier.h"

#include "storage/Database.h"
#include "storage/SchemaTables.h"
#include "storage/ServerAddress.h"
#include "storage/SqlError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <vector>

namespace truc2 {
namespace {

/// Values bound per INSERT: many rows per statement, far below SQLite's and PostgreSQL's
/// limits on parameters.
constexpr int kValuesPerStatement = 2000;

/// A multi-row INSERT with one ? per value. The table and column names come from
/// schemaTables(), the program's own list, never from data; every value is bound.
QString insertStatement(const SchemaTable& table, int rows)
{
    QString row = QStringLiteral("(?");
    for (qsizetype i = 1; i < table.columns.size(); ++i) {
        row += QLatin1String(", ?");
    }
    row += QLatin1Char(')');
    QStringList values;
    values.reserve(rows);
    for (int i = 0; i < rows; ++i) {
        values << row;
    }
    return QStringLiteral("INSERT INTO %1 (%2) VALUES ")
               .arg(table.name, table.columns.join(QStringLiteral(", "))) +
           values.join(QStringLiteral(", "));
}

void removeDatabaseFiles(const QString& path)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::remove(path + suffix);
    }
}

/// Only a database may be replaced: a document given as the target by mistake stays.
bool isSqliteFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) &&
           (file.size() == 0 || file.read(16) == QByteArray("SQLite format 3\0", 16));
}

bool sameLocation(const QString& a, const QString& b)
{
    const bool serverA = ServerAddress::isServerLocation(a);
    if (serverA != ServerAddress::isServerLocation(b)) {
        return false;
    }
    if (serverA) {
        const Result<ServerAddress> left = ServerAddress::parse(a);
        const Result<ServerAddress> right = ServerAddress::parse(b);
        return left && right && left->host == right->host && left->port == right->port &&
               left->database == right->database;
    }
    const QFileInfo left(a);
    const QFileInfo right(b);
    return left.absoluteFilePath() == right.absoluteFilePath() ||
           (left.exists() && left.canonicalFilePath() == right.canonicalFilePath());
}

/// Statements kept until the transactions end: PostgreSQL cannot free a statement in a
/// transaction that failed, only once it has rolled back.
using Statements = std::vector<std::unique_ptr<QSqlQuery>>;

/// Copies the rows of one table, many rows per statement. *done counts the rows of the whole
/// school copied so far, for the progress.
class TableCopy
{
public:
    TableCopy(const SchemaTable& table, Database& source, Database& target, Statements& statements)
        : m_table(table)
        , m_source(source)
        , m_target(target)
        , m_statements(statements)
        , m_batchRows(std::max(1, kValuesPerStatement / int(table.columns.size())))
    {}

    Status run(const CopyProgress& progress, qint64* done, qint64 total)
    {
        QSqlQuery& read = statement(m_source);
        read.setForwardOnly(true);
        // Names from schemaTables() only; no value is part of the statement.
        read.prepare(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                         .arg(m_table.columns.join(QStringLiteral(", ")), m_table.name,
                              m_table.key.join(QStringLiteral(", "))));
        if (Status ran = execQuery(read); !ran) {
            return ran;
        }
        QSqlQuery& batch = statement(m_target);
        if (!batch.prepare(insertStatement(m_table, m_batchRows))) {
            return Error{readableSqlError(batch.lastError())};
        }
        const int columns = int(m_table.columns.size());
        m_pending.reserve(qsizetype(m_batchRows) * columns);
        while (read.next()) {
            for (int i = 0; i < columns; ++i) {
                m_pending << portable(read.value(i));
            }
            if (m_pending.size() == qsizetype(m_batchRows) * columns) {
                if (Status written = write(batch); !written) {
                    return written;
                }
                *done += m_batchRows;
                if (progress) {
                    progress(m_table.name, *done, total);
                }
            }
        }
        if (read.lastError().isValid()) {
            return Error{readableSqlError(read.lastError())};
        }
        read.finish();
        if (!m_pending.isEmpty()) {
            const int rows = int(m_pending.size() / columns);
            QSqlQuery& tail = statement(m_target);
            if (!tail.prepare(insertStatement(m_table, rows))) {
                return Error{readableSqlError(tail.lastError())};
            }
            if (Status written = write(tail); !written) {
                return written;
            }
            *done += rows;
            if (progress) {
                progress(m_table.name, *done, total);
            }
        }
        return {};
    }

private:
    QSqlQuery& statement(const Database& database)
    {
        m_statements.push_back(std::make_unique<QSqlQuery>(database.connection()));
        return *m_statements.back();
    }

    /// A value as the other backend takes it: an empty text stays empty text (a null QString
    /// would be bound as NULL, and NOT NULL columns refuse it); SQL NULL stays NULL.
    static QVariant portable(const QVariant& value)
    {
        if (!value.isNull() && value.typeId() == QMetaType::QString && value.toString().isNull()) {
            return QVariant(QStringLiteral(""));
        }
        return value;
    }

    Status write(QSqlQuery& query)
    {
        for (qsizetype i = 0; i < m_pending.size(); ++i) {
            query.bindValue(int(i), m_pending.at(i));
        }
        m_pending.clear();
        return execQuery(query);
    }

    const SchemaTable& m_table;
    Database& m_source;
    Database& m_target;
    Statements& m_statements;
    const int m_batchRows;
    QVariantList m_pending;
};

class Copier
{
    Q_DECLARE_TR_FUNCTIONS(SchoolCopier)

public:
    Copier() = delete;

    /// The target must hold no school: no row anywhere but the schema's own (meta).
    static Status checkEmpty(const Database& target)
    {
        const Result<QList<TableRows>> counts = SchoolCopier::rowCounts(target);
        if (!counts) {
            return counts.error();
        }
        for (const TableRows& table : *counts) {
            if (table.table != QLatin1String("meta") && table.rows > 0) {
                return Error{tr("%1 already holds a school (%n row(s) in table %2): copy only "
                                "into a new file or an empty database.",
                                nullptr, int(std::min<qint64>(table.rows, 1'000'000'000)))
                                 .arg(target.displayName(), table.table)};
            }
        }
        return {};
    }
};

} // namespace

qint64 CopySummary::totalRows() const
{
    qint64 total = 0;
    for (const TableRows& table : tables) {
        total += table.rows;
    }
    return total;
}

Result<CopySummary> SchoolCopier::copy(Database& source, Database& target,
                                       const CopyProgress& progress)
{
    if (target.isReadOnly()) {
        return Error{
            tr("%1 is read-only: nothing can be copied into it.").arg(target.displayName())};
    }
    if (source.schemaVersion() != target.schemaVersion()) {
        return Error{tr("The two databases have different schemas (%1 and %2).")
                         .arg(source.schemaVersion())
                         .arg(target.schemaVersion())};
    }
    Statements statements; // freed after the transactions end
    CopySummary summary;
    summary.source = source.displayName();
    summary.target = target.displayName();
    const Status done = source.readSnapshot([&]() -> Status {
        return target.transaction([&]() -> Status {
            if (Status empty = Copier::checkEmpty(target); !empty) {
                return empty;
            }
            Result<QList<TableRows>> counts = rowCounts(source);
            if (!counts) {
                return counts.error();
            }
            summary.tables = *counts;
            const qint64 total = summary.totalRows();
            qint64 copied = 0;
            QStringList identities;
            // The migrations wrote the target's meta rows: the source's replace them.
            if (Status cleared =
                    execStatement(target.connection(), QStringLiteral("DELETE FROM meta"));
                !cleared) {
                return cleared;
            }
            for (const SchemaTable& table : schemaTables()) {
                TableCopy tableCopy(table, source, target, statements);
                if (Status ran = tableCopy.run(progress, &copied, total); !ran) {
                    return Error{tr("Copying table %1 failed, so nothing was copied: %2")
                                     .arg(table.name, ran.errorMessage())};
                }
                if (table.identity) {
                    identities << table.name;
                }
            }
            if (Status moved = target.dialect().resetIdentities(target.connection(), identities);
                !moved) {
                return moved;
            }
            return compare(source, target, &summary.periodsCompared);
        });
    });
    if (!done) {
        return done.error();
    }
    return summary;
}

Result<CopySummary> SchoolCopier::copy(const CopyOptions& options)
{
    if (options.from.isEmpty() || options.to.isEmpty()) {
        return Error{tr("Name both the school to copy and where to copy it.")};
    }
    for (const QString& location : {options.from, options.to}) {
        // A wrong address, or one with a password in it, is refused before anything is opened.
        if (ServerAddress::isServerLocation(location)) {
            if (const Result<ServerAddress> address = ServerAddress::parse(location); !address) {
                return address.error();
            }
        }
    }
    if (sameLocation(options.from, options.to)) {
        return Error{tr("The school cannot be copied onto itself: name another target.")};
    }
    QString building; // the new file, renamed to its name once complete
    if (!ServerAddress::isServerLocation(options.to)) {
        const QFileInfo target(options.to);
        if (target.exists() && !target.isFile()) {
            return Error{tr("%1 is not a file.").arg(QDir::toNativeSeparators(options.to))};
        }
        if (target.exists() && !options.replaceFile) {
            return Error{tr("%1 already exists: the copy goes into a new file.")
                             .arg(QDir::toNativeSeparators(options.to))};
        }
        if (target.exists() && !isSqliteFile(options.to)) {
            return Error{tr("%1 is not a TRUC² database, so it is not replaced: choose another "
                            "name.")
                             .arg(QDir::toNativeSeparators(options.to))};
        }
        if (Status free = Database::checkNotInUse(options.to); !free) {
            return free.error();
        }
        building = options.to + QStringLiteral(".copying");
        removeDatabaseFiles(building);
    }

    DatabaseOptions sourceOptions{options.from};
    sourceOptions.connectTimeoutSeconds = options.connectTimeoutSeconds;
    Result<std::unique_ptr<Database>> source = Database::open(sourceOptions);
    if (!source) {
        return Error{tr("The school to copy cannot be opened: %1").arg(source.errorMessage())};
    }
    DatabaseOptions targetOptions{building.isEmpty() ? options.to : building,
                                  DatabaseOptions::IfMissing::Create};
    targetOptions.connectTimeoutSeconds = options.connectTimeoutSeconds;
    Result<std::unique_ptr<Database>> target = Database::open(targetOptions);
    if (!target) {
        if (!building.isEmpty()) {
            removeDatabaseFiles(building);
        }
        return Error{tr("The target cannot be opened: %1").arg(target.errorMessage())};
    }
    Result<CopySummary> copied = copy(**source, **target, options.progress);
    target->reset(); // closes the file, so that it can be renamed or removed
    if (building.isEmpty()) {
        return copied;
    }
    if (!copied) {
        removeDatabaseFiles(building);
        return copied;
    }
    // An existing file is replaced in one step, and not while a window has it open: what that
    // window saved afterwards would be lost.
    if (Status free = Database::checkNotInUse(options.to); !free) {
        removeDatabaseFiles(building);
        return free.error();
    }
    std::error_code error;
    std::filesystem::rename(QFile::encodeName(building).toStdString(),
                            QFile::encodeName(options.to).toStdString(), error);
    if (error) {
        removeDatabaseFiles(building);
        return Error{tr("Cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(options.to),
                              QString::fromLocal8Bit(error.message()))};
    }
    QFile::remove(options.to + QStringLiteral("-wal"));
    QFile::remove(options.to + QStringLiteral("-shm"));
    copied->target = QDir::toNativeSeparators(options.to);
    return copied;
}

} // namespace truc2
