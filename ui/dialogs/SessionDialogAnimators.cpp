// The animators of SessionDialog: listed with their role, found by typing, or added as
// external speakers.
#include "School.h"
#include "commands/AgentCommands.h"
#include "dialogs/AgentTypeAhead.h"
#include "dialogs/ExternalSpeakerDialog.h"
#include "dialogs/SessionDialog.h"
#include "ui_SessionDialog.h"

#include <QFont>
#include <QPalette>

namespace truc2::ui {

QString SessionDialog::roleText(AnimatorRole role) const
{
    switch (role) {
    case AnimatorRole::Animator:
        return tr("Animator");
    case AnimatorRole::CoAnimator:
        return tr("Co-animator");
    case AnimatorRole::Speaker:
        return tr("Speaker");
    }
    return {};
}

void SessionDialog::fillAnimators()
{
    m_animators.clear();
    const Result<ProgrammeEntry> preview = m_context.school.sessions().preview(m_session);
    if (!preview) {
        return;
    }
    for (const ProgrammeAnimator& a : preview->animators) {
        Agent person; // for the name as the directory writes it: "DUPONT Élodie"
        person.lastName = a.lastName;
        person.firstName = a.firstName;
        m_animators.append({{a.personId, a.role}, person.displayName(), a.active, a.external});
    }
}

void SessionDialog::addAnimator(const AgentRow& row)
{
    const Agent& a = row.agent;
    for (const AnimatorLine& line : std::as_const(m_animators)) {
        if (line.animator.personId == a.id) {
            return;
        }
    }
    // An outside speaker speaks; the first agent animates, the next ones help.
    const bool hasAnimator =
        std::any_of(m_animators.cbegin(), m_animators.cend(), [](const AnimatorLine& line) {
            return line.animator.role == AnimatorRole::Animator;
        });
    const AnimatorRole role = a.external    ? AnimatorRole::Speaker
                              : hasAnimator ? AnimatorRole::CoAnimator
                                            : AnimatorRole::Animator;
    m_animators.append({{a.id, role}, a.displayName(), a.active, a.external});
    showAnimators();
    m_ui->animatorsListWidget->setCurrentRow(int(m_animators.size()) - 1);
    scheduleConflicts();
}

void SessionDialog::addExternalSpeaker()
{
    ExternalSpeakerDialog dialog(m_context.school.agents(), this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    AgentRow row;
    row.agent = dialog.agent();
    auto* command = new AddAgentCommand(m_context.school.agents(), row.agent);
    if (!pushEdit(m_context.undoStack, command)) {
        return; // reported already
    }
    row.agent.id = command->agentId();
    addAnimator(row);
}

void SessionDialog::removeAnimator()
{
    const int row = m_ui->animatorsListWidget->currentRow();
    if (row < 0 || row >= m_animators.size()) {
        return;
    }
    m_animators.removeAt(row);
    showAnimators();
    m_ui->animatorsListWidget->setCurrentRow(std::min(row, int(m_animators.size()) - 1));
    scheduleConflicts();
}

void SessionDialog::roleChosen()
{
    const int row = m_ui->animatorsListWidget->currentRow();
    if (row < 0 || row >= m_animators.size()) {
        return;
    }
    m_animators[row].animator.role =
        AnimatorRole(m_ui->animatorRoleComboBox->currentData().toInt());
    showAnimators();
    m_ui->animatorsListWidget->setCurrentRow(row);
}

void SessionDialog::showAnimators()
{
    QListWidget* list = m_ui->animatorsListWidget;
    const QSignalBlocker quiet(list);
    list->clear();
    QSet<qint64> chosen;
    for (const AnimatorLine& line : std::as_const(m_animators)) {
        chosen.insert(line.animator.personId);
        QString text = tr("%1 — %2", "name, role").arg(line.name, roleText(line.animator.role));
        if (line.external) {
            text = tr("%1 (external)", "animator").arg(text);
        }
        auto* item = new QListWidgetItem(text, list);
        if (!line.active) {
            item->setText(tr("%1 (inactive)", "animator").arg(text));
            QFont font = list->font();
            font.setItalic(true);
            item->setFont(font);
            item->setForeground(list->palette().color(QPalette::Disabled, QPalette::Text));
            item->setToolTip(tr("%1 is no longer active: remove them or reactivate them in the "
                                "directory.")
                                 .arg(line.name));
        }
    }
    m_typeAhead->setExcluded(chosen);
    const bool any = list->currentRow() >= 0;
    m_ui->removeAnimatorButton->setEnabled(any);
    m_ui->animatorRoleComboBox->setEnabled(any);
}

} // namespace truc2::ui
