#pragma once

#include <QSizeF>

#include <memory>

class QPaintDevice;
class QTextDocument;

namespace truc2 {

/// A copy of `body` laid out for `device` on pages of `pageSize` (device pixels), in which no
/// table row straddles two pages: a table is split before such a row, and its next part starts
/// the next page under a copy of the header rows; a table whose first row would not fit under
/// its header starts the next page. Rows taller than most of a page flow as they must.
///
/// The splits are planned from a layout (each part after a split starts a page, so its rows
/// fall where the plan says), made on a fresh copy that has no layout yet (edits stay cheap),
/// and checked on the final layout; one table at a time, since a table's splits move what
/// follows it.
std::unique_ptr<QTextDocument> layOutKeepingRows(const QTextDocument& body, QPaintDevice& device,
                                                 const QSizeF& pageSize);

} // namespace truc2
