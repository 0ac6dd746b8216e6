#pragma once

#include "PageContext.h"
#include "domain/Agent.h"

#include <QDialog>

class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace truc2::ui {

/// Directions and their services: add, rename, retire, remove (when unused). Every change is
/// an undoable command of the main window's stack.
class OrganisationDialog : public QDialog
{
    Q_OBJECT

public:
    OrganisationDialog(PageContext context, QWidget* parent = nullptr);

    void addDirection(const QString& name);
    void addService(qint64 directionId, const QString& name);
    void renameSelected(const QString& name);
    void toggleSelectedActive();
    void removeSelected();

private:
    /// The selected direction or service, as a Service (directionId 0 for a direction).
    struct Row
    {
        bool valid = false;
        bool isService = false;
        Service values;
    };
    Row selectedRow() const;
    /// Pushes the undoable change of the row from `before` to `after`.
    void pushUpdate(const QString& text, const Row& before, const Service& after);

    void reload();
    void updateButtons();
    QString askName(const QString& title, const QString& current);

    PageContext m_context;
    QTreeWidget* m_tree = nullptr;
    QPushButton* m_addDirection = nullptr;
    QPushButton* m_addService = nullptr;
    QPushButton* m_rename = nullptr;
    QPushButton* m_toggleActive = nullptr;
    QPushButton* m_remove = nullptr;
};

} // namespace truc2::ui
