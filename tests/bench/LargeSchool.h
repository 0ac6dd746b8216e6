#pragma once

#include "School.h"

#include <QCommandLineOption>
#include <QString>

#include <memory>

class QCommandLineParser;
class QTemporaryDir;

namespace truc2::bench {

/// What every benchmark of the large demo takes on its command line: --agents N and --years Y
/// (the demo to build, 50,000 agents over 10 school years by default), --keep FILE (build it
/// there and keep it) or --open LOCATION (measure an existing school, a file or a server).
class LargeSchool
{
public:
    /// Adds the options to `parser`.
    explicit LargeSchool(QCommandLineParser& parser);

    /// After the parser has processed the arguments: where the school to measure is. Unless
    /// --open is given, the demo is built there first (timed, then closed, as
    /// a new run of the program would find it), in --keep FILE or in `dir`. Prints "TRUC²
    /// <title> benchmark" and what it measures. Stops the program on an error.
    QString prepare(const QString& title, QTemporaryDir& dir) const;

    /// Opens the school at `location`, or stops the program with the reason.
    static std::unique_ptr<School> open(const QString& location);

private:
    QCommandLineParser& m_parser;
    QCommandLineOption m_agents;
    QCommandLineOption m_years;
    QCommandLineOption m_keep;
    QCommandLineOption m_open;
};

} // namespace truc2::bench
