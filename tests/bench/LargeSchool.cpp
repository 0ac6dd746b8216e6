#include "LargeSchool.h"

#include "BenchOutput.h"
#include "demo/DemoSchool.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

namespace truc2::bench {

LargeSchool::LargeSchool(QCommandLineParser& parser)
    : m_parser(parser)
    , m_agents(QStringLiteral("agents"), QStringLiteral("Agents of the demo to build."),
               QStringLiteral("N"), QStringLiteral("50000"))
    , m_years(QStringLiteral("years"), QStringLiteral("School years of the demo to build."),
              QStringLiteral("Y"), QStringLiteral("10"))
    , m_keep(QStringLiteral("keep"), QStringLiteral("Build the demo in FILE and keep it."),
             QStringLiteral("FILE"))
    , m_open(QStringLiteral("open"), QStringLiteral("Measure an existing school instead."),
             QStringLiteral("LOCATION"))
{
    parser.addOptions({m_agents, m_years, m_keep, m_open});
}

QString LargeSchool::prepare(const QString& title, QTemporaryDir& dir) const
{
    QTextStream& out = bench::out();
    const QString path = m_parser.isSet(m_open)   ? m_parser.value(m_open)
                         : m_parser.isSet(m_keep) ? m_parser.value(m_keep)
                                                  : dir.filePath(QStringLiteral("large.truc2"));
    if (m_parser.isSet(m_open)) {
        out << "TRUC² " << title << " benchmark on " << path << Qt::endl;
    } else {
        DemoOptions options;
        options.agents = m_parser.value(m_agents).toInt();
        options.years = m_parser.value(m_years).toInt();
        out << "TRUC² " << title << " benchmark: " << options.agents << " agents, " << options.years
            << " school years" << Qt::endl;
        QElapsedTimer timer;
        timer.start();
        auto created = School::open({path, DatabaseOptions::IfMissing::Create});
        if (!created) {
            qFatal("%s", qPrintable(created.errorMessage()));
        }
        if (Status built = buildDemoSchool(**created, options); !built) {
            qFatal("%s", qPrintable(built.errorMessage()));
        }
        report(QStringLiteral("create the large demo"), double(timer.nsecsElapsed()) / 1e6);
    }
    return path;
}

std::unique_ptr<School> LargeSchool::open(const QString& location)
{
    auto school = School::open({location});
    if (!school) {
        qFatal("%s", qPrintable(school.errorMessage()));
    }
    return std::move(school).value();
}

} // namespace truc2::bench
