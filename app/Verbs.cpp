#include "Verbs.h"

#include "CommandLine.h"
#include "School.h"
#include "VerbSupport.h"
#include "demo/DemoSchool.h"
#include "documents/AttendanceSheet.h"
#include "documents/CalendarExport.h"
#include "stats/PeriodFigures.h"
#include "storage/SchoolCopier.h"
#include "storage/ServerAddress.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>

#include <filesystem>
#include <optional>

namespace truc2::cli {
namespace {

void removeDatabaseFiles(const QString& path)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::remove(path + suffix);
    }
}

} // namespace

int runDemo(const GlobalOptions& options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Verbs::tr("Creates the demo school: 600 agents, the five formats, the catalogue and the "
                  "programme from September 2019 to December 2021, whose figures are the ones "
                  "the municipality published. With --agents and --years, a large municipality "
                  "of the same shape, for benchmarks."));
    const QCommandLineOption force(QStringLiteral("force"),
                                   Verbs::tr("Replace an existing database."));
    const QCommandLineOption agents(QStringLiteral("agents"), Verbs::tr("Number of agents."),
                                    QStringLiteral("N"), QStringLiteral("600"));
    const QCommandLineOption years(QStringLiteral("years"),
                                   Verbs::tr("Number of school years from September 2019."),
                                   QStringLiteral("Y"));
    parser.addOptions({force, agents, years});
    int exitCode = Success;
    if (!parseVerb(parser, options, &exitCode)) {
        return exitCode;
    }
    DemoOptions demo;
    bool ok = false;
    demo.agents = parser.value(agents).toInt(&ok);
    if (!ok || demo.agents < 50 || demo.agents > 1'000'000) {
        return fail(Verbs::tr("--agents takes a number from 50 to 1000000."), UsageError);
    }
    if (parser.isSet(years)) {
        demo.years = parser.value(years).toInt(&ok);
        if (!ok || demo.years < 1 || demo.years > 50) {
            return fail(Verbs::tr("--years takes a number from 1 to 50."), UsageError);
        }
    } else if (demo.agents != 600) {
        demo.years = 3;
    }

    const QString path = databasePath(options);
    if (QFileInfo::exists(path) && !parser.isSet(force)) {
        return fail(Verbs::tr("%1 already exists: add --force to replace it.").arg(path));
    }
    if (Status free = Database::checkNotInUse(path); !free) {
        return fail(free.errorMessage());
    }
    // Built beside the target and renamed at the end, so that a failure leaves what was there.
    const QString building = path + QStringLiteral(".building");
    removeDatabaseFiles(building);
    {
        Result<std::unique_ptr<School>> school =
            School::open({building, DatabaseOptions::IfMissing::Create});
        if (!school) {
            return fail(school.errorMessage());
        }
        if (Status built = buildDemoSchool(**school, demo); !built) {
            school->reset();
            removeDatabaseFiles(building);
            return fail(Verbs::tr("The demo school was not created: %1").arg(built.errorMessage()));
        }
    }
    // The old school stays until the new one replaces it in one step (and not while a window
    // has it open: what that window saved afterwards would be lost).
    if (Status free = Database::checkNotInUse(path); !free) {
        removeDatabaseFiles(building);
        return fail(free.errorMessage());
    }
    std::error_code error;
    std::filesystem::rename(building.toStdString(), path.toStdString(), error);
    if (error) {
        removeDatabaseFiles(building);
        return fail(Verbs::tr("Cannot write %1.").arg(path));
    }
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    out() << Verbs::tr("Demo school created in %1.").arg(QDir::toNativeSeparators(path))
          << Qt::endl;
    return Success;
}

int runCalendar(const GlobalOptions& options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Verbs::tr("Writes the sessions of a period as an iCalendar file (.ics) that Outlook, "
                  "Thunderbird and phones import. Each session keeps the same identity from one "
                  "export to the next, so importing a newer file updates the events: moved, "
                  "changed or cancelled."));
    const QCommandLineOption from(QStringLiteral("from"), Verbs::tr("First day of the period."),
                                  QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption to(QStringLiteral("to"), Verbs::tr("Last day of the period."),
                                QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption output(QStringLiteral("out"), Verbs::tr("The calendar file to write."),
                                    QStringLiteral("FILE.ics"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    Verbs::tr("Only the sessions of this format (its code, "
                                              "e.g. UT)."),
                                    QStringLiteral("CODE"));
    parser.addOptions({from, to, output, format});
    int exitCode = Success;
    if (!parseVerb(parser, options, &exitCode)) {
        return exitCode;
    }
    Period period;
    if (!parsePeriod(parser, from, to, &period, &exitCode)) {
        return exitCode;
    }
    if (!parser.isSet(output)) {
        return fail(Verbs::tr("Name the calendar file with --out FILE.ics."), UsageError);
    }
    Result<std::unique_ptr<School>> school = openUpToDate(options);
    if (!school) {
        return fail(school.errorMessage());
    }
    if (Status known = checkCalendarFormat(**school, parser.value(format)); !known) {
        return fail(known.errorMessage(), UsageError);
    }
    const QString path = parser.value(output);
    const Result<int> written = writeCalendar(**school, period, parser.value(format), path);
    if (!written) {
        return fail(written.errorMessage());
    }
    out() << Verbs::tr("%n session(s) written to %1.", nullptr, *written)
                 .arg(QDir::toNativeSeparators(path))
          << Qt::endl;
    return Success;
}

int runSheet(const GlobalOptions& options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Verbs::tr("Writes the attendance sheet of a session as a PDF: its registrants sorted by "
                  "name (not the waiting list), blank rows for walk-ins and the animators, with "
                  "a cell to sign for each half-day."));
    parser.addPositionalArgument(QStringLiteral("session"),
                                 Verbs::tr("The session's code, e.g. UT-2021-014."),
                                 QStringLiteral("SESSION_CODE"));
    const QCommandLineOption output(QStringLiteral("out"), Verbs::tr("The PDF file to write."),
                                    QStringLiteral("FILE.pdf"));
    const QCommandLineOption blank(QStringLiteral("blank-rows"),
                                   Verbs::tr("Blank rows for walk-ins, from 0 to %1 (default %2).")
                                       .arg(AttendanceSheet::MaximumBlankRows)
                                       .arg(AttendanceSheet::DefaultBlankRows),
                                   QStringLiteral("N"),
                                   QString::number(AttendanceSheet::DefaultBlankRows));
    parser.addOptions({output, blank});
    int exitCode = Success;
    if (!parseVerb(parser, options, &exitCode, 1)) {
        return exitCode;
    }
    if (parser.positionalArguments().isEmpty()) {
        return fail(Verbs::tr("Name the session by its code: truc2 sheet UT-2021-014 --out "
                              "FILE.pdf."),
                    UsageError);
    }
    if (!parser.isSet(output)) {
        return fail(Verbs::tr("Name the PDF file with --out FILE.pdf."), UsageError);
    }
    bool ok = false;
    const int blankRows = parser.value(blank).toInt(&ok);
    if (!ok || blankRows < 0 || blankRows > AttendanceSheet::MaximumBlankRows) {
        return fail(Verbs::tr("--blank-rows takes a number from 0 to %1.")
                        .arg(AttendanceSheet::MaximumBlankRows),
                    UsageError);
    }
    Result<std::unique_ptr<School>> school = openUpToDate(options);
    if (!school) {
        return fail(school.errorMessage());
    }
    const AttendanceSheetReader reader((*school)->database(), (*school)->settings());
    const QString code = parser.positionalArguments().first();
    const Result<qint64> sessionId = reader.sessionIdOf(code);
    if (!sessionId) {
        return fail(sessionId.errorMessage());
    }
    const Result<AttendanceSheetSource> source = reader.read(*sessionId);
    if (!source) {
        return fail(source.errorMessage());
    }
    const Result<PagedDocument> sheet = AttendanceSheet::build(*source, blankRows);
    if (!sheet) {
        return fail(sheet.errorMessage());
    }
    const QString path = parser.value(output);
    if (Status written = sheet->writePdf(path); !written) {
        return fail(written.errorMessage());
    }
    out() << Verbs::tr("Attendance sheet of %1 (%n registrant(s)) written to %2.", nullptr,
                       int(source->registrants.size()))
                 .arg(source->session.code, QDir::toNativeSeparators(path))
          << Qt::endl;
    return Success;
}

int runBackup(const GlobalOptions& options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Verbs::tr("Writes a consistent copy of the database, even while the program is in use. "
                  "To restore it, open the copy."));
    const QCommandLineOption output(QStringLiteral("out"), Verbs::tr("The copy to write."),
                                    QStringLiteral("FILE"));
    parser.addOption(output);
    int exitCode = Success;
    if (!parseVerb(parser, options, &exitCode)) {
        return exitCode;
    }
    if (!parser.isSet(output)) {
        return fail(Verbs::tr("Name the copy with --out FILE."), UsageError);
    }
    // A copy leaves the school exactly as it is: opened read-only, an older schema included.
    const DatabaseOptions open = DatabaseOptions::asItIs(databasePath(options));
    Result<std::unique_ptr<School>> school = School::open(open);
    if (!school) {
        return fail(school.errorMessage());
    }
    if (Status done = (*school)->database().backupTo(parser.value(output)); !done) {
        return fail(done.errorMessage());
    }
    out() << Verbs::tr("Backup written to %1.").arg(QDir::toNativeSeparators(parser.value(output)))
          << Qt::endl;
    return Success;
}

int runCheck(const GlobalOptions& options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Verbs::tr("Checks the database's integrity and references; exits with 1 on a problem."));
    int exitCode = Success;
    if (!parseVerb(parser, options, &exitCode)) {
        return exitCode;
    }
    const DatabaseOptions open = DatabaseOptions::asItIs(databasePath(options));
    Result<std::unique_ptr<School>> school = School::open(open);
    if (!school) {
        return fail(school.errorMessage());
    }
    if (const int version = (*school)->database().schemaVersion();
        version < Database::latestSchemaVersion()) {
        out() << Verbs::tr("Schema %1: the program will upgrade it to schema %2 the next time "
                           "it opens the school for writing.")
                     .arg(version)
                     .arg(Database::latestSchemaVersion())
              << Qt::endl;
    }
    const Result<QStringList> problems = (*school)->database().integrityProblems();
    if (!problems) {
        return fail(problems.errorMessage());
    }
    if (!problems->isEmpty()) {
        for (const QString& problem : *problems) {
            err() << problem << '\n';
        }
        return fail(Verbs::tr("%n problem(s) found.", nullptr, int(problems->size())));
    }
    out() << Verbs::tr("No problem found: %n agent(s) in the directory.", nullptr,
                       (*school)->agents().count())
          << Qt::endl;
    return Success;
}

int runCopy(const GlobalOptions& options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Verbs::tr("Copies a whole school to another database: from a file to a PostgreSQL server "
                  "to share it, back to a file, or to another file. The target must be a new "
                  "file or a server database without a school; the figures of both sides are "
                  "compared at the end. Give the server's password in PGPASSWORD or ~/.pgpass, "
                  "never in the address."));
    const QCommandLineOption from(QStringLiteral("from"),
                                  Verbs::tr("The school to copy: a file, or "
                                            "postgresql://user@host:port/database."),
                                  Verbs::tr("path|address"));
    const QCommandLineOption to(QStringLiteral("to"),
                                Verbs::tr("Where to copy it: a new file, or an empty database "
                                          "on a server."),
                                Verbs::tr("path|address"));
    const QCommandLineOption force(
        QStringLiteral("force"),
        Verbs::tr("Replace an existing target file (a server database is never replaced)."));
    parser.addOptions({from, to, force});
    int exitCode = Success;
    if (!parseVerb(parser, options, &exitCode)) {
        return exitCode;
    }
    if (!options.database.isEmpty()) {
        return fail(Verbs::tr("copy names both databases with --from and --to, not --database."),
                    UsageError);
    }
    if (!parser.isSet(from) || !parser.isSet(to)) {
        return fail(Verbs::tr("Name the school to copy with --from and the target with --to."),
                    UsageError);
    }
    CopyOptions copy;
    copy.from = parser.value(from);
    copy.to = parser.value(to);
    copy.replaceFile = parser.isSet(force);
    if (ServerAddress::isServerLocation(copy.to)) {
        if (copy.replaceFile) {
            return fail(Verbs::tr("--force only replaces a file: a server database is never "
                                  "replaced. Copy into an empty database."),
                        UsageError);
        }
    } else if (QFileInfo::exists(copy.to) && !copy.replaceFile) {
        return fail(Verbs::tr("%1 already exists: add --force to replace it.")
                        .arg(QDir::toNativeSeparators(copy.to)));
    }
    const Result<CopySummary> copied = SchoolCopier::copy(copy);
    if (!copied) {
        return fail(copied.errorMessage());
    }
    out() << Verbs::tr("%1 copied to %2:").arg(copied->source, copied->target) << '\n';
    for (const TableRows& table : copied->tables) {
        out() << QStringLiteral("  %1 %2\n").arg(table.table.leftJustified(20)).arg(table.rows, 10);
    }
    out() << QStringLiteral("  %1 %2\n")
                 .arg(Verbs::tr("Total").leftJustified(20))
                 .arg(copied->totalRows(), 10);
    out() << (copied->periodsCompared.isEmpty()
                  ? Verbs::tr("Row counts identical on both sides; no session to compare figures.")
                  : Verbs::tr("Figures identical on both sides (%1).")
                        .arg(copied->periodsCompared.join(QStringLiteral(", "))))
          << Qt::endl;
    return Success;
}

} // namespace truc2::cli
