#include "dialogs/OrganisationDialog.h"

#include "School.h"
#include "commands/FunctionCommand.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QPushButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace truc2::ui {
namespace {

enum ItemRole
{
    IdRole = Qt::UserRole + 1,
    IsServiceRole,
    ActiveRole
};

} // namespace

OrganisationDialog::OrganisationDialog(PageContext context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("organisationDialog"));
    setWindowTitle(tr("Directions and services"));
    resize(560, 520);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("organisationTreeWidget"));
    m_tree->setHeaderLabels({tr("Direction / service"), tr("State")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(0, Qt::AscendingOrder);

    m_addDirection = new QPushButton(tr("New &direction…"), this);
    m_addDirection->setObjectName(QStringLiteral("addDirectionPushButton"));
    m_addService = new QPushButton(tr("New &service…"), this);
    m_addService->setObjectName(QStringLiteral("addServicePushButton"));
    m_rename = new QPushButton(tr("&Rename…"), this);
    m_rename->setObjectName(QStringLiteral("renamePushButton"));
    m_toggleActive = new QPushButton(tr("Re&tire"), this);
    m_toggleActive->setObjectName(QStringLiteral("toggleActivePushButton"));
    m_remove = new QPushButton(tr("Re&move"), this);
    m_remove->setObjectName(QStringLiteral("removePushButton"));
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto* side = new QVBoxLayout;
    for (QPushButton* b : {m_addDirection, m_addService, m_rename, m_toggleActive, m_remove}) {
        side->addWidget(b);
    }
    side->addStretch(1);
    auto* body = new QHBoxLayout;
    body->addWidget(m_tree, 1);
    body->addLayout(side);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(body);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_addDirection, &QPushButton::clicked, this, [this] {
        const QString name = askName(tr("New direction"), QString());
        if (!name.isEmpty()) {
            addDirection(name);
        }
    });
    connect(m_addService, &QPushButton::clicked, this, [this] {
        QTreeWidgetItem* item = m_tree->currentItem();
        if (!item) {
            return;
        }
        QTreeWidgetItem* direction = item->parent() ? item->parent() : item;
        const QString name = askName(tr("New service"), QString());
        if (!name.isEmpty()) {
            addService(direction->data(0, IdRole).toLongLong(), name);
        }
    });
    connect(m_rename, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem* item = m_tree->currentItem()) {
            const QString name = askName(tr("Rename"), item->text(0));
            if (!name.isEmpty()) {
                renameSelected(name);
            }
        }
    });
    connect(m_toggleActive, &QPushButton::clicked, this, &OrganisationDialog::toggleSelectedActive);
    connect(m_remove, &QPushButton::clicked, this, &OrganisationDialog::removeSelected);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &OrganisationDialog::updateButtons);
    connect(&m_context.school.organisation(), &OrganisationStore::changed, this,
            &OrganisationDialog::reload);
    reload();
}

QString OrganisationDialog::askName(const QString& title, const QString& current)
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, title, tr("Name:"), QLineEdit::Normal, current, &ok).trimmed();
    return ok ? name : QString();
}

void OrganisationDialog::reload()
{
    const QPair<qint64, bool> selected =
        m_tree->currentItem() ? qMakePair(m_tree->currentItem()->data(0, IdRole).toLongLong(),
                                          m_tree->currentItem()->data(0, IsServiceRole).toBool())
                              : qMakePair(qint64(0), false);
    m_tree->clear();
    const Result<QList<Direction>> directions = m_context.school.organisation().directions();
    const Result<QList<Service>> services = m_context.school.organisation().services();
    if (!directions || !services) {
        return;
    }
    QHash<qint64, QTreeWidgetItem*> directionItems;
    QTreeWidgetItem* toSelect = nullptr;
    auto describe = [this, &toSelect, selected](QTreeWidgetItem* item, qint64 id, bool service,
                                                const QString& name, bool active) {
        item->setText(0, name);
        item->setText(1, active ? QString() : tr("retired"));
        item->setData(0, IdRole, id);
        item->setData(0, IsServiceRole, service);
        item->setData(0, ActiveRole, active);
        if (!active) {
            QFont font = item->font(0);
            font.setItalic(true);
            item->setFont(0, font);
        }
        if (id == selected.first && service == selected.second) {
            toSelect = item;
        }
    };
    for (const Direction& d : *directions) {
        auto* item = new QTreeWidgetItem(m_tree);
        describe(item, d.id, false, d.name, d.active);
        directionItems.insert(d.id, item);
    }
    for (const Service& s : *services) {
        if (QTreeWidgetItem* parent = directionItems.value(s.directionId)) {
            describe(new QTreeWidgetItem(parent), s.id, true, s.name, s.active);
        }
    }
    m_tree->expandAll();
    if (toSelect) {
        m_tree->setCurrentItem(toSelect);
    }
    updateButtons();
}

void OrganisationDialog::updateButtons()
{
    QTreeWidgetItem* item = m_tree->currentItem();
    const bool editable = !m_context.readOnly;
    m_addDirection->setEnabled(editable);
    m_addService->setEnabled(editable && item);
    m_rename->setEnabled(editable && item);
    m_remove->setEnabled(editable && item);
    m_toggleActive->setEnabled(editable && item);
    m_toggleActive->setText(item && !item->data(0, ActiveRole).toBool() ? tr("Re&activate")
                                                                        : tr("Re&tire"));
}

void OrganisationDialog::addDirection(const QString& name)
{
    OrganisationStore& store = m_context.school.organisation();
    auto id = std::make_shared<qint64>(0);
    m_context.undoStack.push(new FunctionCommand(
        tr("Add direction %1").arg(name),
        [&store, id, name]() -> Status {
            const Result<qint64> added = store.insertDirection({*id, name, true});
            if (!added) {
                return added.error();
            }
            *id = *added;
            return {};
        },
        [&store, id] { return store.removeDirection(*id); }));
}

void OrganisationDialog::addService(qint64 directionId, const QString& name)
{
    OrganisationStore& store = m_context.school.organisation();
    auto id = std::make_shared<qint64>(0);
    m_context.undoStack.push(new FunctionCommand(
        tr("Add service %1").arg(name),
        [&store, id, directionId, name]() -> Status {
            const Result<qint64> added = store.insertService({*id, directionId, name, true});
            if (!added) {
                return added.error();
            }
            *id = *added;
            return {};
        },
        [&store, id] { return store.removeService(*id); }));
}

OrganisationDialog::Row OrganisationDialog::selectedRow() const
{
    QTreeWidgetItem* item = m_tree->currentItem();
    if (!item) {
        return {};
    }
    Row row;
    row.valid = true;
    row.isService = item->data(0, IsServiceRole).toBool();
    row.values = {item->data(0, IdRole).toLongLong(),
                  row.isService ? item->parent()->data(0, IdRole).toLongLong() : 0, item->text(0),
                  item->data(0, ActiveRole).toBool()};
    return row;
}

void OrganisationDialog::pushUpdate(const QString& text, const Row& before, const Service& after)
{
    OrganisationStore& store = m_context.school.organisation();
    const Service from = before.values;
    const Service to = after;
    if (before.isService) {
        m_context.undoStack.push(new FunctionCommand(
            text, [=, &store] { return store.updateService(from, to); },
            [=, &store] { return store.updateService(to, from); }));
        return;
    }
    const Direction fromDirection{from.id, from.name, from.active};
    const Direction toDirection{to.id, to.name, to.active};
    m_context.undoStack.push(new FunctionCommand(
        text, [=, &store] { return store.updateDirection(fromDirection, toDirection); },
        [=, &store] { return store.updateDirection(toDirection, fromDirection); }));
}

void OrganisationDialog::renameSelected(const QString& name)
{
    const Row row = selectedRow();
    if (!row.valid || name == row.values.name) {
        return;
    }
    Service renamed = row.values;
    renamed.name = name;
    pushUpdate(row.isService ? tr("Rename service %1").arg(row.values.name)
                             : tr("Rename direction %1").arg(row.values.name),
               row, renamed);
}

void OrganisationDialog::toggleSelectedActive()
{
    const Row row = selectedRow();
    if (!row.valid) {
        return;
    }
    Service toggled = row.values;
    toggled.active = !toggled.active;
    pushUpdate(row.values.active ? tr("Retire %1").arg(row.values.name)
                                 : tr("Reactivate %1").arg(row.values.name),
               row, toggled);
}

void OrganisationDialog::removeSelected()
{
    QTreeWidgetItem* item = m_tree->currentItem();
    if (!item) {
        return;
    }
    OrganisationStore& store = m_context.school.organisation();
    const qint64 id = item->data(0, IdRole).toLongLong();
    const bool active = item->data(0, ActiveRole).toBool();
    const QString name = item->text(0);
    if (item->data(0, IsServiceRole).toBool()) {
        const qint64 directionId = item->parent()->data(0, IdRole).toLongLong();
        m_context.undoStack.push(new FunctionCommand(
            tr("Remove service %1").arg(name), [=, &store] { return store.removeService(id); },
            [=, &store]() -> Status {
                const Result<qint64> back = store.insertService({id, directionId, name, active});
                return back ? Status{} : Status{back.error()};
            }));
    } else {
        m_context.undoStack.push(new FunctionCommand(
            tr("Remove direction %1").arg(name), [=, &store] { return store.removeDirection(id); },
            [=, &store]() -> Status {
                const Result<qint64> back = store.insertDirection({id, name, active});
                return back ? Status{} : Status{back.error()};
            }));
    }
}

} // namespace truc2::ui
