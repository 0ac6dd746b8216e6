#pragma once

// What every verb of the command line shares: its streams, option parsing, dates and periods,
// and opening the school.

#include "CommandLine.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>

#include <memory>
#include <optional>

class QCommandLineOption;
class QCommandLineParser;
class QTextStream;

namespace truc2 {
class School;
struct Period;
} // namespace truc2

namespace truc2::cli {

struct GlobalOptions;

/// The translation context of the verbs' messages.
class Verbs
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    Verbs() = delete;
};

QTextStream& err();
QTextStream& out();

/// Writes the message to stderr and returns the exit code.
int fail(const QString& message, int code = Failure);

/// Parses a verb's own options and up to `positionals` arguments; false with *exitCode set on
/// --help or a usage error.
bool parseVerb(QCommandLineParser& parser, const GlobalOptions& options, int* exitCode,
               qsizetype positionals = 0);

/// --database, or the school of this workstation.
QString databasePath(const GlobalOptions& options);

/// A date written YYYY-MM-DD.
std::optional<QDate> parseDate(const QString& text);

/// Writes text to a file (all or nothing) or to stdout when path is empty.
bool writeOutput(const QString& path, const QByteArray& bytes, QString* error);

/// Reads --from and --to; false with *exitCode set when either is missing or wrong.
bool parsePeriod(const QCommandLineParser& parser, const QCommandLineOption& from,
                 const QCommandLineOption& to, Period* period, int* exitCode);

/// Opens the school for a verb that reads or writes it in this version's schema: an older
/// school is upgraded first, and the copy kept beforehand is named on stderr.
Result<std::unique_ptr<School>> openUpToDate(const GlobalOptions& options);

} // namespace truc2::cli
