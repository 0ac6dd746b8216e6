#pragma once

#include "itemmodels/RereadTableModel.h"
#include "storage/SurveyResults.h"

#include <QSortFilterProxyModel>

namespace truc2 {

class School;

/// A survey import with the folded texts that sorting uses.
struct SurveyImportEntry
{
    SurveyImportRecord record;
    QString fileKey;
    QString toolKey;

    bool operator==(const SurveyImportEntry&) const = default;
};

/// The files of survey results imported so far (SurveyResults::imports()), the latest first:
/// file, date, tool, counts, and the mapping of their columns (on one line; whole in the
/// tooltip and MappingRole).
///
/// Re-read once per burst of changes to the answers (an import adds some); reload() is the
/// slot for the survey store's own signals. Nothing is read until reload() is first called.
class SurveyImportTableModel : public RereadTableModel<SurveyImportEntry>
{
    Q_OBJECT

public:
    enum Column
    {
        File,
        ImportedAt,
        Tool,
        RowsRead,
        ResponsesAdded,
        RowsSkipped,
        Mapping,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, ///< Raw values: folded text, counts, ISO date and time.
        ImportIdRole,
        MappingRole, ///< The mapping as the importer wrote it, line breaks included.
    };

    explicit SurveyImportTableModel(School& school, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const SurveyImportRecord& record(int row) const { return entry(row).record; }

public Q_SLOTS:
    /// Reads the imports again now (the first time: reads them).
    void reload();

Q_SIGNALS:
    void refreshed();

protected:
    Result<QList<SurveyImportEntry>> readAll() const override;
    qint64 keyOf(const SurveyImportEntry& entry) const override { return entry.record.id; }
    void afterReading() override { Q_EMIT refreshed(); }

private:
    QVariant sortValue(const SurveyImportEntry& e, int column) const;

    School& m_school;
};

/// Sorts the imports on their raw values (ties: the latest import first).
class SurveyImportFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit SurveyImportFilterModel(QObject* parent = nullptr);

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;
};

} // namespace truc2
