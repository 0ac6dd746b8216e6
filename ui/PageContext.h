#pragma once

class QUndoStack;

namespace truc2 {
class School;
}

namespace truc2::ui {

/// What every page of the main window works with: the open school, the one undo stack of the
/// window, and whether edits are allowed at all.
struct PageContext
{
    School& school;
    QUndoStack& undoStack;
    bool readOnly = false;
};

} // namespace truc2::ui
