#pragma once

// The preview of an agents import: its first records as they will be stored, and every
// problem with its line.

#include "import/AgentImporter.h"

#include <QAbstractTableModel>

namespace truc2 {

/// The first records of a planned import, as the school will store them.
class AgentImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        LineColumn,
        ActionColumn,
        MatriculeColumn,
        CivilityColumn,
        LastNameColumn,
        FirstNameColumn,
        DirectionColumn,
        ServiceColumn,
        GradeColumn,
        CategoryColumn,
        StatusColumn,
        EmailColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole,
        ActionRole ///< The AgentImportAction, as an int.
    };

    explicit AgentImportPreviewModel(QObject* parent = nullptr);

    /// Shows the first `rows` records of the plan.
    void setPlan(const AgentImportPlan& plan, qsizetype rows = 20);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString actionName(AgentImportAction action);

private:
    QList<PlannedAgent> m_rows;
};

/// Every problem of a planned import, one row per problem: line, matricule, problem.
class AgentImportProblemModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        LineColumn,
        MatriculeColumn,
        ProblemColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole
    };

    explicit AgentImportProblemModel(QObject* parent = nullptr);

    void setRejected(const QList<RejectedAgent>& rejected);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Problem
    {
        qint64 line;
        QString matricule;
        QString text;
    };
    QList<Problem> m_problems;
};

} // namespace truc2
