#include "documents/DocumentStyle.h"

#include <QTextCursor>
#include <QTextTable>

namespace truc2::style {

QFont font(qreal pointSize, bool bold)
{
    QFont f;
    f.setFamilies(
        {QStringLiteral("DejaVu Sans"), QStringLiteral("Segoe UI"), QStringLiteral("Arial")});
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    return f;
}

QFont condensedFont(qreal pointSize, bool bold)
{
    QFont f = font(pointSize, bold);
    f.setFamilies({QStringLiteral("DejaVu Sans Condensed"), QStringLiteral("Segoe UI"),
                   QStringLiteral("Arial Narrow"), QStringLiteral("Arial")});
    return f;
}

QTextCharFormat condensed(qreal pointSize, const QColor& colour, bool bold)
{
    QTextCharFormat format;
    format.setFont(condensedFont(pointSize, bold), QTextCharFormat::FontPropertiesAll);
    format.setForeground(colour);
    return format;
}

QTextCharFormat text(qreal pointSize, const QColor& colour, bool bold)
{
    QTextCharFormat format;
    format.setFont(font(pointSize, bold), QTextCharFormat::FontPropertiesAll);
    format.setForeground(colour);
    return format;
}

QTextCharFormat italic(qreal pointSize, const QColor& colour)
{
    QTextCharFormat format = text(pointSize, colour);
    format.setFontItalic(true);
    return format;
}

QTextBlockFormat paragraph(qreal spaceBeforeMm, qreal spaceAfterMm, Qt::Alignment alignment)
{
    QTextBlockFormat format;
    format.setTopMargin(mm(spaceBeforeMm));
    format.setBottomMargin(mm(spaceAfterMm));
    format.setAlignment(alignment);
    format.setLineHeight(115, QTextBlockFormat::ProportionalHeight);
    return format;
}

namespace {

/// Moves to a fresh paragraph: the current one when it is still empty (the first of a
/// document or of a cell, the one after a table), otherwise a new one.
void startParagraph(QTextCursor& cursor, const QTextBlockFormat& block,
                    const QTextCharFormat& format)
{
    if (cursor.block().length() <= 1) {
        // Not its block char format: in a table cell's first block, that holds the cell's
        // own format (padding, borders, background).
        cursor.setBlockFormat(block);
    } else {
        cursor.insertBlock(block, format);
    }
}

} // namespace

void addParagraph(QTextCursor& cursor, const QString& text, const QTextBlockFormat& block,
                  const QTextCharFormat& format)
{
    startParagraph(cursor, block, format);
    cursor.insertText(text, format);
}

void addLabelled(QTextCursor& cursor, const QString& label, const QString& value,
                 const QColor& labelColour)
{
    const QTextCharFormat body = text();
    startParagraph(cursor, paragraph(0, 1), body);
    cursor.insertText(label, text(9.5, labelColour, true));
    cursor.insertText(QStringLiteral(" ") + value, body);
}

void addPattern(QTextCursor& cursor, const QString& pattern,
                const QList<std::pair<QString, QTextCharFormat>>& arguments,
                const QTextBlockFormat& block, const QTextCharFormat& format)
{
    startParagraph(cursor, block, format);
    qsizetype from = 0;
    for (qsizetype i = 0; i + 1 < pattern.size(); ++i) {
        const int number = pattern[i + 1].digitValue();
        if (pattern[i] != QLatin1Char('%') || number < 1 || number > arguments.size()) {
            continue;
        }
        cursor.insertText(pattern.mid(from, i - from), format);
        const auto& [text, own] = arguments[number - 1];
        cursor.insertText(text, own);
        from = i + 2;
        ++i;
    }
    cursor.insertText(pattern.mid(from), format);
}

QTextTableFormat tableFormat(const QList<qreal>& columnPercents, int headerRows)
{
    QTextTableFormat format;
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QList<QTextLength> widths;
    for (qreal percent : columnPercents) {
        widths << (percent > 0 ? QTextLength(QTextLength::PercentageLength, percent)
                               : QTextLength(QTextLength::VariableLength, 0));
    }
    format.setColumnWidthConstraints(widths);
    format.setHeaderRowCount(headerRows);
    format.setBorder(0);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_None);
    format.setCellSpacing(0);
    format.setCellPadding(mm(1.6));
    format.setBorderCollapse(true);
    format.setMargin(0);
    return format;
}

void setCellText(QTextTable* table, int row, int column, const QString& text,
                 const QTextCharFormat& format, Qt::Alignment alignment, Wrap wrap)
{
    QTextCursor cursor = table->cellAt(row, column).firstCursorPosition();
    QTextBlockFormat block = paragraph(0, 0, alignment);
    block.setLineHeight(100, QTextBlockFormat::ProportionalHeight);
    block.setNonBreakableLines(wrap == Wrap::Never);
    cursor.setBlockFormat(block);
    cursor.insertText(text, format);
}

void setCellBackground(QTextTable* table, int row, int column, const QColor& background)
{
    QTextTableCell cell = table->cellAt(row, column);
    QTextTableCellFormat format = cell.format().toTableCellFormat();
    format.setBackground(background);
    cell.setFormat(format);
}

void setCellTopRule(QTextTable* table, int row, int column, const QColor& colour, qreal width)
{
    QTextTableCell cell = table->cellAt(row, column);
    QTextTableCellFormat format = cell.format().toTableCellFormat();
    format.setTopBorder(width);
    format.setTopBorderBrush(colour);
    format.setTopBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    cell.setFormat(format);
}

} // namespace truc2::style
