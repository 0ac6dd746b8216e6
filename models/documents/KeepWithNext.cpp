#include "documents/KeepWithNext.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <cmath>

namespace truc2 {
namespace {

constexpr int kKeepWithNext = QTextFormat::UserProperty + 41;

bool isKept(const QTextBlock& block)
{
    return block.blockFormat().boolProperty(kKeepWithNext);
}

/// Where an element of the root frame starts and ends on the laid-out pages.
struct Extent
{
    double top = 0;
    double bottom = 0;
};

} // namespace

void keepWithNext(QTextBlockFormat& format)
{
    format.setProperty(kKeepWithNext, true);
}

QList<int> strandedKeepers(const QTextDocument& laidOut, double pageHeight)
{
    QList<int> result;
    if (pageHeight <= 0) {
        return result;
    }
    QAbstractTextDocumentLayout& layout = *laidOut.documentLayout();
    // A paragraph that starts a page has its top at the page's start, give or take the
    // rounding of the layout's arithmetic.
    const auto pageOf = [pageHeight](double y) {
        return static_cast<int>(std::floor((y + 1) / pageHeight));
    };
    // The run of kept paragraphs before the current element: their ordinals and extents.
    QList<std::pair<int, Extent>> run;
    int ordinal = 0;
    for (auto it = laidOut.rootFrame()->begin(); !it.atEnd(); ++it) {
        Extent extent;
        bool kept = false;
        if (QTextFrame* frame = it.currentFrame()) {
            // A table starts where its first cell does: a table moved whole to the next page
            // may keep its frame's top on the page before.
            const auto* table = qobject_cast<QTextTable*>(frame);
            const QRectF rect =
                table != nullptr && table->rows() > 0 && table->columns() > 0
                    ? layout.blockBoundingRect(table->cellAt(0, 0).firstCursorPosition().block())
                    : layout.frameBoundingRect(frame);
            extent = {rect.top(), rect.bottom()};
        } else {
            const QTextBlock block = it.currentBlock();
            if (!block.isVisible()) {
                continue; // the paragraph left between two parts of a split table
            }
            const QRectF rect = layout.blockBoundingRect(block);
            extent = {rect.top(), rect.bottom()};
            kept = isKept(block);
            if (block.length() <= 1 && !kept) {
                continue; // an empty paragraph between a table and what follows it
            }
        }
        if (!run.isEmpty() && pageOf(extent.top) > pageOf(run.last().second.top)) {
            // The first of the run on the last kept paragraph's page goes to the next page.
            const int page = pageOf(run.last().second.top);
            qsizetype first = run.size() - 1;
            while (first > 0 && pageOf(run.at(first - 1).second.top) == page) {
                --first;
            }
            // Unless the run starts its page: moving it would only leave an empty page.
            const bool startsPage = run.at(first).second.top - page * pageHeight < 2;
            if (!startsPage) {
                result.append(run.at(first).first);
            }
        }
        if (kept) {
            run.append({ordinal++, extent});
        } else {
            run.clear();
        }
    }
    return result;
}

void breakBefore(QTextDocument& body, const QList<int>& ordinals)
{
    int ordinal = 0;
    for (auto it = body.rootFrame()->begin(); !it.atEnd(); ++it) {
        if (it.currentFrame() != nullptr) {
            continue;
        }
        const QTextBlock block = it.currentBlock();
        if (!isKept(block)) {
            continue;
        }
        if (ordinals.contains(ordinal)) {
            QTextBlockFormat format = block.blockFormat();
            format.setPageBreakPolicy(format.pageBreakPolicy() |
                                      QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(block).setBlockFormat(format);
        }
        ++ordinal;
    }
}

} // namespace truc2
