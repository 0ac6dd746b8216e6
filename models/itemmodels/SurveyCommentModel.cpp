#include "itemmodels/SurveyCommentModel.h"

#include "School.h"
#include "core/TextKey.h"
#include "itemmodels/SortValues.h"
#include "itemmodels/SurveySessionTableModel.h"
#include "stats/AnimatorFigures.h"

#include <algorithm>

namespace truc2 {
namespace {

const QString kDateFormat = QStringLiteral("dd/MM/yyyy");

} // namespace

SurveyCommentModel::SurveyCommentModel(School& school, QObject* parent)
    : RereadTableModel(parent)
    , m_school(school)
    , m_period(schoolYearContaining(QDate::currentDate()))
{
    const auto later = [this] {
        scheduleReread();
    };
    SessionStore& sessions = school.sessions();
    connect(&sessions, &SessionStore::sessionUpdated, this, later);
    connect(&sessions, &SessionStore::sessionRemoved, this, later);
    connect(&sessions, &SessionStore::responsesChanged, this, later);
    CatalogueStore& catalogue = school.catalogue();
    connect(&catalogue, &CatalogueStore::formatUpdated, this, later);
    connect(&catalogue, &CatalogueStore::actionUpdated, this, later);
}

void SurveyCommentModel::setPeriod(const Period& period, qint64 formatId)
{
    m_period = period.isValid() ? period : Period{};
    m_formatId = formatId;
    resetRows();
}

void SurveyCommentModel::reload()
{
    reread();
}

Result<QList<SurveyCommentEntry>> SurveyCommentModel::readAll() const
{
    Result<QList<SurveyComment>> read =
        SurveyResults(m_school.database()).comments(m_period, m_formatId);
    if (!read) {
        return read.error();
    }
    QList<SurveyCommentEntry> entries;
    entries.reserve(read->size());
    for (SurveyComment& c : *read) {
        SurveyCommentEntry e;
        e.textKey = foldedText(c.text);
        e.actionKey = foldedText(c.actionTitle);
        e.formatKey = foldedText(c.formatName);
        e.searchKey = e.textKey + QLatin1Char(' ') + foldedText(c.sessionCode) + QLatin1Char(' ') +
                      e.actionKey + QLatin1Char(' ') + e.formatKey;
        e.comment = std::move(c);
        entries.append(std::move(e));
    }
    return entries;
}

int SurveyCommentModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SurveyCommentModel::sortValue(const SurveyCommentEntry& e, int column) const
{
    const SurveyComment& c = e.comment;
    switch (column) {
    case Session:
        return c.sessionId > 0 ? foldedText(c.sessionCode) : QStringLiteral("\uffff") + e.formatKey;
    case Date:
        return c.date.isValid() ? c.date.toJulianDay() : qint64(0);
    case Action:
        return e.actionKey;
    case Format:
        return e.formatKey;
    case Satisfaction:
        return c.satisfaction ? *c.satisfaction : -1.0;
    default:
        return e.textKey;
    }
}

QVariant SurveyCommentModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const SurveyCommentEntry& e = entry(index.row());
    const SurveyComment& c = e.comment;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Comment:
            return c.text.simplified();
        case Session:
            return c.sessionId > 0 ? c.sessionCode
                                   : SurveySessionTableModel::tr("(without a session)");
        case Date:
            return c.date.toString(kDateFormat);
        case Action:
            return c.actionTitle;
        case Format:
            return c.formatName;
        case Satisfaction:
            return c.satisfaction ? SurveySessionTableModel::percentLabel(*c.satisfaction)
                                  : QString();
        default:
            return {};
        }
    case SortRole:
        return sortValue(e, index.column());
    case ResponseIdRole:
        return c.responseId;
    case SessionIdRole:
        return c.sessionId;
    case FormatIdRole:
        return c.formatId;
    case FullTextRole:
        return c.text;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Comment:
            // Escaped, so that a comment is never read as markup.
            return QStringLiteral("<p style=\"white-space: pre-wrap\">%1</p>")
                .arg(c.text.toHtmlEscaped());
        case Date:
            return c.submittedAt.isValid()
                       ? tr("Answered on %1").arg(c.submittedAt.toString(kDateFormat))
                       : QVariant();
        case Satisfaction:
            // Rich text with the answer escaped, as for the comment.
            return c.satisfactionRaw.isEmpty()
                       ? QVariant()
                       : QStringLiteral("<p>%1</p>")
                             .arg(tr("Answered: %1").arg(c.satisfactionRaw.toHtmlEscaped()));
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == Satisfaction) {
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        }
        return {};
    default:
        return {};
    }
}

QVariant SurveyCommentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (role == Qt::ToolTipRole && section == Satisfaction) {
        return tr("The satisfaction given with the comment, from 0 to 100 %");
    }
    if (role == Qt::TextAlignmentRole && section == Satisfaction) {
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    }
    if (role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Comment:
        return tr("Comment");
    case Session:
        return tr("Session");
    case Date:
        return tr("Date");
    case Action:
        return tr("Action");
    case Format:
        return tr("Format");
    case Satisfaction:
        return tr("Satisfaction");
    default:
        return {};
    }
}

SurveyCommentFilterModel::SurveyCommentFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SurveyCommentModel::SortRole);
    setDynamicSortFilter(true);
}

void SurveyCommentFilterModel::setSearchText(const QString& text)
{
    if (text == m_searchText) {
        return;
    }
    m_searchText = text;
    m_words = foldedText(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

void SurveyCommentFilterModel::setSession(qint64 sessionId, qint64 formatId)
{
    if (sessionId > 0) {
        formatId = 0; // the session says it all
    }
    if (sessionId == m_sessionId && formatId == m_formatId) {
        return;
    }
    m_sessionId = sessionId;
    m_formatId = formatId;
    invalidateFilter();
}

bool SurveyCommentFilterModel::filterAcceptsRow(int sourceRow,
                                                const QModelIndex& sourceParent) const
{
    const auto* model = qobject_cast<const SurveyCommentModel*>(sourceModel());
    if (!model || sourceParent.isValid()) {
        return true;
    }
    const SurveyCommentEntry& e = model->entry(sourceRow);
    if (m_sessionId > 0 && e.comment.sessionId != m_sessionId) {
        return false;
    }
    if (m_sessionId == 0 && m_formatId > 0 &&
        (e.comment.sessionId != 0 || e.comment.formatId != m_formatId)) {
        return false;
    }
    return std::all_of(m_words.cbegin(), m_words.cend(),
                       [&e](const QString& word) { return e.searchKey.contains(word); });
}

bool SurveyCommentFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const auto* model = qobject_cast<const SurveyCommentModel*>(sourceModel());
    if (!model) {
        return QSortFilterProxyModel::lessThan(left, right);
    }
    if (const int order = compareSortValues(left.data(SurveyCommentModel::SortRole),
                                            right.data(SurveyCommentModel::SortRole));
        order != 0) {
        return order < 0;
    }
    // Equal values: in the order they were answered.
    const SurveyComment& l = model->comment(left.row());
    const SurveyComment& r = model->comment(right.row());
    if (l.date != r.date) {
        return l.date < r.date;
    }
    return l.responseId < r.responseId;
}

} // namespace truc2
