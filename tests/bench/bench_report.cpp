// Impact report benchmark: a yearly report with the dashboard's charts, written as PDF (and the
// other formats), on a large municipality (by default 50,000 agents over 10 school years). The
// target: the PDF of a calendar year in under 3 seconds. Run a release build:
//   build/release/tests/bench/bench_report [--agents N] [--years Y] [--keep FILE] [--year Y]
//   build/release/tests/bench/bench_report --open FILE   (a large demo made beforehand)
#include "BenchOutput.h"
#include "LargeSchool.h"
#include "School.h"
#include "core/TimeZoneSetup.h"
#include "demo/DemoSchool.h"
#include "documents/ImpactReportSource.h"
#include "documents/ImpactReportWriters.h"
#include "documents/ReportPictures.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

using namespace truc2;

namespace {

using bench::cpuMilliseconds;
using bench::out;
using bench::report;

double elapsed(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
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
    const QCommandLineOption yearOption(QStringLiteral("year"),
                                        QStringLiteral("The calendar year of the report."),
                                        QStringLiteral("YEAR"), QStringLiteral("2025"));
    parser.addOption(yearOption);
    parser.process(app);

    QTemporaryDir dir;
    const std::unique_ptr<School> school =
        bench::LargeSchool::open(large.prepare(QStringLiteral("report"), dir));
    QElapsedTimer timer;
    const Period period = Period::calendarYear(parser.value(yearOption).toInt());

    // The whole PDF, as the Rapports page and `truc2 report --format pdf` make it.
    QElapsedTimer whole;
    whole.start();
    timer.start();
    Result<ImpactReportInput> input =
        readImpactReport(school->database(), school->settings(), period, 0, QDate::currentDate());
    if (!input) {
        qFatal("%s", qPrintable(input.errorMessage()));
    }
    report(QStringLiteral("figures of the year and the year before"), elapsed(timer));
    timer.start();
    input->charts = ui::chartsForReport(input->figures);
    report(QStringLiteral("charts (%1)").arg(input->charts.size()), elapsed(timer));
    timer.start();
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    if (Status written = writeImpactReport(*input, ReportFormat::Pdf, pdf); !written) {
        qFatal("%s", qPrintable(written.errorMessage()));
    }
    report(QStringLiteral("lay out and write the PDF (%1 kB)").arg(QFileInfo(pdf).size() / 1024),
           elapsed(timer));
    report(QStringLiteral("yearly PDF report with charts, in all (< 3000)"), elapsed(whole));

    for (const ReportFormat format : {ReportFormat::Odt, ReportFormat::Html, ReportFormat::Xlsx,
                                      ReportFormat::Csv, ReportFormat::Json, ReportFormat::Txt}) {
        timer.start();
        const QString file = dir.filePath(QStringLiteral("report.") + reportFormatName(format));
        if (Status written = writeImpactReport(*input, format, file); !written) {
            qFatal("%s", qPrintable(written.errorMessage()));
        }
        report(QStringLiteral("write the %1").arg(reportFormatName(format).toUpper()),
               elapsed(timer));
    }
    return 0;
}
