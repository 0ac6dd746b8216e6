// truc2 report --from D --to D [--format-code CODE] --format pdf|odt|html|xlsx|csv|json|txt
//              [--out FILE]

#include "CommandLine.h"
#include "School.h"
#include "VerbSupport.h"
#include "Verbs.h"
#include "documents/ImpactReportSource.h"
#include "documents/ImpactReportWriters.h"
#include "documents/ReportPictures.h"

#include <QCommandLineParser>
#include <QDir>
#include <QTemporaryDir>

namespace truc2::cli {
namespace {

/// The format whose code is given (any case), 0 for none; an unknown code names the known ones.
Result<qint64> formatIdOf(School& school, const QString& code)
{
    if (code.trimmed().isEmpty()) {
        return qint64(0);
    }
    const Result<QList<Format>> formats = school.catalogue().formats();
    if (!formats) {
        return formats.error();
    }
    QStringList codes;
    for (const Format& format : *formats) {
        if (format.code.compare(code.trimmed(), Qt::CaseInsensitive) == 0) {
            return format.id;
        }
        codes << format.code;
    }
    return Error{Verbs::tr("Unknown format code “%1”: the school's formats are %2.")
                     .arg(code.trimmed(), codes.join(QStringLiteral(", ")))};
}

} // namespace

int runReport(const GlobalOptions& options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Verbs::tr("Writes the impact report of a period: the municipality's sentences, a table "
                  "per format, reach and mixing between services, satisfaction, the comparison "
                  "with the previous year, the dashboard's charts, the animators, the most "
                  "appreciated actions and the training indicators of the social report."));
    const QCommandLineOption from(QStringLiteral("from"), Verbs::tr("First day of the period."),
                                  QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption to(QStringLiteral("to"), Verbs::tr("Last day of the period."),
                                QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption formatCode(
        QStringLiteral("format-code"),
        Verbs::tr("Only the sessions of this format (its code, e.g. UT)."), QStringLiteral("CODE"));
    const QCommandLineOption format(
        QStringLiteral("format"),
        Verbs::tr("pdf, odt, html, xlsx, csv, json or txt (default: txt, the sentences and the "
                  "tables as text)."),
        QStringLiteral("pdf|odt|html|xlsx|csv|json|txt"), QStringLiteral("txt"));
    const QCommandLineOption output(
        QStringLiteral("out"),
        Verbs::tr("File to write (default for json and txt: standard output)."),
        QStringLiteral("FILE"));
    parser.addOptions({from, to, formatCode, format, output});
    int exitCode = Success;
    if (!parseVerb(parser, options, &exitCode)) {
        return exitCode;
    }
    Period period;
    if (!parsePeriod(parser, from, to, &period, &exitCode)) {
        return exitCode;
    }
    const std::optional<ReportFormat> kind = reportFormatFromName(parser.value(format));
    if (!kind) {
        return fail(Verbs::tr("Unknown format “%1”: use pdf, odt, html, xlsx, csv, json or txt.")
                        .arg(parser.value(format)),
                    UsageError);
    }
    const bool textual = *kind == ReportFormat::Json || *kind == ReportFormat::Txt;
    if (!textual && !parser.isSet(output)) {
        return fail(
            Verbs::tr("Name the report's file with --out FILE.%1").arg(reportFormatName(*kind)),
            UsageError);
    }

    Result<std::unique_ptr<School>> school = openUpToDate(options);
    if (!school) {
        return fail(school.errorMessage());
    }
    const Result<qint64> formatId = formatIdOf(**school, parser.value(formatCode));
    if (!formatId) {
        return fail(formatId.errorMessage(), UsageError);
    }
    Result<ImpactReportInput> input = readImpactReport((*school)->database(), (*school)->settings(),
                                                       period, *formatId, QDate::currentDate());
    if (!input) {
        return fail(input.errorMessage());
    }
    if (*kind == ReportFormat::Pdf || *kind == ReportFormat::Odt || *kind == ReportFormat::Html) {
        input->charts = ui::chartsForReport(input->figures);
    }

    if (textual && !parser.isSet(output)) {
        const QByteArray bytes = *kind == ReportFormat::Json
                                     ? impactReportJson(input->figures)
                                     : impactReportText(ImpactReport::content(*input)).toUtf8();
        QString error;
        if (!writeOutput({}, bytes, &error)) {
            return fail(error);
        }
        return Success;
    }
    if (Status written = writeImpactReport(*input, *kind, parser.value(output)); !written) {
        return fail(written.errorMessage());
    }
    return Success;
}

} // namespace truc2::cli
