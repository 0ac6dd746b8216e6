#include "itemmodels/SurveyMappingModel.h"

#include <QBrush>

namespace truc2 {
namespace {

constexpr int kSamplesShown = 3;

} // namespace

const QList<SurveyMappingModel::Choice>& SurveyMappingModel::choices()
{
    static const QList<Choice> list = [] {
        const auto satisfaction = [](SatisfactionScale scale, const QString& scaleText) {
            return Choice{SurveyRole::Satisfaction, scale,
                          tr("Satisfaction (%1)", "scale of the answers").arg(scaleText)};
        };
        QList<Choice> all;
        for (SurveyRole role : {SurveyRole::Ignored, SurveyRole::Session, SurveyRole::SubmittedAt,
                                SurveyRole::ResponseId}) {
            all << Choice{role, SatisfactionScale::OneToFive, surveyRoleName(role)};
        }
        all << satisfaction(SatisfactionScale::OneToFour, tr("1 to 4"))
            << satisfaction(SatisfactionScale::OneToFive, tr("1 to 5"))
            << satisfaction(SatisfactionScale::ZeroToTen, tr("0 to 10"))
            << satisfaction(SatisfactionScale::Labels4, tr("words, 4 levels"))
            << satisfaction(SatisfactionScale::Labels5, tr("words, 5 levels"));
        for (SurveyRole role :
             {SurveyRole::UsefulSkills, SurveyRole::WouldRecommend, SurveyRole::Comment}) {
            all << Choice{role, SatisfactionScale::OneToFive, surveyRoleName(role)};
        }
        return all;
    }();
    return list;
}

int SurveyMappingModel::choiceOf(const SurveyColumn& column)
{
    const QList<Choice>& list = choices();
    for (int i = 0; i < list.size(); ++i) {
        if (list.at(i).role == column.role &&
            (column.role != SurveyRole::Satisfaction || list.at(i).scale == column.scale)) {
            return i;
        }
    }
    return 0;
}

SurveyMappingModel::SurveyMappingModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int SurveyMappingModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_mapping.columns.size());
}

int SurveyMappingModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SurveyMappingModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const SurveyColumn& column = m_mapping.columns.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (Column(index.column())) {
        case Header:
            return column.header;
        case Samples:
            return m_samples.value(index.row());
        case Role:
            if (role == SortRole) {
                return choiceOf(column);
            }
            return column.personal ? tr("Ignored (personal data, never stored)")
                                   : choices().at(choiceOf(column)).text;
        case ColumnCount:
            break;
        }
        break;
    case Qt::EditRole:
    case ChoiceRole:
        return index.column() == Role || role == ChoiceRole ? QVariant(choiceOf(column))
                                                            : QVariant();
    case PersonalRole:
        return column.personal;
    case Qt::ToolTipRole:
        return column.personal ? tr("Names, e-mail and IP addresses are never imported: the "
                                    "responses stay anonymous.")
                               : QVariant();
    case Qt::ForegroundRole:
        return column.personal || column.role == SurveyRole::Ignored ? QVariant(QBrush(Qt::gray))
                                                                     : QVariant();
    default:
        break;
    }
    return {};
}

bool SurveyMappingModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        index.column() != Role || role != Qt::EditRole) {
        return false;
    }
    bool ok = false;
    const int choice = value.toInt(&ok);
    if (!ok || choice < 0 || choice >= choices().size()) {
        return false;
    }
    const Choice& chosen = choices().at(choice);
    if (!m_mapping.setRole(index.row(), chosen.role)) {
        return false;
    }
    m_mapping.columns[index.row()].scale = chosen.scale;
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    // A role belongs to one column (or to the "Oui" and "Non" columns of one question): the
    // one that had it before gives it up.
    if (chosen.role != SurveyRole::Ignored) {
        const int split = splitAnswerOf(m_mapping.columns.at(index.row()).header);
        for (int r = 0; r < m_mapping.columns.size(); ++r) {
            const SurveyColumn& other = m_mapping.columns.at(r);
            if (r != index.row() && other.role == chosen.role &&
                (split == 0 || splitAnswerOf(other.header) != -split)) {
                m_mapping.columns[r].role = SurveyRole::Ignored;
                Q_EMIT dataChanged(this->index(r, 0), this->index(r, ColumnCount - 1));
            }
        }
    }
    Q_EMIT mappingEdited();
    return true;
}

Qt::ItemFlags SurveyMappingModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Role && !m_mapping.columns.at(index.row()).personal) {
        flags |= Qt::ItemIsEditable;
    }
    return flags;
}

QVariant SurveyMappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (Column(section)) {
    case Header:
        return tr("Column of the file");
    case Samples:
        return tr("Answers");
    case Role:
        return tr("Imported as");
    case ColumnCount:
        break;
    }
    return {};
}

void SurveyMappingModel::setMapping(const SurveyMapping& mapping,
                                    const QList<TableRecord>& firstRecords)
{
    beginResetModel();
    m_mapping = mapping;
    m_samples.clear();
    for (qsizetype c = 0; c < mapping.columns.size(); ++c) {
        QStringList answers;
        for (qsizetype r = mapping.headerRow + mapping.subHeaderRows + 1;
             r < firstRecords.size() && answers.size() < kSamplesShown; ++r) {
            const QString cell = firstRecords.at(r).cell(c).simplified();
            if (!cell.isEmpty() && !answers.contains(cell)) {
                answers << cell;
            }
        }
        m_samples << (mapping.columns.at(c).personal ? QStringLiteral("…")
                                                     : answers.join(QStringLiteral(" · ")));
    }
    endResetModel();
}

} // namespace truc2
