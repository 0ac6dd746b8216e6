// Foundation benchmark: a large municipality (by default 50,000 agents over 10 school years).
// Reports the time to create it, to open it and show the Agents page, per search keystroke,
// a year's figures, a school year's export to iCalendar, an attendance sheet of 120 registrants
// to PDF, and the peak memory. Run a release build:
//   build/release/tests/bench/bench_foundation [--agents N] [--years Y] [--keep FILE]
//   build/release/tests/bench/bench_foundation --open LOCATION   (an existing school: a file or
//   postgresql://user@host:port/db, to compare the backends on the same data)
#include "BenchOutput.h"
#include "LargeSchool.h"
#include "MainWindow.h"
#include "School.h"
#include "calendar/MonthView.h"
#include "calendar/WeekView.h"
#include "core/TimeZoneSetup.h"
#include "dialogs/SessionDialog.h"
#include "documents/AttendanceSheet.h"
#include "documents/CalendarExport.h"
#include "itemmodels/AgentSuggestions.h"
#include "itemmodels/AgentTableModel.h"
#include "pages/AgentsPage.h"
#include "pages/AnimatorsPage.h"
#include "pages/ProgrammePage.h"
#include "stats/AnimatorFigures.h"
#include "stats/PeriodFigures.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLineEdit>
#include <QSet>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUndoStack>

#include <sys/resource.h>

using namespace truc2;

namespace {

using bench::cpuMilliseconds;
using bench::out;
using bench::report;

long peakMemoryMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
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
    const QString location = large.prepare(QStringLiteral("foundation"), dir);
    QElapsedTimer timer;
    timer.start();
    const std::unique_ptr<School> school = bench::LargeSchool::open(location);
    ui::MainWindow window(*school);
    window.show();
    QApplication::processEvents();
    auto* table = window.findChild<QTableView*>(QStringLiteral("agentsTableView"));
    table->viewport()->repaint();
    report(QStringLiteral("open it and show the Agents page (%1 rows)")
               .arg(table->model()->rowCount()),
           double(timer.nsecsElapsed()) / 1e6);

    // A search typed key by key: each key filters and re-sorts the whole directory (what the
    // page does when the typing pauses), then the view repaints.
    auto* filter = window.agentsPage()->filterModel();
    const QString typed = QStringLiteral("martin");
    double total = 0;
    double worst = 0;
    for (int i = 1; i <= typed.size(); ++i) {
        timer.start();
        filter->setSearchText(typed.left(i));
        table->viewport()->repaint();
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        total += ms;
        worst = std::max(worst, ms);
    }
    report(QStringLiteral("search keystroke, mean of \"martin\" (%1 rows left)")
               .arg(filter->rowCount()),
           total / typed.size());
    report(QStringLiteral("search keystroke, worst"), worst);
    timer.start();
    filter->setSearchText(QString());
    table->viewport()->repaint();
    report(QStringLiteral("clear the search (all rows back)"), double(timer.nsecsElapsed()) / 1e6);
    timer.start();
    table->sortByColumn(AgentTableModel::Service, Qt::AscendingOrder);
    table->viewport()->repaint();
    report(QStringLiteral("sort by service"), double(timer.nsecsElapsed()) / 1e6);

    // The session dialog: opened over the page's directory, then its animator type-ahead.
    timer.start();
    QUndoStack undo;
    {
        ui::SessionDialog dialog(ui::PageContext{*school, undo, false}, Session{}, &window);
        dialog.setDirectory(window.agentsPage()->model());
        dialog.show();
        QApplication::processEvents();
        report(QStringLiteral("open a new session's dialog"), double(timer.nsecsElapsed()) / 1e6);
    }
    const AgentTableModel& directory = *window.agentsPage()->model();
    total = 0;
    worst = 0;
    qsizetype offered = 0;
    for (int i = 1; i <= typed.size(); ++i) {
        timer.start();
        offered = suggestAgents(directory, typed.left(i), 12).size();
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        total += ms;
        worst = std::max(worst, ms);
    }
    report(QStringLiteral("animator type-ahead, mean of \"martin\" (%1 offered)").arg(offered),
           total / typed.size());
    report(QStringLiteral("animator type-ahead, worst"), worst);

    timer.start();
    const FiguresCalculator figures(school->database(), school->settings());
    const auto year = figures.compute(Period::calendarYear(2020));
    report(QStringLiteral("figures of a calendar year (%1 sessions)")
               .arg(year ? year->totals.sessions : -1),
           double(timer.nsecsElapsed()) / 1e6);

    // The Animators page: a school year's animators (three aggregate queries), then all time.
    const AnimatorCalculator animators(school->database());
    timer.start();
    const auto schoolYear = animators.compute(Period::schoolYear(2020));
    report(QStringLiteral("animators of a school year (%1 animators)")
               .arg(schoolYear ? int(schoolYear->animators.size()) : -1),
           double(timer.nsecsElapsed()) / 1e6);
    timer.start();
    const auto allTime = animators.compute(Period{});
    report(QStringLiteral("animators of all time (%1 animators)")
               .arg(allTime ? int(allTime->animators.size()) : -1),
           double(timer.nsecsElapsed()) / 1e6);
    auto* animatorsPage = window.findChild<ui::AnimatorsPage*>();
    window.showPage(animatorsPage->objectName());
    auto* animatorsTable =
        animatorsPage->findChild<QTableView*>(QStringLiteral("animatorsTableView"));
    timer.start();
    animatorsPage->showSchoolYear(2020);
    animatorsTable->viewport()->repaint();
    report(QStringLiteral("Animators page: show another school year"),
           double(timer.nsecsElapsed()) / 1e6);

    // The Programme page: a month and a week built from the sessions and drawn (slowest of a
    // school year's months and weeks, and the mean).
    auto* programme = window.findChild<ui::ProgrammePage*>();
    window.showPage(programme->objectName());
    for (const auto view : {ui::ProgrammePage::View::Month, ui::ProgrammePage::View::Week}) {
        programme->setView(view);
        const bool month = view == ui::ProgrammePage::View::Month;
        QWidget* drawn = month ? static_cast<QWidget*>(programme->monthView())
                               : static_cast<QWidget*>(programme->weekView());
        double slowest = 0;
        double sum = 0;
        int steps = 0;
        for (QDate day(2020, 9, 1); day < QDate(2021, 9, 1);
             day = month ? day.addMonths(1) : day.addDays(7)) {
            timer.start();
            programme->showDate(day);
            drawn->repaint();
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            slowest = std::max(slowest, ms);
            sum += ms;
            ++steps;
        }
        report(QStringLiteral("Programme: switch %1, mean of %2")
                   .arg(month ? QStringLiteral("month") : QStringLiteral("week"))
                   .arg(steps),
               sum / steps);
        report(QStringLiteral("Programme: switch %1, slowest")
                   .arg(month ? QStringLiteral("month") : QStringLiteral("week")),
               slowest);
    }

    // The programme of a school year as a calendar file, as `truc2 calendar` writes it (the
    // writing itself left out: it depends on the disk).
    timer.start();
    const auto calendar = buildCalendar(*school, Period::schoolYear(2020));
    if (!calendar) {
        qFatal("%s", qPrintable(calendar.errorMessage()));
    }
    report(QStringLiteral("school year 2020-21 to ICS (%1 sessions, %2 KiB)")
               .arg(calendar->events)
               .arg(calendar->ics.size() / 1024),
           double(timer.nsecsElapsed()) / 1e6);

    // The attendance sheet of the school year's fullest session, topped up to 120 registrants
    // from the directory (in memory: the school is not changed), built and written as a PDF.
    const auto sessions = school->sessions().programme(QDate(2020, 9, 1), QDate(2021, 8, 31));
    if (sessions && !sessions->isEmpty()) {
        const auto fullest = std::max_element(sessions->cbegin(), sessions->cend(),
                                              [](const ProgrammeEntry& a, const ProgrammeEntry& b) {
                                                  return a.registered < b.registered ||
                                                         (a.registered == b.registered &&
                                                          a.isCancelled() && !b.isCancelled());
                                              });
        const AttendanceSheetReader reader(school->database(), school->settings());
        timer.start();
        auto source = reader.read(fullest->id());
        if (!source) {
            qFatal("%s", qPrintable(source.errorMessage()));
        }
        report(QStringLiteral("read a session's sheet (%1 registrants)")
                   .arg(source->registrants.size()),
               double(timer.nsecsElapsed()) / 1e6);
        source->session.status = SessionStatus::Confirmed;
        const auto agents = school->agents().list();
        QSet<qint64> seated;
        for (const SheetPerson& registrant : std::as_const(source->registrants)) {
            seated.insert(registrant.personId);
        }
        for (qsizetype i = 0; agents && source->registrants.size() < 120 && i < agents->size();
             ++i) {
            const AgentRow& row = agents->at(i);
            if (seated.contains(row.agent.id)) {
                continue;
            }
            SheetPerson person;
            person.personId = row.agent.id;
            person.lastName = row.agent.lastName;
            person.firstName = row.agent.firstName;
            person.directionName = row.directionName;
            person.serviceName = row.serviceName;
            source->registrants.append(person);
        }
        const QString pdf = dir.filePath(QStringLiteral("sheet.pdf"));
        timer.start();
        const auto sheet = AttendanceSheet::build(*source);
        if (!sheet || !sheet->writePdf(pdf)) {
            qFatal("The attendance sheet could not be written");
        }
        report(QStringLiteral("attendance sheet of %1 registrants to PDF (%2 KiB)")
                   .arg(source->registrants.size())
                   .arg(QFileInfo(pdf).size() / 1024),
               double(timer.nsecsElapsed()) / 1e6);
    }

    out() << QStringLiteral("peak memory (max RSS)").leftJustified(52, QLatin1Char('.')) << ' '
          << QString::number(peakMemoryMiB()).rightJustified(9) << " MiB" << Qt::endl;
    return 0;
}
