#pragma once

#include "PageContext.h"
#include "domain/Catalogue.h"

#include <QDialog>

#include <memory>

namespace Ui {
class GroupMembersDialog;
}

namespace truc2 {
class AgentTableModel;
struct AgentRow;
} // namespace truc2

namespace truc2::ui {

class AgentTypeAhead;

/// The members of a closed-group format (the managers' community): the only agents who
/// register for its sessions. Members are added by typing a name, matricule or service and
/// removed from the list; each change is saved at once as a step of the window's undo stack.
/// Read-only schools only show the list.
class GroupMembersDialog : public QDialog
{
    Q_OBJECT

public:
    GroupMembersDialog(PageContext context, const Format& format, QWidget* parent = nullptr);
    ~GroupMembersDialog() override;

    /// The directory the type-ahead searches; by default the dialog reads its own.
    void setDirectory(const AgentTableModel* directory);

    /// Member person ids, in the list's order (by name).
    QList<qint64> memberIds() const;
    /// Each is one undoable step; false when refused or nothing to do.
    bool addMember(qint64 personId);
    bool removeSelected();

private:
    void fill();
    void updateButtons();
    const AgentTableModel& directory();

    std::unique_ptr<Ui::GroupMembersDialog> m_ui;
    PageContext m_context;
    Format m_format;
    const AgentTableModel* m_directory = nullptr;
    std::unique_ptr<AgentTableModel> m_ownDirectory;
    AgentTypeAhead* m_typeAhead = nullptr;
};

} // namespace truc2::ui
