// truc2 export agents|sessions|registrations|responses --format csv|xlsx --out FILE
//                                                      [--from YYYY-MM-DD --to YYYY-MM-DD]

#include "ExportVerb.h"

#include "School.h"
#include "VerbSupport.h"
#include "export/ExportTable.h"
#include "storage/ExportSources.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

#include <array>

namespace truc2::cli {
namespace {

using Reader = Result<ExportTable> (*)(const ExportSources&, const std::optional<Period>&);

struct ExportKind
{
    const char* name;
    const char* description;
    Reader read;
    bool dated; ///< Takes --from and --to.
};

const std::array kExportKinds{
    ExportKind{
        "agents", QT_TRANSLATE_NOOP("CommandLine", "The directory of agents"),
        [](const ExportSources& sources, const std::optional<Period>&) { return sources.agents(); },
        false},
    ExportKind{"sessions",
               QT_TRANSLATE_NOOP("CommandLine", "The sessions, their counts and animators"),
               [](const ExportSources& sources, const std::optional<Period>& period) {
                   return sources.sessions(period);
               },
               true},
    ExportKind{"registrations",
               QT_TRANSLATE_NOOP("CommandLine", "The registrations and attendance"),
               [](const ExportSources& sources, const std::optional<Period>& period) {
                   return sources.registrations(period);
               },
               true},
    ExportKind{"responses", QT_TRANSLATE_NOOP("CommandLine", "The survey responses"),
               [](const ExportSources& sources, const std::optional<Period>& period) {
                   return sources.responses(period);
               },
               true},
};

QString kindList()
{
    QString text;
    for (const ExportKind& kind : kExportKinds) {
        text += QStringLiteral("  %1  %2\n")
                    .arg(QString::fromLatin1(kind.name).leftJustified(13),
                         QCoreApplication::translate("CommandLine", kind.description));
    }
    return text;
}

const ExportKind* findKind(const QString& name)
{
    for (const ExportKind& kind : kExportKinds) {
        if (name == QLatin1String(kind.name)) {
            return &kind;
        }
    }
    return nullptr;
}

} // namespace

int runExport(const GlobalOptions& options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Verbs::tr("Writes a table of the school for Excel: CSV as French Excel opens it (UTF-8, "
                  "semicolons, dates dd/mm/yyyy, matricules kept as text, cells that look like "
                  "formulas neutralised) or an XLSX workbook with typed cells.\n\nTables:\n") +
        kindList());
    parser.addPositionalArgument(QStringLiteral("table"), Verbs::tr("The table to export."),
                                 QStringLiteral("agents|sessions|registrations|responses"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    Verbs::tr("csv or xlsx (by default, the file's extension)."),
                                    QStringLiteral("csv|xlsx"));
    const QCommandLineOption output(QStringLiteral("out"), Verbs::tr("The file to write."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption from(QStringLiteral("from"),
                                  Verbs::tr("First day of the period (sessions, registrations, "
                                            "responses)."),
                                  QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption to(QStringLiteral("to"), Verbs::tr("Last day of the period."),
                                QStringLiteral("YYYY-MM-DD"));
    parser.addOptions({format, output, from, to});
    int exitCode = Success;
    if (!parseVerb(parser, options, &exitCode, 1)) {
        return exitCode;
    }
    if (parser.positionalArguments().isEmpty()) {
        return fail(Verbs::tr("Name the table to export:") + QLatin1Char('\n') + kindList(),
                    UsageError);
    }
    const ExportKind* kind = findKind(parser.positionalArguments().constFirst());
    if (!kind) {
        return fail(Verbs::tr("Unknown table “%1”; the tables are:")
                            .arg(parser.positionalArguments().constFirst()) +
                        QLatin1Char('\n') + kindList(),
                    UsageError);
    }
    if (!parser.isSet(output)) {
        return fail(Verbs::tr("Name the file to write with --out FILE."), UsageError);
    }
    const QString path = parser.value(output);
    const QString formatName =
        parser.isSet(format) ? parser.value(format) : QFileInfo(path).suffix();
    const std::optional<ExportFormat> fileFormat = exportFormatFromName(formatName);
    if (!fileFormat) {
        return fail(Verbs::tr("Give the format with --format csv or --format xlsx."), UsageError);
    }
    std::optional<Period> period;
    if (parser.isSet(from) || parser.isSet(to)) {
        if (!kind->dated) {
            return fail(Verbs::tr("The %1 table has no period: leave out --from and --to.")
                            .arg(QString::fromLatin1(kind->name)),
                        UsageError);
        }
        Period chosen;
        if (!parsePeriod(parser, from, to, &chosen, &exitCode)) {
            return exitCode;
        }
        period = chosen;
    }
    Result<std::unique_ptr<School>> school = openUpToDate(options);
    if (!school) {
        return fail(school.errorMessage());
    }
    const Result<ExportTable> table = kind->read(ExportSources((*school)->database()), period);
    if (!table) {
        return fail(table.errorMessage());
    }
    if (Status written = writeExport(*table, *fileFormat, path); !written) {
        return fail(written.errorMessage());
    }
    out() << Verbs::tr("%n row(s) written to %1.", nullptr, int(table->rows.size()))
                 .arg(QDir::toNativeSeparators(path))
          << Qt::endl;
    return Success;
}

} // namespace truc2::cli
