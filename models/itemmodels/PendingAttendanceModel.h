#pragma once

#include "storage/AttendanceStore.h"

#include <QAbstractTableModel>
#include <QTimer>

namespace truc2 {

class School;

/// The past sessions whose attendance is still to be entered (AttendanceStore::pending says
/// which), latest first, over the last lookBackDays() days. Any change to sessions or
/// registrations reads the list again once per burst of changes, and so does the passing of
/// time (a session that just ended joins); rows then come, go, move and change one by one.
/// Nothing is read before refresh() is first called.
class PendingAttendanceModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Date,
        Code,
        Title,
        Registrants,
        Missing, ///< What is still to enter: attendance, the held status, or both.
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, ///< Raw values: start time, text, counts.
        SessionIdRole,
    };

    explicit PendingAttendanceModel(School& school, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// How far back sessions count (365 days by default): older ones are taken as given up.
    int lookBackDays() const { return m_lookBackDays; }
    void setLookBackDays(int days);
    /// The moment sessions must have ended by; an invalid time (the default) means the moment
    /// of each reading. For tests.
    void setNow(const QDateTime& now);

    /// Reads the list again now (the first time: reads it).
    void refresh();
    bool isLoaded() const { return m_loaded; }
    const PendingAttendance& pending(int row) const { return m_rows.at(row); }
    qint64 sessionId(const QModelIndex& index) const;
    /// Why the last reading failed; empty when it did not.
    QString errorMessage() const { return m_error; }

Q_SIGNALS:
    void refreshed();

private:
    void scheduleRefresh();
    QString missingText(const PendingAttendance& p) const;

    School& m_school;
    QList<PendingAttendance> m_rows;
    QDateTime m_now;
    int m_lookBackDays = 365;
    QString m_error;
    bool m_loaded = false;
    QTimer m_refreshTimer;
    QTimer m_clock; ///< Sessions end as time passes.
};

} // namespace truc2
