#pragma once

#include "domain/Catalogue.h"
#include "itemmodels/KeyedTableModel.h"

#include <QSortFilterProxyModel>
#include <QStringList>

namespace truc2 {

class CatalogueStore;

/// An action with its folded texts, computed once for fast sorting and search.
struct ActionEntry
{
    Action action;
    QString titleKey;
    QString audienceKey;
    QString tagsKey;
    QString searchKey;
};

/// Every action of the catalogue as a table. Rows follow the store's change signals one by one
/// (insert, update, remove); ActionFilterModel shows one format's actions.
class ActionTableModel : public KeyedTableModel<ActionEntry>
{
    Q_OBJECT

public:
    enum Column
    {
        Title,
        Duration,
        Capacity,
        Audience,
        Tags,
        Active,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, ///< Raw value for sorting: folded text, minutes, places.
        ActionIdRole,
        FormatIdRole,
        ActiveRole,
    };

    explicit ActionTableModel(CatalogueStore& store, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const Action& action(int row) const { return entry(row).action; }
    qint64 actionId(const QModelIndex& index) const;
    /// How many actions a format has, retired ones included.
    int actionCount(qint64 formatId) const;

    /// Folded title, the tie-breaker of every sort.
    const QString& titleKey(int row) const { return entry(row).titleKey; }
    /// Folded title and tags, for searching.
    const QString& searchKey(int row) const { return entry(row).searchKey; }

    /// "3 h", "1 h 15", "45 min"; empty for 0 (not set).
    static QString durationLabel(int minutes);
    /// The tags of a comma-separated list, trimmed, without empty ones.
    static QStringList splitTags(const QString& tags);

protected:
    Result<QList<ActionEntry>> readAll() const override;
    Result<ActionEntry> read(qint64 id) const override;
    qint64 idOf(const ActionEntry& entry) const override { return entry.action.id; }

private:
    static ActionEntry makeEntry(Action action);

    CatalogueStore& m_store;
};

/// The actions of one format, searched by title and tags (every word typed must appear,
/// accents and case ignored), retired ones only when asked, sorted on any column.
class ActionFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ActionFilterModel(QObject* parent = nullptr);

    /// Shows the actions of this format only; 0 shows every format's, -1 none.
    void setFormatId(qint64 formatId);
    qint64 formatId() const { return m_formatId; }
    void setSearchText(const QString& text);
    QString searchText() const { return m_searchText; }
    void setShowRetired(bool show);
    bool showRetired() const { return m_showRetired; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    const ActionTableModel* actions() const;

    qint64 m_formatId = 0;
    QString m_searchText;
    QStringList m_words;
    bool m_showRetired = true;
};

} // namespace truc2
