#include "itemmodels/FormatTableModel.h"

#include "core/TextKey.h"
#include "storage/CatalogueStore.h"

#include <QBrush>
#include <QFont>
#include <QPalette>

#include <algorithm>

namespace truc2 {

FormatTableModel::FormatTableModel(CatalogueStore& store, QObject* parent)
    : KeyedTableModel(parent)
    , m_store(store)
{
    connect(&store, &CatalogueStore::formatInserted, this, &FormatTableModel::rowInserted);
    connect(&store, &CatalogueStore::formatUpdated, this, &FormatTableModel::rowUpdated);
    connect(&store, &CatalogueStore::formatRemoved, this, &FormatTableModel::rowRemoved);
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
    return int(std::count_if(entries().cbegin(), entries().cend(), [&format](const Format& other) {
        return other.id != format.id && comesBefore(other, format);
    }));
}

Result<QList<Format>> FormatTableModel::readAll() const
{
    Result<QList<Format>> formats = m_store.formats();
    if (formats) {
        std::stable_sort(formats->begin(), formats->end(), &FormatTableModel::comesBefore);
    }
    return formats;
}

Result<Format> FormatTableModel::read(qint64 id) const
{
    return m_store.format(id);
}

int FormatTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 FormatTableModel::formatId(const QModelIndex& index) const
{
    return index.isValid() ? entry(index.row()).id : 0;
}

QList<qint64> FormatTableModel::orderedIds() const
{
    QList<qint64> ids;
    ids.reserve(entries().size());
    for (const Format& f : entries()) {
        ids << f.id;
    }
    return ids;
}

QVariant FormatTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Format& f = entry(index.row());
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
