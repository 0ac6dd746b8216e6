#pragma once

#include "domain/Catalogue.h"
#include "storage/AgentStore.h"

#include <QDialog>
#include <QHash>

#include <memory>

namespace Ui {
class ActionDialog;
}

namespace truc2 {
class CatalogueStore;
}

namespace truc2::ui {

class FieldProblems;

/// Adds or edits an action of the catalogue. OK checks the action with the store's rules and
/// keeps the dialog open, naming each field at fault, until it is right.
class ActionDialog : public QDialog
{
    Q_OBJECT

public:
    ActionDialog(CatalogueStore& store, const Action& action, QWidget* parent = nullptr);
    ~ActionDialog() override;

    /// The action as the form now describes it (id and row version of the one given).
    Action action() const;

    void accept() override;

private:
    void fillFormats();

    std::unique_ptr<Ui::ActionDialog> m_ui;
    std::unique_ptr<FieldProblems> m_problems;
    CatalogueStore& m_store;
    Action m_action;
};

} // namespace truc2::ui
