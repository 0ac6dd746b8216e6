#include "dialogs/GroupMembersDialog.h"

#include "School.h"
#include "commands/RegistrationCommands.h"
#include "core/TextKey.h"
#include "dialogs/AgentTypeAhead.h"
#include "itemmodels/AgentTableModel.h"
#include "ui_GroupMembersDialog.h"

#include <QFont>
#include <QPalette>
#include <QPushButton>

#include <algorithm>

namespace truc2::ui {
namespace {

constexpr int kPersonIdRole = Qt::UserRole;

/// "DUPONT Élodie · Formation · 00123"
QString memberText(const AgentRow& row)
{
    QStringList parts{row.agent.displayName()};
    if (!row.serviceName.isEmpty()) {
        parts << row.serviceName;
    }
    if (!row.agent.matricule.isEmpty()) {
        parts << row.agent.matricule;
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace

GroupMembersDialog::GroupMembersDialog(PageContext context, const Format& format, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::GroupMembersDialog>())
    , m_context(context)
    , m_format(format)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Members of %1").arg(format.name));
    m_ui->introLabel->setText(
        tr("Only the members of %1 register for its sessions. Each change is saved at once; "
           "Edit ▸ Undo takes it back.")
            .arg(format.name));
    m_typeAhead = new AgentTypeAhead(
        m_ui->memberLineEdit, [this]() -> const AgentTableModel& { return directory(); }, this);
    connect(m_typeAhead, &AgentTypeAhead::chosen, this,
            [this](const AgentRow& row) { addMember(row.agent.id); });
    connect(m_ui->removeMemberButton, &QPushButton::clicked, this,
            &GroupMembersDialog::removeSelected);
    connect(m_ui->membersListWidget, &QListWidget::itemSelectionChanged, this,
            &GroupMembersDialog::updateButtons);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &GroupMembersDialog::reject);
    connect(&context.school.catalogue(), &CatalogueStore::membersChanged, this,
            [this](qint64 formatId) {
                if (formatId == m_format.id) {
                    fill();
                }
            });
    m_ui->memberLineEdit->setEnabled(!context.readOnly);
    fill();
    m_ui->memberLineEdit->setFocus();
}

GroupMembersDialog::~GroupMembersDialog() = default;

void GroupMembersDialog::setDirectory(const AgentTableModel* directory)
{
    m_directory = directory;
    m_ownDirectory.reset();
    fill();
}

const AgentTableModel& GroupMembersDialog::directory()
{
    if (!m_directory) {
        m_ownDirectory = std::make_unique<AgentTableModel>(m_context.school.agents(),
                                                           m_context.school.organisation());
        m_directory = m_ownDirectory.get();
    }
    return *m_directory;
}

void GroupMembersDialog::fill()
{
    const Result<QList<qint64>> ids = m_context.school.catalogue().members(m_format.id);
    const AgentTableModel& people = directory();
    QList<std::pair<QString, int>> rows; // folded name, directory row
    QSet<qint64> excluded;
    for (qint64 id : ids ? *ids : QList<qint64>()) {
        excluded.insert(id);
        const int row = people.rowOf(id);
        if (row >= 0) {
            const Agent& a = people.agentRow(row).agent;
            rows.append({foldedText(a.lastName + QLatin1Char(' ') + a.firstName), row});
        }
    }
    std::sort(rows.begin(), rows.end());
    // External speakers are never members: do not offer them.
    for (int row = 0; row < people.rowCount(); ++row) {
        if (people.agentRow(row).agent.external) {
            excluded.insert(people.agentRow(row).agent.id);
        }
    }
    m_typeAhead->setExcluded(excluded);

    QListWidget* list = m_ui->membersListWidget;
    const QSignalBlocker quiet(list);
    list->clear();
    for (const auto& [key, row] : std::as_const(rows)) {
        const AgentRow& member = people.agentRow(row);
        auto* item = new QListWidgetItem(memberText(member), list);
        item->setData(kPersonIdRole, member.agent.id);
        if (!member.agent.active) {
            item->setText(tr("%1 (inactive)", "member").arg(item->text()));
            QFont font = list->font();
            font.setItalic(true);
            item->setFont(font);
            item->setForeground(list->palette().color(QPalette::Disabled, QPalette::Text));
        }
    }
    m_ui->countLabel->setText(tr("%n member(s)", nullptr, int(rows.size())));
    updateButtons();
}

void GroupMembersDialog::updateButtons()
{
    m_ui->removeMemberButton->setEnabled(!m_context.readOnly &&
                                         !m_ui->membersListWidget->selectedItems().isEmpty());
}

QList<qint64> GroupMembersDialog::memberIds() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_ui->membersListWidget->count(); ++i) {
        ids.append(m_ui->membersListWidget->item(i)->data(kPersonIdRole).toLongLong());
    }
    return ids;
}

bool GroupMembersDialog::addMember(qint64 personId)
{
    if (m_context.readOnly || memberIds().contains(personId)) {
        return false;
    }
    const int row = directory().rowOf(personId);
    const QString name = row >= 0 ? directory().agentRow(row).agent.displayName() : QString();
    if (!pushEdit(m_context.undoStack,
                  new GroupMembersCommand(m_context.school.catalogue(), m_format.id, {personId},
                                          true, tr("Add %1 to %2").arg(name, m_format.name)))) {
        return false;
    }
    for (int i = 0; i < m_ui->membersListWidget->count(); ++i) {
        QListWidgetItem* item = m_ui->membersListWidget->item(i);
        if (item->data(kPersonIdRole).toLongLong() == personId) {
            m_ui->membersListWidget->setCurrentItem(item);
            m_ui->membersListWidget->scrollToItem(item);
        }
    }
    return true;
}

bool GroupMembersDialog::removeSelected()
{
    const QList<QListWidgetItem*> selected = m_ui->membersListWidget->selectedItems();
    if (m_context.readOnly || selected.isEmpty()) {
        return false;
    }
    QList<qint64> ids;
    for (const QListWidgetItem* item : selected) {
        ids.append(item->data(kPersonIdRole).toLongLong());
    }
    const QString text =
        ids.size() == 1
            ? tr("Remove %1 from %2")
                  .arg(selected.first()->text().section(QStringLiteral(" · "), 0, 0), m_format.name)
            : tr("Remove %n member(s) from %1", nullptr, int(ids.size())).arg(m_format.name);
    return pushEdit(m_context.undoStack, new GroupMembersCommand(m_context.school.catalogue(),
                                                                 m_format.id, ids, false, text));
}

} // namespace truc2::ui
