#include "itemmodels/AgentTableModel.h"

#include "core/TextKey.h"
#include "storage/AgentStore.h"
#include "storage/OrganisationStore.h"

#include <QBrush>
#include <QFont>
#include <QPalette>

namespace truc2 {

AgentTableModel::AgentTableModel(AgentStore& agents, OrganisationStore& organisation,
                                 QObject* parent)
    : KeyedTableModel(parent)
    , m_agents(agents)
{
    connect(&agents, &AgentStore::agentInserted, this, &AgentTableModel::rowInserted);
    connect(&agents, &AgentStore::agentUpdated, this, &AgentTableModel::rowUpdated);
    connect(&agents, &AgentStore::agentRemoved, this, &AgentTableModel::rowRemoved);
    connect(&agents, &AgentStore::reset, this, &AgentTableModel::reload);
    // A renamed direction or service changes many rows' text at once.
    connect(&organisation, &OrganisationStore::changed, this, &AgentTableModel::reload);
    reload();
}

AgentEntry AgentTableModel::makeEntry(AgentRow row)
{
    AgentEntry e;
    e.lastNameKey = foldedText(row.agent.lastName);
    e.firstNameKey = foldedText(row.agent.firstName);
    e.directionKey = foldedText(row.directionName);
    e.serviceKey = foldedText(row.serviceName);
    e.statusKey = foldedText(row.agent.active ? row.agent.status : tr("Inactive"));
    e.searchKey = e.lastNameKey + QLatin1Char(' ') + e.firstNameKey + QLatin1Char(' ') +
                  foldedText(row.agent.matricule) + QLatin1Char(' ') + e.serviceKey +
                  QLatin1Char(' ') + e.directionKey;
    e.row = std::move(row);
    return e;
}

Result<QList<AgentEntry>> AgentTableModel::readAll() const
{
    return entriesOf(m_agents.list(), &AgentTableModel::makeEntry);
}

Result<AgentEntry> AgentTableModel::read(qint64 id) const
{
    return entryOf(m_agents.row(id), &AgentTableModel::makeEntry);
}

int AgentTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 AgentTableModel::agentId(const QModelIndex& index) const
{
    return index.isValid() ? entry(index.row()).row.agent.id : 0;
}

const QString& AgentTableModel::sortKey(int row, int column) const
{
    const AgentEntry& e = entry(row);
    switch (column) {
    case FirstName:
        return e.firstNameKey;
    case Direction:
        return e.directionKey;
    case Service:
        return e.serviceKey;
    case Matricule:
        return e.row.agent.matricule;
    case Grade:
        return e.row.agent.grade;
    case Status:
        return e.statusKey;
    case Email:
        return e.row.agent.email;
    default:
        return e.lastNameKey;
    }
}

QVariant AgentTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const AgentRow& row = entry(index.row()).row;
    const Agent& a = row.agent;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LastName:
            return a.lastName;
        case FirstName:
            return a.firstName;
        case Matricule:
            return a.matricule;
        case Direction:
            return a.external ? a.organisation : row.directionName;
        case Service:
            return a.external ? tr("External speaker") : row.serviceName;
        case Category:
            return categoryCode(a.category);
        case Grade:
            return a.grade;
        case Status:
            return a.active ? a.status : tr("Inactive");
        case Email:
            return a.email;
        default:
            return {};
        }
    case SortRole:
        return index.column() == Category ? QVariant(categoryCode(a.category))
                                          : QVariant(sortKey(index.row(), index.column()));
    case AgentIdRole:
        return a.id;
    case ActiveRole:
        return a.active;
    case ExternalRole:
        return a.external;
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
            return tr("%1 is inactive: reactivate the agent to register them again.")
                .arg(a.displayName());
        }
        return {};
    default:
        return {};
    }
}

QVariant AgentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case LastName:
        return tr("Last name");
    case FirstName:
        return tr("First name");
    case Matricule:
        return tr("Matricule");
    case Direction:
        return tr("Direction");
    case Service:
        return tr("Service");
    case Category:
        return tr("Category");
    case Grade:
        return tr("Grade");
    case Status:
        return tr("Status");
    case Email:
        return tr("E-mail");
    default:
        return {};
    }
}

AgentFilterModel::AgentFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(AgentTableModel::SortRole);
    setDynamicSortFilter(true);
}

const AgentTableModel* AgentFilterModel::agents() const
{
    return qobject_cast<const AgentTableModel*>(sourceModel());
}

void AgentFilterModel::setSearchText(const QString& text)
{
    if (text == m_searchText) {
        return;
    }
    m_searchText = text;
    m_words = foldedText(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    refilter();
}

void AgentFilterModel::setShowInactive(bool show)
{
    if (show == m_showInactive) {
        return;
    }
    m_showInactive = show;
    refilter();
}

void AgentFilterModel::refilter()
{
    // One layout change rather than invalidateRowsFilter()'s incremental removal, which over a
    // sorted directory of 50,000 agents emits thousands of scattered row removals per key.
    invalidate();
}

bool AgentFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const AgentTableModel* model = agents();
    if (!model || sourceParent.isValid()) {
        return true;
    }
    if (!m_showInactive && !model->agentRow(sourceRow).agent.active) {
        return false;
    }
    const QString& key = model->searchKey(sourceRow);
    return std::all_of(m_words.cbegin(), m_words.cend(),
                       [&key](const QString& word) { return key.contains(word); });
}

bool AgentFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const AgentTableModel* model = agents();
    if (!model || left.column() == AgentTableModel::Category) {
        return QSortFilterProxyModel::lessThan(left, right);
    }
    const int order = model->sortKey(left.row(), left.column())
                          .compare(model->sortKey(right.row(), right.column()));
    if (order != 0) {
        return order < 0;
    }
    // Same last name: by first name, so that homonyms stay in a stable, readable order.
    return model->sortKey(left.row(), AgentTableModel::FirstName) <
           model->sortKey(right.row(), AgentTableModel::FirstName);
}

} // namespace truc2
