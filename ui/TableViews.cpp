#include "TableViews.h"

#include "AppSettings.h"

#include <QHeaderView>
#include <QTableView>

namespace truc2::ui {

void setUpListView(QTableView* view, int sortColumn, Qt::SortOrder order,
                   QAbstractItemView::SelectionMode selection,
                   std::initializer_list<std::pair<int, int>> columnWidths)
{
    view->setSortingEnabled(true);
    view->sortByColumn(sortColumn, order);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(selection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionsMovable(true);
    for (const auto& [column, width] : columnWidths) {
        view->setColumnWidth(column, width);
    }
    view->horizontalHeader()->restoreState(AppSettings::headerState(view->objectName()));
}

} // namespace truc2::ui
