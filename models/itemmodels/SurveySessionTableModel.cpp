#include "itemmodels/SurveySessionTableModel.h"

#include "School.h"
#include "core/TextKey.h"
#include "itemmodels/SortValues.h"
#include "stats/AnimatorFigures.h"

#include <QBrush>
#include <QFont>
#include <QLocale>
#include <QPalette>

#include <cmath>

namespace truc2 {
namespace {

const QString kDateFormat = QStringLiteral("dd/MM/yyyy");

QString dateLabel(const QDateTime& at)
{
    return at.isValid() ? at.date().toString(kDateFormat) : QString();
}

/// Figures first (by value), then "n < 5", then nothing to show.
double rateSortValue(const Rate& rate)
{
    if (const std::optional<double> value = rate.value()) {
        return *value;
    }
    return rate.denominator > 0 ? -1.0 : -2.0;
}

} // namespace

SurveySessionTableModel::SurveySessionTableModel(School& school, QObject* parent)
    : RereadTableModel(parent)
    , m_school(school)
    , m_period(schoolYearContaining(QDate::currentDate()))
{
    const auto later = [this] {
        scheduleReread();
    };
    SessionStore& sessions = school.sessions();
    connect(&sessions, &SessionStore::sessionInserted, this, later);
    connect(&sessions, &SessionStore::sessionUpdated, this, later);
    connect(&sessions, &SessionStore::sessionRemoved, this, later);
    connect(&sessions, &SessionStore::registrationsChanged, this, later);
    connect(&sessions, &SessionStore::responsesChanged, this, later);
    connect(&school.registrations(), &RegistrationStore::registrationsChanged, this, later);
    CatalogueStore& catalogue = school.catalogue();
    connect(&catalogue, &CatalogueStore::formatUpdated, this, later);
    connect(&catalogue, &CatalogueStore::formatRemoved, this, later);
    connect(&catalogue, &CatalogueStore::actionUpdated, this, later);
}

QString SurveySessionTableModel::percentLabel(double share)
{
    // To the tenth of a percent at most, without a trailing zero: "41,6 %", "85 %".
    const double percent = std::round(share * 1000.0) / 10.0;
    return tr("%1%", "a percentage")
        .arg(QLocale().toString(percent, 'f', QLocale::FloatingPointShortest));
}

QString SurveySessionTableModel::rateLabel(const Rate& rate)
{
    if (rate.denominator <= 0) {
        return {};
    }
    if (rate.suppressed) {
        return tr("n < %1", "fewer answers than shown").arg(kMinimumAnswers);
    }
    return percentLabel(*rate.value());
}

QString SurveySessionTableModel::satisfactionLabel(const SurveySessionResult& result)
{
    if (result.satisfactionAnswers == 0) {
        return {};
    }
    if (!result.satisfaction) {
        return tr("n < %1", "fewer answers than shown").arg(kMinimumAnswers);
    }
    return percentLabel(*result.satisfaction);
}

void SurveySessionTableModel::setPeriod(const Period& period, qint64 formatId)
{
    m_period = period.isValid() ? period : Period{};
    m_formatId = formatId;
    resetRows();
}

void SurveySessionTableModel::reload()
{
    reread();
}

Result<QList<SurveySessionEntry>> SurveySessionTableModel::readAll() const
{
    Result<QList<SurveySessionResult>> read =
        SurveyResults(m_school.database()).sessions(m_period, m_formatId);
    if (!read) {
        return read.error();
    }
    QList<SurveySessionEntry> entries;
    entries.reserve(read->size());
    for (SurveySessionResult& r : *read) {
        SurveySessionEntry e;
        e.codeKey = foldedText(r.sessionCode);
        e.actionKey = foldedText(r.actionTitle);
        e.formatKey = foldedText(r.formatName);
        e.result = std::move(r);
        entries.append(std::move(e));
    }
    return entries;
}

int SurveySessionTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool SurveySessionTableModel::suppressed(const SurveySessionResult& r, int column) const
{
    switch (column) {
    case Satisfaction:
        return r.satisfactionAnswers > 0 && !r.satisfaction;
    case UsefulSkills:
        return r.usefulSkillsRate.denominator > 0 && r.usefulSkillsRate.suppressed;
    case WouldRecommend:
        return r.wouldRecommendRate.denominator > 0 && r.wouldRecommendRate.suppressed;
    default:
        return false;
    }
}

QVariant SurveySessionTableModel::sortValue(const SurveySessionEntry& e, int column) const
{
    const SurveySessionResult& r = e.result;
    switch (column) {
    case Date: {
        // Without a session: the day of the first answer.
        const QDateTime& at = r.sessionId > 0 ? r.startsAt : r.firstSubmitted;
        return at.isValid() ? at.date().toJulianDay() : qint64(0);
    }
    case Action:
        return e.actionKey;
    case Format:
        return e.formatKey;
    case Participants:
        return r.participants;
    case Responses:
        return r.responses;
    case ResponseRate:
        return rateSortValue(r.responseRate);
    case Satisfaction:
        return r.satisfaction ? *r.satisfaction : (r.satisfactionAnswers > 0 ? -1.0 : -2.0);
    case UsefulSkills:
        return rateSortValue(r.usefulSkillsRate);
    case WouldRecommend:
        return rateSortValue(r.wouldRecommendRate);
    default:
        // The responses without a session after the sessions, by format.
        return r.sessionId > 0 ? e.codeKey : QStringLiteral("\uffff") + e.formatKey;
    }
}

QVariant SurveySessionTableModel::toolTip(const SurveySessionResult& r, int column) const
{
    switch (column) {
    case Session:
    case Date:
        if (r.sessionId == 0) {
            return r.firstSubmitted.isValid()
                       ? tr("Responses that name the format %1 but no session, submitted from "
                            "%2 to %3")
                             .arg(r.formatName, dateLabel(r.firstSubmitted),
                                  dateLabel(r.lastSubmitted))
                       : tr("Responses that name the format %1 but no session").arg(r.formatName);
        }
        return r.held || column == Date
                   ? QVariant()
                   : tr("This session is not marked as held: its answers do not count in "
                        "the figures of the period.");
    case ResponseRate:
        if (r.sessionId == 0) {
            return tr("No session, so no participants to compare the responses with");
        }
        return tr("%1 for %2", "responses for participants")
            .arg(tr("%n response(s)", nullptr, r.responses),
                 tr("%n participant(s)", nullptr, r.participants));
    case Satisfaction:
        if (r.satisfactionAnswers == 0) {
            return tr("Nobody gave their satisfaction");
        }
        if (!r.satisfaction) {
            return tr("Only %n answer(s): a mean of fewer than %1 answers is not shown.", nullptr,
                      r.satisfactionAnswers)
                .arg(kMinimumAnswers);
        }
        return tr("Mean satisfaction of %n answer(s), on a scale from 0 to 100 %", nullptr,
                  r.satisfactionAnswers);
    case UsefulSkills:
    case WouldRecommend: {
        const Rate& rate = column == UsefulSkills ? r.usefulSkillsRate : r.wouldRecommendRate;
        if (rate.denominator == 0) {
            return tr("Nobody answered yes or no");
        }
        if (rate.suppressed) {
            return tr("Only %n answer(s): a rate of fewer than %1 answers is not shown.", nullptr,
                      int(rate.denominator))
                .arg(kMinimumAnswers);
        }
        return tr("%1 yes of %n answer(s) yes or no", nullptr, int(rate.denominator))
            .arg(rate.numerator);
    }
    default:
        return {};
    }
}

QVariant SurveySessionTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const SurveySessionEntry& e = entry(index.row());
    const SurveySessionResult& r = e.result;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Session:
            return r.sessionId > 0 ? r.sessionCode : tr("(without a session)");
        case Date:
            return dateLabel(r.sessionId > 0 ? r.startsAt : r.firstSubmitted);
        case Action:
            return r.actionTitle;
        case Format:
            return r.formatName;
        case Participants:
            return r.sessionId > 0 ? QVariant(r.participants) : QVariant();
        case Responses:
            return r.responses;
        case ResponseRate:
            return r.sessionId > 0 ? rateLabel(r.responseRate) : QString();
        case Satisfaction:
            return satisfactionLabel(r);
        case UsefulSkills:
            return rateLabel(r.usefulSkillsRate);
        case WouldRecommend:
            return rateLabel(r.wouldRecommendRate);
        default:
            return {};
        }
    case SortRole:
        return sortValue(e, index.column());
    case SessionIdRole:
        return r.sessionId;
    case FormatIdRole:
        return r.formatId;
    case SuppressedRole:
        return suppressed(r, index.column());
    case Qt::ToolTipRole:
        return toolTip(r, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() >= Participants) {
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        }
        return {};
    case Qt::FontRole:
        if ((index.column() == Session && (r.sessionId == 0 || !r.held)) ||
            (index.column() == Date && r.sessionId == 0)) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (suppressed(r, index.column())) {
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        }
        return {};
    default:
        return {};
    }
}

QVariant SurveySessionTableModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const
{
    if (orientation != Qt::Horizontal) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Participants:
            return tr("Agents present and anonymous participants");
        case Responses:
            return tr("Survey responses imported for the session");
        case ResponseRate:
            return tr("Responses divided by participants");
        case Satisfaction:
            return tr("Mean satisfaction, whatever the survey's scale, from 0 to 100 %; shown "
                      "from %1 answers")
                .arg(kMinimumAnswers);
        case UsefulSkills:
            return tr("Share of yes among the yes or no answers to \"useful skills acquired\"; "
                      "shown from %1 answers")
                .arg(kMinimumAnswers);
        case WouldRecommend:
            return tr("Share of yes among the yes or no answers to \"would recommend\"; shown "
                      "from %1 answers")
                .arg(kMinimumAnswers);
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && section >= Participants) {
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    }
    if (role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Session:
        return tr("Session");
    case Date:
        return tr("Date");
    case Action:
        return tr("Action");
    case Format:
        return tr("Format");
    case Participants:
        return tr("Participants");
    case Responses:
        return tr("Responses");
    case ResponseRate:
        return tr("Response rate");
    case Satisfaction:
        return tr("Satisfaction");
    case UsefulSkills:
        return tr("Useful skills");
    case WouldRecommend:
        return tr("Recommend", "column header: the share who would recommend it; keep it short");
    default:
        return {};
    }
}

SurveySessionFilterModel::SurveySessionFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SurveySessionTableModel::SortRole);
    setDynamicSortFilter(true);
}

void SurveySessionFilterModel::setAnsweredOnly(bool answeredOnly)
{
    if (answeredOnly == m_answeredOnly) {
        return;
    }
    m_answeredOnly = answeredOnly;
    invalidateFilter();
}

bool SurveySessionFilterModel::filterAcceptsRow(int sourceRow,
                                                const QModelIndex& sourceParent) const
{
    const auto* model = qobject_cast<const SurveySessionTableModel*>(sourceModel());
    if (!model || sourceParent.isValid() || !m_answeredOnly) {
        return true;
    }
    return model->result(sourceRow).responses > 0;
}

bool SurveySessionFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const auto* model = qobject_cast<const SurveySessionTableModel*>(sourceModel());
    if (!model) {
        return QSortFilterProxyModel::lessThan(left, right);
    }
    if (const int order = compareSortValues(left.data(SurveySessionTableModel::SortRole),
                                            right.data(SurveySessionTableModel::SortRole));
        order != 0) {
        return order < 0;
    }
    // Equal values: by date, then code (the rows without a session last), stable and readable.
    const SurveySessionEntry& l = model->entry(left.row());
    const SurveySessionEntry& r = model->entry(right.row());
    if (l.result.startsAt != r.result.startsAt) {
        return l.result.sessionId > 0 &&
               (r.result.sessionId == 0 || l.result.startsAt < r.result.startsAt);
    }
    if (l.codeKey != r.codeKey) {
        return l.codeKey < r.codeKey;
    }
    return l.result.key() < r.result.key();
}

} // namespace truc2
