#include "itemmodels/SurveyPreviewModel.h"

#include <QLocale>

namespace truc2 {
namespace {

QVariant yesNo(const std::optional<bool>& value, bool sort)
{
    if (!value) {
        return sort ? QVariant(-1) : QVariant();
    }
    if (sort) {
        return *value ? 1 : 0;
    }
    return *value ? SurveyPreviewModel::tr("Yes") : SurveyPreviewModel::tr("No");
}

} // namespace

SurveyPreviewModel::SurveyPreviewModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int SurveyPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_responses.size());
}

int SurveyPreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SurveyPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        (role != Qt::DisplayRole && role != SortRole)) {
        return {};
    }
    const SurveyResponse& r = m_responses.at(index.row());
    const bool sort = role == SortRole;
    switch (Column(index.column())) {
    case Session:
        return m_codes.value(r.sessionId);
    case SubmittedAt:
        if (sort) {
            return r.submittedAt;
        }
        return r.submittedAt.isValid()
                   ? QLocale().toString(r.submittedAt, QStringLiteral("dd/MM/yyyy HH:mm"))
                   : QString();
    case Satisfaction:
        if (!r.satisfaction) {
            return sort ? QVariant(-1.0) : QVariant();
        }
        if (sort) {
            return *r.satisfaction;
        }
        return tr("%1 → %2 %")
            .arg(r.satisfactionRaw, QLocale().toString(*r.satisfaction * 100, 'f', 0));
    case UsefulSkills:
        return yesNo(r.usefulSkills, sort);
    case WouldRecommend:
        return yesNo(r.wouldRecommend, sort);
    case Comment:
        return r.comment;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SurveyPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (Column(section)) {
    case Session:
        return tr("Session");
    case SubmittedAt:
        return tr("Submitted");
    case Satisfaction:
        return tr("Satisfaction");
    case UsefulSkills:
        return tr("Useful skills");
    case WouldRecommend:
        return tr("Would recommend");
    case Comment:
        return tr("Comment");
    case ColumnCount:
        break;
    }
    return {};
}

void SurveyPreviewModel::setResponses(const QList<SurveyResponse>& responses,
                                      const QHash<qint64, QString>& sessionCodes)
{
    beginResetModel();
    m_responses = responses;
    m_codes = sessionCodes;
    endResetModel();
}

} // namespace truc2
