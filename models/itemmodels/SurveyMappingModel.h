#pragma once

#include "import/SurveyMapping.h"
#include "import/TableReader.h"

#include <QAbstractTableModel>

namespace truc2 {

/// The columns of a survey file while its mapping is chosen: one row per column of the file,
/// its header, a few answers, and its role (a choice of choices(), edited through setData()
/// with Qt::EditRole and the choice's index). Personal columns (names, e-mails) stay Ignored.
class SurveyMappingModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Header,
        Samples,
        Role,
        ColumnCount
    };
    enum ItemRole
    {
        SortRole = Qt::UserRole + 1,
        ChoiceRole,   ///< The index in choices() of a row's role.
        PersonalRole, ///< bool
    };

    /// A role, with its scale for satisfaction.
    struct Choice
    {
        SurveyRole role;
        SatisfactionScale scale;
        QString text;
    };
    static const QList<Choice>& choices();
    static int choiceOf(const SurveyColumn& column);

    explicit SurveyMappingModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// Shows a mapping with the answers of the file's first records (resets the model).
    void setMapping(const SurveyMapping& mapping, const QList<TableRecord>& firstRecords);
    const SurveyMapping& mapping() const { return m_mapping; }

Q_SIGNALS:
    /// A role was changed by the user (another column may have lost the same role).
    void mappingEdited();

private:
    SurveyMapping m_mapping;
    QStringList m_samples;
};

} // namespace truc2
