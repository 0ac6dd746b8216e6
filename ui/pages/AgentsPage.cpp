#include "pages/AgentsPage.h"

#include "AppSettings.h"
#include "ExportAction.h"
#include "MessageBox.h"
#include "School.h"
#include "TableViews.h"
#include "commands/AgentCommands.h"
#include "dialogs/AgentDialog.h"
#include "dialogs/AgentHistoryDialog.h"
#include "dialogs/AgentImportDialog.h"
#include "dialogs/OrganisationDialog.h"
#include "itemmodels/AgentTableModel.h"
#include "widgets/PageParts.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace truc2::ui {
namespace {

// Typing pauses this long before the list is filtered, so that a fast typist on a directory
// of 50,000 agents filters once per word, not once per key.
constexpr int kSearchDelayMs = 150;

} // namespace

AgentsPage::AgentsPage(PageContext context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("agentsPage"));
    m_model = new AgentTableModel(context.school.agents(), context.school.organisation(), this);
    m_filter = new AgentFilterModel(this);
    m_filter->setSourceModel(m_model);

    QLabel* title = makePageTitle(tr("Agents"), this);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchLineEdit"));
    m_search->setPlaceholderText(tr("Search by name, matricule or service…"));
    m_search->setClearButtonEnabled(true);
    m_showInactive = new QCheckBox(tr("Show inactive agents"), this);
    m_showInactive->setObjectName(QStringLiteral("showInactiveCheckBox"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("countLabel"));

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("agentsTableView"));
    m_table->setModel(m_filter);
    // Fixed row heights: the view never measures 50,000 rows.
    setUpListView(m_table, AgentTableModel::LastName, Qt::AscendingOrder,
                  QAbstractItemView::ExtendedSelection,
                  {{AgentTableModel::LastName, 120},
                   {AgentTableModel::FirstName, 110},
                   {AgentTableModel::Matricule, 75},
                   {AgentTableModel::Direction, 165},
                   {AgentTableModel::Service, 165},
                   {AgentTableModel::Category, 80},
                   {AgentTableModel::Grade, 140},
                   {AgentTableModel::Status, 85}});

    m_add = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("&New agent…"), this);
    m_add->setObjectName(QStringLiteral("addPushButton"));
    m_edit = new QPushButton(QIcon::fromTheme(QStringLiteral("document-edit")), tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editPushButton"));
    m_toggleActive = new QPushButton(tr("&Deactivate"), this);
    m_toggleActive->setObjectName(QStringLiteral("toggleActivePushButton"));
    m_history = new QPushButton(tr("&History…"), this);
    m_history->setObjectName(QStringLiteral("historyButton"));
    m_history->setToolTip(tr("The sessions the selected agent attended and animated, and their "
                             "attestation of training"));
    m_organisation = new QPushButton(tr("Directions and &services…"), this);
    m_organisation->setObjectName(QStringLiteral("organisationPushButton"));
    m_import =
        new QPushButton(QIcon::fromTheme(QStringLiteral("document-import")), tr("&Import…"), this);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setToolTip(tr("Update the directory from the HR system's export"));

    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_showInactive);
    searchRow->addWidget(m_count);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_toggleActive);
    buttons->addWidget(m_history);
    buttons->addStretch(1);
    buttons->addWidget(makeExportButton(m_table, AgentTableModel::SortRole, tr("Agents"), this));
    buttons->addWidget(m_import);
    buttons->addWidget(m_organisation);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(searchRow);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelayMs);
    connect(m_searchDelay, &QTimer::timeout, this, &AgentsPage::applySearch);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &AgentsPage::applySearch);
    connect(m_showInactive, &QCheckBox::toggled, m_filter, &AgentFilterModel::setShowInactive);
    connect(m_add, &QPushButton::clicked, this, &AgentsPage::addAgent);
    connect(m_edit, &QPushButton::clicked, this, &AgentsPage::editSelectedAgent);
    connect(m_toggleActive, &QPushButton::clicked, this, &AgentsPage::toggleSelectedActive);
    connect(m_organisation, &QPushButton::clicked, this, &AgentsPage::editOrganisation);
    connect(m_import, &QPushButton::clicked, this, [this] { importAgents(); });
    connect(m_history, &QPushButton::clicked, this, &AgentsPage::showSelectedHistory);
    connect(m_table, &QTableView::doubleClicked, this, &AgentsPage::editSelectedAgent);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AgentsPage::updateActions);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_filter, signal, this, &AgentsPage::updateCount);
    }
    connect(m_filter, &QAbstractItemModel::modelReset, this, &AgentsPage::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &AgentsPage::updateCount);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &AgentsPage::updateActions);

    updateCount();
    updateActions();
}

AgentsPage::~AgentsPage()
{
    AppSettings::setHeaderState(m_table->objectName(), m_table->horizontalHeader()->saveState());
}

void AgentsPage::applySearch()
{
    m_searchDelay->stop();
    m_filter->setSearchText(m_search->text());
    updateCount();
}

void AgentsPage::updateCount()
{
    const int shown = m_filter->rowCount();
    m_count->setText(tr("%n agent(s)", nullptr, shown));
}

QList<qint64> AgentsPage::selectedIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex& index : rows) {
        ids << index.data(AgentTableModel::AgentIdRole).toLongLong();
    }
    return ids;
}

void AgentsPage::updateActions()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const bool editable = !m_context.readOnly;
    m_add->setEnabled(editable);
    m_organisation->setEnabled(editable);
    m_import->setEnabled(editable);
    m_edit->setEnabled(editable && rows.size() == 1);
    const bool allActive = std::all_of(rows.cbegin(), rows.cend(), [](const QModelIndex& i) {
        return i.data(AgentTableModel::ActiveRole).toBool();
    });
    m_toggleActive->setText(allActive ? tr("&Deactivate") : tr("&Reactivate"));
    m_toggleActive->setEnabled(editable && !rows.isEmpty());
    // Looking changes nothing: allowed on a read-only school too.
    m_history->setEnabled(rows.size() == 1);
}

bool AgentsPage::addAgent()
{
    if (m_context.readOnly) {
        return false;
    }
    Agent fresh;
    AgentDialog dialog(m_context.school, fresh, this);
    if (dialog.exec() != QDialog::Accepted) {
        return false;
    }
    auto* command = new AddAgentCommand(m_context.school.agents(), dialog.agent());
    if (!pushEdit(m_context.undoStack, command)) {
        return false; // already reported; the stack deleted the command
    }
    const int sourceRow = m_model->rowOf(command->agentId());
    if (sourceRow >= 0) {
        const QModelIndex shown = m_filter->mapFromSource(m_model->index(sourceRow, 0));
        if (shown.isValid()) {
            m_table->selectRow(shown.row());
            m_table->scrollTo(shown);
        }
    }
    return true;
}

bool AgentsPage::editSelectedAgent()
{
    const QList<qint64> ids = selectedIds();
    if (m_context.readOnly || ids.size() != 1) {
        return false;
    }
    const Result<Agent> current = m_context.school.agents().agent(ids.first());
    if (!current) {
        MessageBox::warning(this, tr("Agents"), current.errorMessage());
        return false;
    }
    AgentDialog dialog(m_context.school, *current, this);
    if (dialog.exec() != QDialog::Accepted || dialog.agent() == *current) {
        return false;
    }
    return pushEdit(m_context.undoStack,
                    new EditAgentCommand(m_context.school.agents(), *current, dialog.agent()));
}

void AgentsPage::toggleSelectedActive()
{
    const QList<qint64> ids = selectedIds();
    if (m_context.readOnly || ids.isEmpty()) {
        return;
    }
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const bool deactivate = std::all_of(rows.cbegin(), rows.cend(), [](const QModelIndex& i) {
        return i.data(AgentTableModel::ActiveRole).toBool();
    });
    if (deactivate &&
        MessageBox::question(
            this, tr("Deactivate agents"),
            tr("Deactivate %n agent(s)? They stay in the history of past sessions but can no "
               "longer be registered.",
               nullptr, int(ids.size())),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) != QMessageBox::Yes) {
        return;
    }
    QHash<qint64, bool> before;
    for (const QModelIndex& index : rows) {
        before.insert(index.data(AgentTableModel::AgentIdRole).toLongLong(),
                      index.data(AgentTableModel::ActiveRole).toBool());
    }
    pushEdit(m_context.undoStack,
             new SetAgentsActiveCommand(m_context.school.agents(), before, !deactivate));
    updateActions();
}

void AgentsPage::showSelectedHistory()
{
    const QList<qint64> ids = selectedIds();
    if (ids.size() != 1) {
        return;
    }
    AgentHistoryDialog dialog(m_context.school, ids.first(), this);
    dialog.exec();
}

void AgentsPage::editOrganisation()
{
    OrganisationDialog dialog(m_context, this);
    dialog.exec();
}

bool AgentsPage::importAgents(const QString& path)
{
    if (m_context.readOnly) {
        return false;
    }
    AgentImportDialog dialog(m_context, this);
    if (!path.isEmpty() && !dialog.openFile(path)) {
        return false;
    }
    return dialog.exec() == QDialog::Accepted;
}

} // namespace truc2::ui
