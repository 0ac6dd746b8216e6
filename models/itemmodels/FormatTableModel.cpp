#include "itemmodels/FormatTableModel.h"

#include "core/TextKey.h"
#include "storage/CatalogueStore.h"

#include <QBrush>
#include <QFont>
#include <QPalette>

#include <algorithm>

namespace truc2 {

FormatTableModel::FormatTableModel(CatalogueStore& store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(&store, &CatalogueStore::formatInserted, this, &FormatTableModel::onInserted);
    connect(&store, &CatalogueStore::formatUpdated, this, &FormatTableModel::onUpdated);
    connect(&store, &CatalogueStore::formatRemoved, this, &FormatTableModel::onRemoved);
    reload();
}

QString FormatTableModel::registrationModeLabel(RegistrationMode mode)
{
    switch (mode) {
    case RegistrationMode::Capacity:
        return tr("Capacity + waiting list");
    case RegistrationMode::Open:
        return tr("Open headcount");
    case RegistrationMode::Closed:
        return tr("Closed group");
    case RegistrationMode::Cycle:
        return tr("Cycle");
    }
    return {};
}

QString FormatTableModel::registrationModeDescription(RegistrationMode mode)
{
    switch (mode) {
    case RegistrationMode::Capacity:
        return tr("Agents register up to the capacity of the session; the next ones go on a "
                  "waiting list and move up in order when a place frees.");
    case RegistrationMode::Open:
        return tr("Anyone may come: only the headcount is recorded, names are optional.");
    case RegistrationMode::Closed:
        return tr("Only the members of a closed group take part.");
    case RegistrationMode::Cycle:
        return tr("One registration covers every meeting of a cycle.");
    }
    return {};
}

QString FormatTableModel::nounsLabel(const Format& format)
{
    if (format.nounSingular.isEmpty() && format.nounPlural.isEmpty()) {
        return {};
    }
    return tr("%1 / %2").arg(format.nounSingular, format.nounPlural);
}

bool FormatTableModel::comesBefore(const Format& a, const Format& b)
{
    if (a.position != b.position) {
        return a.position < b.position;
    }
    const int byName = foldedText(a.name).compare(foldedText(b.name));
    if (byName != 0) {
        return byName < 0;
    }
    return a.id < b.id;
}

int FormatTableModel::placeFor(const Format& format) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [&format](const Format& other) {
        return other.id != format.id && comesBefore(other, format);
    }));
}

void FormatTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (Result<QList<Format>> formats = m_store.formats()) {
        m_rows = std::move(formats).value();
        std::stable_sort(m_rows.begin(), m_rows.end(), &FormatTableModel::comesBefore);
    }
    reindex();
    endResetModel();
}

void FormatTableModel::reindex()
{
    m_rowOfId.clear();
    m_rowOfId.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i) {
        m_rowOfId.insert(m_rows.at(i).id, i);
    }
}

void FormatTableModel::onInserted(qint64 id)
{
    Result<Format> format = m_store.format(id);
    if (!format || m_rowOfId.contains(id)) {
        return;
    }
    const int at = placeFor(*format);
    beginInsertRows({}, at, at);
    m_rows.insert(at, std::move(format).value());
    reindex();
    endInsertRows();
}

void FormatTableModel::onUpdated(qint64 id)
{
    const int from = rowOf(id);
    Result<Format> format = m_store.format(id);
    if (from < 0 || !format) {
        return;
    }
    // A new position or name may change the row's place among the others.
    const int to = placeFor(*format);
    if (to != from) {
        beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
        m_rows.move(from, to);
        reindex();
        endMoveRows();
    }
    m_rows[to] = std::move(format).value();
    Q_EMIT dataChanged(index(to, 0), index(to, ColumnCount - 1));
}

void FormatTableModel::onRemoved(qint64 id)
{
    const int at = rowOf(id);
    if (at < 0) {
        return;
    }
    beginRemoveRows({}, at, at);
    m_rows.removeAt(at);
    reindex();
    endRemoveRows();
}

int FormatTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FormatTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 FormatTableModel::formatId(const QModelIndex& index) const
{
    return index.isValid() ? m_rows.at(index.row()).id : 0;
}

QList<qint64> FormatTableModel::orderedIds() const
{
    QList<qint64> ids;
    ids.reserve(m_rows.size());
    for (const Format& f : m_rows) {
        ids << f.id;
    }
    return ids;
}

QVariant FormatTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Format& f = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return f.name;
        case Code:
            return f.code;
        case Nouns:
            return nounsLabel(f);
        case Mode:
            return registrationModeLabel(f.registrationMode);
        case Active:
            return f.active ? tr("Active") : tr("Retired");
        default:
            return {};
        }
    case Qt::DecorationRole:
        return index.column() == Colour ? QVariant(f.colour) : QVariant();
    case SortRole:
        switch (index.column()) {
        case Code:
            return f.code;
        case Nouns:
            return foldedText(f.nounSingular);
        case Mode:
            return int(f.registrationMode);
        case Colour:
            return f.colour.hsvHue();
        case Active:
            return f.active ? 0 : 1;
        default:
            return foldedText(f.name);
        }
    case FormatIdRole:
        return f.id;
    case ActiveRole:
        return f.active;
    case PositionRole:
        return f.position;
    case Qt::FontRole:
        if (!f.active) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (!f.active) {
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Mode:
            return registrationModeDescription(f.registrationMode);
        case Colour:
            return f.colour.name();
        case Nouns:
            return f.nounPlural.isEmpty()
                       ? tr("Reports name this format on its own, without a noun.")
                       : tr("Reports say “4 %1”.").arg(f.nounPlural);
        default:
            return f.active ? QVariant()
                            : QVariant(tr("%1 is retired: its actions can no longer be planned.")
                                           .arg(f.name));
        }
    default:
        return {};
    }
}

QVariant FormatTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Name:
        return tr("Name");
    case Code:
        return tr("Code");
    case Nouns:
        return tr("Nouns in reports");
    case Mode:
        return tr("Registration");
    case Colour:
        return tr("Colour");
    case Active:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace truc2
