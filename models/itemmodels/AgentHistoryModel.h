#pragma once

#include "storage/AgentHistoryStore.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QTimer>

namespace truc2 {

class School;

/// One line of an agent's history: a session they registered for, or one they animated.
struct AgentHistoryRow
{
    bool animating = false;
    HistorySession session;
    Participation participation; ///< When not animating.
    Animation animation;         ///< When animating.

    bool operator==(const AgentHistoryRow&) const = default;
};

/// The history of one person over a period (all time at first) as a table, newest first: each
/// session as a participant (registration, attendance, hours attended) and as an animator
/// (role, hours animated).
///
/// Changes to the sessions, registrations and attendance of that person read their history
/// again (once per burst of changes; changes to other people's sessions are let by), and rows
/// then come, go, move and change one by one. A new period resets the model.
class AgentHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Date,
        Times,
        Code,
        Action,
        Format,
        Role,         ///< Participant, or the animator's role.
        Status,       ///< The session's: planned, confirmed, held, cancelled.
        Registration, ///< Registered, waiting list (with the place), cancelled, walk-in.
        Attendance,   ///< The summary, with the half-days present when the sheet has them.
        Hours,        ///< Attended (participant) or animated (animator), held sessions only.
        ColumnCount
    };
    enum ItemRole
    {
        SortRole = Qt::UserRole + 1, ///< Raw values: start time, folded text, minutes, codes.
        SessionIdRole,
        AnimatingRole, ///< True on the rows of sessions the person animated.
        AttendedRole,  ///< True where the person was present at a held session.
    };

    /// Reads the person's whole history.
    AgentHistoryModel(School& school, qint64 personId, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    qint64 personId() const { return m_personId; }
    /// Shows another period (an invalid one: all time); resets the model.
    void setPeriod(const Period& period);
    Period period() const { return m_history.period; }
    /// Reads the history again now, rather than after the current burst of changes.
    void refresh();

    /// The person, as last read.
    const HistoryPerson& person() const { return m_history.person; }
    /// What was read: the totals of the period (sessionsAttended() …).
    const AgentHistory& history() const { return m_history; }
    const AgentHistoryRow& row(int row) const { return m_rows.at(row); }
    /// Why the last reading failed; empty when it did not.
    QString errorMessage() const { return m_error; }

    /// "12 sessions attended, 27 h of training; 3 sessions animated".
    static QString summaryText(const AgentHistory& history);
    /// "Registered", "Waiting list (no. 2)", "Cancelled", "Walk-in".
    static QString registrationLabel(const Participation& participation);
    /// "Present", "Present (3 of 4 half-days)", "Absent", "Excused", "Not recorded".
    static QString attendanceLabel(const Participation& participation);
    static QString roleLabel(AnimatorRole role);

Q_SIGNALS:
    /// The history was read again (rows, totals or the error may have changed).
    void refreshed();

private:
    Result<AgentHistory> read() const;
    static QList<AgentHistoryRow> rowsOf(const AgentHistory& history);
    void noteSession(qint64 sessionId);
    void scheduleRefresh();
    void refreshIfConcerned();
    void apply(QList<AgentHistoryRow> fresh);
    QVariant display(const AgentHistoryRow& r, int column) const;
    QVariant sortValue(const AgentHistoryRow& r, int column) const;
    QVariant toolTip(const AgentHistoryRow& r, int column) const;

    School& m_school;
    qint64 m_personId = 0;
    AgentHistory m_history;
    QList<AgentHistoryRow> m_rows;
    QString m_error;
    QSet<qint64> m_changedSessions; ///< Since the last reading.
    bool m_otherChange = false;     ///< The person, a name of the catalogue or a service.
    QTimer m_refreshTimer;
};

} // namespace truc2
