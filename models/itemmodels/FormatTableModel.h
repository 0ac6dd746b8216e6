#pragma once

#include "domain/Catalogue.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace truc2 {

class CatalogueStore;

/// The formats of the school as a table, in their display order (position, then name). Rows
/// follow the store's change signals one by one: a new format is inserted at its place, a
/// changed position moves its row, a removed format removes its row.
class FormatTableModel : public QAbstractTableModel
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

    /// Reads every format again.
    void reload();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const Format& format(int row) const { return m_rows.at(row); }
    /// The row of a format, or -1.
    int rowOf(qint64 formatId) const { return m_rowOfId.value(formatId, -1); }
    qint64 formatId(const QModelIndex& index) const;
    /// The ids of every format, in display order.
    QList<qint64> orderedIds() const;

    /// "Capacity + waiting list", "Open headcount" … in the UI language.
    static QString registrationModeLabel(RegistrationMode mode);
    /// What the mode means, for tooltips.
    static QString registrationModeDescription(RegistrationMode mode);
    /// "atelier / ateliers", or empty when the format has no nouns.
    static QString nounsLabel(const Format& format);

private:
    static bool comesBefore(const Format& a, const Format& b);
    int placeFor(const Format& format) const;
    void onInserted(qint64 id);
    void onUpdated(qint64 id);
    void onRemoved(qint64 id);
    void reindex();

    CatalogueStore& m_store;
    QList<Format> m_rows;
    QHash<qint64, int> m_rowOfId;
};

} // namespace truc2
