// Dashboard benchmark: DashboardCalculator::compute() for a school year of the large demo
// (50,000 agents, 10 school years), beside the same aggregate queries run by the `sqlite3`
// command-line program on the same file (the floor), and the ratio. Run a release build:
//   build/release/tests/bench/bench_dashboard [--agents N] [--years Y] [--keep FILE]
//   build/release/tests/bench/bench_dashboard --open FILE   (an existing SQLite school)
//   [--school-year 2020]  (September 2020 to August 2021)
#include "BenchOutput.h"
#include "LargeSchool.h"
#include "School.h"
#include "core/TimeZoneSetup.h"
#include "stats/DashboardFigures.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

#include <ctime>

using namespace truc2;

namespace {

using bench::cpuMilliseconds;
using bench::out;

/// Its labels are longer than the other benchmarks'.
void report(const QString& what, double milliseconds)
{
    bench::report(what, milliseconds, 60);
}

QString quoted(const QDate& day)
{
    return QLatin1Char('\'') + day.startOfDay().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) +
           QLatin1Char('\'');
}

/// The queries compute() runs for all formats (FiguresCalculator for the year before and, but
/// for the sessions' counts that the dashboard's scan gives it, for the period; then the
/// dashboard's own), written out with the period's bounds.
QString equivalentSql(const Period& period, const QList<HeadlineFigures>& years)
{
    const QString participants =
        QStringLiteral("(s.anonymous_headcount + (SELECT COUNT(*) FROM registration g "
                       "WHERE g.session_id = s.id AND g.attendance = 'present'))");
    const QString held = QStringLiteral("s.status = 'held' AND s.starts_at >= :from AND "
                                        "s.starts_at < :to AND (0 = 0 OR a.format_id = 0) ");
    const QString heldFrom =
        QStringLiteral("FROM session s JOIN action a ON a.id = s.action_id WHERE ") + held;
    const QString answers =
        QStringLiteral("COUNT(*), COUNT(r.satisfaction), COALESCE(SUM(r.satisfaction), 0), "
                       "COALESCE(SUM(CASE WHEN r.useful_skills = 1 THEN 1 ELSE 0 END), 0), "
                       "COUNT(r.useful_skills) ");
    const QString sessionResponses =
        QStringLiteral("FROM survey_response r JOIN session s ON s.id = r.session_id JOIN action "
                       "a ON a.id = s.action_id WHERE ") +
        held;
    const QString undatedResponses =
        QStringLiteral("FROM survey_response r WHERE r.session_id IS NULL AND r.submitted_at >= "
                       ":from AND r.submitted_at < :to AND (0 = 0 OR r.format_id = 0) ");
    const QString reached =
        QStringLiteral("FROM registration g JOIN session s ON s.id = g.session_id JOIN action a ON "
                       "a.id = s.action_id WHERE g.attendance = 'present' AND ") +
        held;
    const QStringList figures{
        QStringLiteral("SELECT id, code, name, noun_singular, noun_plural, colour FROM format "
                       "ORDER BY position, name;"),
        QStringLiteral("SELECT a.format_id, ") + answers + sessionResponses +
            QStringLiteral("GROUP BY a.format_id;"),
        QStringLiteral("SELECT r.format_id, ") + answers + undatedResponses +
            QStringLiteral("GROUP BY r.format_id;"),
        QStringLiteral("SELECT COUNT(*) FROM person WHERE active = 1 AND external = 0;"),
    };
    const QStringList counts{
        QStringLiteral("SELECT a.format_id, COUNT(*), COALESCE(SUM(") + participants +
            QStringLiteral("), 0) ") + heldFrom + QStringLiteral("GROUP BY a.format_id;"),
        QStringLiteral("SELECT a.format_id, COUNT(DISTINCT g.person_id) ") + reached +
            QStringLiteral("GROUP BY a.format_id;"),
        QStringLiteral("SELECT COUNT(DISTINCT g.person_id) ") + reached + QStringLiteral(";"),
        QStringLiteral("SELECT COUNT(DISTINCT n.person_id) FROM session_animator n WHERE "
                       "n.session_id IN (SELECT s.id ") +
            heldFrom + QStringLiteral(");"),
    };
    QStringList dashboard{
        QStringLiteral("SELECT s.id, s.code, a.id, a.title, a.format_id, s.starts_at, "
                       "s.ends_at, ") +
            participants + QLatin1Char(' ') + heldFrom +
            QStringLiteral("ORDER BY s.starts_at, s.code;"),
        QStringLiteral("SELECT p.id, v.direction_id, p.category, p.gender, p.external, "
                       "p.active FROM person p LEFT JOIN service v ON v.id = p.service_id;"),
        QStringLiteral("SELECT g.session_id, g.person_id FROM registration g JOIN session s ON "
                       "s.id = g.session_id JOIN action a ON a.id = s.action_id WHERE "
                       "g.attendance = 'present' AND ") +
            held + QLatin1Char(';'),
        QStringLiteral("SELECT id, name FROM direction;"),
        QStringLiteral("SELECT DISTINCT n.session_id, v.direction_id FROM session_animator n "
                       "JOIN person p ON p.id = n.person_id JOIN service v ON v.id = "
                       "p.service_id WHERE n.session_id IN (SELECT s.id ") +
            heldFrom + QStringLiteral(");"),
        QStringLiteral("SELECT id, name FROM direction;"),
        QStringLiteral("SELECT n.person_id, p.last_name, p.first_name, COUNT(*) FROM "
                       "session_animator n JOIN person p ON p.id = n.person_id WHERE "
                       "n.session_id IN (SELECT s.id ") +
            heldFrom + QStringLiteral(") GROUP BY n.person_id, p.last_name, p.first_name;"),
        QStringLiteral("SELECT x.person_id FROM (SELECT DISTINCT n.person_id FROM "
                       "session_animator n WHERE n.session_id IN (SELECT s.id ") +
            heldFrom +
            QStringLiteral(")) x WHERE EXISTS (SELECT 1 FROM session_animator m JOIN session o "
                           "ON o.id = m.session_id WHERE m.person_id = x.person_id AND "
                           "o.status = 'held' AND o.starts_at < :from);"),
        QStringLiteral("SELECT r.session_id, ") + answers +
            QStringLiteral("FROM survey_response r JOIN session s ON s.id = r.session_id JOIN "
                           "action a ON a.id = s.action_id WHERE ") +
            held + QStringLiteral("GROUP BY r.session_id;"),
        QStringLiteral("SELECT h.registration_id, g.session_id, g.person_id, h.day, h.half, "
                       "h.attendance FROM attendance_halfday h CROSS JOIN registration g WHERE "
                       "g.id = h.registration_id AND g.attendance = 'present' AND g.session_id "
                       "IN (SELECT s.id ") +
            heldFrom + QStringLiteral(");"),
        QStringLiteral("SELECT MIN(s.starts_at) FROM session s JOIN action a ON a.id = "
                       "s.action_id WHERE s.status = 'held';"),
        // The older years' half asks for it too.
        QStringLiteral("SELECT MIN(s.starts_at) FROM session s JOIN action a ON a.id = "
                       "s.action_id WHERE s.status = 'held';"),
    };
    // The year-on-year line, for the years before the previous one: the periods as a table.
    auto bound = [](const QStringList& queries, const Period& p) {
        QString sql = queries.join(QLatin1Char('\n'));
        sql.replace(QStringLiteral(":from"), quoted(p.from));
        sql.replace(QStringLiteral(":to"), quoted(p.to.addDays(1)));
        return sql;
    };
    const Period before{period.from.addYears(-1), period.to.addYears(-1)};
    const QString start = QStringLiteral(".timer on\n") + bound(figures, period) +
                          QLatin1Char('\n') + bound(counts + figures, before) + QLatin1Char('\n') +
                          bound(dashboard, period) + QLatin1Char('\n');
    const QList<HeadlineFigures> older = years.mid(0, std::max<qsizetype>(0, years.size() - 2));
    if (older.isEmpty()) {
        return start;
    }
    QStringList rows;
    for (qsizetype k = 0; k < older.size(); ++k) {
        const HeadlineFigures& h = older.at(k);
        rows.append(QStringLiteral("SELECT %1 AS k, %2 AS f, %3 AS t")
                        .arg(k)
                        .arg(quoted(h.period.from), quoted(h.period.to.addDays(1))));
    }
    const QString table = QStringLiteral("(") + rows.join(QStringLiteral(" UNION ALL ")) +
                          QStringLiteral(") y ON s.starts_at >= y.f AND s.starts_at < y.t ");
    const QString inRange =
        QStringLiteral("s.status = 'held' AND s.starts_at >= %1 AND s.starts_at < %2 ")
            .arg(quoted(older.first().period.from), quoted(older.last().period.to.addDays(1)));
    const QStringList line{
        QStringLiteral("SELECT y.k, COUNT(*), COALESCE(SUM(") + participants +
            QStringLiteral("), 0) FROM session s JOIN action a ON a.id = s.action_id JOIN ") +
            table + QStringLiteral("WHERE ") + inRange + QStringLiteral("GROUP BY y.k;"),
        QStringLiteral("SELECT y.k, COUNT(DISTINCT g.person_id) FROM registration g JOIN "
                       "session s ON s.id = g.session_id JOIN action a ON a.id = s.action_id "
                       "JOIN ") +
            table + QStringLiteral("WHERE g.attendance = 'present' AND ") + inRange +
            QStringLiteral("GROUP BY y.k;"),
        QStringLiteral("SELECT y.k, COUNT(DISTINCT n.person_id) FROM session_animator n JOIN "
                       "session s ON s.id = n.session_id JOIN action a ON a.id = s.action_id "
                       "JOIN ") +
            table + QStringLiteral("WHERE ") + inRange + QStringLiteral("GROUP BY y.k;"),
        QStringLiteral("SELECT y.k, ") + answers +
            QStringLiteral("FROM survey_response r JOIN session s ON s.id = r.session_id JOIN "
                           "action a ON a.id = s.action_id JOIN ") +
            table + QStringLiteral("WHERE ") + inRange + QStringLiteral("GROUP BY y.k;"),
        QStringLiteral("SELECT y.k, ") + answers + QStringLiteral("FROM survey_response r JOIN ") +
            table.chopped(QStringLiteral("ON s.starts_at >= y.f AND s.starts_at < y.t ").size()) +
            QStringLiteral("ON r.submitted_at >= y.f AND r.submitted_at < y.t WHERE "
                           "r.session_id IS NULL GROUP BY y.k;"),
    };
    return start + line.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

qsizetype resultRows(const DashboardFigures& f)
{
    return f.months.size() + f.reachByDirection.size() + f.mixing.sessions.size() +
           f.mixing.directionIds.size() + f.animators.credits.size() + f.actions.size() +
           f.years.size() + f.current.formats.size() + f.previous.formats.size();
}

/// compute() once, then ten times: first, mean and worst.
DashboardFigures measure(const DashboardCalculator& calculator, const Period& period,
                         const QString& label, double* mean, double* wallMean = nullptr)
{
    QElapsedTimer timer;
    timer.start();
    Result<DashboardFigures> first = calculator.compute(period);
    if (!first) {
        qFatal("%s", qPrintable(first.errorMessage()));
    }
    report(QStringLiteral("compute() %1, first run").arg(label),
           double(timer.nsecsElapsed()) / 1e6);
    double total = 0;
    double worst = 0;
    const double cpuStart = cpuMilliseconds();
    for (int i = 0; i < 10; ++i) {
        timer.start();
        if (!calculator.compute(period)) {
            qFatal("compute() failed");
        }
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        total += ms;
        worst = std::max(worst, ms);
    }
    *mean = (cpuMilliseconds() - cpuStart) / 10;
    if (wallMean != nullptr) {
        *wallMean = total / 10;
    }
    report(QStringLiteral("compute() %1, mean of 10").arg(label), total / 10);
    report(QStringLiteral("compute() %1, mean of 10, CPU time").arg(label), *mean);
    report(QStringLiteral("compute() %1, worst of 10").arg(label), worst);
    return std::move(first).value();
}

} // namespace

int main(int argc, char* argv[])
{
    settleTimeZone(); // as the program does
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("truc2-bench"));
    QCommandLineParser parser;
    parser.addHelpOption();
    const bench::LargeSchool large(parser);
    const QCommandLineOption schoolYearOption(QStringLiteral("school-year"),
                                              QStringLiteral("September of YEAR to August."),
                                              QStringLiteral("YEAR"), QStringLiteral("2020"));
    const QCommandLineOption scriptOption(QStringLiteral("script"),
                                          QStringLiteral("Keep the sqlite3 script in FILE."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption alsoOption(
        QStringLiteral("also-school-year"),
        QStringLiteral("Time compute() for this school year too (a long year-on-year line)."),
        QStringLiteral("YEAR"));
    parser.addOptions({schoolYearOption, scriptOption, alsoOption});
    parser.process(app);

    QTemporaryDir dir;
    const QString path = large.prepare(QStringLiteral("dashboard"), dir);
    std::unique_ptr<School> school = bench::LargeSchool::open(path);
    const Period period = Period::schoolYear(parser.value(schoolYearOption).toInt());
    const DashboardCalculator calculator(school->database(), school->settings());
    double mean = 0;
    double wallMean = 0;
    const DashboardFigures f =
        measure(calculator, period, QStringLiteral("school year"), &mean, &wallMean);
    out() << "  " << f.current.totals.sessions << " sessions, " << f.current.totals.participants
          << " participants, " << f.current.totals.agentsReached << " agents reached; "
          << f.months.size() << " months, " << f.reachByDirection.size() << " directions, "
          << f.mixing.sessions.size() << " sessions mixed over " << f.mixing.directionIds.size()
          << " directions, " << f.animators.credits.size() << " animators, " << f.actions.size()
          << " actions, " << f.training.total().agents << " agents trained ("
          << f.training.total().minutes / 60 << " h), " << f.years.size()
          << " years: " << resultRows(f) << " rows of results" << Qt::endl;

    // The halves the dashboard page computes at once on two connections: its wall time is
    // about the longer of the two (on two free cores).
    double recentCpu = 0;
    double olderCpu = 0;
    for (int i = 0; i < 10; ++i) {
        const double start = cpuMilliseconds();
        if (!calculator.computeRecent(period)) {
            qFatal("computeRecent() failed");
        }
        const double middle = cpuMilliseconds();
        if (!calculator.olderYears(period)) {
            qFatal("olderYears() failed");
        }
        recentCpu += middle - start;
        olderCpu += cpuMilliseconds() - middle;
    }
    report(QStringLiteral("computeRecent() (the page's first thread), CPU mean"), recentCpu / 10);
    report(QStringLiteral("olderYears() (the page's second thread), CPU mean"), olderCpu / 10);

    if (parser.isSet(alsoOption)) {
        const int year = parser.value(alsoOption).toInt();
        double alsoMean = 0;
        const DashboardFigures also =
            measure(calculator, Period::schoolYear(year),
                    QStringLiteral("school year %1").arg(year), &alsoMean);
        out() << "  " << also.current.totals.sessions << " sessions, " << also.years.size()
              << " years on the line" << Qt::endl;
    }

    // The floor: the same queries by the sqlite3 program, each timed by it, output counted.
    const QString script = parser.isSet(scriptOption)
                               ? parser.value(scriptOption)
                               : dir.filePath(QStringLiteral("dashboard.sql"));
    {
        QFile file(script);
        if (!file.open(QIODevice::WriteOnly)) {
            qFatal("Cannot write %s", qPrintable(script));
        }
        file.write(equivalentSql(period, f.years).toUtf8());
    }
    school.reset();
    QProcess sqlite;
    sqlite.setStandardInputFile(script);
    QElapsedTimer timer;
    timer.start();
    sqlite.start(QStringLiteral("sqlite3"), {QStringLiteral("-readonly"), path});
    if (!sqlite.waitForFinished(120000) || sqlite.exitCode() != 0) {
        qFatal("sqlite3 failed: %s", sqlite.readAllStandardError().constData());
    }
    const double processMs = double(timer.nsecsElapsed()) / 1e6;
    const QStringList lines = QString::fromUtf8(sqlite.readAllStandardOutput())
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    double queriesMs = 0;
    double queriesCpuMs = 0;
    qsizetype rows = 0;
    int queries = 0;
    static const QRegularExpression runTime(
        QStringLiteral("^Run Time: real ([0-9.]+) user ([0-9.]+) sys ([0-9.]+)"));
    for (const QString& line : lines) {
        if (const auto match = runTime.match(line); match.hasMatch()) {
            queriesMs += match.captured(1).toDouble() * 1000;
            queriesCpuMs += (match.captured(2).toDouble() + match.captured(3).toDouble()) * 1000;
            ++queries;
        } else {
            ++rows;
        }
    }
    report(
        QStringLiteral("sqlite3: %1 queries, %2 rows, sum of their times").arg(queries).arg(rows),
        queriesMs);
    report(QStringLiteral("sqlite3: the same, CPU time (user + sys)"), queriesCpuMs);
    report(QStringLiteral("sqlite3: the whole program (start, open, queries)"), processMs);
    out() << "Ratio compute() / sqlite3 queries, wall time: "
          << QString::number(wallMean / queriesMs, 'f', 2) << Qt::endl;
    out() << "Ratio compute() / sqlite3 queries, CPU time: "
          << QString::number(mean / queriesCpuMs, 'f', 2) << Qt::endl;
    return 0;
}
