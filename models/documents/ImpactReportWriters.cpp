#include "documents/ImpactReportWriters.h"

#include "export/CsvWriter.h"
#include "export/XlsxWriter.h"

#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QUrl>

#include <algorithm>

namespace truc2 {
namespace {

const QStringList& formatNames()
{
    static const QStringList names{QStringLiteral("pdf"),  QStringLiteral("odt"),
                                   QStringLiteral("html"), QStringLiteral("xlsx"),
                                   QStringLiteral("csv"),  QStringLiteral("json"),
                                   QStringLiteral("txt")};
    return names;
}

Status cannotWrite(const QString& path, const QString& why)
{
    return Error{ImpactReport::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), why)};
}

Status writeBytes(const QByteArray& bytes, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return cannotWrite(path, file.errorString());
    }
    return {};
}

Status writeOdt(const PagedDocument& document, const QString& path)
{
    // Zipped in memory first: the ODF writer closes its device, which a QSaveFile forbids.
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, QByteArrayLiteral("ODF"));
    if (!writer.write(&document.body())) {
        return cannotWrite(path, ImpactReport::tr("the document could not be converted."));
    }
    return writeBytes(bytes, path);
}

/// A table's lines with its columns aligned: text on the left, numbers on the right.
void appendTable(QString& text, const ExportTable& table)
{
    const qsizetype columns = table.columns.size();
    QList<QStringList> lines;
    QStringList header;
    for (const ExportColumn& column : table.columns) {
        header << column.title;
    }
    lines << header;
    for (const QVariantList& row : table.rows) {
        QStringList cells;
        for (qsizetype c = 0; c < columns; ++c) {
            cells << ImpactReport::cellText(row.value(c), table.columns.at(c).type)
                         .replace(QLatin1Char('\n'), QLatin1Char(' '));
        }
        lines << cells;
    }
    QList<qsizetype> widths(columns, 0);
    for (const QStringList& line : lines) {
        for (qsizetype c = 0; c < columns; ++c) {
            widths[c] = std::max(widths.at(c), line.at(c).size());
        }
    }
    text += table.title + QLatin1Char('\n');
    for (const QStringList& line : lines) {
        QString out;
        for (qsizetype c = 0; c < columns; ++c) {
            const bool right = table.columns.at(c).type != ExportType::Text;
            if (c > 0) {
                out += QLatin1String("  ");
            }
            out += right ? line.at(c).rightJustified(widths.at(c))
                         : line.at(c).leftJustified(widths.at(c));
        }
        while (out.endsWith(QLatin1Char(' '))) {
            out.chop(1);
        }
        text += out;
        text += QLatin1Char('\n');
    }
    text += QLatin1Char('\n');
}

} // namespace

std::optional<ReportFormat> reportFormatFromName(const QString& name)
{
    const qsizetype index = formatNames().indexOf(name.trimmed().toLower());
    if (index < 0) {
        return std::nullopt;
    }
    return ReportFormat(index);
}

QString reportFormatName(ReportFormat format)
{
    return formatNames().at(qsizetype(format));
}

QString impactReportText(const ImpactReportContent& content)
{
    // The sentences first, as the municipality quotes them (they start with the period).
    QString text;
    if (!content.formatName.isEmpty()) {
        text += content.formatName + QLatin1String("\n\n");
    }
    for (const QString& sentence : content.summary) {
        text += sentence + QLatin1Char('\n');
    }
    text += QLatin1Char('\n');
    for (const ReportSection& section : content.sections) {
        if (section.charts) {
            continue; // pictures have no text
        }
        text += section.heading + QLatin1Char('\n') +
                QString(section.heading.size(), QLatin1Char('=')) + QLatin1Char('\n');
        for (const QString& paragraph : section.paragraphs) {
            text += paragraph + QLatin1Char('\n');
        }
        text += QLatin1Char('\n');
        for (const ExportTable& table : section.tables) {
            appendTable(text, table);
        }
    }
    return text;
}

QByteArray impactReportHtml(const PagedDocument& document)
{
    QString html = document.body().toHtml();
    // The pictures the document refers to by name, inlined: the file stands alone.
    static const QRegularExpression source(QStringLiteral("src=\"(report-[a-z0-9-]+\\.png)\""));
    QString result;
    qsizetype from = 0;
    for (QRegularExpressionMatchIterator it = source.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QImage image = document.body()
                                 .resource(QTextDocument::ImageResource, QUrl(match.captured(1)))
                                 .value<QImage>();
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        result += QStringView(html).mid(from, match.capturedStart() - from);
        result += QStringLiteral("src=\"data:image/png;base64,") +
                  QString::fromLatin1(png.toBase64()) + QLatin1Char('"');
        from = match.capturedEnd();
    }
    result += QStringView(html).mid(from);
    if (!document.title().isEmpty()) {
        result.replace(
            QStringLiteral("<head>"),
            QStringLiteral("<head><title>%1</title>").arg(document.title().toHtmlEscaped()));
    }
    return result.toUtf8();
}

Status writeImpactReport(const ImpactReportInput& input, ReportFormat format, const QString& path)
{
    const ImpactReportContent content = ImpactReport::content(input);
    switch (format) {
    case ReportFormat::Pdf:
        return ImpactReport::document(input, content).writePdf(path);
    case ReportFormat::Odt:
        return writeOdt(ImpactReport::document(input, content), path);
    case ReportFormat::Html:
        return writeBytes(impactReportHtml(ImpactReport::document(input, content)), path);
    case ReportFormat::Xlsx:
        return writeXlsx(content.tables(), path);
    case ReportFormat::Csv:
        return writeCsv(content.tables(), path);
    case ReportFormat::Json:
        return writeBytes(impactReportJson(input.figures), path);
    case ReportFormat::Txt:
        return writeBytes(impactReportText(content).toUtf8(), path);
    }
    return cannotWrite(path, QString());
}

} // namespace truc2
