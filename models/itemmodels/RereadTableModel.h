#pragma once

#include "core/Result.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QTimer>

namespace truc2 {

/// A table of rows that cannot follow a store one item at a time (aggregates, rows of a
/// period): it reads all of them again once per burst of change signals (a zero-time timer,
/// scheduleReread()) and compares them by key, removing, changing and appending rows
/// exactly; only resetRows() (a new period, a new filter) resets it. Nothing is read until
/// the first reread() or resetRows(), so that opening the window never waits for rows nobody
/// looks at. AnimatorTableModel follows the same pattern by hand.
///
/// Entry needs operator== and a subclass says how to read the rows and what keys them.
template <typename Entry>
class RereadTableModel : public QAbstractTableModel
{
public:
    explicit RereadTableModel(QObject* parent = nullptr)
        : QAbstractTableModel(parent)
    {
        m_timer.setSingleShot(true);
        m_timer.setInterval(0);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] { reread(); });
    }

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

    const Entry& entry(int row) const { return m_rows.at(row); }
    const QList<Entry>& entries() const { return m_rows; }
    /// The row of a key, or -1.
    int rowOf(qint64 key) const { return m_rowOf.value(key, -1); }
    /// Whether the rows were read at least once.
    bool isLoaded() const { return m_loaded; }
    /// Why the last reading failed; empty when it did not.
    QString errorMessage() const { return m_error; }

protected:
    virtual Result<QList<Entry>> readAll() const = 0;
    virtual qint64 keyOf(const Entry& entry) const = 0;
    /// Called after every reading (the rows or the error may have changed).
    virtual void afterReading() {}

    /// Reads every row again and resets the model.
    void resetRows()
    {
        m_timer.stop();
        beginResetModel();
        m_loaded = true;
        Result<QList<Entry>> rows = readAll();
        m_error = rows ? QString() : rows.errorMessage();
        m_rows = rows ? std::move(rows).value() : QList<Entry>{};
        reindex();
        endResetModel();
        afterReading();
    }

    /// Reads the rows again now (the first time: resetRows()), changing only what changed.
    void reread()
    {
        if (!m_loaded) {
            resetRows();
            return;
        }
        m_timer.stop();
        Result<QList<Entry>> read = readAll();
        if (!read) {
            m_error = read.errorMessage(); // keep what was shown
            afterReading();
            return;
        }
        m_error.clear();
        QList<Entry> fresh = std::move(read).value();
        QHash<qint64, qsizetype> freshOf;
        freshOf.reserve(fresh.size());
        for (qsizetype i = 0; i < fresh.size(); ++i) {
            freshOf.insert(keyOf(fresh.at(i)), i);
        }

        // Rows that are gone go, a run of rows at a time.
        for (int last = int(m_rows.size()) - 1; last >= 0;) {
            if (freshOf.contains(keyOf(m_rows.at(last)))) {
                --last;
                continue;
            }
            int first = last;
            while (first > 0 && !freshOf.contains(keyOf(m_rows.at(first - 1)))) {
                --first;
            }
            beginRemoveRows({}, first, last);
            m_rows.remove(first, last - first + 1);
            reindex();
            endRemoveRows();
            last = first - 1;
        }

        // The rows that are new, before those that stay take their fresh values.
        QList<Entry> added;
        for (qsizetype i = 0; i < fresh.size(); ++i) {
            if (!m_rowOf.contains(keyOf(fresh.at(i)))) {
                added.append(fresh.at(i));
            }
        }

        // Rows that stay change where they did.
        for (int row = 0; row < m_rows.size(); ++row) {
            Entry& now = fresh[freshOf.value(keyOf(m_rows.at(row)))];
            if (!(now == m_rows.at(row))) {
                m_rows[row] = std::move(now);
                Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
            }
        }

        // New rows come last; a sorting proxy puts them in their place.
        if (!added.isEmpty()) {
            const int first = int(m_rows.size());
            beginInsertRows({}, first, first + int(added.size()) - 1);
            m_rows.append(std::move(added));
            reindex();
            endInsertRows();
        }
        afterReading();
    }

    /// Rereads after the current burst of changes (nothing when never read).
    void scheduleReread()
    {
        if (m_loaded && !m_timer.isActive()) {
            m_timer.start();
        }
    }

private:
    void reindex()
    {
        m_rowOf.clear();
        m_rowOf.reserve(m_rows.size());
        for (int i = 0; i < m_rows.size(); ++i) {
            m_rowOf.insert(keyOf(m_rows.at(i)), i);
        }
    }

    QList<Entry> m_rows;
    QHash<qint64, int> m_rowOf;
    QString m_error;
    bool m_loaded = false;
    QTimer m_timer;
};

} // namespace truc2
