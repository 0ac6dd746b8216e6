#include "VerbSupport.h"

#include "CommandLine.h"
#include "School.h"
#include "stats/PeriodFigures.h"

#include <QCommandLineParser>
#include <QDir>
#include <QSaveFile>
#include <QTextStream>

namespace truc2::cli {

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

int fail(const QString& message, int code)
{
    err() << message << Qt::endl;
    return code;
}

/// Parses a verb's own options and up to `positionals` arguments; false with *exitCode set on
/// --help or a usage error.
bool parseVerb(QCommandLineParser& parser, const GlobalOptions& options, int* exitCode,
               qsizetype positionals)
{
    const QCommandLineOption help = parser.addHelpOption();
    QStringList arguments{QStringLiteral("truc2 ") + options.verb};
    arguments += options.verbArguments;
    if (!parser.parse(arguments)) {
        *exitCode = fail(parser.errorText() + QLatin1Char('\n') +
                             Verbs::tr("Run “truc2 %1 --help” for its options.").arg(options.verb),
                         UsageError);
        return false;
    }
    if (parser.isSet(help)) {
        out() << parser.helpText();
        *exitCode = Success;
        return false;
    }
    if (parser.positionalArguments().size() > positionals) {
        *exitCode = fail(Verbs::tr("Unexpected argument “%1”.")
                             .arg(parser.positionalArguments().at(positionals)),
                         UsageError);
        return false;
    }
    return true;
}

QString databasePath(const GlobalOptions& options)
{
    return options.database.isEmpty() ? defaultDatabasePath() : options.database;
}

std::optional<QDate> parseDate(const QString& text)
{
    const QDate date = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
    if (!date.isValid()) {
        return std::nullopt;
    }
    return date;
}

/// Writes text to a file (all or nothing) or to stdout when path is empty.
bool writeOutput(const QString& path, const QByteArray& bytes, QString* error)
{
    if (path.isEmpty()) {
        out() << QString::fromUtf8(bytes);
        out().flush();
        return true;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = Verbs::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

/// Reads --from and --to; false with *exitCode set when either is missing or wrong.
bool parsePeriod(const QCommandLineParser& parser, const QCommandLineOption& from,
                 const QCommandLineOption& to, Period* period, int* exitCode)
{
    if (!parser.isSet(from) || !parser.isSet(to)) {
        *exitCode =
            fail(Verbs::tr("Give the period with --from and --to (YYYY-MM-DD)."), UsageError);
        return false;
    }
    for (const auto& [option, target] :
         {std::pair{&from, &period->from}, std::pair{&to, &period->to}}) {
        const std::optional<QDate> date = parseDate(parser.value(*option));
        if (!date) {
            *exitCode =
                fail(Verbs::tr("“%1” is not a date: write it as YYYY-MM-DD, e.g. 2021-05-31.")
                         .arg(parser.value(*option)),
                     UsageError);
            return false;
        }
        *target = *date;
    }
    if (period->to < period->from) {
        *exitCode = fail(Verbs::tr("The period ends before it starts."), UsageError);
        return false;
    }
    return true;
}

/// Opens the school for a verb that reads it in this version's schema (report, calendar): an
/// older school is upgraded first, and the copy kept beforehand is named.
Result<std::unique_ptr<School>> openUpToDate(const GlobalOptions& options)
{
    Result<std::unique_ptr<School>> school = School::open({databasePath(options)});
    if (school) {
        if (const QString copy = (*school)->database().migrationBackupPath(); !copy.isEmpty()) {
            err() << Verbs::tr("The school was upgraded to this version's schema; the file as "
                               "it was is kept in %1.")
                         .arg(QDir::toNativeSeparators(copy))
                  << Qt::endl;
        }
    }
    return school;
}

} // namespace truc2::cli
