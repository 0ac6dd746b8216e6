#pragma once

#include "domain/Agent.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSortFilterProxyModel>

namespace truc2 {

class AgentStore;
class OrganisationStore;

/// The directory as a table. Rows follow the store's change signals one by one (insert,
/// update, remove); only an import or a renamed service reloads everything.
class AgentTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        LastName,
        FirstName,
        Matricule,
        Direction,
        Service,
        Category,
        Grade,
        Status,
        Email,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, ///< Raw value for sorting: folded text, category letter.
        AgentIdRole,
        ActiveRole,
        ExternalRole,
    };

    AgentTableModel(AgentStore& agents, OrganisationStore& organisation, QObject* parent = nullptr);

    /// Reads the whole directory again.
    void reload();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const AgentRow& agentRow(int row) const { return m_rows.at(row).row; }
    /// The row of an agent, or -1.
    int rowOf(qint64 agentId) const { return m_rowOfId.value(agentId, -1); }
    qint64 agentId(const QModelIndex& index) const;

    /// Folded text of a cell, for fast sorting.
    const QString& sortKey(int row, int column) const;
    /// Folded name, matricule, service and direction, for searching.
    const QString& searchKey(int row) const { return m_rows.at(row).searchKey; }

private:
    struct Entry
    {
        AgentRow row;
        QString lastNameKey;
        QString firstNameKey;
        QString directionKey;
        QString serviceKey;
        QString searchKey;
    };
    static Entry makeEntry(AgentRow row);
    void onInserted(qint64 id);
    void onUpdated(qint64 id);
    void onRemoved(qint64 id);
    void reindex();

    AgentStore& m_agents;
    QList<Entry> m_rows;
    QHash<qint64, int> m_rowOfId;
};

/// Search and sort over the agents: every word typed must appear in the name, matricule,
/// service or direction (accents and case ignored); inactive agents only when asked.
class AgentFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit AgentFilterModel(QObject* parent = nullptr);

    void setSearchText(const QString& text);
    QString searchText() const { return m_searchText; }
    void setShowInactive(bool show);
    bool showInactive() const { return m_showInactive; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    const AgentTableModel* agents() const;
    void refilter();

    QString m_searchText;
    QStringList m_words;
    bool m_showInactive = false;
};

} // namespace truc2
