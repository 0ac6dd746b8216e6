#include "documents/TablePagination.h"

#include <QAbstractTextDocumentLayout>
#include <QHash>
#include <QPaintDevice>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextFrame>
#include <QTextTable>

#include <algorithm>
#include <cmath>
#include <limits>

namespace truc2 {
namespace {

/// A row taller than this share of a page cannot be kept whole under its header.
constexpr qreal kTallestKeptRow = 0.8;

struct Extent
{
    qreal top = std::numeric_limits<qreal>::max();
    qreal bottom = std::numeric_limits<qreal>::lowest();
    bool isValid() const { return bottom >= top; }
};

/// The vertical extent of a table row in document coordinates: from its text's top to its
/// text's bottom plus the cells' bottom padding. Invalid when the row has no cell of its own.
Extent rowExtent(QAbstractTextDocumentLayout& layout, const QTextTable& table, int row, qreal scale)
{
    Extent extent;
    const qreal tablePadding = table.format().cellPadding();
    for (int column = 0; column < table.columns(); ++column) {
        const QTextTableCell cell = table.cellAt(row, column);
        if (cell.row() != row || cell.column() != column) {
            continue;
        }
        const QTextTableCellFormat format = cell.format().toTableCellFormat();
        const qreal padding = format.hasProperty(QTextFormat::TableCellBottomPadding)
                                  ? format.bottomPadding()
                                  : tablePadding;
        for (QTextFrame::iterator it = cell.begin(); !it.atEnd(); ++it) {
            QRectF rect;
            if (it.currentFrame()) {
                rect = layout.frameBoundingRect(it.currentFrame());
            } else if (it.currentBlock().isValid()) {
                rect = layout.blockBoundingRect(it.currentBlock());
            }
            if (rect.isValid()) {
                extent.top = std::min(extent.top, rect.top());
                extent.bottom = std::max(extent.bottom, rect.bottom() + padding * scale);
            }
        }
    }
    return extent;
}

int headerRowsOf(const QTextTable& table)
{
    return std::clamp(table.format().headerRowCount(), 0, std::max(0, table.rows() - 1));
}

/// Copies one row of a table into a row of another of the same columns: cell formats, column
/// spans and contents.
void copyRow(const QTextTable& from, int sourceRow, QTextTable& to, int targetRow)
{
    for (int column = 0; column < from.columns(); ++column) {
        const QTextTableCell source = from.cellAt(sourceRow, column);
        if (source.row() != sourceRow || source.column() != column) {
            continue;
        }
        if (source.columnSpan() > 1) {
            to.mergeCells(targetRow, column, 1, source.columnSpan());
        }
        QTextTableCell target = to.cellAt(targetRow, column);
        QTextCursor selection = source.firstCursorPosition();
        selection.setPosition(source.lastCursorPosition().position(), QTextCursor::KeepAnchor);
        QTextCursor place = target.firstCursorPosition();
        place.insertFragment(selection.selection());
        target.firstCursorPosition().setBlockFormat(source.firstCursorPosition().blockFormat());
        target.setFormat(source.format()); // last: the fragment brought the source's first block
    }
}

/// Moves the rows of a table from `row` on into a new table right after it, which starts the
/// next page under a copy of the header rows. Returns the new table.
QTextTable* splitTable(QTextTable& table, int row)
{
    QTextDocument& document = *table.document();
    const int headerRows = std::min(headerRowsOf(table), row);
    const int moved = table.rows() - row;
    QTextTableFormat format = table.format();
    format.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
    QTextCursor cursor(&document);
    cursor.setPosition(table.lastPosition() + 1);
    QTextTable* next = cursor.insertTable(headerRows + moved, table.columns(), format);
    for (int r = 0; r < headerRows; ++r) {
        copyRow(table, r, *next, r);
    }
    for (int r = 0; r < moved; ++r) {
        copyRow(table, row + r, *next, headerRows + r);
    }
    table.removeRows(row, moved);
    // The paragraph between the two parts would take room at the foot of the page, or push the
    // second part a page further: hidden, it takes none.
    for (QTextBlock block = document.findBlock(table.lastPosition() + 1);
         block.isValid() && block.position() < next->firstPosition(); block = block.next()) {
        block.setVisible(false);
        document.markContentsDirty(block.position(), block.length());
    }
    return next;
}

QList<QTextTable*> topLevelTables(const QTextDocument& document)
{
    QList<QTextTable*> tables;
    for (QTextFrame* frame : document.rootFrame()->childFrames()) {
        if (auto* table = qobject_cast<QTextTable*>(frame)) {
            tables << table;
        }
    }
    return tables;
}

/// What to do to one table of the body.
struct TablePlan
{
    bool startsPage = false;
    QList<int> splitRows; ///< Rows of the table as built, ascending.
};

/// One part of a table after the splits: the table, and the row (of the table as built) of its
/// first row under the header.
struct Part
{
    QTextTable* table = nullptr;
    int firstRow = 0;
};

/// A copy of the body with the plan applied, and for each table of the body its parts.
std::unique_ptr<QTextDocument>
applyPlan(const QTextDocument& body, const QHash<int, TablePlan>& plans, QList<QList<Part>>* parts)
{
    std::unique_ptr<QTextDocument> document(body.clone());
    const QList<QTextTable*> tables = topLevelTables(*document);
    parts->clear();
    for (int index = 0; index < tables.size(); ++index) {
        QTextTable* table = tables[index];
        const TablePlan plan = plans.value(index);
        if (plan.startsPage) {
            QTextTableFormat format = table->format();
            format.setPageBreakPolicy(format.pageBreakPolicy() |
                                      QTextFormat::PageBreak_AlwaysBefore);
            table->setFormat(format);
        }
        QList<Part> split{{table, headerRowsOf(*table)}};
        // From the last row up, so that the rows still to split keep their numbers.
        for (auto row = plan.splitRows.crbegin(); row != plan.splitRows.crend(); ++row) {
            split.insert(1, {splitTable(*table, *row), *row});
        }
        parts->append(split);
    }
    return document;
}

/// Where a part's rows would straddle a page, and the rows (of the table as built) before
/// which it must be split; true in `startsPage` when its first row does not fit under the
/// header. Each split moves the rows after it by a known distance: the next part starts a page,
/// its first row as far below the top as the header makes it.
QList<int> plannedSplits(QAbstractTextDocumentLayout& layout, const Part& part, qreal pageHeight,
                         qreal scale, bool canStartPage, bool* startsPage)
{
    const QTextTable& table = *part.table;
    const int headerRows = headerRowsOf(table);
    QList<int> splits;
    if (table.rows() <= headerRows) {
        return splits;
    }
    const qreal tableTop = layout.frameBoundingRect(part.table).top();
    const Extent first = rowExtent(layout, table, headerRows, scale);
    const qreal headerOffset = first.isValid() ? first.top - tableTop : 0;
    qreal shift = 0;
    for (int row = headerRows; row < table.rows(); ++row) {
        const Extent extent = rowExtent(layout, table, row, scale);
        if (!extent.isValid() || extent.bottom - extent.top > pageHeight * kTallestKeptRow) {
            continue;
        }
        const qreal top = extent.top + shift;
        const qreal page = std::floor(top / pageHeight);
        if (page == std::floor((extent.bottom + shift) / pageHeight)) {
            continue;
        }
        const qreal nextPage = (page + 1) * pageHeight;
        if (row == headerRows) {
            if (canStartPage) {
                *startsPage = true;
                shift += nextPage - (tableTop + shift);
            }
            continue;
        }
        shift += nextPage + headerOffset - top;
        splits << part.firstRow + row - headerRows;
    }
    return splits;
}

} // namespace

std::unique_ptr<QTextDocument> layOutKeepingRows(const QTextDocument& body, QPaintDevice& device,
                                                 const QSizeF& pageSize)
{
    const qreal scale = device.logicalDpiY() / 96.0;
    QHash<int, TablePlan> plans;
    // Each pass settles at least one more table; a few more passes than tables is a safe bound.
    const qsizetype passes = topLevelTables(body).size() * 2 + 2;
    std::unique_ptr<QTextDocument> document;
    for (qsizetype pass = 0; pass < passes; ++pass) {
        QList<QList<Part>> parts;
        document = applyPlan(body, plans, &parts);
        QAbstractTextDocumentLayout& layout = *document->documentLayout();
        layout.setPaintDevice(&device);
        document->setPageSize(pageSize);
        bool changed = false;
        for (int index = 0; index < parts.size() && !changed; ++index) {
            TablePlan& plan = plans[index];
            for (int p = 0; p < parts[index].size(); ++p) {
                bool startsPage = false;
                const bool canStartPage = p == 0 && !plan.startsPage &&
                                          !(parts[index][p].table->format().pageBreakPolicy() &
                                            QTextFormat::PageBreak_AlwaysBefore);
                const QList<int> splits = plannedSplits(layout, parts[index][p], pageSize.height(),
                                                        scale, canStartPage, &startsPage);
                if (startsPage || !splits.isEmpty()) {
                    plan.startsPage = plan.startsPage || startsPage;
                    plan.splitRows << splits;
                    std::sort(plan.splitRows.begin(), plan.splitRows.end());
                    changed = true;
                }
            }
        }
        if (!changed) {
            break;
        }
    }
    return document;
}

} // namespace truc2
