// Dashboard page benchmark: on the large demo (by default 50,000 agents over 10 school years),
// the time from a change of period on the page to its charts updated and painted, for each
// school year stepped back with the period selector's arrow, and for a format chosen. The
// figures are computed in the page's thread; the time includes building and painting the
// charts; the calculator alone and the main thread are measured beside, with CPU times (the
// machine may be shared). Target: under 500 ms for a school year. Run a release build:
//   build/release/tests/bench/bench_dashboard_page [--agents N] [--years Y] [--keep FILE]
//   build/release/tests/bench/bench_dashboard_page --open LOCATION
#include "BenchOutput.h"
#include "LargeSchool.h"
#include "School.h"
#include "core/TimeZoneSetup.h"
#include "demo/DemoSchool.h"
#include "pages/DashboardComputer.h"
#include "pages/DashboardPage.h"

#include <QAbstractEventDispatcher>
#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

#include <algorithm>
#include <sys/resource.h>

using namespace truc2;

namespace {

using bench::cpuMilliseconds;
using bench::out;
using bench::report;

struct Times
{
    double wall = 0;
    double cpu = 0;
};

void report(const QString& what, const Times& times)
{
    out() << what.leftJustified(52, QLatin1Char('.')) << ' '
          << QString::number(times.wall, 'f', 1).rightJustified(9) << " ms  (CPU "
          << QString::number(times.cpu, 'f', 1).rightJustified(7) << " ms)" << Qt::endl;
}

/// Runs `change`, then the event loop until the page shows new figures, then paints it.
Times timeChange(ui::DashboardPage& page, const std::function<void()>& change)
{
    QEventLoop loop;
    const QMetaObject::Connection shown =
        QObject::connect(&page, &ui::DashboardPage::figuresShown, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    const double cpu = cpuMilliseconds();
    timer.start();
    change();
    loop.exec();
    page.repaint(); // the charts drawn, not only built
    QApplication::processEvents();
    const Times times{double(timer.nsecsElapsed()) / 1e6, cpuMilliseconds() - cpu};
    QObject::disconnect(shown);
    return times;
}

} // namespace

int main(int argc, char* argv[])
{
    settleTimeZone(); // as the program does
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("truc2-bench"));
    QCommandLineParser parser;
    parser.addHelpOption();
    const bench::LargeSchool large(parser);
    parser.process(app);

    QTemporaryDir dir;
    const std::unique_ptr<School> school =
        bench::LargeSchool::open(large.prepare(QStringLiteral("dashboard page"), dir));
    QUndoStack undo;
    ui::DashboardPage page(ui::PageContext{*school, undo, false});
    page.resize(1280, 900);
    const Times first = timeChange(page, [&] { page.show(); });
    report(QStringLiteral("show the page (its thread's connection opened)"), first);
    out() << "figures computed in "
          << (page.computer()->inBackground() ? "the page's thread" : "the main thread")
          << Qt::endl;

    auto* previous = page.findChild<QToolButton*>(QStringLiteral("previousToolButton"));
    QList<double> times;
    int busiest = 0;
    int mostSessions = -1;
    const int latest = QDate::currentDate().month() >= 9 ? QDate::currentDate().year()
                                                         : QDate::currentDate().year() - 1;
    for (int year = latest - 1; year >= latest - 10; --year) {
        const Times t = timeChange(page, [&] { previous->click(); });
        if (page.figures().current.totals.sessions == 0) {
            break; // before the demo's first year
        }
        times << t.wall;
        report(QStringLiteral("school year %1–%2 (%3 sessions)")
                   .arg(year)
                   .arg(year + 1)
                   .arg(page.figures().current.totals.sessions),
               t);
        if (page.figures().current.totals.sessions > mostSessions) {
            mostSessions = page.figures().current.totals.sessions;
            busiest = year;
        }
    }
    std::sort(times.begin(), times.end());
    if (!times.isEmpty()) {
        report(QStringLiteral("school year, median"), times.at(times.size() / 2));
        report(QStringLiteral("school year, slowest"), times.constLast());
    }
    report(QStringLiteral("back to %1–%2").arg(busiest).arg(busiest + 1),
           timeChange(page, [&] { page.periodSelector()->showSchoolYear(busiest); }));
    auto* formats = page.findChild<QComboBox*>(QStringLiteral("formatComboBox"));
    if (formats->count() > 1) {
        report(QStringLiteral("one format (%1)").arg(formats->itemText(1)), timeChange(page, [&] {
                   formats->setCurrentIndex(1);
                   Q_EMIT formats->activated(1);
               }));
    }
    // The figures alone, on the main thread: what the page adds is the rest.
    QElapsedTimer timer;
    const double cpu = cpuMilliseconds();
    timer.start();
    const Result<DashboardFigures> alone =
        DashboardCalculator(school->database(), school->settings())
            .compute(Period::schoolYear(busiest));
    report(QStringLiteral("its figures alone (DashboardCalculator)"),
           Times{double(timer.nsecsElapsed()) / 1e6, cpuMilliseconds() - cpu});
    if (!alone) {
        qFatal("%s", qPrintable(alone.errorMessage()));
    }
    page.computer()->computeOnMainThread();
    report(QStringLiteral("all formats on the main thread (window frozen)"), timeChange(page, [&] {
               formats->setCurrentIndex(0);
               Q_EMIT formats->activated(0);
           }));
    return 0;
}
