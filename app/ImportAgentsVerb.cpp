#include "CommandLine.h"
#include "School.h"
#include "VerbSupport.h"
#include "Verbs.h"
#include "import/AgentImporter.h"
#include "import/TableReader.h"

#include <QCommandLineParser>
#include <QDir>
#include <QTextStream>

namespace truc2::cli {
namespace {

void printSummary(const AgentImportSummary& summary)
{
    QTextStream& o = out();
    if (summary.dryRun) {
        o << Verbs::tr("Dry run: nothing was written.") << '\n';
    }
    o << Verbs::tr("Created: %1").arg(summary.created) << '\n'
      << Verbs::tr("Updated: %1").arg(summary.updated) << '\n'
      << Verbs::tr("Unchanged: %1").arg(summary.unchanged) << '\n'
      << Verbs::tr("Deactivated: %1").arg(summary.deactivated) << '\n'
      << Verbs::tr("Rejected: %1").arg(summary.rejected.size()) << '\n';
    if (summary.directionsCreated + summary.servicesCreated > 0) {
        o << Verbs::tr("New directions: %1, new services: %2")
                 .arg(summary.directionsCreated)
                 .arg(summary.servicesCreated)
          << '\n';
    }
    for (const QString& agent : summary.deactivatedAgents) {
        o << Verbs::tr("Deactivated: %1").arg(agent) << '\n';
    }
    o.flush();
    for (const RejectedAgent& rejected : summary.rejected) {
        const QString who = QStringList{rejected.matricule, rejected.name}.join(u' ').trimmed();
        err() << Verbs::tr("Line %1 (%2): %3")
                     .arg(rejected.line)
                     .arg(who, rejected.problems.join(QStringLiteral(" ")))
              << '\n';
    }
    err().flush();
}

} // namespace

int runImportAgents(const GlobalOptions& options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Verbs::tr("Updates the directory of agents from the HR system's export (CSV or XLSX): "
                  "agents are matched by matricule, new ones created, changed ones updated, "
                  "directions and services created as needed, all in one transaction. Lines "
                  "with a problem are listed and left out."));
    parser.addPositionalArgument(QStringLiteral("FILE"), Verbs::tr("The export to import."));
    const QCommandLineOption mappingOption(
        QStringLiteral("mapping"),
        Verbs::tr("A column mapping saved by the import dialog (JSON); otherwise the columns are "
                  "guessed from their headers."),
        QStringLiteral("FILE"));
    const QCommandLineOption deactivateOption(
        QStringLiteral("deactivate-missing"),
        Verbs::tr("The file is a full export: deactivate the agents it does not list (external "
                  "speakers and agents without a matricule excepted)."));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"),
                                          Verbs::tr("Print what would be done; write nothing."));
    parser.addOptions({mappingOption, deactivateOption, dryRunOption});
    int exitCode = Success;
    if (!parseVerb(parser, options, &exitCode, 1)) {
        return exitCode;
    }
    if (parser.positionalArguments().isEmpty()) {
        return fail(Verbs::tr("Name the file to import."), UsageError);
    }
    const QString path = parser.positionalArguments().constFirst();

    Result<std::unique_ptr<TableReader>> reader = TableReader::open(path);
    if (!reader) {
        return fail(reader.errorMessage());
    }
    // Read once, as it streams (a pipe can be read only once): the first records to choose
    // the columns from, then the agents.
    const auto chooseMapping = [&](const QList<TableRecord>& head) -> Result<AgentColumnMapping> {
        if (head.isEmpty()) {
            return Error{Verbs::tr("%1 holds no table.").arg(QDir::toNativeSeparators(path))};
        }
        AgentColumnMapping mapping;
        if (parser.isSet(mappingOption)) {
            Result<AgentColumnMapping> loaded = loadAgentMapping(parser.value(mappingOption), head);
            if (!loaded) {
                return loaded.error();
            }
            mapping = *loaded;
        } else {
            const qsizetype headerRow = detectHeaderRow(head);
            mapping = guessAgentMapping(head.at(headerRow).cells, headerRow);
        }
        if (Status usable = mapping.check(); !usable) {
            return Error{usable.errorMessage() + QLatin1Char('\n') +
                         Verbs::tr("Give a column mapping with --mapping.")};
        }
        return mapping;
    };
    const Result<AgentFileRows> read = readAgentFile(**reader, chooseMapping);
    if (!read) {
        return fail(read.errorMessage());
    }
    const AgentColumnMapping& mapping = read->mapping;
    const QList<ImportedAgent>& rows = read->rows;
    if (rows.isEmpty()) {
        return fail(Verbs::tr("%1 holds no agent.").arg(QDir::toNativeSeparators(path)));
    }

    Result<std::unique_ptr<School>> school = openUpToDate(options);
    if (!school) {
        return fail(school.errorMessage());
    }
    AgentImportOptions importOptions;
    importOptions.deactivateMissing = parser.isSet(deactivateOption);
    importOptions.dryRun = parser.isSet(dryRunOption);
    const Result<AgentImportSummary> summary =
        AgentImporter(**school).run(rows, mapping, importOptions);
    if (!summary) {
        return fail(Verbs::tr("Nothing was imported: %1").arg(summary.errorMessage()));
    }
    printSummary(*summary);
    // Every line refused: the file is not what it should be.
    return summary->rejected.size() == rows.size() ? Failure : Success;
}

} // namespace truc2::cli
