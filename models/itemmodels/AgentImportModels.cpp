#include "itemmodels/AgentImportModels.h"

namespace truc2 {
namespace {

QString genderLabel(Gender gender)
{
    switch (gender) {
    case Gender::Female:
        return AgentImportPreviewModel::tr("F");
    case Gender::Male:
        return AgentImportPreviewModel::tr("M");
    case Gender::Unknown:
        break;
    }
    return {};
}

} // namespace

AgentImportPreviewModel::AgentImportPreviewModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void AgentImportPreviewModel::setPlan(const AgentImportPlan& plan, qsizetype rows)
{
    beginResetModel();
    m_rows = plan.agents.mid(0, rows);
    endResetModel();
}

void AgentImportPreviewModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int AgentImportPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AgentImportPreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AgentImportPreviewModel::actionName(AgentImportAction action)
{
    switch (action) {
    case AgentImportAction::Create:
        return tr("New");
    case AgentImportAction::Update:
        return tr("Changed");
    case AgentImportAction::Unchanged:
        return tr("Unchanged");
    case AgentImportAction::Rejected:
        break;
    }
    return tr("Rejected");
}

QVariant AgentImportPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const PlannedAgent& row = m_rows.at(index.row());
    if (role == ActionRole) {
        return static_cast<int>(row.action);
    }
    if (role == Qt::ToolTipRole) {
        return row.row.problems.isEmpty() ? QVariant() : row.row.problems.join(QLatin1Char('\n'));
    }
    if (role != Qt::DisplayRole && role != SortRole) {
        return {};
    }
    // A rejected record shows what the file holds, the others what will be stored.
    const Agent& a = row.action == AgentImportAction::Rejected ? row.row.agent : row.stored;
    const bool rejected = row.action == AgentImportAction::Rejected;
    switch (index.column()) {
    case LineColumn:
        return role == SortRole ? QVariant(row.row.line) : QVariant(QString::number(row.row.line));
    case ActionColumn:
        return actionName(row.action);
    case MatriculeColumn:
        return a.matricule;
    case CivilityColumn:
        return genderLabel(a.gender);
    case LastNameColumn:
        return a.lastName;
    case FirstNameColumn:
        return a.firstName;
    case DirectionColumn:
        return rejected ? row.row.directionName : row.directionName;
    case ServiceColumn:
        return rejected ? row.row.serviceName : row.serviceName;
    case GradeColumn:
        return a.grade;
    case CategoryColumn:
        return categoryCode(a.category);
    case StatusColumn:
        return a.status;
    case EmailColumn:
        return a.email;
    default:
        return {};
    }
}

QVariant AgentImportPreviewModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case LineColumn:
        return tr("Line");
    case ActionColumn:
        return tr("Import");
    case MatriculeColumn:
        return tr("Matricule");
    case CivilityColumn:
        return tr("Sex");
    case LastNameColumn:
        return tr("Last name");
    case FirstNameColumn:
        return tr("First name");
    case DirectionColumn:
        return tr("Direction");
    case ServiceColumn:
        return tr("Service");
    case GradeColumn:
        return tr("Grade");
    case CategoryColumn:
        return tr("Category");
    case StatusColumn:
        return tr("Status");
    case EmailColumn:
        return tr("E-mail");
    default:
        return {};
    }
}

AgentImportProblemModel::AgentImportProblemModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void AgentImportProblemModel::setRejected(const QList<RejectedAgent>& rejected)
{
    beginResetModel();
    m_problems.clear();
    for (const RejectedAgent& agent : rejected) {
        for (const QString& problem : agent.problems) {
            m_problems.append({agent.line, agent.matricule, problem});
        }
    }
    endResetModel();
}

void AgentImportProblemModel::clear()
{
    beginResetModel();
    m_problems.clear();
    endResetModel();
}

int AgentImportProblemModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_problems.size());
}

int AgentImportProblemModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgentImportProblemModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        (role != Qt::DisplayRole && role != SortRole)) {
        return {};
    }
    const Problem& problem = m_problems.at(index.row());
    switch (index.column()) {
    case LineColumn:
        return role == SortRole ? QVariant(problem.line) : QVariant(QString::number(problem.line));
    case MatriculeColumn:
        return problem.matricule;
    case ProblemColumn:
        return problem.text;
    default:
        return {};
    }
}

QVariant AgentImportProblemModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case LineColumn:
        return tr("Line");
    case MatriculeColumn:
        return tr("Matricule");
    case ProblemColumn:
        return tr("Problem");
    default:
        return {};
    }
}

} // namespace truc2
