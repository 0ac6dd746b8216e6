#pragma once

#include "commands/EditCommand.h"
#include "storage/AttendanceStore.h"

#include <functional>

namespace truc2::ui {

/// Records a session's attendance as one edit: the registrants' values, the walk-ins and the
/// held status. Undo puts the previous values back, takes the walk-ins away (a registration
/// taken over becomes again what it was) and restores the status; redo records them again.
/// Each direction states the row versions the other left, so that a change made meanwhile on
/// another workstation is refused rather than overwritten.
class RecordAttendanceCommand : public EditCommand
{
public:
    /// `before` is the sheet `change` was made from (its values are what undo restores).
    RecordAttendanceCommand(School& school, const AttendanceSheet& before,
                            const AttendanceChange& change, const QString& text);

    /// Called with the reason whenever a direction is refused (the panel shows it too).
    void setRefusalSink(std::function<void(const QString&)> sink) { m_refused = std::move(sink); }

protected:
    Status apply() override;
    Status revert() override;

private:
    /// Saves `change`, then gives `other` the versions the save left.
    Status run(const AttendanceChange& change, AttendanceChange& other);

    AttendanceStore m_store;
    AttendanceChange m_forward;
    AttendanceChange m_backward;
    std::function<void(const QString&)> m_refused;
};

} // namespace truc2::ui
