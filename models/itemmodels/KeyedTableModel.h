#pragma once

#include "core/Result.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace truc2 {

/// A table whose rows are a store's items, kept in step with the store's change signals one
/// row at a time: an inserted item inserts its row, an updated one changes (and, in a model
/// that keeps an order of its own, moves) its row, a removed one removes it. Only reload()
/// resets the model. Subclasses say how to read items and, if they care, where each belongs.
template <typename Entry>
class KeyedTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

    /// The row of an item, or -1.
    int rowOf(qint64 id) const { return m_rowOfId.value(id, -1); }
    const Entry& entry(int row) const { return m_rows.at(row); }
    const QList<Entry>& entries() const { return m_rows; }

    /// Reads every item again.
    void reload()
    {
        beginResetModel();
        Result<QList<Entry>> all = readAll();
        m_rows = all ? std::move(all).value() : QList<Entry>{};
        reindex();
        endResetModel();
    }

protected:
    /// Every item, in the rows' initial order.
    virtual Result<QList<Entry>> readAll() const = 0;
    virtual Result<Entry> read(qint64 id) const = 0;
    virtual qint64 idOf(const Entry& entry) const = 0;
    /// Entries made from a store's items (each with its folded texts, say), or its error.
    template <typename Item, typename Make>
    static Result<QList<Entry>> entriesOf(Result<QList<Item>> items, Make make)
    {
        if (!items) {
            return items.error();
        }
        QList<Entry> entries;
        entries.reserve(items->size());
        for (Item& item : *items) {
            entries.append(make(std::move(item)));
        }
        return entries;
    }
    template <typename Item, typename Make>
    static Result<Entry> entryOf(Result<Item> item, Make make)
    {
        if (!item) {
            return item.error();
        }
        return make(std::move(item).value());
    }

    /// Where an item belongs among the others (not counting itself), or -1 when the model
    /// keeps no order of its own: new rows then go last and changed ones stay put.
    virtual int placeFor(const Entry&) const { return -1; }

    void rowInserted(qint64 id)
    {
        Result<Entry> item = read(id);
        if (!item || m_rowOfId.contains(id)) {
            return;
        }
        const int place = placeFor(*item);
        const int at = place < 0 ? int(m_rows.size()) : place;
        beginInsertRows({}, at, at);
        m_rows.insert(at, std::move(item).value());
        if (at == m_rows.size() - 1) {
            m_rowOfId.insert(id, at); // appended: no other row moved
        } else {
            reindex();
        }
        endInsertRows();
    }

    void rowUpdated(qint64 id)
    {
        const int from = rowOf(id);
        Result<Entry> item = read(id);
        if (from < 0 || !item) {
            return;
        }
        const int place = placeFor(*item);
        const int to = place < 0 ? from : place;
        if (to != from) {
            beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
            m_rows.move(from, to);
            reindex();
            endMoveRows();
        }
        m_rows[to] = std::move(item).value();
        Q_EMIT dataChanged(index(to, 0), index(to, columnCount() - 1));
    }

    void rowRemoved(qint64 id)
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

private:
    void reindex()
    {
        m_rowOfId.clear();
        m_rowOfId.reserve(m_rows.size());
        for (int i = 0; i < m_rows.size(); ++i) {
            m_rowOfId.insert(idOf(m_rows.at(i)), i);
        }
    }

    QList<Entry> m_rows;
    QHash<qint64, int> m_rowOfId;
};

} // namespace truc2
