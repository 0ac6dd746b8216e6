#pragma once

#include <QAbstractItemView>

#include <initializer_list>
#include <utility>

class QTableView;

namespace truc2::ui {

/// Sets up a read-only list the way every page shows one: sorted on `sortColumn` and by a click
/// on any header, whole rows selected, alternate colours, one line per row of a fixed height
/// (the view never measures its rows, even 50,000 of them), the last column stretched,
/// columns movable; the widths given, then the layout the user left under the view's object
/// name (AppSettings) on top.
void setUpListView(QTableView* view, int sortColumn, Qt::SortOrder order,
                   QAbstractItemView::SelectionMode selection,
                   std::initializer_list<std::pair<int, int>> columnWidths);

} // namespace truc2::ui
