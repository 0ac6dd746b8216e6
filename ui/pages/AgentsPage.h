#pragma once

#include "PageContext.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace truc2 {
class AgentFilterModel;
class AgentTableModel;
} // namespace truc2

namespace truc2::ui {

/// The directory: search by name, matricule or service as you type; sort on every column;
/// add, edit, deactivate and reactivate agents; edit directions and services.
class AgentsPage : public QWidget
{
    Q_OBJECT

public:
    explicit AgentsPage(PageContext context, QWidget* parent = nullptr);
    ~AgentsPage() override;

    AgentTableModel* model() const { return m_model; }
    AgentFilterModel* filterModel() const { return m_filter; }

    /// Opens the dialog for a new agent; true when one was added.
    bool addAgent();
    /// Opens the dialog for the selected agent; true when it was changed.
    bool editSelectedAgent();
    void toggleSelectedActive();
    void editOrganisation();
    /// Opens the history of the selected agent (one only).
    void showSelectedHistory();
    /// Opens the import of the HR system's export (of `path` when given); true when the
    /// directory was imported.
    bool importAgents(const QString& path = {});

private:
    QList<qint64> selectedIds() const;
    void updateActions();
    void updateCount();
    void applySearch();

    PageContext m_context;
    AgentTableModel* m_model = nullptr;
    AgentFilterModel* m_filter = nullptr;
    QLineEdit* m_search = nullptr;
    QCheckBox* m_showInactive = nullptr;
    QLabel* m_count = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_toggleActive = nullptr;
    QPushButton* m_history = nullptr;
    QPushButton* m_organisation = nullptr;
    QPushButton* m_import = nullptr;
    QTimer* m_searchDelay = nullptr;
};

} // namespace truc2::ui
