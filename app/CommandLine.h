#pragma once

#include <QStringList>

namespace truc2::cli {

/// Exit codes of the headless verbs.
enum ExitCode
{
    Success = 0,
    Failure = 1,
    UsageError = 2
};

/// The global options, read before the verb.
struct GlobalOptions
{
    QString database; ///< --database PATH; empty for the default location.
    QString verb;     ///< Empty: start the window.
    QStringList verbArguments;
    bool help = false;
    bool version = false;
};

/// The verb named on a command line, without parsing anything else: main() uses it to choose
/// between a console and a window before any Qt application exists.
QString findVerb(const QStringList& arguments);

/// Whether a verb draws pages (a PDF), for which main() makes a QGuiApplication: fonts and
/// painting need one, even without a screen.
bool verbDrawsPages(const QString& verb);
/// Whether a verb draws the dashboard's charts, for which main() makes a QApplication (Qt
/// Charts draws with widgets), on the offscreen platform unless QT_QPA_PLATFORM says otherwise.
bool verbDrawsCharts(const QString& verb);

/// The --lang value, read the same way (empty when absent).
QString findLanguage(const QStringList& arguments);

/// Parses the global options. On a usage error, prints it and returns false with *exitCode.
bool parseGlobalOptions(const QStringList& arguments, GlobalOptions* options, int* exitCode);

/// Runs a verb; its output goes to stdout, its errors to stderr; returns the exit code.
int runVerb(const GlobalOptions& options);

/// The database used when --database is not given.
QString defaultDatabasePath();

} // namespace truc2::cli
