#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace truc2 {

class Database;

/// Rows of one table, as copied or counted.
struct TableRows
{
    QString table;
    qint64 rows = 0;
};

/// What a copy did: the rows of every table, and the periods whose figures were compared.
struct CopySummary
{
    QString source; ///< Display names of both sides.
    QString target;
    QList<TableRows> tables;
    QStringList periodsCompared; ///< "2020", "2021" … and the whole span "2019-09-16/2021-12-14".

    qint64 totalRows() const;
};

/// Called now and then while rows are copied: the table being copied, and the rows of the
/// whole school copied so far out of all of them.
using CopyProgress = std::function<void(const QString& table, qint64 done, qint64 total)>;

struct CopyOptions
{
    QString from; ///< The school to copy: a file path or postgresql://user@host:port/database.
    QString to;   ///< A new file, or a server database that holds no school yet.
    /// Replace an existing target file (only when the copy succeeded). A server database is
    /// never replaced.
    bool replaceFile = false;
    int connectTimeoutSeconds = 5;
    CopyProgress progress = {};
};

/// Moves a whole school between databases (SQLite file to PostgreSQL server and back, or file
/// to file): every table of the schema, ids kept, in one transaction on the target. The
/// target is either filled and checked whole, or left without a school.
class SchoolCopier
{
    Q_DECLARE_TR_FUNCTIONS(SchoolCopier)

public:
    SchoolCopier() = delete;

    /// Opens both sides and copies. A file target is written beside its name and renamed at
    /// the end, so a failure leaves nothing new (and an existing file as it was).
    static Result<CopySummary> copy(const CopyOptions& options);

    /// Copies source into target, which must hold no school yet (a new file, or a server
    /// database with at most the schema). Reads one consistent state of the source; writes in
    /// one transaction that rolls back on any failure, including a difference found by
    /// compare() at the end.
    static Result<CopySummary> copy(Database& source, Database& target,
                                    const CopyProgress& progress = {});

    /// Compares two schools: the rows of every table, then the figures of every calendar year
    /// with sessions and of the whole span. Fails naming the first difference. The periods
    /// compared are added to *periods when given.
    static Status compare(Database& source, Database& copy, QStringList* periods = nullptr);

    /// The rows of every table of the schema, in schemaTables() order.
    static Result<QList<TableRows>> rowCounts(const Database& database);
};

} // namespace truc2
