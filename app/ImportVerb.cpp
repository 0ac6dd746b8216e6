// truc2 import KIND …: the files that come from outside (the HR system's agents, the survey
// tools' results), one kind per entry of kImportKinds.
#include "CommandLine.h"
#include "School.h"
#include "VerbSupport.h"
#include "Verbs.h"
#include "import/SurveyImporter.h"
#include "import/TableReader.h"

#include <QCommandLineParser>
#include <QFile>

#include <array>

namespace truc2::cli {
namespace {

int runImportSurvey(const GlobalOptions& options);

struct ImportKind
{
    const char* name;
    const char* description;
    int (*run)(const GlobalOptions&);
};

const std::array kImportKinds{
    ImportKind{"agents",
               QT_TRANSLATE_NOOP("CommandLine",
                                 "Update the directory of agents from the HR system's export"),
               &runImportAgents},
    ImportKind{"survey",
               QT_TRANSLATE_NOOP("CommandLine",
                                 "Survey results exported by LimeSurvey, Google Forms, "
                                 "Microsoft Forms or Framaforms"),
               &runImportSurvey},
};

QString kindList()
{
    QString text;
    for (const ImportKind& kind : kImportKinds) {
        text += QStringLiteral("  %1  %2\n")
                    .arg(QString::fromLatin1(kind.name).leftJustified(8),
                         QCoreApplication::translate("CommandLine", kind.description));
    }
    return text;
}

/// The mapping of a survey file: --mapping FILE (a saved mapping, applied by header name), or
/// the latest template saved for these headers, or the guess; --session fixes the session.
Result<SurveyMapping> surveyMapping(School& school, const QList<TableRecord>& firstRecords,
                                    const QString& mappingFile, const QString& session)
{
    SurveyMapping guess;
    Result<QHash<QString, qint64>> codes = school.surveys().sessionCodes();
    if (!codes) {
        return codes.error();
    }
    const QList<QString> keys = codes->keys();
    guess = guessSurveyMapping(firstRecords, QSet<QString>(keys.cbegin(), keys.cend()));
    const QStringList headers =
        firstRecords.isEmpty() ? QStringList() : firstRecords.at(guess.headerRow).cells;
    SurveyMapping mapping = guess;
    if (!mappingFile.isEmpty()) {
        QFile file(mappingFile);
        if (!file.open(QIODevice::ReadOnly)) {
            return Error{Verbs::tr("Cannot read %1: %2").arg(mappingFile, file.errorString())};
        }
        const std::optional<SurveyMapping> saved =
            SurveyMapping::fromJson(QString::fromUtf8(file.readAll()));
        if (!saved) {
            return Error{Verbs::tr("%1 is not a survey mapping.").arg(mappingFile)};
        }
        mapping = saved->appliedTo(headers, guess.headerRow);
    } else if (Result<QList<SurveyTemplate>> templates =
                   school.surveys().templatesFor(headerSignature(headers));
               templates && !templates->isEmpty()) {
        if (const std::optional<SurveyMapping> saved =
                SurveyMapping::fromJson(templates->first().mapping)) {
            mapping = saved->appliedTo(headers, guess.headerRow);
            err() << Verbs::tr("Using the template “%1”.").arg(templates->first().name) << Qt::endl;
        }
    }
    if (!session.isEmpty()) {
        for (SurveyColumn& column : mapping.columns) {
            if (column.role == SurveyRole::Session) {
                column.role = SurveyRole::Ignored;
            }
        }
        mapping.sessionCode = session;
    }
    return mapping;
}

int runImportSurvey(const GlobalOptions& options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Verbs::tr("Imports the responses of a survey export (CSV or XLSX). Names, e-mail "
                  "addresses and IP addresses in the file are never stored. Responses already "
                  "imported are left out, so a later export of the same survey adds only the "
                  "new ones."));
    parser.addPositionalArgument(QStringLiteral("file"), Verbs::tr("The exported file."));
    const QCommandLineOption session(QStringLiteral("session"),
                                     Verbs::tr("The session every response is for, when the "
                                               "file has no column with the session's code."),
                                     QStringLiteral("CODE"));
    const QCommandLineOption mappingOption(
        QStringLiteral("mapping"),
        Verbs::tr("A mapping of the columns saved as JSON (as the import dialog saves it)."),
        QStringLiteral("FILE"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    Verbs::tr("Show what would be imported, import nothing."));
    const QCommandLineOption incomplete(
        QStringLiteral("include-incomplete"),
        Verbs::tr("Also import the responses that were never submitted."));
    parser.addOptions({session, mappingOption, dryRun, incomplete});
    int exitCode = Success;
    if (!parseVerb(parser, options, &exitCode, 1)) {
        return exitCode;
    }
    if (parser.positionalArguments().isEmpty()) {
        return fail(Verbs::tr("Name the file to import."), UsageError);
    }
    const QString path = parser.positionalArguments().first();

    Result<Table> preview = readTable(path, {}, 50);
    if (!preview) {
        return fail(preview.errorMessage());
    }
    Result<std::unique_ptr<School>> school = openUpToDate(options);
    if (!school) {
        return fail(school.errorMessage());
    }
    Result<SurveyMapping> mapping = surveyMapping(
        **school, preview->records, parser.value(mappingOption), parser.value(session));
    if (!mapping) {
        return fail(mapping.errorMessage());
    }
    Result<std::unique_ptr<TableReader>> reader = TableReader::open(path);
    if (!reader) {
        return fail(reader.errorMessage());
    }
    SurveyImportOptions importOptions;
    importOptions.includeIncomplete = parser.isSet(incomplete);
    SurveyImporter importer(**school, *mapping, importOptions);
    Result<SurveyImportSummary> summary = importer.read(**reader);
    if (!summary) {
        return fail(summary.errorMessage());
    }
    if (!parser.isSet(dryRun)) {
        summary = importer.apply();
        if (!summary) {
            return fail(Verbs::tr("Nothing was imported: %1").arg(summary.errorMessage()));
        }
    }
    out() << summary->lines().join(QLatin1Char('\n')) << Qt::endl;
    if (parser.isSet(dryRun)) {
        out() << Verbs::tr("Dry run: nothing was imported.") << Qt::endl;
    }
    return Success;
}

} // namespace

int runImport(const GlobalOptions& options)
{
    const QString kind = options.verbArguments.value(0);
    for (const ImportKind& entry : kImportKinds) {
        if (kind == QLatin1String(entry.name)) {
            GlobalOptions kindOptions = options;
            kindOptions.verb = QStringLiteral("import ") + kind;
            kindOptions.verbArguments.removeFirst();
            return entry.run(kindOptions);
        }
    }
    const QString usage = Verbs::tr("Usage: truc2 import KIND FILE [options]") + QLatin1Char('\n') +
                          Verbs::tr("Kinds:") + QLatin1Char('\n') + kindList();
    if (kind == QLatin1String("--help") || kind == QLatin1String("-h")) {
        out() << usage;
        return Success;
    }
    if (kind.isEmpty()) {
        err() << usage;
        return UsageError;
    }
    return fail(Verbs::tr("Unknown kind of import “%1”.").arg(kind) + QLatin1Char('\n') +
                    kindList(),
                UsageError);
}

} // namespace truc2::cli
