#include "itemmodels/ActionTableModel.h"

#include "core/TextKey.h"
#include "storage/CatalogueStore.h"

#include <QBrush>
#include <QFont>
#include <QPalette>

#include <algorithm>

namespace truc2 {

ActionTableModel::ActionTableModel(CatalogueStore& store, QObject* parent)
    : KeyedTableModel(parent)
    , m_store(store)
{
    connect(&store, &CatalogueStore::actionInserted, this, &ActionTableModel::rowInserted);
    connect(&store, &CatalogueStore::actionUpdated, this, &ActionTableModel::rowUpdated);
    connect(&store, &CatalogueStore::actionRemoved, this, &ActionTableModel::rowRemoved);
    reload();
}

QString ActionTableModel::durationLabel(int minutes)
{
    if (minutes <= 0) {
        return {};
    }
    if (minutes < 60) {
        return tr("%1 min").arg(minutes);
    }
    if (minutes % 60 == 0) {
        return tr("%1 h").arg(minutes / 60);
    }
    return tr("%1 h %2").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QStringList ActionTableModel::splitTags(const QString& tags)
{
    QStringList result;
    const QStringList parts = tags.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        const QString tag = part.simplified();
        if (!tag.isEmpty()) {
            result << tag;
        }
    }
    return result;
}

ActionEntry ActionTableModel::makeEntry(Action action)
{
    ActionEntry e;
    e.titleKey = foldedText(action.title);
    e.audienceKey = foldedText(action.audience.simplified());
    e.tagsKey = foldedText(splitTags(action.tags).join(QStringLiteral(", ")));
    e.searchKey = e.titleKey + QLatin1Char(' ') + e.tagsKey;
    e.action = std::move(action);
    return e;
}

Result<QList<ActionEntry>> ActionTableModel::readAll() const
{
    return entriesOf(m_store.actions(), &ActionTableModel::makeEntry);
}

Result<ActionEntry> ActionTableModel::read(qint64 id) const
{
    return entryOf(m_store.action(id), &ActionTableModel::makeEntry);
}

int ActionTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 ActionTableModel::actionId(const QModelIndex& index) const
{
    return index.isValid() ? entry(index.row()).action.id : 0;
}

int ActionTableModel::actionCount(qint64 formatId) const
{
    return int(
        std::count_if(entries().cbegin(), entries().cend(),
                      [formatId](const ActionEntry& e) { return e.action.formatId == formatId; }));
}

QVariant ActionTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const ActionEntry& e = entry(index.row());
    const Action& a = e.action;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Title:
            return a.title;
        case Duration:
            return durationLabel(a.durationMinutes);
        case Capacity:
            return a.defaultCapacity > 0 ? QString::number(a.defaultCapacity) : QString();
        case Audience:
            return a.audience.simplified();
        case Tags:
            return splitTags(a.tags).join(QStringLiteral(", "));
        case Active:
            return a.active ? tr("Active") : tr("Retired");
        default:
            return {};
        }
    case SortRole:
        switch (index.column()) {
        case Duration:
            return a.durationMinutes;
        case Capacity:
            return a.defaultCapacity;
        case Audience:
            return e.audienceKey;
        case Tags:
            return e.tagsKey;
        case Active:
            return a.active ? 0 : 1;
        default:
            return e.titleKey;
        }
    case ActionIdRole:
        return a.id;
    case FormatIdRole:
        return a.formatId;
    case ActiveRole:
        return a.active;
    case Qt::TextAlignmentRole:
        if (index.column() == Duration || index.column() == Capacity) {
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        }
        return {};
    case Qt::FontRole:
        if (!a.active) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (!a.active) {
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        }
        return {};
    case Qt::ToolTipRole:
        if (!a.active) {
            return tr("“%1” is retired: reactivate it to plan new sessions.").arg(a.title);
        }
        if (index.column() == Title && !a.summary.isEmpty()) {
            return a.summary;
        }
        if (index.column() == Audience && !a.audience.isEmpty()) {
            return a.audience;
        }
        return {};
    default:
        return {};
    }
}

QVariant ActionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Title:
        return tr("Title");
    case Duration:
        return tr("Duration");
    case Capacity:
        return tr("Places");
    case Audience:
        return tr("Audience");
    case Tags:
        return tr("Tags");
    case Active:
        return tr("Status");
    default:
        return {};
    }
}

ActionFilterModel::ActionFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ActionTableModel::SortRole);
    setDynamicSortFilter(true);
}

const ActionTableModel* ActionFilterModel::actions() const
{
    return qobject_cast<const ActionTableModel*>(sourceModel());
}

void ActionFilterModel::setFormatId(qint64 formatId)
{
    if (formatId == m_formatId) {
        return;
    }
    m_formatId = formatId;
    invalidateRowsFilter();
}

void ActionFilterModel::setSearchText(const QString& text)
{
    if (text == m_searchText) {
        return;
    }
    m_searchText = text;
    m_words = foldedText(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

void ActionFilterModel::setShowRetired(bool show)
{
    if (show == m_showRetired) {
        return;
    }
    m_showRetired = show;
    invalidateRowsFilter();
}

bool ActionFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const ActionTableModel* model = actions();
    if (!model || sourceParent.isValid()) {
        return true;
    }
    const Action& a = model->action(sourceRow);
    if (m_formatId < 0 || (m_formatId > 0 && a.formatId != m_formatId)) {
        return false;
    }
    if (!m_showRetired && !a.active) {
        return false;
    }
    const QString& key = model->searchKey(sourceRow);
    return std::all_of(m_words.cbegin(), m_words.cend(),
                       [&key](const QString& word) { return key.contains(word); });
}

bool ActionFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const ActionTableModel* model = actions();
    if (!model) {
        return QSortFilterProxyModel::lessThan(left, right);
    }
    const QVariant l = left.data(ActionTableModel::SortRole);
    const QVariant r = right.data(ActionTableModel::SortRole);
    if (l != r) {
        return QSortFilterProxyModel::lessThan(left, right);
    }
    // Equal values (same duration, no tags …): by title, so that the order stays readable.
    return model->titleKey(left.row()) < model->titleKey(right.row());
}

} // namespace truc2
