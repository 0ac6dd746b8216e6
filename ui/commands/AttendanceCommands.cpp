#include "commands/AttendanceCommands.h"

#include <algorithm>

namespace truc2::ui {

RecordAttendanceCommand::RecordAttendanceCommand(School& school, const AttendanceSheet& before,
                                                 const AttendanceChange& change,
                                                 const QString& text)
    : EditCommand(text)
    , m_store(school)
    , m_forward(change)
{
    // Undo: the values as read, the walk-ins withdrawn, the status as it was (filled in by
    // each save with what it left).
    m_backward.sessionId = change.sessionId;
    m_backward.halfDays = change.halfDays;
    for (const AttendanceMark& mark : change.marks) {
        const auto line = std::find_if(
            before.lines.cbegin(), before.lines.cend(),
            [&mark](const AttendanceLine& l) { return l.registrationId == mark.registrationId; });
        m_backward.marks.append(
            {mark.registrationId, 0,
             line != before.lines.cend()
                 ? line->halfDays
                 : QList<Attendance>(change.halfDays.size(), Attendance::Unknown)});
    }
}

Status RecordAttendanceCommand::run(const AttendanceChange& change, AttendanceChange& other)
{
    const Result<AttendanceSaved> saved = m_store.save(change);
    if (!saved) {
        if (m_refused) {
            m_refused(saved.errorMessage());
        }
        return saved.error();
    }
    for (AttendanceMark& mark : other.marks) {
        mark.rowVersion = saved->rowVersions.value(mark.registrationId);
    }
    other.sessionRowVersion = saved->sessionRowVersion;
    if (&other == &m_backward) {
        other.withdrawnWalkIns = saved->walkIns;
        other.status = saved->previousStatus;
    }
    return {};
}

Status RecordAttendanceCommand::apply()
{
    return run(m_forward, m_backward);
}

Status RecordAttendanceCommand::revert()
{
    return run(m_backward, m_forward);
}

} // namespace truc2::ui
