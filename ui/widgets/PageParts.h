#pragma once

#include <QString>

class QComboBox;
class QLabel;
class QWidget;

namespace truc2 {
class CatalogueStore;
}

namespace truc2::ui {

/// The title every page shows at its top left: its name, larger and bold, named titleLabel.
QLabel* makePageTitle(const QString& text, QWidget* page);

/// Fills a page's format filter: "All formats" (id 0), then the school's formats in their
/// order. The format chosen stays chosen while it is offered; the combo box signals nothing
/// while it fills.
void fillFormatFilter(QComboBox* combo, const CatalogueStore& catalogue);

} // namespace truc2::ui
