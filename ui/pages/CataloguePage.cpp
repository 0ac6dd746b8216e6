#include "pages/CataloguePage.h"

#include "AppSettings.h"
#include "ExportAction.h"
#include "MessageBox.h"
#include "School.h"
#include "commands/CatalogueCommands.h"
#include "dialogs/ActionDialog.h"
#include "dialogs/FormatDialog.h"
#include "dialogs/GroupMembersDialog.h"
#include "documents/PrintPreview.h"
#include "itemmodels/ActionTableModel.h"
#include "itemmodels/FormatTableModel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace truc2::ui {
namespace {

QTableView* makeTable(const QString& objectName, QWidget* parent)
{
    auto* table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionsMovable(true);
    table->horizontalHeader()->setHighlightSections(false);
    return table;
}

/// A button at the end of a column of buttons, calling slot when clicked.
template <typename Slot>
QPushButton* addButton(QVBoxLayout* column, CataloguePage* page, const char* icon,
                       const QString& text, const char* objectName, Slot slot)
{
    auto* button = new QPushButton(QIcon::fromTheme(QLatin1String(icon)), text, page);
    button->setObjectName(QLatin1String(objectName));
    column->addWidget(button);
    QObject::connect(button, &QPushButton::clicked, page, slot);
    return button;
}

QLabel* makeBoldLabel(const QString& text, const QString& objectName, QWidget* parent, qreal scale)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(objectName);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * scale);
    label->setFont(font);
    return label;
}

void equaliseWidths(const QList<QPushButton*>& buttons)
{
    int width = 0;
    for (const QPushButton* b : buttons) {
        width = std::max(width, b->sizeHint().width());
    }
    for (QPushButton* b : buttons) {
        b->setMinimumWidth(width);
    }
}

void setWidths(QTableView* table, std::initializer_list<int> widths)
{
    int column = 0;
    for (int width : widths) {
        table->setColumnWidth(column++, width);
    }
    table->horizontalHeader()->restoreState(AppSettings::headerState(table->objectName()));
}

} // namespace

CataloguePage::CataloguePage(PageContext context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("cataloguePage"));
    m_formatModel = new FormatTableModel(store(), this);
    m_formatSort = new QSortFilterProxyModel(this);
    m_formatSort->setSortRole(FormatTableModel::SortRole);
    m_formatSort->setDynamicSortFilter(true);
    m_formatSort->setSourceModel(m_formatModel);
    m_actionModel = new ActionTableModel(store(), this);
    m_actionFilter = new ActionFilterModel(this);
    m_actionFilter->setSourceModel(m_actionModel);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("catalogueSplitter"));
    splitter->setChildrenCollapsible(false);
    auto* formatsPart = new QWidget(splitter);
    auto* actionsPart = new QWidget(splitter);
    buildFormatsPart(formatsPart);
    buildActionsPart(actionsPart);
    splitter->addWidget(formatsPart);
    splitter->addWidget(actionsPart);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);

    // One width for both button columns, so that the two tables end at the same edge.
    m_toggleAction->setText(tr("Reac&tivate")); // the longer of its two texts
    equaliseWidths(findChildren<QPushButton*>());

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(makeBoldLabel(tr("Catalogue"), QStringLiteral("titleLabel"), this, 1.5));
    layout->addWidget(splitter, 1);

    ensureFormatSelected();
    onFormatSelectionChanged();
}

void CataloguePage::buildFormatsPart(QWidget* part)
{
    m_formatsTable = makeTable(QStringLiteral("formatsTableView"), part);
    m_formatsTable->setModel(m_formatSort);
    // Unsorted shows the formats in their own order, the one Move up / Move down change; a
    // click on a header sorts, a third click comes back to that order.
    m_formatsTable->horizontalHeader()->setSortIndicatorClearable(true);
    m_formatsTable->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_formatsTable->setSortingEnabled(true);
    setWidths(m_formatsTable, {260, 70, 240, 200, 60});

    auto* buttons = new QVBoxLayout;
    m_addFormat = addButton(buttons, this, "list-add", tr("New &format…"), "addFormatPushButton",
                            &CataloguePage::addFormat);
    m_editFormat = addButton(buttons, this, "document-edit", tr("Edit…"), "editFormatPushButton",
                             &CataloguePage::editSelectedFormat);
    m_moveUp = addButton(buttons, this, "go-up", tr("Move &up"), "moveUpFormatPushButton",
                         [this] { moveSelectedFormat(-1); });
    m_moveDown = addButton(buttons, this, "go-down", tr("Move do&wn"), "moveDownFormatPushButton",
                           [this] { moveSelectedFormat(+1); });
    m_removeFormat = addButton(buttons, this, "list-remove", tr("Remove"), "removeFormatPushButton",
                               &CataloguePage::removeSelectedFormat);
    m_members = addButton(buttons, this, "system-users", tr("M&embers…"), "membersButton",
                          &CataloguePage::showMembers);
    m_members->setToolTip(tr("A closed-group format (the managers' community) registers only "
                             "its members: who they are."));
    buttons->addStretch(1);
    m_brochure = addButton(buttons, this, "document-print-preview", tr("&Brochure…"),
                           "brochureButton", &CataloguePage::showBrochure);
    m_brochure->setToolTip(tr("Print or save as PDF the catalogue brochure of a school year: "
                              "each action with the dates of its sessions."));
    const QString orderHint =
        tr("Formats appear in this order in the lists, the calendar and the reports.");
    m_moveUp->setToolTip(orderHint);
    m_moveDown->setToolTip(orderHint);
    m_removeFormat->setToolTip(
        tr("Only a format without actions can be removed; retire the others (Edit…, untick "
           "“Active”)."));

    auto* body = new QHBoxLayout;
    body->addWidget(m_formatsTable, 1);
    body->addLayout(buttons);
    auto* layout = new QVBoxLayout(part);
    layout->setContentsMargins(0, 0, 0, 6);
    layout->addWidget(makeBoldLabel(tr("Formats"), QStringLiteral("formatsLabel"), part, 1.1));
    layout->addLayout(body, 1);

    connect(m_formatsTable, &QTableView::doubleClicked, this, &CataloguePage::editSelectedFormat);
    connect(m_formatsTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CataloguePage::onFormatSelectionChanged);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_formatSort, signal, this, &CataloguePage::ensureFormatSelected);
    }
    connect(m_formatSort, &QAbstractItemModel::modelReset, this,
            &CataloguePage::ensureFormatSelected);
    connect(m_formatModel, &QAbstractItemModel::dataChanged, this,
            &CataloguePage::onFormatSelectionChanged);
    connect(m_formatModel, &QAbstractItemModel::rowsMoved, this, &CataloguePage::updateButtons);
}

void CataloguePage::buildActionsPart(QWidget* part)
{
    m_actionsTitle = makeBoldLabel(QString(), QStringLiteral("actionsLabel"), part, 1.1);
    m_search = new QLineEdit(part);
    m_search->setObjectName(QStringLiteral("searchLineEdit"));
    m_search->setPlaceholderText(tr("Search by title or tag…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(260);
    m_showRetired = new QCheckBox(tr("Show retired actions"), part);
    m_showRetired->setObjectName(QStringLiteral("showRetiredCheckBox"));
    m_showRetired->setChecked(m_actionFilter->showRetired());
    m_count = new QLabel(part);
    m_count->setObjectName(QStringLiteral("countLabel"));

    m_actionsTable = makeTable(QStringLiteral("actionsTableView"), part);
    m_actionsTable->setModel(m_actionFilter);
    m_actionsTable->setSortingEnabled(true);
    m_actionsTable->sortByColumn(ActionTableModel::Title, Qt::AscendingOrder);
    setWidths(m_actionsTable, {340, 80, 70, 200, 220});

    auto* buttons = new QVBoxLayout;
    m_addAction = addButton(buttons, this, "list-add", tr("&New action…"), "addActionPushButton",
                            &CataloguePage::addAction);
    m_editAction = addButton(buttons, this, "document-edit", tr("&Edit…"), "editActionPushButton",
                             &CataloguePage::editSelectedAction);
    m_duplicateAction =
        addButton(buttons, this, "edit-copy", tr("&Duplicate…"), "duplicateActionPushButton",
                  &CataloguePage::duplicateSelectedAction);
    m_toggleAction = addButton(buttons, this, "", tr("Re&tire"), "toggleActivePushButton",
                               &CataloguePage::toggleSelectedActionActive);
    m_removeAction = addButton(buttons, this, "list-remove", tr("&Remove"),
                               "removeActionPushButton", &CataloguePage::removeSelectedAction);
    buttons->addStretch(1);
    buttons->addWidget(
        makeExportButton(m_actionsTable, ActionTableModel::SortRole, tr("Actions"), this));
    m_toggleAction->setToolTip(tr("A retired action stays in the history of its sessions, but "
                                  "no new session can be planned."));
    m_removeAction->setToolTip(tr("Only an action without sessions can be removed; retire the "
                                  "others."));

    auto* header = new QHBoxLayout;
    header->addWidget(m_actionsTitle, 1);
    header->addWidget(m_search);
    header->addWidget(m_showRetired);
    header->addWidget(m_count);
    auto* body = new QHBoxLayout;
    body->addWidget(m_actionsTable, 1);
    body->addLayout(buttons);
    auto* layout = new QVBoxLayout(part);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(header);
    layout->addLayout(body, 1);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_actionFilter->setSearchText(text);
        updateActionCount();
    });
    connect(m_showRetired, &QCheckBox::toggled, this, [this](bool show) {
        m_actionFilter->setShowRetired(show);
        updateActionCount();
    });
    connect(m_actionsTable, &QTableView::doubleClicked, this, &CataloguePage::editSelectedAction);
    connect(m_actionsTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CataloguePage::updateButtons);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_actionFilter, signal, this, &CataloguePage::updateActionCount);
        connect(m_actionFilter, signal, this, &CataloguePage::updateButtons);
    }
    connect(m_actionFilter, &QAbstractItemModel::modelReset, this,
            &CataloguePage::updateActionCount);
    connect(m_actionModel, &QAbstractItemModel::dataChanged, this, &CataloguePage::updateButtons);
}

CataloguePage::~CataloguePage()
{
    for (QTableView* table : {m_formatsTable, m_actionsTable}) {
        AppSettings::setHeaderState(table->objectName(), table->horizontalHeader()->saveState());
    }
}

void CataloguePage::showBrochure()
{
    showCatalogueBrochure(m_context.school, this);
}

void CataloguePage::showMembers()
{
    const int row = m_formatModel->rowOf(selectedFormatId());
    if (row < 0 || m_formatModel->format(row).registrationMode != RegistrationMode::Closed) {
        return;
    }
    GroupMembersDialog dialog(m_context, m_formatModel->format(row), this);
    dialog.exec();
}

CatalogueStore& CataloguePage::store() const
{
    return m_context.school.catalogue();
}

qint64 CataloguePage::selectedFormatId() const
{
    const QModelIndexList rows = m_formatsTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(FormatTableModel::FormatIdRole).toLongLong();
}

qint64 CataloguePage::selectedActionId() const
{
    const QModelIndexList rows = m_actionsTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(ActionTableModel::ActionIdRole).toLongLong();
}

void CataloguePage::selectFormat(qint64 formatId)
{
    const int sourceRow = m_formatModel->rowOf(formatId);
    const QModelIndex shown = m_formatSort->mapFromSource(m_formatModel->index(sourceRow, 0));
    if (shown.isValid()) {
        m_formatsTable->selectRow(shown.row());
        m_formatsTable->scrollTo(shown);
    }
}

void CataloguePage::selectAction(qint64 actionId)
{
    const int sourceRow = m_actionModel->rowOf(actionId);
    if (sourceRow < 0) {
        return;
    }
    selectFormat(m_actionModel->action(sourceRow).formatId);
    QModelIndex shown = m_actionFilter->mapFromSource(m_actionModel->index(sourceRow, 0));
    if (!shown.isValid() && !m_search->text().isEmpty()) {
        m_search->clear(); // the search hid it
        shown = m_actionFilter->mapFromSource(m_actionModel->index(sourceRow, 0));
    }
    if (shown.isValid()) {
        m_actionsTable->selectRow(shown.row());
        m_actionsTable->scrollTo(shown);
    }
}

void CataloguePage::ensureFormatSelected()
{
    if (m_formatsTable->selectionModel()->hasSelection() || m_formatSort->rowCount() == 0) {
        onFormatSelectionChanged();
        return;
    }
    const QModelIndex current = m_formatsTable->currentIndex();
    m_formatsTable->selectRow(current.isValid() ? current.row() : 0);
}

void CataloguePage::onFormatSelectionChanged()
{
    const qint64 formatId = selectedFormatId();
    m_actionFilter->setFormatId(formatId > 0 ? formatId : -1);
    updateActionsTitle();
    updateActionCount();
    updateButtons();
}

void CataloguePage::updateActionsTitle()
{
    const int row = m_formatModel->rowOf(selectedFormatId());
    if (row >= 0) {
        m_actionsTitle->setText(tr("Actions of “%1”").arg(m_formatModel->format(row).name));
    } else if (m_formatModel->rowCount() == 0) {
        m_actionsTitle->setText(tr("Actions (add a format first: each action belongs to one)"));
    } else {
        m_actionsTitle->setText(tr("Actions (choose a format above)"));
    }
}

void CataloguePage::updateActionCount()
{
    m_count->setText(tr("%n action(s)", nullptr, m_actionFilter->rowCount()));
}

void CataloguePage::updateButtons()
{
    const bool editable = !m_context.readOnly;
    const int formatRow = m_formatModel->rowOf(selectedFormatId());
    const bool hasFormat = formatRow >= 0;
    m_addFormat->setEnabled(editable);
    m_editFormat->setEnabled(editable && hasFormat);
    m_moveUp->setEnabled(editable && hasFormat && formatRow > 0);
    m_moveDown->setEnabled(editable && hasFormat && formatRow < m_formatModel->rowCount() - 1);
    m_removeFormat->setEnabled(editable && hasFormat);
    m_members->setEnabled(hasFormat && m_formatModel->format(formatRow).registrationMode ==
                                           RegistrationMode::Closed);

    const int actionRow = m_actionModel->rowOf(selectedActionId());
    const bool hasAction = actionRow >= 0;
    const bool active = hasAction && m_actionModel->action(actionRow).active;
    m_addAction->setEnabled(editable && m_formatModel->rowCount() > 0);
    m_editAction->setEnabled(editable && hasAction);
    m_duplicateAction->setEnabled(editable && hasAction);
    m_toggleAction->setText(!hasAction || active ? tr("Re&tire") : tr("Reac&tivate"));
    m_toggleAction->setEnabled(editable && hasAction);
    m_removeAction->setEnabled(editable && hasAction);
}

bool CataloguePage::addFormat()
{
    if (m_context.readOnly) {
        return false;
    }
    Format fresh;
    const int count = m_formatModel->rowCount();
    fresh.position = count > 0 ? m_formatModel->format(count - 1).position + 1 : 1;
    FormatDialog dialog(store(), fresh, this);
    if (dialog.exec() != QDialog::Accepted) {
        return false;
    }
    auto* command = new AddFormatCommand(store(), dialog.format());
    if (!pushEdit(m_context.undoStack, command)) {
        return false;
    }
    selectFormat(command->itemId());
    return true;
}

std::optional<Format> CataloguePage::readSelectedFormat()
{
    const qint64 id = selectedFormatId();
    if (m_context.readOnly || id <= 0) {
        return std::nullopt;
    }
    Result<Format> current = store().format(id);
    if (!current) {
        MessageBox::warning(this, tr("Catalogue"), current.errorMessage());
        return std::nullopt;
    }
    return std::move(current).value();
}

std::optional<Action> CataloguePage::readSelectedAction()
{
    const qint64 id = selectedActionId();
    if (m_context.readOnly || id <= 0) {
        return std::nullopt;
    }
    Result<Action> current = store().action(id);
    if (!current) {
        MessageBox::warning(this, tr("Catalogue"), current.errorMessage());
        return std::nullopt;
    }
    return std::move(current).value();
}

bool CataloguePage::editSelectedFormat()
{
    const std::optional<Format> current = readSelectedFormat();
    if (!current) {
        return false;
    }
    FormatDialog dialog(store(), *current, this);
    if (dialog.exec() != QDialog::Accepted || dialog.format() == *current) {
        return false;
    }
    return pushEdit(m_context.undoStack, new EditFormatCommand(store(), *current, dialog.format()));
}

bool CataloguePage::moveSelectedFormat(int step)
{
    const qint64 id = selectedFormatId();
    const int row = m_formatModel->rowOf(id);
    if (m_context.readOnly || row < 0) {
        return false;
    }
    // Moving changes the school's own order: show that order, not a sorted column.
    if (m_formatsTable->horizontalHeader()->sortIndicatorSection() >= 0) {
        m_formatsTable->sortByColumn(-1, Qt::AscendingOrder);
    }
    const QList<qint64> before = m_formatModel->orderedIds();
    const QList<qint64> after = MoveFormatCommand::movedOrder(before, id, step);
    if (after == before) {
        return false;
    }
    return pushEdit(m_context.undoStack,
                    new MoveFormatCommand(store(), m_formatModel->format(row), before, after));
}

bool CataloguePage::removeSelectedFormat()
{
    const int row = m_formatModel->rowOf(selectedFormatId());
    if (m_context.readOnly || row < 0) {
        return false;
    }
    return pushEdit(m_context.undoStack,
                    new RemoveFormatCommand(store(), m_formatModel->format(row)));
}

bool CataloguePage::addAction()
{
    if (m_context.readOnly || m_formatModel->rowCount() == 0) {
        return false;
    }
    Action fresh;
    fresh.formatId = selectedFormatId();
    ActionDialog dialog(store(), fresh, this);
    if (dialog.exec() != QDialog::Accepted) {
        return false;
    }
    auto* command = new AddActionCommand(store(), dialog.action());
    if (!pushEdit(m_context.undoStack, command)) {
        return false;
    }
    selectAction(command->itemId());
    return true;
}

bool CataloguePage::editSelectedAction()
{
    const std::optional<Action> current = readSelectedAction();
    if (!current) {
        return false;
    }
    ActionDialog dialog(store(), *current, this);
    if (dialog.exec() != QDialog::Accepted || dialog.action() == *current) {
        return false;
    }
    if (!pushEdit(m_context.undoStack, new EditActionCommand(store(), *current, dialog.action()))) {
        return false;
    }
    selectAction(current->id); // it may have moved to another format
    return true;
}

bool CataloguePage::duplicateSelectedAction()
{
    const std::optional<Action> original = readSelectedAction();
    if (!original) {
        return false;
    }
    Action copy = *original;
    copy.id = 0;
    copy.rowVersion = 1;
    copy.title = tr("%1 (copy)").arg(original->title);
    ActionDialog dialog(store(), copy, this);
    dialog.setWindowTitle(tr("Duplicate “%1”").arg(original->title));
    if (dialog.exec() != QDialog::Accepted) {
        return false;
    }
    auto* command =
        new AddActionCommand(store(), dialog.action(), tr("Duplicate “%1”").arg(original->title));
    if (!pushEdit(m_context.undoStack, command)) {
        return false;
    }
    selectAction(command->itemId());
    return true;
}

bool CataloguePage::toggleSelectedActionActive()
{
    const std::optional<Action> current = readSelectedAction();
    if (!current) {
        return false;
    }
    const bool done =
        pushEdit(m_context.undoStack, setActionActiveCommand(store(), *current, !current->active));
    updateButtons();
    return done;
}

bool CataloguePage::removeSelectedAction()
{
    const int row = m_actionModel->rowOf(selectedActionId());
    if (m_context.readOnly || row < 0) {
        return false;
    }
    return pushEdit(m_context.undoStack,
                    new RemoveActionCommand(store(), m_actionModel->action(row)));
}

} // namespace truc2::ui
