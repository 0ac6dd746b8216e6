#pragma once

#include <QSizeF>

#include <memory>

class QPaintDevice;
class QTextDocument;
class QTextTable;

namespace truc2 {

/// A copy of `body` laid out for `device` on pages of `pageSize` (device pixels), in which no
/// table row straddles two pages: a table is split before such a row, and its next part starts
/// the next page under a copy of the header rows; a table whose first row would not fit under
/// its header starts the next page. Rows taller than most of a page flow as they must.
///
/// A row kept with the previous one (keepWithPrevious) moves with it: a row and the rows kept
/// with it are one unit. No page holds a single unit of a table that continues from or to
/// another page: the last page of a table takes a unit from the page before it (when that one
/// keeps at least two), and a table that would leave one unit at the foot of a page starts the
/// next page instead. No page holds a table's header rows alone.
///
/// The splits are planned from the rows' heights measured in a layout without pages (the breaks
/// of a paged layout move rows about) and from where the table starts on the pages; each part
/// after a split starts a page, so its rows fall where the plan says. The plan is applied to a
/// fresh copy that has no layout yet (edits stay cheap) and checked on the final layout, where
/// a table whose parts each lie on one page is settled; one table at a time, since a table's
/// splits move what follows it.
std::unique_ptr<QTextDocument> layOutKeepingRows(const QTextDocument& body, QPaintDevice& device,
                                                 const QSizeF& pageSize);

/// Keeps a row of a table on the page of the row above it (a block of rows that belong
/// together, a total under the last line): no page break falls between them. Call it once the
/// row's cells have their formats.
void keepWithPrevious(QTextTable& table, int row);
/// Whether a row is kept with the row above it.
bool isKeptWithPrevious(const QTextTable& table, int row);

} // namespace truc2
