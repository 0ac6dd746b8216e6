#include "itemmodels/SurveyImportTableModel.h"

#include "School.h"
#include "core/TextKey.h"
#include "import/SurveyMapping.h"

namespace truc2 {
namespace {

/// The tool's name for people ("LimeSurvey"), from the code the importer stored.
QString toolName(const QString& code)
{
    const QString name = surveyToolName(surveyToolFromCode(code));
    return name.isEmpty() ? code : name;
}

/// The stored mapping (JSON) as people read it: one line per column that gave something.
QString mappingText(const QString& json)
{
    const std::optional<SurveyMapping> mapping = SurveyMapping::fromJson(json);
    if (!mapping) {
        return json;
    }
    QStringList lines;
    if (!mapping->sessionCode.isEmpty()) {
        lines << SurveyImportTableModel::tr("Every response is for %1").arg(mapping->sessionCode);
    }
    for (const SurveyColumn& column : mapping->columns) {
        if (column.role != SurveyRole::Ignored) {
            lines << SurveyImportTableModel::tr("“%1”: %2")
                         .arg(column.header, surveyRoleName(column.role));
        }
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

SurveyImportTableModel::SurveyImportTableModel(School& school, QObject* parent)
    : RereadTableModel(parent)
    , m_school(school)
{
    connect(&school.sessions(), &SessionStore::responsesChanged, this,
            [this] { scheduleReread(); });
}

void SurveyImportTableModel::reload()
{
    reread();
}

Result<QList<SurveyImportEntry>> SurveyImportTableModel::readAll() const
{
    Result<QList<SurveyImportRecord>> read = SurveyResults(m_school.database()).imports();
    if (!read) {
        return read.error();
    }
    QList<SurveyImportEntry> entries;
    entries.reserve(read->size());
    for (SurveyImportRecord& r : *read) {
        // Shown, not stored back: the tool and the mapping as people read them.
        r.tool = toolName(r.tool);
        r.mapping = mappingText(r.mapping);
        SurveyImportEntry e;
        e.fileKey = foldedText(r.fileName);
        e.toolKey = foldedText(r.tool);
        e.record = std::move(r);
        entries.append(std::move(e));
    }
    return entries;
}

int SurveyImportTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SurveyImportTableModel::sortValue(const SurveyImportEntry& e, int column) const
{
    const SurveyImportRecord& r = e.record;
    switch (column) {
    case ImportedAt:
        return r.importedAt.toString(Qt::ISODate);
    case Tool:
        return e.toolKey;
    case RowsRead:
        return r.rowsRead;
    case ResponsesAdded:
        return r.responsesAdded;
    case RowsSkipped:
        return r.rowsSkipped;
    case Mapping:
        return foldedText(r.mapping);
    default:
        return e.fileKey;
    }
}

QVariant SurveyImportTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const SurveyImportEntry& e = entry(index.row());
    const SurveyImportRecord& r = e.record;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case File:
            return r.fileName;
        case ImportedAt:
            return r.importedAt.toString(QStringLiteral("dd/MM/yyyy HH:mm"));
        case Tool:
            return r.tool;
        case RowsRead:
            return r.rowsRead;
        case ResponsesAdded:
            return r.responsesAdded;
        case RowsSkipped:
            return r.rowsSkipped;
        case Mapping:
            return r.mapping.simplified();
        default:
            return {};
        }
    case SortRole:
        return sortValue(e, index.column());
    case ImportIdRole:
        return r.id;
    case MappingRole:
        return r.mapping;
    case Qt::ToolTipRole:
        if (index.column() == Mapping || index.column() == File) {
            // Escaped: a file's headers are never read as markup.
            return r.mapping.isEmpty() ? QVariant()
                                       : QStringLiteral("<p style=\"white-space: pre-wrap\">%1</p>")
                                             .arg(r.mapping.toHtmlEscaped());
        }
        if (index.column() == RowsSkipped && r.rowsSkipped > 0) {
            return tr("Rows left out: incomplete responses, unknown sessions or responses "
                      "already imported");
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= RowsRead && index.column() <= RowsSkipped) {
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        }
        return {};
    default:
        return {};
    }
}

QVariant SurveyImportTableModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (role == Qt::TextAlignmentRole && section >= RowsRead && section <= RowsSkipped) {
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    }
    if (role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case File:
        return tr("File");
    case ImportedAt:
        return tr("Imported on");
    case Tool:
        return tr("Tool");
    case RowsRead:
        return tr("Rows read");
    case ResponsesAdded:
        return tr("Responses added");
    case RowsSkipped:
        return tr("Rows skipped");
    case Mapping:
        return tr("Columns");
    default:
        return {};
    }
}

SurveyImportFilterModel::SurveyImportFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SurveyImportTableModel::SortRole);
    setDynamicSortFilter(true);
}

bool SurveyImportFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant a = left.data(SurveyImportTableModel::SortRole);
    const QVariant b = right.data(SurveyImportTableModel::SortRole);
    if (a.typeId() == QMetaType::QString) {
        const int order = a.toString().compare(b.toString());
        if (order != 0) {
            return order < 0;
        }
    } else if (a.toLongLong() != b.toLongLong()) {
        return a.toLongLong() < b.toLongLong();
    }
    // Equal values: the earlier import first (the latest on top when sorted descending).
    return left.data(SurveyImportTableModel::ImportIdRole).toLongLong() <
           right.data(SurveyImportTableModel::ImportIdRole).toLongLong();
}

} // namespace truc2
