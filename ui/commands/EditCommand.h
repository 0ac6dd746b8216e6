#pragma once

#include "core/Result.h"

#include <QUndoCommand>

#include <functional>

class QUndoStack;

namespace truc2::ui {

/// A user edit that the Edit menu can undo. Subclasses do the change in apply() and take it
/// back in revert(); when either fails (another workstation changed the row, the database is
/// busy …) the user is told why and the command leaves the stack, so that the stack never
/// claims a state the database does not have.
class EditCommand : public QUndoCommand
{
public:
    using ErrorSink = std::function<void(const QString& message)>;

    explicit EditCommand(const QString& text, QUndoCommand* parent = nullptr);

    /// Where failures are reported (the main window shows a message box).
    static void setErrorSink(ErrorSink sink);

    void redo() final;
    void undo() final;

    /// False when the last redo() or undo() failed.
    bool succeeded() const { return m_succeeded; }

protected:
    virtual Status apply() = 0;
    virtual Status revert() = 0;

private:
    void run(Status status);

    bool m_succeeded = true;
};

/// Pushes an edit on the stack and says whether it was made. A failed edit has already been
/// reported and deleted by the stack: do not touch the command after a false answer.
bool pushEdit(QUndoStack& stack, EditCommand* command);

} // namespace truc2::ui
