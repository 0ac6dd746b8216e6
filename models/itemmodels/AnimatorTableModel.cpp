#include "itemmodels/AnimatorTableModel.h"

#include "School.h"
#include "core/TextKey.h"
#include "itemmodels/SortValues.h"

#include <QBrush>
#include <QFont>
#include <QLocale>
#include <QPalette>

#include <algorithm>
#include <cmath>

namespace truc2 {
namespace {

const QString kDateFormat = QStringLiteral("dd/MM/yyyy");

QString dateLabel(const QDate& date)
{
    return date.isValid() ? date.toString(kDateFormat) : QString();
}

qint64 dayNumber(const QDate& date)
{
    return date.isValid() ? date.toJulianDay() : 0;
}

} // namespace

AnimatorTableModel::AnimatorTableModel(School& school, QObject* parent)
    : QAbstractTableModel(parent)
    , m_school(school)
    , m_period(schoolYearContaining(QDate::currentDate()))
{
    // Changes come in bursts (a whole attendance sheet, an import): read once after them.
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(0);
    connect(&m_refreshTimer, &QTimer::timeout, this, &AnimatorTableModel::refresh);

    SessionStore& sessions = school.sessions();
    connect(&sessions, &SessionStore::sessionInserted, this, &AnimatorTableModel::scheduleRefresh);
    connect(&sessions, &SessionStore::sessionUpdated, this, &AnimatorTableModel::scheduleRefresh);
    connect(&sessions, &SessionStore::registrationsChanged, this,
            &AnimatorTableModel::scheduleRefresh);
    connect(&sessions, &SessionStore::responsesChanged, this, &AnimatorTableModel::scheduleRefresh);
    connect(&school.registrations(), &RegistrationStore::registrationsChanged, this,
            &AnimatorTableModel::scheduleRefresh);
    AgentStore& agents = school.agents();
    connect(&agents, &AgentStore::agentUpdated, this, &AnimatorTableModel::scheduleRefresh);
    connect(&agents, &AgentStore::agentRemoved, this, &AnimatorTableModel::scheduleRefresh);
    connect(&agents, &AgentStore::reset, this, &AnimatorTableModel::scheduleRefresh);
    connect(&school.organisation(), &OrganisationStore::changed, this,
            &AnimatorTableModel::scheduleRefresh);
    connect(&school.catalogue(), &CatalogueStore::formatUpdated, this,
            &AnimatorTableModel::scheduleRefresh);
    connect(&school.catalogue(), &CatalogueStore::actionUpdated, this,
            &AnimatorTableModel::scheduleRefresh);
}

QString AnimatorTableModel::hoursLabel(qint64 minutes)
{
    // Hours to the hundredth at most, without trailing zeros: "12,5 h", "1,25 h", "3 h".
    const double hours = std::round(double(minutes) / 60.0 * 100.0) / 100.0;
    return tr("%1 h", "hours").arg(QLocale().toString(hours, 'f', QLocale::FloatingPointShortest));
}

QString AnimatorTableModel::affiliationLabel(const AnimatorFigures& figures)
{
    if (figures.external) {
        return figures.organisation.isEmpty()
                   ? tr("External speaker")
                   : tr("%1 (external speaker)", "organisation").arg(figures.organisation);
    }
    return figures.serviceName.isEmpty() ? figures.directionName : figures.serviceName;
}

QString AnimatorTableModel::satisfactionLabel(const AnimatorFigures& figures)
{
    if (figures.satisfactionAnswers == 0) {
        return {};
    }
    if (!figures.satisfaction) {
        return tr("n < %1", "fewer answers than shown").arg(kMinimumAnswers);
    }
    return tr("%1%", "a percentage").arg(QLocale().toString(qRound(*figures.satisfaction * 100)));
}

AnimatorEntry AnimatorTableModel::makeEntry(AnimatorFigures figures)
{
    AnimatorEntry e;
    e.nameKey = foldedText(figures.lastName) + QLatin1Char(' ') + foldedText(figures.firstName);
    e.affiliationKey = foldedText(affiliationLabel(figures));
    e.formatsKey = foldedText(figures.formats.join(QStringLiteral(", ")));
    e.searchKey = e.nameKey + QLatin1Char(' ') + e.affiliationKey + QLatin1Char(' ') +
                  foldedText(figures.directionName) + QLatin1Char(' ') + e.formatsKey;
    e.figures = std::move(figures);
    return e;
}

Result<AnimatorsOfPeriod> AnimatorTableModel::read() const
{
    const AnimatorCalculator calculator(m_school.database());
    return calculator.compute(m_period, m_now.isValid() ? m_now : QDateTime::currentDateTime());
}

void AnimatorTableModel::scheduleRefresh()
{
    if (m_loaded && !m_refreshTimer.isActive()) {
        m_refreshTimer.start();
    }
}

void AnimatorTableModel::reindex()
{
    m_rowOf.clear();
    m_rowOf.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i) {
        m_rowOf.insert(m_rows.at(i).figures.personId, i);
    }
}

void AnimatorTableModel::setPeriod(const Period& period)
{
    m_refreshTimer.stop();
    beginResetModel();
    m_loaded = true;
    m_period = period.isValid() ? period : Period{};
    m_rows.clear();
    Result<AnimatorsOfPeriod> read = this->read();
    if (read) {
        m_error.clear();
        for (AnimatorFigures& f : read->animators) {
            m_rows.append(makeEntry(std::move(f)));
        }
        m_totals = std::move(read).value();
        m_totals.animators.clear(); // the rows hold them
    } else {
        m_error = read.errorMessage();
        m_totals = AnimatorsOfPeriod();
        m_totals.period = m_period;
    }
    reindex();
    endResetModel();
    Q_EMIT refreshed();
}

void AnimatorTableModel::setNow(const QDateTime& now)
{
    m_now = now;
    if (m_loaded) {
        refresh();
    }
}

void AnimatorTableModel::refresh()
{
    if (!m_loaded) {
        setPeriod(m_period);
        return;
    }
    m_refreshTimer.stop();
    Result<AnimatorsOfPeriod> read = this->read();
    if (!read) {
        // Keep what was shown; the page says the figures could not be read again.
        m_error = read.errorMessage();
        Q_EMIT refreshed();
        return;
    }
    m_error.clear();
    QHash<qint64, qsizetype> fresh;
    fresh.reserve(read->animators.size());
    for (qsizetype i = 0; i < read->animators.size(); ++i) {
        fresh.insert(read->animators.at(i).personId, i);
    }

    // Rows of persons who no longer animate in the period go, a run of rows at a time.
    for (int last = int(m_rows.size()) - 1; last >= 0;) {
        if (fresh.contains(m_rows.at(last).figures.personId)) {
            --last;
            continue;
        }
        int first = last;
        while (first > 0 && !fresh.contains(m_rows.at(first - 1).figures.personId)) {
            --first;
        }
        beginRemoveRows({}, first, last);
        m_rows.remove(first, last - first + 1);
        reindex();
        endRemoveRows();
        last = first - 1;
    }

    // Rows that stay change where their figures did.
    for (int row = 0; row < m_rows.size(); ++row) {
        AnimatorFigures& now = read->animators[fresh.value(m_rows.at(row).figures.personId)];
        if (now != m_rows.at(row).figures) {
            m_rows[row] = makeEntry(std::move(now));
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }

    // New animators come last; the filter model sorts them in.
    QList<AnimatorEntry> added;
    for (AnimatorFigures& f : read->animators) {
        if (!m_rowOf.contains(f.personId) && f.personId != 0) {
            added.append(makeEntry(std::move(f)));
        }
    }
    if (!added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_rows.append(std::move(added));
        reindex();
        endInsertRows();
    }

    m_totals = std::move(read).value();
    m_totals.animators.clear();
    Q_EMIT refreshed();
}

int AnimatorTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AnimatorTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 AnimatorTableModel::personId(const QModelIndex& index) const
{
    return index.isValid() ? m_rows.at(index.row()).figures.personId : 0;
}

QVariant AnimatorTableModel::sortValue(const AnimatorEntry& e, int column) const
{
    const AnimatorFigures& f = e.figures;
    switch (column) {
    case Affiliation:
        return e.affiliationKey;
    case Sessions:
        return f.sessions;
    case Upcoming:
        return f.upcoming;
    case Hours:
        return f.minutes;
    case Participants:
        return f.participants;
    case AgentsReached:
        return f.agentsReached;
    case Formats:
        return e.formatsKey;
    case FirstSession:
        return dayNumber(f.firstSession);
    case LastSession:
        return dayNumber(f.lastSession);
    case Satisfaction:
        // Figures first, then "n < 5", then no answer at all.
        return f.satisfaction ? *f.satisfaction : (f.satisfactionAnswers > 0 ? -1.0 : -2.0);
    case FacilitationTraining:
        return dayNumber(f.facilitationTrainedOn);
    default:
        return e.nameKey;
    }
}

QVariant AnimatorTableModel::toolTip(const AnimatorFigures& f, int column) const
{
    switch (column) {
    case Name:
        return f.active ? QVariant() : tr("%1 is inactive.").arg(f.displayName());
    case Affiliation:
        if (f.external || f.directionName.isEmpty() || f.serviceName.isEmpty()) {
            return {};
        }
        return tr("%1, direction %2", "service, direction").arg(f.serviceName, f.directionName);
    case Upcoming:
        return f.nextSession.isValid() ? tr("Next session on %1").arg(dateLabel(f.nextSession))
                                       : tr("No session planned for the rest of the period");
    case Hours:
        return tr("%1 of held sessions", "hours").arg(hoursLabel(f.minutes));
    case Satisfaction:
        if (f.satisfactionAnswers == 0) {
            return tr("No survey answer for their held sessions");
        }
        if (!f.satisfaction) {
            return tr("Only %n answer(s): a mean of fewer than %1 answers is not shown.", nullptr,
                      f.satisfactionAnswers)
                .arg(kMinimumAnswers);
        }
        return tr("Mean satisfaction of %n answer(s)", nullptr, f.satisfactionAnswers);
    case FacilitationTraining:
        return f.facilitationTrainedOn.isValid()
                   ? tr("Trained in facilitation on %1").arg(dateLabel(f.facilitationTrainedOn))
                   : tr("Not trained in facilitation yet");
    default:
        return {};
    }
}

QVariant AnimatorTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const AnimatorEntry& e = m_rows.at(index.row());
    const AnimatorFigures& f = e.figures;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return f.displayName();
        case Affiliation:
            return affiliationLabel(f);
        case Sessions:
            return f.sessions;
        case Upcoming:
            return f.upcoming;
        case Hours:
            return hoursLabel(f.minutes);
        case Participants:
            return f.participants;
        case AgentsReached:
            return f.agentsReached;
        case Formats:
            return f.formats.join(QStringLiteral(", "));
        case FirstSession:
            return dateLabel(f.firstSession);
        case LastSession:
            return dateLabel(f.lastSession);
        case Satisfaction:
            return satisfactionLabel(f);
        case FacilitationTraining:
            return dateLabel(f.facilitationTrainedOn);
        default:
            return {};
        }
    case SortRole:
        return sortValue(e, index.column());
    case PersonIdRole:
        return f.personId;
    case ExternalRole:
        return f.external;
    case Qt::ToolTipRole:
        return toolTip(f, index.column());
    case Qt::TextAlignmentRole:
        if ((index.column() >= Sessions && index.column() <= Satisfaction) ||
            index.column() == Upcoming) {
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        }
        return {};
    case Qt::FontRole:
        if (!f.active) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (!f.active) {
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        }
        return {};
    default:
        return {};
    }
}

QVariant AnimatorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Sessions:
            return tr("Held sessions of the period that they animated");
        case Upcoming:
            return tr("Planned or confirmed sessions of the period that have not begun yet");
        case Hours:
            return tr("Total duration of the held sessions they animated");
        case Participants:
            return tr("Agents present and anonymous participants, summed over their held "
                      "sessions");
        case AgentsReached:
            return tr("Distinct agents present at their held sessions");
        case Satisfaction:
            return tr("Mean satisfaction of the survey answers for their held sessions, shown "
                      "from %1 answers")
                .arg(kMinimumAnswers);
        case FacilitationTraining:
            return tr("Date of the facilitation training; double-click a row to record it");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Name:
        return tr("Name");
    case Affiliation:
        return tr("Service or organisation");
    case Sessions:
        return tr("Sessions");
    case Upcoming:
        return tr("Upcoming");
    case Hours:
        return tr("Hours");
    case Participants:
        return tr("Participants");
    case AgentsReached:
        return tr("Agents reached");
    case Formats:
        return tr("Formats");
    case FirstSession:
        return tr("First session");
    case LastSession:
        return tr("Last session");
    case Satisfaction:
        return tr("Satisfaction");
    case FacilitationTraining:
        return tr("Facilitation training");
    default:
        return {};
    }
}

AnimatorFilterModel::AnimatorFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(AnimatorTableModel::SortRole);
    setDynamicSortFilter(true);
}

const AnimatorTableModel* AnimatorFilterModel::animators() const
{
    return qobject_cast<const AnimatorTableModel*>(sourceModel());
}

void AnimatorFilterModel::setSearchText(const QString& text)
{
    if (text == m_searchText) {
        return;
    }
    m_searchText = text;
    m_words = foldedText(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

void AnimatorFilterModel::setKind(Kind kind)
{
    if (kind == m_kind) {
        return;
    }
    m_kind = kind;
    invalidateFilter();
}

bool AnimatorFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const AnimatorTableModel* model = animators();
    if (!model || sourceParent.isValid()) {
        return true;
    }
    const AnimatorEntry& e = model->entry(sourceRow);
    if ((m_kind == Kind::Internal && e.figures.external) ||
        (m_kind == Kind::External && !e.figures.external)) {
        return false;
    }
    return std::all_of(m_words.cbegin(), m_words.cend(),
                       [&e](const QString& word) { return e.searchKey.contains(word); });
}

bool AnimatorFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const AnimatorTableModel* model = animators();
    if (!model) {
        return QSortFilterProxyModel::lessThan(left, right);
    }
    if (const int order = compareSortValues(left.data(AnimatorTableModel::SortRole),
                                            right.data(AnimatorTableModel::SortRole));
        order != 0) {
        return order < 0;
    }
    // Equal values: by name, so that ties stay in a stable, readable order.
    const AnimatorEntry& l = model->entry(left.row());
    const AnimatorEntry& r = model->entry(right.row());
    if (l.nameKey != r.nameKey) {
        return l.nameKey < r.nameKey;
    }
    return l.figures.personId < r.figures.personId;
}

} // namespace truc2
