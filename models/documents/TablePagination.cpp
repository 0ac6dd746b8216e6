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

/// The cell property that keeps a row with the previous one (copied with the cell's format when
/// a table is split).
constexpr int kKeepWithPrevious = QTextFormat::UserProperty + 0x4b57;

struct Extent
{
    qreal top = std::numeric_limits<qreal>::max();
    qreal bottom = std::numeric_limits<qreal>::lowest();
    bool isValid() const { return bottom >= top; }
};

/// The vertical extent of a table row in document coordinates: its cells' text with their top
/// and bottom padding (the tallest cell's, when others are centred in the row). Invalid when the
/// row has no cell of its own.
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
        const qreal top = format.hasProperty(QTextFormat::TableCellTopPadding) ? format.topPadding()
                                                                               : tablePadding;
        const qreal bottom = format.hasProperty(QTextFormat::TableCellBottomPadding)
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
                extent.top = std::min(extent.top, rect.top() - top * scale);
                extent.bottom = std::max(extent.bottom, rect.bottom() + bottom * scale);
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
    // The paragraph after the table keeps its format (a heading's, kept with what follows
    // it): the insertion would hand it to the empty paragraph left between the two parts.
    const QTextBlockFormat following = cursor.blockFormat();
    QTextTable* next = cursor.insertTable(headerRows + moved, table.columns(), format);
    QTextCursor after(&document);
    after.setPosition(next->lastPosition() + 1);
    after.setBlockFormat(following);
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
        QTextCursor(block).setBlockFormat(QTextBlockFormat());
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

/// A part's rows seen as units: a row and the rows kept with it.
class Units
{
public:
    explicit Units(const QTextTable& table)
        : m_table(table)
    {}

    /// The first row of the unit that holds `row`, not above `floor`.
    int startOf(int row, int floor) const
    {
        while (row > floor && isKeptWithPrevious(m_table, row)) {
            --row;
        }
        return row;
    }
    /// The units that rows [from, to) make, the first row counting as a start.
    int count(int from, int to) const
    {
        int units = 0;
        for (int row = from; row < to; ++row) {
            units += row == from || !isKeptWithPrevious(m_table, row) ? 1 : 0;
        }
        return units;
    }

private:
    const QTextTable& m_table;
};

/// Whether a table lies on one page, from its first row's top to its last row's bottom.
bool withinOnePage(QAbstractTextDocumentLayout& layout, const QTextTable& table, qreal pageHeight,
                   qreal scale)
{
    const Extent first = rowExtent(layout, table, 0, scale);
    const Extent last = rowExtent(layout, table, table.rows() - 1, scale);
    if (!first.isValid() || !last.isValid()) {
        return true; // nothing to keep
    }
    return std::floor(first.top / pageHeight) == std::floor((last.bottom - 0.5) / pageHeight);
}

/// A table's rows laid end to end, without pages: how far each row takes the next one down
/// (the last one, the table's bottom), and from the top of its first row (the header's) to the
/// first row under the header.
struct RowPitches
{
    QList<qreal> pitches;
    qreal headerOffset = 0;
};

/// Measures a table in a layout without pages (the rows of a paged one are moved by its breaks).
RowPitches measureRows(QAbstractTextDocumentLayout& layout, QTextTable& table, qreal scale)
{
    const int rows = table.rows();
    QList<qreal> tops(rows + 1, 0);
    qreal bottom = 0;
    for (int row = 0; row < rows; ++row) {
        const Extent extent = rowExtent(layout, table, row, scale);
        tops[row] = extent.isValid() ? extent.top : (row > 0 ? tops[row - 1] : 0);
        bottom = extent.isValid() ? std::max(bottom, extent.bottom) : bottom;
    }
    // The last row down to its bottom border.
    tops[rows] = std::max(bottom + table.format().border() * scale, tops[rows - 1]);
    RowPitches measured;
    for (int row = 0; row < rows; ++row) {
        measured.pitches << std::max<qreal>(0, tops[row + 1] - tops[row]);
    }
    measured.headerOffset = tops[headerRowsOf(table)] - tops[0];
    return measured;
}

/// Where a part's rows would straddle a page, and the rows (of the table as built) before
/// which it must be split; true in `startsPage` when the table must start the next page (its
/// first unit would not fit under the header, or would be alone there).
///
/// The rows are laid end to end from the part's header down (as measured without pages), page
/// after page from where the part's first row is, each split starting a page with the header
/// above its first row (the header's first row `pageStart` below the page's top). A split never
/// separates a unit, and never leaves a single unit on the part's last page when the page before
/// can spare one.
QList<int> plannedSplits(const Part& part, const RowPitches& measured, qreal firstRowTop,
                         qreal pageStart, qreal pageHeight, qreal scale, bool canStartPage,
                         bool* startsPage)
{
    const QTextTable& table = *part.table;
    const int headerRows = headerRowsOf(table);
    const int rows = table.rows();
    QList<int> splits; // rows of this part
    if (rows <= headerRows) {
        return splits;
    }
    const QList<qreal>& pitches = measured.pitches;
    const qreal headerOffset = measured.headerOffset;
    const auto pageOf = [pageHeight](qreal y) {
        return std::floor(y / pageHeight);
    };
    // The table's own border at the foot of a page: the room a page's last row must leave.
    const qreal foot = 2 * table.format().border() * scale + 1;
    const qreal room = pageHeight - foot;
    const Units units(table);

    qreal y = firstRowTop + headerOffset; // where the next row starts in the planned layout
    int pageFirst = headerRows;           // the first row on the page being filled
    for (int row = headerRows; row < rows; ++row) {
        const qreal height = pitches[row];
        const qreal page = pageOf(y);
        if (height > pageHeight * kTallestKeptRow || y + height <= page * pageHeight + room) {
            y += height; // fits (or flows as it must)
            continue;
        }
        const qreal nextPage = (page + 1) * pageHeight;
        const bool onFirstPage = pageFirst == headerRows && splits.isEmpty();
        int split = units.startOf(row, pageFirst);
        // Nothing, or a single unit, would stay on the table's first page: the whole table
        // starts the next page, where its rows are laid out again.
        if (onFirstPage && canStartPage && !*startsPage &&
            (split == pageFirst || units.count(pageFirst, split) < 2)) {
            *startsPage = true;
            y = nextPage + pageStart + headerOffset;
            row = headerRows - 1;
            continue;
        }
        if (split == pageFirst) {
            if (row == pageFirst) {
                y += height; // taller than a page under its header: it flows
                continue;
            }
            split = row; // a unit taller than a page is broken where it must be
        }
        splits << split;
        pageFirst = split;
        y = nextPage + pageStart + headerOffset;
        row = split - 1; // from the split on, laid out again on the new page
    }

    // A last page with a single unit takes one from the page before, when that one can spare
    // it; a table of three units or so fits whole on the next page instead.
    if (!splits.isEmpty() && units.count(splits.last(), rows) < 2) {
        const int before = splits.size() > 1 ? splits[splits.size() - 2] : headerRows;
        const int lastUnit = units.startOf(splits.last() - 1, before);
        if (units.count(before, lastUnit) >= 2) {
            splits.last() = lastUnit;
        } else if (splits.size() == 1 && canStartPage && !*startsPage) {
            qreal height = pageStart + headerOffset;
            for (int row = headerRows; row < rows; ++row) {
                height += pitches[row];
            }
            if (height <= room) {
                splits.clear();
                *startsPage = true;
            }
        }
    }
    for (int& split : splits) {
        split = part.firstRow + split - headerRows;
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
        // A table whose parts each lie on one page is settled; the others are planned again.
        QList<int> unsettled;
        for (int index = 0; index < parts.size(); ++index) {
            for (const Part& part : std::as_const(parts[index])) {
                if (!withinOnePage(layout, *part.table, pageSize.height(), scale)) {
                    unsettled << index;
                    break;
                }
            }
        }
        if (unsettled.isEmpty()) {
            break;
        }
        // Where each part's first row is on the pages, and where the first row of a table
        // starting a page is: as a part after a split has it, or under the table's border.
        QHash<const QTextTable*, qreal> firstRowTops;
        qreal pageStart = -1;
        for (const QList<Part>& table : std::as_const(parts)) {
            for (qsizetype p = 0; p < table.size(); ++p) {
                const Extent first = rowExtent(layout, *table[p].table, 0, scale);
                if (!first.isValid()) {
                    continue;
                }
                firstRowTops.insert(table[p].table, first.top);
                if (p > 0 && pageStart < 0) {
                    pageStart =
                        first.top - std::floor(first.top / pageSize.height()) * pageSize.height();
                }
            }
        }
        if (pageStart < 0) {
            const QTextTableFormat format = parts.first().first().table->format();
            pageStart = (2 * format.border() + format.cellSpacing()) * scale;
        }
        // The rows of the unsettled tables measured without pages.
        document->setTextWidth(pageSize.width());
        QHash<const QTextTable*, RowPitches> measured;
        for (int index : std::as_const(unsettled)) {
            for (const Part& part : std::as_const(parts[index])) {
                measured.insert(part.table, measureRows(layout, *part.table, scale));
            }
        }
        bool changed = false;
        for (int index : std::as_const(unsettled)) {
            TablePlan& plan = plans[index];
            for (int p = 0; p < parts[index].size(); ++p) {
                const Part& part = parts[index][p];
                if (!firstRowTops.contains(part.table)) {
                    continue;
                }
                bool startsPage = false;
                const bool canStartPage =
                    p == 0 && !plan.startsPage &&
                    !(part.table->format().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore);
                const QList<int> splits =
                    plannedSplits(part, measured.value(part.table), firstRowTops.value(part.table),
                                  pageStart, pageSize.height(), scale, canStartPage, &startsPage);
                if (startsPage || !splits.isEmpty()) {
                    plan.startsPage = plan.startsPage || startsPage;
                    plan.splitRows << splits;
                    std::sort(plan.splitRows.begin(), plan.splitRows.end());
                    changed = true;
                }
            }
            if (changed) {
                break; // its splits move what follows it: the next pass looks again
            }
        }
        if (!changed) {
            document->setPageSize(pageSize); // laid out on pages again: nothing more to do
            break;
        }
    }
    return document;
}

void keepWithPrevious(QTextTable& table, int row)
{
    for (int column = 0; column < table.columns(); ++column) {
        QTextTableCell cell = table.cellAt(row, column);
        if (cell.row() == row && cell.column() == column) {
            QTextTableCellFormat format = cell.format().toTableCellFormat();
            format.setProperty(kKeepWithPrevious, true);
            cell.setFormat(format);
        }
    }
}

bool isKeptWithPrevious(const QTextTable& table, int row)
{
    if (row <= 0 || row >= table.rows()) {
        return false;
    }
    for (int column = 0; column < table.columns(); ++column) {
        const QTextTableCell cell = table.cellAt(row, column);
        if (cell.row() == row) {
            return cell.format().boolProperty(kKeepWithPrevious);
        }
    }
    return false;
}

} // namespace truc2
