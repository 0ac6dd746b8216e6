#pragma once

// "Export…" on a page's list: what the list shows (its rows as filtered and sorted, its visible
// columns in the order the user arranged them) written to a CSV or XLSX file for Excel.

#include <QString>

class QPushButton;
class QTableView;
class QWidget;

namespace truc2::ui {

/// A button "Export…" (object name `exportButton`) that exports `view` when clicked. Cells are
/// typed through the model's raw-value role (`rawRole`, the models' SortRole); `title` names
/// the worksheet and the suggested file.
QPushButton* makeExportButton(QTableView* view, int rawRole, const QString& title, QWidget* parent);

/// Asks for the file (CSV or XLSX, by the name or the filter chosen) and writes what `view`
/// shows; a failure is reported in a message box. False when cancelled or failed.
bool exportView(QTableView* view, int rawRole, const QString& title, QWidget* parent);

} // namespace truc2::ui
