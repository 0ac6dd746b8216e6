#include "dialogs/AttendanceDialog.h"

#include "MessageBox.h"
#include "dialogs/AttendancePanel.h"
#include "itemmodels/AttendanceModel.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace truc2::ui {

AttendanceDialog::AttendanceDialog(PageContext context, qint64 sessionId, QWidget* parent)
    : QDialog(parent)
    , m_panel(new AttendancePanel(context, this))
{
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    // Return belongs to the walk-in field and the checklist, never to Close.
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &AttendanceDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_panel, 1);
    layout->addWidget(buttons);
    m_panel->setSession(sessionId);
    const QString code = m_panel->model()->sheet().session.code;
    setWindowTitle(code.isEmpty() ? tr("Attendance") : tr("Attendance of %1").arg(code));
    resize(860, 620);
}

void AttendanceDialog::setDirectory(const AgentTableModel* directory)
{
    m_panel->setDirectory(directory);
}

void AttendanceDialog::reject()
{
    if (m_panel->isDirty()) {
        const QMessageBox::StandardButton answer = MessageBox::question(
            this, windowTitle(), tr("The attendance has changes that are not saved. Save them?"),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !m_panel->save())) {
            return;
        }
    }
    QDialog::reject();
}

} // namespace truc2::ui
