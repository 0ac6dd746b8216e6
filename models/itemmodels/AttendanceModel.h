#pragma once

#include "domain/Agent.h"
#include "storage/AttendanceStore.h"

#include <QAbstractTableModel>
#include <QSet>

namespace truc2 {

/// A session's attendance checklist being filled in: one row per registrant in the order of the
/// printed sheet, the name and the direction / service, then one column per half-day whose
/// value (present, absent, excused, or not entered) is edited through setData() with
/// Qt::EditRole and an Attendance as int. Walk-ins join in sheet order. Nothing is saved here:
/// change() gives what differs from the sheet as read, for AttendanceStore::save().
class AttendanceModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Affiliation,
        FirstHalfDay, ///< One column per half-day from here on.
        FixedColumnCount = FirstHalfDay
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, ///< Folded name, or the attendance as int.
        AttendanceRole,              ///< The Attendance of a half-day cell, as int.
        RegistrationIdRole,          ///< 0 for a walk-in not saved yet.
        PersonIdRole,
        WalkInRole, ///< bool
    };

    explicit AttendanceModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// Shows a sheet as read (resets the model; nothing is changed any more).
    void setSheet(const AttendanceSheet& sheet);
    /// The sheet as read.
    const AttendanceSheet& sheet() const { return m_sheet; }
    const QList<HalfDay>& halfDays() const { return m_sheet.halfDays; }
    const QList<AttendanceLine>& lines() const { return m_lines; }
    /// Stops every edit (a cancelled session, a read-only school).
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    /// The half-day of a column, or -1 for the name and direction columns.
    static int halfDayOf(int column) { return column >= FirstHalfDay ? column - FirstHalfDay : -1; }
    static int columnOf(int halfDay) { return FirstHalfDay + halfDay; }
    Attendance attendance(int row, int halfDay) const;
    bool setAttendance(int row, int halfDay, Attendance value);
    /// Every half-day of every registrant present: the start of most checklists.
    void setAllPresent();

    /// Adds an agent who came without registering, present on every half-day, at their place
    /// in sheet order; returns the row, or -1 when they are on the sheet already.
    int addWalkIn(const AgentRow& agent);
    /// Takes back a walk-in added here and not saved yet; false for any other row.
    bool removeWalkIn(int row);
    /// Who is on the sheet (registrants and walk-ins): not to be offered as walk-ins.
    QSet<qint64> personIds() const;

    /// Whether anything differs from the sheet as read.
    bool isDirty() const { return m_dirty; }
    /// What differs from the sheet as read: a mark for each registrant whose values changed,
    /// each walk-in added here. Without a status change.
    AttendanceChange change() const;

    struct Counts
    {
        int registered = 0; ///< Registrants who registered (not walk-ins).
        int present = 0;    ///< Of those, present at least one half-day.
        int absent = 0;
        int excused = 0;
        int unknown = 0;
        int walkIns = 0; ///< Walk-ins present at least one half-day.
    };
    /// The registrants by their summary (attendanceSummary) as the checklist stands.
    Counts counts() const;

    /// "✓ Present", "Absent", "Excused", "–" for not entered.
    static QString attendanceText(Attendance value);
    /// The next value for a click or Space: present, absent, excused, present again.
    static Attendance cycled(Attendance value);

Q_SIGNALS:
    /// The checklist changed (a value, a walk-in) or was read again.
    void edited();
    void dirtyChanged(bool dirty);

private:
    void updateDirty();
    QVariant halfDayData(const AttendanceLine& line, int halfDay, int role) const;

    AttendanceSheet m_sheet;
    QList<AttendanceLine> m_lines;
    QHash<qint64, QList<Attendance>> m_read; ///< Registration → half-days as read.
    bool m_readOnly = false;
    bool m_dirty = false;
};

} // namespace truc2
