#pragma once

#include "domain/Session.h"

#include <QAbstractTableModel>
#include <QHash>

namespace truc2 {

/// The first responses of a survey file as an import would store them: session, time,
/// satisfaction as answered and normalised, useful skills, would recommend, comment.
class SurveyPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Session,
        SubmittedAt,
        Satisfaction,
        UsefulSkills,
        WouldRecommend,
        Comment,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
    };

    explicit SurveyPreviewModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// Shows responses (resets the model); `sessionCodes` names the sessions by id.
    void setResponses(const QList<SurveyResponse>& responses,
                      const QHash<qint64, QString>& sessionCodes);

private:
    QList<SurveyResponse> m_responses;
    QHash<qint64, QString> m_codes;
};

} // namespace truc2
