#pragma once

#include "domain/Catalogue.h"
#include "storage/AgentStore.h"

#include <QDialog>

#include <memory>

namespace Ui {
class FormatDialog;
}

namespace truc2 {
class CatalogueStore;
}

namespace truc2::ui {

class FieldProblems;

/// Adds or edits a format of the school. OK checks the format with the store's rules and keeps
/// the dialog open, naming each field at fault, until it is right.
class FormatDialog : public QDialog
{
    Q_OBJECT

public:
    FormatDialog(CatalogueStore& store, const Format& format, QWidget* parent = nullptr);
    ~FormatDialog() override;

    /// The format as the form now describes it (id, position and row version of the one given).
    Format format() const;

    QColor colour() const { return m_colour; }
    /// Sets the colour as if chosen in the colour dialog.
    void setColour(const QColor& colour);

    void accept() override;

private:
    void chooseColour();
    void updateModeHint();

    std::unique_ptr<Ui::FormatDialog> m_ui;
    std::unique_ptr<FieldProblems> m_problems;
    CatalogueStore& m_store;
    Format m_format;
    QColor m_colour;
};

} // namespace truc2::ui
