#pragma once

#include "PageContext.h"

#include <QDialog>

namespace truc2 {
class AgentTableModel;
}

namespace truc2::ui {

class AttendancePanel;

/// The attendance panel of one session in a window of its own, with Close; closing with
/// changes not saved asks whether to save them.
class AttendanceDialog : public QDialog
{
    Q_OBJECT

public:
    AttendanceDialog(PageContext context, qint64 sessionId, QWidget* parent = nullptr);

    AttendancePanel* panel() const { return m_panel; }
    /// The directory the walk-in type-ahead searches (see AttendancePanel::setDirectory).
    void setDirectory(const AgentTableModel* directory);

    void reject() override;

private:
    AttendancePanel* m_panel;
};

} // namespace truc2::ui
