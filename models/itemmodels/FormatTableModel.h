#pragma once

#include "domain/Catalogue.h"
#include "itemmodels/KeyedTableModel.h"

namespace truc2 {

class CatalogueStore;

/// The formats of the school as a table, in their display order (position, then name). Rows
/// follow the store's change signals one by one: a new format is inserted at its place, a
/// changed position moves its row, a removed format removes its row.
class FormatTableModel : public KeyedTableModel<Format>
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Code,
        Nouns,
        Mode,
        Colour,
        Active,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, ///< Raw value for sorting: folded text, mode, hue …
        FormatIdRole,
        ActiveRole,
        PositionRole,
    };

    explicit FormatTableModel(CatalogueStore& store, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const Format& format(int row) const { return entry(row); }
    qint64 formatId(const QModelIndex& index) const;
    /// The ids of every format, in display order.
    QList<qint64> orderedIds() const;

    /// "Capacity + waiting list", "Open headcount" … in the UI language.
    static QString registrationModeLabel(RegistrationMode mode);
    /// What the mode means, for tooltips.
    static QString registrationModeDescription(RegistrationMode mode);
    /// "atelier / ateliers", or empty when the format has no nouns.
    static QString nounsLabel(const Format& format);

protected:
    Result<QList<Format>> readAll() const override;
    Result<Format> read(qint64 id) const override;
    qint64 idOf(const Format& format) const override { return format.id; }
    /// Formats keep the school's order: position, then name.
    int placeFor(const Format& format) const override;

private:
    static bool comesBefore(const Format& a, const Format& b);

    CatalogueStore& m_store;
};

} // namespace truc2
