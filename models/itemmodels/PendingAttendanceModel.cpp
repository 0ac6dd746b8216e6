#include "itemmodels/PendingAttendanceModel.h"

#include "School.h"
#include "core/TextKey.h"

#include <QLocale>

namespace truc2 {

PendingAttendanceModel::PendingAttendanceModel(School& school, QObject* parent)
    : QAbstractTableModel(parent)
    , m_school(school)
{
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(0);
    connect(&m_refreshTimer, &QTimer::timeout, this, &PendingAttendanceModel::refresh);
    m_clock.setInterval(5 * 60 * 1000);
    connect(&m_clock, &QTimer::timeout, this, &PendingAttendanceModel::scheduleRefresh);

    SessionStore& sessions = school.sessions();
    connect(&sessions, &SessionStore::sessionInserted, this,
            &PendingAttendanceModel::scheduleRefresh);
    connect(&sessions, &SessionStore::sessionUpdated, this,
            &PendingAttendanceModel::scheduleRefresh);
    connect(&sessions, &SessionStore::sessionRemoved, this,
            &PendingAttendanceModel::scheduleRefresh);
    connect(&sessions, &SessionStore::registrationsChanged, this,
            &PendingAttendanceModel::scheduleRefresh);
    connect(&school.registrations(), &RegistrationStore::registrationsChanged, this,
            &PendingAttendanceModel::scheduleRefresh);
    connect(&school.catalogue(), &CatalogueStore::actionUpdated, this,
            &PendingAttendanceModel::scheduleRefresh);
}

void PendingAttendanceModel::setLookBackDays(int days)
{
    m_lookBackDays = std::max(1, days);
    if (m_loaded) {
        refresh();
    }
}

void PendingAttendanceModel::setNow(const QDateTime& now)
{
    m_now = now;
    if (m_loaded) {
        refresh();
    }
}

void PendingAttendanceModel::scheduleRefresh()
{
    if (m_loaded && !m_refreshTimer.isActive()) {
        m_refreshTimer.start();
    }
}

void PendingAttendanceModel::refresh()
{
    m_refreshTimer.stop();
    if (!m_loaded) {
        m_loaded = true;
        m_clock.start();
    }
    const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTime();
    const AttendanceStore store(m_school);
    Result<QList<PendingAttendance>> read = store.pending(now, now.date().addDays(-m_lookBackDays));
    if (!read) {
        m_error = read.errorMessage();
        Q_EMIT refreshed();
        return;
    }
    m_error.clear();
    const QList<PendingAttendance>& fresh = *read;
    QSet<qint64> freshIds;
    for (const PendingAttendance& p : fresh) {
        freshIds.insert(p.sessionId);
    }
    const auto removeRow = [this](int row) {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    };
    // Both lists are in the same order: walk them together, so that each row that stays keeps
    // its place and only what differs is told.
    int row = 0;
    for (const PendingAttendance& p : fresh) {
        while (row < m_rows.size() && !freshIds.contains(m_rows.at(row).sessionId)) {
            removeRow(row);
        }
        if (row < m_rows.size() && m_rows.at(row).sessionId == p.sessionId) {
            if (m_rows.at(row) != p) {
                m_rows[row] = p;
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
            ++row;
            continue;
        }
        // A session that moved: out of its old place, into its new one.
        for (int later = row + 1; later < m_rows.size(); ++later) {
            if (m_rows.at(later).sessionId == p.sessionId) {
                removeRow(later);
                break;
            }
        }
        beginInsertRows({}, row, row);
        m_rows.insert(row, p);
        endInsertRows();
        ++row;
    }
    if (row < m_rows.size()) {
        beginRemoveRows({}, row, int(m_rows.size()) - 1);
        m_rows.remove(row, m_rows.size() - row);
        endRemoveRows();
    }
    Q_EMIT refreshed();
}

int PendingAttendanceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PendingAttendanceModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 PendingAttendanceModel::sessionId(const QModelIndex& index) const
{
    return index.isValid() && index.row() < m_rows.size() ? m_rows.at(index.row()).sessionId : 0;
}

QString PendingAttendanceModel::missingText(const PendingAttendance& p) const
{
    const bool held = p.status == SessionStatus::Held;
    if (!held && p.unknown > 0) {
        return tr("Attendance of %n registrant(s), held status", nullptr, p.unknown);
    }
    if (!held) {
        return tr("Held status");
    }
    return tr("Attendance of %n registrant(s)", nullptr, p.unknown);
}

QVariant PendingAttendanceModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const PendingAttendance& p = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Date:
            return QLocale().toString(p.startsAt.date(), QStringLiteral("ddd dd/MM/yyyy"));
        case Code:
            return p.code;
        case Title:
            return p.actionTitle;
        case Registrants:
            return p.registrants;
        case Missing:
            return missingText(p);
        default:
            return {};
        }
    case SortRole:
        switch (index.column()) {
        case Date:
            return p.startsAt;
        case Code:
            return p.code;
        case Title:
            return foldedText(p.actionTitle);
        case Registrants:
            return p.registrants;
        default:
            return p.unknown;
        }
    case SessionIdRole:
        return p.sessionId;
    case Qt::ToolTipRole:
        return tr("%1 – %2, ended %3: double-click to enter its attendance")
            .arg(p.code, p.actionTitle,
                 QLocale().toString(p.endsAt, QStringLiteral("dd/MM/yyyy HH:mm")));
    case Qt::TextAlignmentRole:
        if (index.column() == Registrants) {
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        }
        return {};
    default:
        return {};
    }
}

QVariant PendingAttendanceModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Date:
        return tr("Date");
    case Code:
        return tr("Code");
    case Title:
        return tr("Action");
    case Registrants:
        return tr("Registrants");
    case Missing:
        return tr("To enter");
    default:
        return {};
    }
}

} // namespace truc2
