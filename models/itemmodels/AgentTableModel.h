#pragma once

#include "domain/Agent.h"
#include "itemmodels/KeyedTableModel.h"

#include <QSortFilterProxyModel>

namespace truc2 {

class AgentStore;
class OrganisationStore;

/// A row of the directory with its folded texts, computed once for fast sorting and search.
struct AgentEntry
{
    AgentRow row;
    QString lastNameKey;
    QString firstNameKey;
    QString directionKey;
    QString serviceKey;
    QString statusKey; ///< What the Status column shows ("Inactive" for an inactive agent).
    QString searchKey;
};

/// The directory as a table. Rows follow the store's change signals one by one (insert,
/// update, remove); only an import or a renamed service reloads everything.
class AgentTableModel : public KeyedTableModel<AgentEntry>
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

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const AgentRow& agentRow(int row) const { return entry(row).row; }
    qint64 agentId(const QModelIndex& index) const;

    /// Folded text of a cell, for fast sorting.
    const QString& sortKey(int row, int column) const;
    /// Folded name, matricule, service and direction, for searching.
    const QString& searchKey(int row) const { return entry(row).searchKey; }

protected:
    Result<QList<AgentEntry>> readAll() const override;
    Result<AgentEntry> read(qint64 id) const override;
    qint64 idOf(const AgentEntry& entry) const override { return entry.row.agent.id; }

private:
    static AgentEntry makeEntry(AgentRow row);

    AgentStore& m_agents;
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
