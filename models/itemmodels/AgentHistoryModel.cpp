#include "itemmodels/AgentHistoryModel.h"

#include "School.h"
#include "core/TextKey.h"
#include "documents/DocumentText.h"
#include "itemmodels/ProgrammeModel.h"

#include <QBrush>
#include <QFont>
#include <QLocale>
#include <QPalette>

#include <algorithm>

namespace truc2 {
namespace {

const QString kDateFormat = QStringLiteral("dd/MM/yyyy");
const QString kTimeFormat = QStringLiteral("HH:mm");

/// What identifies a row: the session, and whether the person animated it.
bool sameKey(const AgentHistoryRow& a, const AgentHistoryRow& b)
{
    return a.animating == b.animating && a.session.id == b.session.id;
}

/// Newest first; on one start, by code (descending, as read), the participation first.
bool before(const AgentHistoryRow& a, const AgentHistoryRow& b)
{
    if (a.session.startsAt != b.session.startsAt) {
        return a.session.startsAt > b.session.startsAt;
    }
    if (a.session.code != b.session.code) {
        return a.session.code > b.session.code;
    }
    return !a.animating && b.animating;
}

QString attendanceWord(Attendance attendance)
{
    switch (attendance) {
    case Attendance::Present:
        return AgentHistoryModel::tr("Present");
    case Attendance::Absent:
        return AgentHistoryModel::tr("Absent");
    case Attendance::Excused:
        return AgentHistoryModel::tr("Excused");
    case Attendance::Unknown:
        break;
    }
    return AgentHistoryModel::tr("Not recorded");
}

} // namespace

AgentHistoryModel::AgentHistoryModel(School& school, qint64 personId, QObject* parent)
    : QAbstractTableModel(parent)
    , m_school(school)
    , m_personId(personId)
{
    // Changes come in bursts (a whole attendance sheet, a series): read once after them.
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(0);
    connect(&m_refreshTimer, &QTimer::timeout, this, &AgentHistoryModel::refreshIfConcerned);

    SessionStore& sessions = school.sessions();
    for (auto signal : {&SessionStore::sessionInserted, &SessionStore::sessionUpdated,
                        &SessionStore::sessionRemoved, &SessionStore::registrationsChanged}) {
        connect(&sessions, signal, this, &AgentHistoryModel::noteSession);
    }
    connect(&school.registrations(), &RegistrationStore::registrationsChanged, this,
            &AgentHistoryModel::noteSession);
    connect(&school.agents(), &AgentStore::agentUpdated, this, [this](qint64 id) {
        if (id == m_personId) {
            m_otherChange = true;
            scheduleRefresh();
        }
    });
    const auto anyChange = [this] {
        m_otherChange = true;
        scheduleRefresh();
    };
    connect(&school.agents(), &AgentStore::reset, this, anyChange);
    connect(&school.organisation(), &OrganisationStore::changed, this, anyChange);
    connect(&school.catalogue(), &CatalogueStore::formatUpdated, this, anyChange);
    connect(&school.catalogue(), &CatalogueStore::actionUpdated, this, anyChange);

    setPeriod(Period{});
}

QString AgentHistoryModel::summaryText(const AgentHistory& history)
{
    const QString attended =
        tr("%n session(s) attended", nullptr, history.sessionsAttended()) +
        (history.sessionsAttended() > 0
             ? tr(", %1 of training", "hours").arg(hoursText(history.minutesAttended()))
             : QString());
    return tr("%1; %2", "sessions attended; sessions animated")
        .arg(attended, tr("%n session(s) animated", nullptr, history.sessionsAnimated()));
}

QString AgentHistoryModel::registrationLabel(const Participation& p)
{
    switch (p.status) {
    case RegistrationStatus::Registered:
        return tr("Registered");
    case RegistrationStatus::Waitlisted:
        return p.waitingPosition > 0
                   ? tr("Waiting list (no. %1)", "place on the waiting list").arg(p.waitingPosition)
                   : tr("Waiting list");
    case RegistrationStatus::Cancelled:
        return tr("Cancelled");
    case RegistrationStatus::WalkIn:
        return tr("Walk-in");
    }
    return {};
}

QString AgentHistoryModel::attendanceLabel(const Participation& p)
{
    const bool seated =
        p.status == RegistrationStatus::Registered || p.status == RegistrationStatus::WalkIn;
    if (p.attendance == Attendance::Unknown &&
        (p.session.status != SessionStatus::Held || !seated)) {
        return {}; // nothing to record yet, or ever
    }
    const QString word = attendanceWord(p.attendance);
    const HalfDayTally tally = tallyHalfDays(p.session.asSession(), p.halfDays);
    if (p.attendance != Attendance::Present || !tally.partial()) {
        return word;
    }
    return tr("%1 (%2 of %n half-day(s))", "present (3 of 4 half-days)", tally.total)
        .arg(word)
        .arg(tally.present);
}

QString AgentHistoryModel::roleLabel(AnimatorRole role)
{
    switch (role) {
    case AnimatorRole::Animator:
        return tr("Animator");
    case AnimatorRole::CoAnimator:
        return tr("Co-animator");
    case AnimatorRole::Speaker:
        return tr("Speaker");
    }
    return {};
}

Result<AgentHistory> AgentHistoryModel::read() const
{
    return AgentHistoryStore(m_school.database(), m_school.settings())
        .history(m_personId, m_history.period);
}

QList<AgentHistoryRow> AgentHistoryModel::rowsOf(const AgentHistory& history)
{
    QList<AgentHistoryRow> rows;
    rows.reserve(history.participations.size() + history.animations.size());
    for (const Participation& p : history.participations) {
        AgentHistoryRow r;
        r.session = p.session;
        r.participation = p;
        rows.append(std::move(r));
    }
    for (const Animation& a : history.animations) {
        AgentHistoryRow r;
        r.animating = true;
        r.session = a.session;
        r.animation = a;
        rows.append(std::move(r));
    }
    std::stable_sort(rows.begin(), rows.end(), before);
    return rows;
}

void AgentHistoryModel::noteSession(qint64 sessionId)
{
    m_changedSessions.insert(sessionId);
    scheduleRefresh();
}

void AgentHistoryModel::scheduleRefresh()
{
    if (!m_refreshTimer.isActive()) {
        m_refreshTimer.start();
    }
}

void AgentHistoryModel::refreshIfConcerned()
{
    // Past a few sessions (an import, a series), reading the history is cheaper than asking.
    constexpr qsizetype kAskedAtMost = 16;
    bool concerned = m_otherChange || m_changedSessions.size() > kAskedAtMost;
    const AgentHistoryStore store(m_school.database(), m_school.settings());
    for (auto id = m_changedSessions.cbegin(); !concerned && id != m_changedSessions.cend(); ++id) {
        concerned = std::any_of(m_rows.cbegin(), m_rows.cend(),
                                [id](const AgentHistoryRow& r) { return r.session.id == *id; });
        if (!concerned) {
            const Result<bool> involved = store.involves(m_personId, *id);
            concerned = !involved || *involved; // when in doubt, read again
        }
    }
    if (concerned) {
        refresh();
    } else {
        m_changedSessions.clear();
    }
}

void AgentHistoryModel::setPeriod(const Period& period)
{
    m_refreshTimer.stop();
    m_changedSessions.clear();
    m_otherChange = false;
    beginResetModel();
    m_history.period = period.isValid() ? period : Period{};
    m_rows.clear();
    Result<AgentHistory> read = this->read();
    if (read) {
        m_error.clear();
        m_history = std::move(read).value();
        m_rows = rowsOf(m_history);
    } else {
        m_error = read.errorMessage();
        const Period kept = m_history.period;
        m_history = AgentHistory();
        m_history.period = kept;
    }
    endResetModel();
    Q_EMIT refreshed();
}

void AgentHistoryModel::refresh()
{
    m_refreshTimer.stop();
    m_changedSessions.clear();
    m_otherChange = false;
    Result<AgentHistory> read = this->read();
    if (!read) {
        // Keep what was shown; the dialog says the history could not be read again.
        m_error = read.errorMessage();
        Q_EMIT refreshed();
        return;
    }
    m_error.clear();
    m_history = std::move(read).value();
    apply(rowsOf(m_history));
    Q_EMIT refreshed();
}

void AgentHistoryModel::apply(QList<AgentHistoryRow> fresh)
{
    // Rows that are no longer there go, a run at a time.
    const auto inFresh = [&fresh](const AgentHistoryRow& r) {
        return std::any_of(fresh.cbegin(), fresh.cend(),
                           [&r](const AgentHistoryRow& f) { return sameKey(f, r); });
    };
    for (int last = int(m_rows.size()) - 1; last >= 0;) {
        if (inFresh(m_rows.at(last))) {
            --last;
            continue;
        }
        int first = last;
        while (first > 0 && !inFresh(m_rows.at(first - 1))) {
            --first;
        }
        beginRemoveRows({}, first, last);
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
        last = first - 1;
    }
    // Then, in the new order: each row stays and changes, moves up to its place, or comes.
    for (int i = 0; i < fresh.size(); ++i) {
        AgentHistoryRow& wanted = fresh[i];
        if (i < m_rows.size() && sameKey(m_rows.at(i), wanted)) {
            if (!(m_rows.at(i) == wanted)) {
                m_rows[i] = std::move(wanted);
                Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
            }
            continue;
        }
        int found = -1;
        for (int j = i + 1; j < m_rows.size(); ++j) {
            if (sameKey(m_rows.at(j), wanted)) {
                found = j;
                break;
            }
        }
        if (found >= 0) {
            beginMoveRows({}, found, found, {}, i);
            m_rows.move(found, i);
            endMoveRows();
            if (!(m_rows.at(i) == wanted)) {
                m_rows[i] = std::move(wanted);
                Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
            }
        } else {
            beginInsertRows({}, i, i);
            m_rows.insert(i, std::move(wanted));
            endInsertRows();
        }
    }
}

int AgentHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AgentHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgentHistoryModel::display(const AgentHistoryRow& r, int column) const
{
    const HistorySession& s = r.session;
    switch (column) {
    case Date:
        if (s.startsAt.date() == s.endsAt.date()) {
            return s.startsAt.date().toString(kDateFormat);
        }
        return tr("%1 – %2", "first and last day")
            .arg(s.startsAt.date().toString(kDateFormat), s.endsAt.date().toString(kDateFormat));
    case Times:
        return tr("%1–%2", "start and end times")
            .arg(s.startsAt.time().toString(kTimeFormat), s.endsAt.time().toString(kTimeFormat));
    case Code:
        return s.code;
    case Action:
        return s.actionTitle;
    case Format:
        return s.formatName;
    case Role:
        return r.animating ? roleLabel(r.animation.role) : tr("Participant");
    case Status:
        return ProgrammeModel::statusLabel(s.status);
    case Registration:
        return r.animating ? QString() : registrationLabel(r.participation);
    case Attendance:
        return r.animating ? QString() : attendanceLabel(r.participation);
    case Hours: {
        const int minutes = r.animating ? (r.animation.counts() ? r.animation.minutes : 0)
                                        : r.participation.minutesAttended;
        return minutes > 0 ? hoursText(minutes) : QString();
    }
    default:
        return {};
    }
}

QVariant AgentHistoryModel::sortValue(const AgentHistoryRow& r, int column) const
{
    const HistorySession& s = r.session;
    switch (column) {
    case Date:
        return s.startsAt.toMSecsSinceEpoch();
    case Times:
        return s.startsAt.time().msecsSinceStartOfDay();
    case Code:
        return s.code;
    case Action:
        return foldedText(s.actionTitle);
    case Format:
        return foldedText(s.formatName);
    case Role:
        return r.animating ? 1 + int(r.animation.role) : 0;
    case Status:
        return int(s.status);
    case Registration:
        return r.animating ? -1
                           : int(r.participation.status) * 10000 + r.participation.waitingPosition;
    case Attendance:
        return r.animating ? -1 : int(r.participation.attendance);
    case Hours:
        return r.animating ? (r.animation.counts() ? r.animation.minutes : 0)
                           : r.participation.minutesAttended;
    default:
        return {};
    }
}

QVariant AgentHistoryModel::toolTip(const AgentHistoryRow& r, int column) const
{
    switch (column) {
    case Action:
        return r.session.location.isEmpty()
                   ? QVariant()
                   : tr("%1, %2", "action, place").arg(r.session.actionTitle, r.session.location);
    case Attendance: {
        if (r.animating || r.participation.halfDays.isEmpty()) {
            return {};
        }
        const QLocale locale;
        QStringList lines;
        for (const HalfDayAttendance& h : r.participation.halfDays) {
            lines << tr("%1 %2: %3", "day, half, attendance")
                         .arg(locale.toString(h.halfDay.day, QStringLiteral("ddd dd/MM")),
                              h.halfDay.half == HalfDay::Morning ? tr("morning") : tr("afternoon"),
                              attendanceWord(h.attendance));
        }
        return lines.join(QLatin1Char('\n'));
    }
    case Hours:
        if (r.animating) {
            return r.animation.counts() ? tr("Hours animated") : QVariant();
        }
        return r.participation.minutesAttended > 0 ? tr("Hours attended") : QVariant();
    default:
        return {};
    }
}

QVariant AgentHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const AgentHistoryRow& r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(r, index.column());
    case SortRole:
        return sortValue(r, index.column());
    case SessionIdRole:
        return r.session.id;
    case AnimatingRole:
        return r.animating;
    case AttendedRole:
        return !r.animating && r.participation.attended();
    case Qt::ToolTipRole:
        return toolTip(r, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == Hours) {
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        }
        return {};
    case Qt::FontRole:
        if (r.animating && index.column() == Role) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole: {
        // What did not or will not happen is greyed: cancelled sessions and registrations,
        // waiting lists.
        const bool dim =
            r.session.status == SessionStatus::Cancelled ||
            (!r.animating && (r.participation.status == RegistrationStatus::Cancelled ||
                              r.participation.status == RegistrationStatus::Waitlisted));
        if (dim) {
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        }
        return {};
    }
    default:
        return {};
    }
}

QVariant AgentHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Role:
            return tr("Participant, or their role as an animator");
        case Status:
            return tr("Status of the session");
        case Attendance:
            return tr("Attendance recorded on the sheet; hover for the half-days");
        case Hours:
            return tr("Hours attended, or animated, of held sessions");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Date:
        return tr("Date");
    case Times:
        return tr("Times");
    case Code:
        return tr("Session");
    case Action:
        return tr("Action");
    case Format:
        return tr("Format");
    case Role:
        return tr("Role");
    case Status:
        return tr("Status");
    case Registration:
        return tr("Registration");
    case Attendance:
        return tr("Attendance");
    case Hours:
        return tr("Hours");
    default:
        return {};
    }
}

} // namespace truc2
