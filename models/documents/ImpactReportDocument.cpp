// The impact report laid out as a printed document.
#include "documents/DocumentStyle.h"
#include "documents/DocumentText.h"
#include "documents/ImpactReportContent.h"
#include "documents/KeepWithNext.h"
#include "documents/TablePagination.h"

#include <QLocale>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextOption>
#include <QTextTable>
#include <QUrl>

namespace truc2 {
namespace {

/// The width of the body on A4 portrait (210 mm less the side margins), a little narrower.
constexpr qreal kBodyWidthMm = 172;

bool isNumeric(ExportType type)
{
    return type != ExportType::Text;
}

void addHeading(QTextCursor& cursor, const QString& text, bool newPage = false)
{
    QTextBlockFormat block = style::paragraph(6, 2);
    keepWithNext(block);
    if (newPage) {
        block.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        block.setTopMargin(0);
    }
    style::addParagraph(cursor, text, block, style::text(14, style::kAccent, true));
}

/// Tables of more rows are left to the spreadsheets: pages of them would tell nobody anything.
constexpr qsizetype kPrintedRows = 60;
/// Tables of up to this many rows are never split: they move to the next page whole.
constexpr qsizetype kWholeTableRows = 30;

/// A table under its title: the title is the first header row (spanning every column), so that
/// it never stays alone at the foot of a page and comes back over a continued table.
void addTable(QTextCursor& cursor, const ExportTable& table)
{
    const int columns = int(table.columns.size());
    constexpr int kHeaderRows = 2;
    QTextTableFormat format = style::tableFormat(QList<qreal>(columns, 0), kHeaderRows);
    format.setBottomMargin(style::mm(3));
    format.setTopMargin(style::mm(2));
    QTextTable* grid = cursor.insertTable(int(table.rows.size()) + kHeaderRows, columns, format);
    grid->mergeCells(0, 0, 1, columns);
    style::setCellText(grid, 0, 0, table.title, style::text(10, style::kMuted, true));
    const qreal size = columns > 6 ? 8 : 9;
    for (int c = 0; c < columns; ++c) {
        const ExportColumn& column = table.columns.at(c);
        // Titles wrap between words only (the document's wrap mode): never inside one.
        style::setCellText(grid, 1, c, column.title, style::condensed(size, style::kInk, true),
                           isNumeric(column.type) ? Qt::AlignRight : Qt::AlignLeft);
        style::setCellBackground(grid, 1, c, style::kTint);
    }
    for (int r = 0; r < table.rows.size(); ++r) {
        const QVariantList& row = table.rows.at(r);
        const int line = r + kHeaderRows;
        const bool total =
            r == table.rows.size() - 1 && row.value(0).toString() == ImpactReport::tr("Total");
        for (int c = 0; c < columns; ++c) {
            const ExportColumn& column = table.columns.at(c);
            const QString text = ImpactReport::cellText(row.value(c), column.type);
            // Numbers, and names short enough, on one line.
            const bool oneLine = isNumeric(column.type) || text.size() <= 24;
            style::setCellText(grid, line, c, text, style::condensed(size, style::kInk, total),
                               isNumeric(column.type) ? Qt::AlignRight : Qt::AlignLeft,
                               oneLine ? style::Wrap::Never : style::Wrap::Words);
            if (r > 0) {
                style::setCellTopRule(grid, line, c, style::kRule, 0.5);
            }
        }
        if (r > 0 && (table.rows.size() <= kWholeTableRows || total)) {
            keepWithPrevious(*grid, line);
        }
    }
    cursor.movePosition(QTextCursor::End);
}

void addImage(QTextCursor& cursor, QTextDocument& document, const QString& name,
              const QImage& image, const QSizeF& box, Qt::Alignment alignment)
{
    document.addResource(QTextDocument::ImageResource, QUrl(name), image);
    const QSizeF size = QSizeF(image.size()).scaled(box, Qt::KeepAspectRatio);
    QTextBlockFormat block = style::paragraph(1, 3, alignment);
    if (cursor.block().length() <= 1) {
        cursor.setBlockFormat(block);
    } else {
        cursor.insertBlock(block);
    }
    QTextImageFormat picture;
    picture.setName(name);
    picture.setWidth(size.width());
    picture.setHeight(size.height());
    cursor.insertImage(picture);
}

void addCover(QTextCursor& cursor, QTextDocument& document, const ImpactReportInput& input,
              const ImpactReportContent& content)
{
    const SchoolIdentity& identity = input.identity;
    const QImage logo = identity.logoPng.isEmpty() ? QImage() : QImage::fromData(identity.logoPng);
    style::addParagraph(cursor, identity.organisationName,
                        style::paragraph(logo.isNull() ? 55 : 30, 4, Qt::AlignHCenter),
                        style::text(15, style::kMuted));
    if (!logo.isNull()) {
        addImage(cursor, document, ImpactReport::logoResource(), logo,
                 QSizeF(style::mm(60), style::mm(40)), Qt::AlignHCenter);
    }
    style::addParagraph(cursor, identity.schoolName, style::paragraph(4, 2, Qt::AlignHCenter),
                        style::text(44, style::kAccent, true));
    style::addParagraph(cursor, content.title, style::paragraph(8, 4, Qt::AlignHCenter),
                        style::text(26, style::kInk));
    style::addParagraph(cursor, content.periodText, style::paragraph(2, 2, Qt::AlignHCenter),
                        style::text(18, style::kInk));
    if (!content.formatName.isEmpty()) {
        style::addParagraph(cursor, content.formatName, style::paragraph(2, 2, Qt::AlignHCenter),
                            style::text(16, style::kMuted));
    }
    if (input.issuedOn.isValid()) {
        style::addParagraph(cursor,
                            ImpactReport::tr("Issued on %1").arg(longDateText(input.issuedOn)),
                            style::paragraph(30, 0, Qt::AlignHCenter), style::italic(11));
    }
}

} // namespace

QString ImpactReport::logoResource()
{
    return QStringLiteral("report-logo.png");
}

QString ImpactReport::chartResource(qsizetype index)
{
    return QStringLiteral("report-chart-%1.png").arg(index + 1);
}

QString ImpactReport::cellText(const QVariant& value, ExportType type)
{
    if (!value.isValid() || value.isNull()) {
        return {};
    }
    const bool isNumber = value.metaType().id() != QMetaType::QString && value.canConvert<double>();
    switch (type) {
    case ExportType::Integer:
        if (isNumber) {
            return QLocale().toString(value.toLongLong());
        }
        break;
    case ExportType::Decimal:
        if (isNumber) {
            return numberText(value.toDouble(), 1);
        }
        break;
    case ExportType::Percentage:
        if (isNumber) {
            return percentText(value.toDouble());
        }
        break;
    case ExportType::Date:
        return shortDateText(value.toDate());
    case ExportType::DateTime:
        return value.toDateTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"));
    case ExportType::Text:
        break;
    }
    return value.toString();
}

PagedDocument ImpactReport::document(const ImpactReportInput& input,
                                     const ImpactReportContent& content)
{
    PagedDocument document;
    document.setTitle(content.title);
    document.setSubtitle(
        content.formatName.isEmpty()
            ? content.periodText
            : tr("%1, %2", "period, format").arg(content.periodText, content.formatName));
    document.setIdentity(input.identity);
    document.setCoverPage(true);
    QTextDocument& body = document.body();
    // Lines break between words, never inside one: a column is at least as wide as its longest
    // word ("satisfaction" is never cut into "satisfacti-on").
    QTextOption wrapping = body.defaultTextOption();
    wrapping.setWrapMode(QTextOption::WordWrap);
    body.setDefaultTextOption(wrapping);
    QTextCursor cursor(&body);
    addCover(cursor, body, input, content);

    addHeading(cursor, tr("Summary"), true);
    for (const QString& sentence : content.summary) {
        style::addParagraph(cursor, sentence, style::paragraph(1, 2), style::text(11));
    }
    for (const ReportSection& section : content.sections) {
        addHeading(cursor, section.heading, section.charts);
        for (qsizetype i = 0; i < section.paragraphs.size(); ++i) {
            // The sentence before the tables introduces them.
            QTextBlockFormat block = style::paragraph(0, 1.5);
            if (i == section.paragraphs.size() - 1 && !section.tables.isEmpty()) {
                keepWithNext(block);
            }
            style::addParagraph(cursor, section.paragraphs.at(i), block, style::text(9.5));
        }
        for (const ExportTable& table : section.tables) {
            if (table.rows.size() > kPrintedRows) {
                // A large school's 1,500 animators: their names are in the sentence above,
                // the table in the spreadsheets.
                style::addParagraph(
                    cursor,
                    tr("The table “%1” (%n row(s)) is in the spreadsheet exports (XLSX, CSV).",
                       nullptr, int(table.rows.size()))
                        .arg(table.title),
                    style::paragraph(1, 2), style::italic(9.5));
                continue;
            }
            addTable(cursor, table);
        }
        if (section.charts) {
            for (qsizetype i = 0; i < input.charts.size(); ++i) {
                const ReportChart& chart = input.charts.at(i);
                QTextBlockFormat title = style::paragraph(3, 1);
                keepWithNext(title);
                style::addParagraph(cursor, chart.title, title,
                                    style::text(10, style::kMuted, true));
                addImage(cursor, body, chartResource(i), chart.image,
                         QSizeF(style::mm(kBodyWidthMm), style::mm(110)), Qt::AlignHCenter);
            }
        }
    }
    return document;
}

} // namespace truc2
