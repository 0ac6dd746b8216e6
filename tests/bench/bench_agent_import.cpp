// Agents import benchmark: writes an HR export of N agents (50,000 by default) as CSV, times
// sqlite3's `.import --csv` of that file into a table, then TRUC²'s import of the same file into
// a fresh school and again over the same file (every agent unchanged), and prints the ratios.
// The issue asks for the import within 3× sqlite3's time. Run a release build:
//   build/release/tests/bench/bench_agent_import [--agents N] [--keep DIR] [--once]
#include "BenchOutput.h"
#include "School.h"
#include "core/TimeZoneSetup.h"
#include "import/AgentImporter.h"
#include "import/AgentRows.h"
#include "import/TableReader.h"
#include "storage/AgentStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

using namespace truc2;

namespace {

using bench::cpuMilliseconds;
using bench::newPages;
using bench::out;
using bench::report;

/// Processor time of sqlite3's .import, set by timeSqliteImport().
double g_sqliteCpu = -1;

/// An HR export as French municipalities have them: 12 directions of 8 services, the usual
/// statuses and categories, accented names, e-mail addresses, matricules with leading zeros.
bool writeExport(const QString& path, int agents)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return false;
    }
    const QStringList lastNames{
        QStringLiteral("Martin"),   QStringLiteral("Bernard"), QStringLiteral("Dubois"),
        QStringLiteral("Thomas"),   QStringLiteral("Robert"),  QStringLiteral("Richard"),
        QStringLiteral("Petit"),    QStringLiteral("Durand"),  QStringLiteral("Leroy"),
        QStringLiteral("Moreau"),   QStringLiteral("Simon"),   QStringLiteral("Laurent"),
        QStringLiteral("Lefèbvre"), QStringLiteral("Michel"),  QStringLiteral("Garçia")};
    const QStringList firstNames{QStringLiteral("Élodie"), QStringLiteral("Paul"),
                                 QStringLiteral("Anne"),   QStringLiteral("Jérôme"),
                                 QStringLiteral("Chloé"),  QStringLiteral("Luc"),
                                 QStringLiteral("Inès"),   QStringLiteral("François")};
    const QStringList statuses{QStringLiteral("Titulaire"), QStringLiteral("Titulaire"),
                               QStringLiteral("Contractuel"), QStringLiteral("Stagiaire")};
    const QStringList grades{QStringLiteral("Adjoint administratif"), QStringLiteral("Rédacteur"),
                             QStringLiteral("Attaché"), QStringLiteral("Technicien"),
                             QStringLiteral("Ingénieur")};
    const char* categories = "CBABA";
    QByteArray data = QByteArrayLiteral(
        "Matricule,Civilité,Nom,Prénom,Direction,Service,Grade,Catégorie,Statut,Courriel\n");
    data.reserve(agents * 140);
    for (int i = 0; i < agents; ++i) {
        const QString last = lastNames.at(i % lastNames.size());
        const QString first = firstNames.at((i / 3) % firstNames.size());
        const int grade = (i / 7) % grades.size();
        const QString line =
            QStringLiteral("%1,%2,%3,%4,Direction %5,Service %5.%6,%7,%8,%9,%10@ville.fr\n")
                .arg(i + 1, 6, 10, QLatin1Char('0'))
                .arg(i % 2 ? QStringLiteral("M.") : QStringLiteral("Mme"), last.toUpper(), first)
                .arg(i % 12 + 1)
                .arg(i / 12 % 8 + 1)
                .arg(grades.at(grade), QString(QLatin1Char(categories[grade])),
                     statuses.at(i % statuses.size()), QStringLiteral("agent%1").arg(i + 1));
        data += line.toUtf8();
    }
    return file.write(data) == data.size();
}

/// sqlite3's .import of the same file into a new table; negative when sqlite3 is missing.
double timeSqliteImport(const QString& dir, const QString& csv)
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (program.isEmpty()) {
        return -1;
    }
    const QString db = QDir(dir).filePath(QStringLiteral("sqlite3-import.db"));
    QFile::remove(db);
    QProcess process;
    const double cpu = cpuMilliseconds(true);
    QElapsedTimer timer;
    timer.start();
    process.start(program, {db, QStringLiteral(".import --csv %1 t").arg(csv)});
    if (!process.waitForFinished(600'000) || process.exitCode() != 0) {
        out() << "sqlite3 failed: " << process.readAllStandardError() << Qt::endl;
        return -1;
    }
    const double wall = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    g_sqliteCpu = cpuMilliseconds(true) - cpu;
    return wall;
}

struct ImportTimes
{
    double read = 0;     ///< The file opened and its first records read.
    double validate = 0; ///< The columns guessed, the rest read as it streams, every row checked.
    double write = 0;
    /// After the commit, the wait until another thread has copied SQLite's write-ahead log
    /// into the file (the window is free meanwhile).
    double checkpoint = 0;
    double cpu = 0;   ///< Processor time of the three.
    qint64 pages = 0; ///< Memory pages touched for the first time by the three.
    double total() const { return read + validate + write; }
};

ImportTimes importFile(School& school, const QString& csv, AgentImportSummary* summary)
{
    ImportTimes times;
    const double cpu = cpuMilliseconds();
    const qint64 pages = newPages();
    QElapsedTimer timer;
    timer.start();
    // As `truc2 import agents` does: the file read once as it streams (decoded on another
    // thread while the agents are read), the columns guessed from its first records.
    Result<std::unique_ptr<TableReader>> reader = TableReader::open(csv);
    if (!reader) {
        out() << reader.errorMessage() << Qt::endl;
        std::exit(1);
    }
    Result<AgentFileRows> read =
        readAgentFile(**reader, [&](const QList<TableRecord>& head) -> AgentColumnMapping {
            times.read = static_cast<double>(timer.nsecsElapsed()) / 1e6;
            timer.restart();
            const qsizetype headerRow = detectHeaderRow(head);
            return guessAgentMapping(head.at(headerRow).cells, headerRow);
        });
    if (!read) {
        out() << read.errorMessage() << Qt::endl;
        std::exit(1);
    }
    const AgentColumnMapping mapping = read->mapping;
    const QList<ImportedAgent> rows = std::move(read->rows);
    times.validate = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    const Result<AgentImportSummary> done = AgentImporter(school).run(rows, mapping);
    times.write = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    times.cpu = cpuMilliseconds() - cpu;
    times.pages = newPages() - pages;
    if (!done) {
        out() << done.errorMessage() << Qt::endl;
        std::exit(1);
    }
    timer.restart();
    school.database().waitForCheckpoint(); // so that the next import does not run beside it
    times.checkpoint = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    *summary = *done;
    return times;
}

void reportImport(const QString& what, const ImportTimes& times, double sqlite)
{
    report(what + QStringLiteral(": open, first records"), times.read);
    report(what + QStringLiteral(": columns, read and check the rows"), times.validate);
    report(what + QStringLiteral(": plan and write"), times.write);
    report(what + QStringLiteral(": total"), times.total());
    report(what + QStringLiteral(": then the log into the file, apart"), times.checkpoint);
    if (sqlite > 0) {
        out() << QStringLiteral("%1: ratio to sqlite3 .import").arg(what).leftJustified(52, u'.')
              << ' ' << QString::number(times.total() / sqlite, 'f', 2).rightJustified(9) << " ×"
              << Qt::endl;
        out() << QStringLiteral("%1: processor time, ratio").arg(what).leftJustified(52, u'.')
              << ' ' << QString::number(times.cpu, 'f', 1).rightJustified(9) << " ms, "
              << QString::number(times.cpu / g_sqliteCpu, 'f', 2) << " × sqlite3's "
              << QString::number(g_sqliteCpu, 'f', 1) << " ms" << Qt::endl;
    }
    out() << QStringLiteral("%1: new memory pages").arg(what).leftJustified(52, u'.') << ' '
          << QString::number(times.pages).rightJustified(9) << Qt::endl;
}

} // namespace

int main(int argc, char* argv[])
{
    settleTimeZone(); // as the program does
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("truc2-bench"));
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption agentsOption(QStringLiteral("agents"), QStringLiteral("Agents."),
                                          QStringLiteral("N"), QStringLiteral("50000"));
    const QCommandLineOption keepOption(QStringLiteral("keep"),
                                        QStringLiteral("Keep the CSV and the databases in DIR."),
                                        QStringLiteral("DIR"));
    const QCommandLineOption onceOption(
        QStringLiteral("once"),
        QStringLiteral("Import into the new school only, not the same file again (profiling)."));
    parser.addOptions({agentsOption, keepOption, onceOption});
    parser.process(app);
    const int agents = parser.value(agentsOption).toInt();

    QTemporaryDir temporary;
    const QString dir = parser.isSet(keepOption) ? parser.value(keepOption) : temporary.path();
    QDir().mkpath(dir);
    const QString csv = QDir(dir).filePath(QStringLiteral("agents.csv"));
    if (!writeExport(csv, agents)) {
        out() << "Cannot write " << csv << Qt::endl;
        return 1;
    }
    out() << "Agents import of " << agents << " agents (" << QFile(csv).size() / 1024
          << " KiB of CSV)" << Qt::endl;
    out() << "sqlite3: `sqlite3 x.db \".import --csv agents.csv t\"` (a new database file, one "
             "table of text columns named by the header, every row inserted as it is: no index, "
             "no check, process start included)."
          << Qt::endl
          << "TRUC²: as `truc2 import agents`: the file read once as it streams (encoding, "
             "separator), the columns guessed from its first records, every row "
             "checked (names, civility, category, e-mail, duplicate matricules), matched by "
             "matricule with the school's agents, then one transaction that creates directions, "
             "services and agents (person: unique matricule, 2 more indexes, foreign keys on) or "
             "updates the changed ones."
          << Qt::endl;

    const double sqlite = timeSqliteImport(dir, csv);
    if (sqlite < 0) {
        out() << "sqlite3 is not installed: its .import is not measured." << Qt::endl;
    } else {
        report(QStringLiteral("sqlite3 .import --csv"), sqlite);
    }

    const QString schoolPath = QDir(dir).filePath(QStringLiteral("school.truc2"));
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::remove(schoolPath + suffix);
    }
    Result<std::unique_ptr<School>> school =
        School::open({schoolPath, DatabaseOptions::IfMissing::Create});
    if (!school) {
        out() << school.errorMessage() << Qt::endl;
        return 1;
    }
    AgentImportSummary summary;
    reportImport(QStringLiteral("Import into a new school"), importFile(**school, csv, &summary),
                 sqlite);
    out() << "  created " << summary.created << ", rejected " << summary.rejected.size()
          << ", directions " << summary.directionsCreated << ", services "
          << summary.servicesCreated << Qt::endl;
    if (parser.isSet(onceOption)) {
        return summary.created == agents ? 0 : 1;
    }
    reportImport(QStringLiteral("The same file again"), importFile(**school, csv, &summary),
                 sqlite);
    out() << "  unchanged " << summary.unchanged << ", updated " << summary.updated << Qt::endl;
    return summary.unchanged == agents ? 0 : 1;
}
