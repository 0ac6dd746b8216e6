// Survey import benchmark: a LimeSurvey-like export of 100,000 responses (by default) for the
// sessions of a demo school, loaded by `sqlite3 x.db ".import --csv data.csv t"` and by TRUC²'s
// survey import (read, check, write), with both times and their ratio. Run a release build:
//   build/release/tests/bench/bench_survey_import [--rows N] [--agents N] [--runs N]
//   build/release/tests/bench/bench_survey_import --open postgresql://user@host:port/db
//     (imports into that school too; a school without sessions gets the demo first)
#include "BenchOutput.h"
#include "School.h"
#include "core/TimeZoneSetup.h"
#include "demo/DemoSchool.h"
#include "import/SurveyImporter.h"
#include "import/TableReader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <optional>
#include <sys/resource.h>

using namespace truc2;

namespace {

using bench::cpuMilliseconds;
using bench::newPages;
using bench::out;
using bench::report;

/// Wall-clock and processor time of a step.
struct Time
{
    double wall = 0;
    double cpu = 0;
    qint64 pages = 0; ///< Memory pages touched for the first time.
    Time operator+(const Time& other) const
    {
        return {wall + other.wall, cpu + other.cpu, pages + other.pages};
    }
};

/// Measures from its creation (or restart()) to elapsed().
class Stopwatch
{
public:
    explicit Stopwatch(bool children = false)
        : m_children(children)
    {
        restart();
    }
    void restart()
    {
        m_timer.start();
        m_cpu = cpuMilliseconds(m_children);
        m_pages = newPages(m_children);
    }
    Time elapsed() const
    {
        return {double(m_timer.nsecsElapsed()) / 1e6, cpuMilliseconds(m_children) - m_cpu,
                newPages(m_children) - m_pages};
    }

private:
    bool m_children;
    QElapsedTimer m_timer;
    double m_cpu = 0;
    qint64 m_pages = 0;
};

void report(const QString& what, const Time& time)
{
    out() << what.leftJustified(52, QLatin1Char('.')) << ' '
          << QString::number(time.wall, 'f', 1).rightJustified(9) << " ms (processor "
          << QString::number(time.cpu, 'f', 1).rightJustified(8) << " ms, "
          << QString::number(time.pages * 4 / 1024).rightJustified(4) << " MiB of new pages)"
          << Qt::endl;
}

/// Writes the export: LimeSurvey's columns, its codes as answers, a comment now and then with
/// commas, quotes and line breaks.
bool writeExport(const QString& path, const QStringList& codes, qint64 rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return false;
    }
    QRandomGenerator random(20210312);
    QByteArray text = "id,submitdate,lastpage,startlanguage,seed,startdate,datestamp,ipaddr,"
                      "SESSION,SATIS,UTILE,RECO,COMMENT\r\n";
    const QList<QByteArray> comments{"",
                                     "",
                                     "",
                                     "Très bien, merci",
                                     "\"Trop court\", dit-on",
                                     "Formateur au top !",
                                     "Plus d'exemples\r\nsur Excel, svp",
                                     "RAS"};
    for (qint64 id = 1; id <= rows; ++id) {
        const int day = 1 + int(id % 28);
        const QByteArray at = QStringLiteral("2021-03-%1 1%2:%3:%4")
                                  .arg(day, 2, 10, QLatin1Char('0'))
                                  .arg(id % 9)
                                  .arg(id % 60, 2, 10, QLatin1Char('0'))
                                  .arg((id * 7) % 60, 2, 10, QLatin1Char('0'))
                                  .toUtf8();
        const bool complete = id % 20 != 0;
        QByteArray comment = comments.at(random.bounded(comments.size()));
        if (comment.contains(',') || comment.contains('"') || comment.contains('\n')) {
            comment = '"' + comment.replace("\"", "\"\"") + '"';
        }
        text += QByteArray::number(id) + ',' + (complete ? at : QByteArray()) + ",3,fr," +
                QByteArray::number(random.bounded(100000)) + ',' + at + ',' + at + ",192.168.0." +
                QByteArray::number(id % 250) + ',' +
                codes.at(random.bounded(codes.size())).toUtf8() + ",A" +
                QByteArray::number(1 + random.bounded(5)) + ',' +
                (random.bounded(10) < 8 ? "Y" : "N") + ',' + (random.bounded(10) < 9 ? "Y" : "N") +
                ',' + comment + "\r\n";
        if (text.size() > (1 << 20)) {
            file.write(text);
            text.clear();
        }
    }
    return file.write(text) == text.size() && file.flush();
}

/// The phases of one import.
struct ImportTimes
{
    Time read;  ///< Open, guess the mapping, read and check every row, keys compared, the file's
                ///< SHA-256 (computed by the importer beside the reading).
    Time write; ///< The one transaction that writes the new responses.
    /// After the commit, the wait until another thread has copied the write-ahead log into the
    /// file (the window is free meanwhile).
    Time checkpoint;
    Time total() const { return read + write; }
};

/// Imports the file into a school as the dialog and `truc2 import survey` do: read and check
/// (the file's hash computed meanwhile), then write.
ImportTimes importInto(School& school, const QString& path, SurveyImportSummary* summary)
{
    ImportTimes times;
    Stopwatch timer;
    Result<Table> first = readTable(path, {}, 50);
    Result<std::unique_ptr<TableReader>> reader = TableReader::open(path);
    if (!first || !reader) {
        qFatal("Cannot read the export");
    }
    SurveyImporter importer(school, guessSurveyMapping(first->records));
    Result<SurveyImportSummary> read = importer.read(**reader);
    if (!read) {
        qFatal("%s", qPrintable(read.errorMessage()));
    }
    times.read = timer.elapsed();
    timer.restart();
    Result<SurveyImportSummary> applied = importer.apply();
    if (!applied) {
        qFatal("%s", qPrintable(applied.errorMessage()));
    }
    times.write = timer.elapsed();
    timer.restart();
    school.database().waitForCheckpoint();
    times.checkpoint = timer.elapsed();
    *summary = *applied;
    return times;
}

void reportImport(const QString& what, const ImportTimes& times)
{
    report(what + QStringLiteral(": read, check, hash"), times.read);
    report(what + QStringLiteral(": write"), times.write);
    report(what + QStringLiteral(": total"), times.total());
    report(what + QStringLiteral(": then the log into the file, apart"), times.checkpoint);
}

Result<std::unique_ptr<School>> schoolWithSessions(const QString& location, int agents)
{
    Result<std::unique_ptr<School>> school =
        School::open({location, DatabaseOptions::IfMissing::Create});
    if (!school) {
        return school;
    }
    if (Result<QHash<QString, qint64>> codes = (*school)->surveys().sessionCodes();
        codes && codes->isEmpty()) {
        DemoOptions demo;
        demo.agents = agents;
        demo.years = 1;
        if (Status built = buildDemoSchool(**school, demo); !built) {
            return built.error();
        }
    }
    return school;
}

} // namespace

int main(int argc, char* argv[])
{
    settleTimeZone(); // as the program does
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("truc2-bench"));
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Responses."),
                                        QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption agentsOption(QStringLiteral("agents"),
                                          QStringLiteral("Agents of the demo school."),
                                          QStringLiteral("N"), QStringLiteral("3000"));
    const QCommandLineOption openOption(QStringLiteral("open"),
                                        QStringLiteral("Also import into this school."),
                                        QStringLiteral("LOCATION"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Runs of each import, the best compared."),
                                        QStringLiteral("N"), QStringLiteral("5"));
    parser.addOptions({rowsOption, agentsOption, openOption, runsOption});
    parser.process(app);
    const qint64 rows = parser.value(rowsOption).toLongLong();
    const int agents = parser.value(agentsOption).toInt();
    const int runs = std::max(1, parser.value(runsOption).toInt());

    QTemporaryDir dir;
    // The demo school, built once and closed (its WAL folded into the file): each run imports
    // into a fresh copy of it.
    const QString original = dir.filePath(QStringLiteral("original.truc2"));
    QStringList codes;
    {
        Result<std::unique_ptr<School>> school = schoolWithSessions(original, agents);
        if (!school) {
            qFatal("%s", qPrintable(school.errorMessage()));
        }
        codes = (*school)->surveys().sessionCodes()->keys();
    }
    const QString csv = dir.filePath(QStringLiteral("data.csv"));
    if (!writeExport(csv, codes, rows)) {
        qFatal("Cannot write the export");
    }
    out() << rows << " responses for " << codes.size() << " sessions, " << QFile(csv).size() / 1024
          << " KiB" << Qt::endl;
    out() << "sqlite3: `sqlite3 x.db \".import --csv data.csv t\"` (a new database file, one table "
             "of text columns named by the header, every row inserted as it is: no index, no "
             "check, process start included)."
          << Qt::endl
          << "TRUC²: the import the dialog and `truc2 import survey` run on the same file: "
             "encoding and separator detected, the mapping guessed from the first rows, every row "
             "read and checked (session code, time, answers), the response keys computed and "
             "compared with the school's, the file's SHA-256; then one transaction writes the new "
             "responses into survey_response (4 indexes, one of them unique, foreign keys on); "
             "its commit writes them to SQLite's write-ahead log, and another thread then copies "
             "the log into the file (shown apart: the window is free meanwhile)."
          << Qt::endl
          << "Each of the " << runs
          << " runs loads the file into a new sqlite3 database and into a new copy of the demo "
             "school; the best of each is compared (the machine may be shared: wall-clock and "
             "processor times are shown)."
          << Qt::endl;

    std::optional<Time> bestSqlite;
    std::optional<ImportTimes> bestOurs;
    SurveyImportSummary summary;
    std::unique_ptr<School> school;
    for (int run = 1; run <= runs; ++run) {
        const QString sqliteFile = dir.filePath(QStringLiteral("x%1.db").arg(run));
        const Stopwatch timer(true);
        const int status = QProcess::execute(
            QStringLiteral("sqlite3"), {sqliteFile, QStringLiteral(".import --csv %1 t").arg(csv)});
        const Time sqlite = timer.elapsed();
        if (status != 0) {
            qFatal("sqlite3 .import failed (%d)", status);
        }
        QFile::remove(sqliteFile);
        report(QStringLiteral("run %1: sqlite3 .import --csv").arg(run), sqlite);
        if (!bestSqlite || sqlite.wall < bestSqlite->wall) {
            bestSqlite = sqlite;
        }

        school.reset();
        const QString copy = dir.filePath(QStringLiteral("school%1.truc2").arg(run));
        if (!QFile::copy(original, copy)) {
            qFatal("Cannot copy the demo school");
        }
        Result<std::unique_ptr<School>> opened = School::open({copy});
        if (!opened) {
            qFatal("%s", qPrintable(opened.errorMessage()));
        }
        school = std::move(opened).value();
        const ImportTimes times = importInto(*school, csv, &summary);
        reportImport(QStringLiteral("run %1: survey import (SQLite)").arg(run), times);
        if (!bestOurs || times.total().wall < bestOurs->total().wall) {
            bestOurs = times;
        }
    }
    out() << "  " << summary.toAdd << " added, " << summary.incomplete << " incomplete left out"
          << Qt::endl;
    report(QStringLiteral("best: sqlite3 .import --csv"), *bestSqlite);
    reportImport(QStringLiteral("best: survey import (SQLite)"), *bestOurs);
    const Time ours = bestOurs->total();
    out() << "ratio: " << QString::number(ours.wall / bestSqlite->wall, 'f', 2)
          << " × sqlite3 .import (processor time: "
          << QString::number(ours.cpu / bestSqlite->cpu, 'f', 2) << " ×)" << Qt::endl;
    const Time whole = ours + bestOurs->checkpoint;
    out() << "ratio with the checkpoint that follows on another thread: "
          << QString::number(whole.wall / bestSqlite->wall, 'f', 2)
          << " × (processor time: " << QString::number(whole.cpu / bestSqlite->cpu, 'f', 2) << " ×)"
          << Qt::endl;

    SurveyImportSummary again;
    reportImport(QStringLiteral("the same file again"), importInto(*school, csv, &again));
    out() << "  " << again.toAdd << " added, " << again.alreadyImported << " already there"
          << Qt::endl;

    if (parser.isSet(openOption)) {
        Result<std::unique_ptr<School>> other =
            schoolWithSessions(parser.value(openOption), agents);
        if (!other) {
            qFatal("%s", qPrintable(other.errorMessage()));
        }
        // The same sessions by code make the same file valid there (a demo is deterministic).
        SurveyImportSummary there;
        const double elapsed = importInto(**other, csv, &there).total().wall;
        report(QStringLiteral("survey import (%1)").arg((*other)->database().displayName()),
               Time{elapsed, 0});
        out() << "  " << there.toAdd << " added, " << there.alreadyImported
              << " already there; ratio: " << QString::number(elapsed / bestSqlite->wall, 'f', 2)
              << " × sqlite3 .import" << Qt::endl;
    }
    return 0;
}
