#include "CommandLine.h"

#include "ExportVerb.h"
#include "Verbs.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTextStream>

#include <array>

namespace truc2::cli {
namespace {

class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    CommandLine() = delete;
};

bool takesValue(const QString& option)
{
    // Ours, and Qt's own options that take a value (-platform offscreen, -style fusion …).
    static const QStringList withValue{
        QStringLiteral("--database"),       QStringLiteral("--lang"),
        QStringLiteral("-platform"),        QStringLiteral("-platformpluginpath"),
        QStringLiteral("-platformtheme"),   QStringLiteral("-plugin"),
        QStringLiteral("-style"),           QStringLiteral("-stylesheet"),
        QStringLiteral("-qwindowgeometry"), QStringLiteral("-qwindowtitle"),
        QStringLiteral("-qwindowicon"),     QStringLiteral("-display"),
        QStringLiteral("-geometry"),        QStringLiteral("-title"),
        QStringLiteral("-session"),         QStringLiteral("-qmljsdebugger")};
    return withValue.contains(option);
}

struct VerbEntry
{
    const char* name;
    const char* description;
    int (*run)(const GlobalOptions&);
};

// The verbs of `truc2 --help`, in the order they are listed.
const std::array kVerbs{
    VerbEntry{"demo", QT_TRANSLATE_NOOP("CommandLine", "Create the demo school"), &runDemo},
    VerbEntry{"report", QT_TRANSLATE_NOOP("CommandLine", "Write the impact report of a period"),
              &runReport},
    VerbEntry{"calendar",
              QT_TRANSLATE_NOOP("CommandLine", "Write the sessions of a period as a calendar file"),
              &runCalendar},
    VerbEntry{"sheet", QT_TRANSLATE_NOOP("CommandLine", "Write the attendance sheet of a session"),
              &runSheet},
    VerbEntry{"backup", QT_TRANSLATE_NOOP("CommandLine", "Write a consistent copy of the database"),
              &runBackup},
    VerbEntry{"check", QT_TRANSLATE_NOOP("CommandLine", "Check the database's integrity"),
              &runCheck},
    VerbEntry{"copy", QT_TRANSLATE_NOOP("CommandLine", "Copy a whole school to another database"),
              &runCopy},
    VerbEntry{"export",
              QT_TRANSLATE_NOOP("CommandLine", "Write agents, sessions, registrations or survey "
                                               "responses as CSV or XLSX for Excel"),
              &runExport},
    VerbEntry{"import",
              QT_TRANSLATE_NOOP("CommandLine", "Import agents or survey results from a file"),
              &runImport},
};

QString verbList()
{
    QString text = CommandLine::tr("Commands:") + QLatin1Char('\n');
    for (const VerbEntry& verb : kVerbs) {
        text += QStringLiteral("  %1  %2\n")
                    .arg(QString::fromLatin1(verb.name).leftJustified(8),
                         QCoreApplication::translate("CommandLine", verb.description));
    }
    return text;
}

} // namespace

QString findVerb(const QStringList& arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (takesValue(argument)) {
            ++i;
        } else if (!argument.startsWith(QLatin1Char('-'))) {
            return argument;
        }
    }
    return {};
}

bool verbDrawsPages(const QString& verb)
{
    return verb == QLatin1String("sheet") || verbDrawsCharts(verb);
}

bool verbDrawsCharts(const QString& verb)
{
    return verb == QLatin1String("report");
}

QString findLanguage(const QStringList& arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == QLatin1String("--lang") && i + 1 < arguments.size()) {
            return arguments.at(i + 1);
        }
        if (argument.startsWith(QLatin1String("--lang="))) {
            return argument.mid(7);
        }
        if (!takesValue(argument) && !argument.startsWith(QLatin1Char('-'))) {
            break; // the verb: what follows is its own
        }
        if (takesValue(argument)) {
            ++i;
        }
    }
    return {};
}

QString defaultDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("school.truc2"));
}

bool parseGlobalOptions(const QStringList& arguments, GlobalOptions* options, int* exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CommandLine::tr("TRUC² runs an internal training school: catalogue, programme, "
                        "registrations, attendance sheets, surveys and impact reports.\n"
                        "Without a command, the window opens.") +
        QStringLiteral("\n\n") + verbList());
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption databaseOption(QStringLiteral("database"),
                                            CommandLine::tr("The school's database file."),
                                            CommandLine::tr("path"));
    const QCommandLineOption languageOption(
        QStringLiteral("lang"), CommandLine::tr("Language of the program: fr (default) or en."),
        QStringLiteral("fr|en"));
    parser.addOption(databaseOption);
    parser.addOption(languageOption);
    parser.addPositionalArgument(QStringLiteral("command"),
                                 CommandLine::tr("A command (see above), or none for the window."),
                                 QStringLiteral("[command]"));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);

    QTextStream err(stderr);
    if (!parser.parse(arguments)) {
        err << parser.errorText() << '\n'
            << CommandLine::tr("Run “truc2 --help” for the list of options.") << '\n';
        *exitCode = UsageError;
        return false;
    }
    if (parser.isSet(helpOption)) {
        QTextStream(stdout) << parser.helpText();
        *exitCode = Success;
        return false;
    }
    if (parser.isSet(versionOption)) {
        QTextStream(stdout) << QCoreApplication::applicationName() << ' '
                            << QCoreApplication::applicationVersion() << '\n';
        *exitCode = Success;
        return false;
    }
    const QString language = parser.value(languageOption);
    if (parser.isSet(languageOption) && language != QLatin1String("fr") &&
        language != QLatin1String("en")) {
        err << CommandLine::tr("Unknown language “%1”: use fr or en.").arg(language) << '\n';
        *exitCode = UsageError;
        return false;
    }
    options->database = parser.value(databaseOption);
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty()) {
        options->verb = positional.first();
        options->verbArguments = positional.mid(1);
    }
    return true;
}

int runVerb(const GlobalOptions& options)
{
    for (const VerbEntry& verb : kVerbs) {
        if (options.verb == QLatin1String(verb.name)) {
            return verb.run(options);
        }
    }
    QTextStream(stderr) << CommandLine::tr("Unknown command “%1”.").arg(options.verb) << '\n'
                        << verbList();
    return UsageError;
}

} // namespace truc2::cli
