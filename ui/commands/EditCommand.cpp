#include "commands/EditCommand.h"

#include <QUndoStack>

namespace truc2::ui {
namespace {

EditCommand::ErrorSink& errorSink()
{
    static EditCommand::ErrorSink sink;
    return sink;
}

} // namespace

EditCommand::EditCommand(const QString& text, QUndoCommand* parent)
    : QUndoCommand(text, parent)
{}

void EditCommand::setErrorSink(ErrorSink sink)
{
    errorSink() = std::move(sink);
}

void EditCommand::redo()
{
    run(apply());
}

void EditCommand::undo()
{
    run(revert());
}

void EditCommand::run(Status status)
{
    m_succeeded = status.ok();
    if (!m_succeeded) {
        setObsolete(true);
        if (errorSink()) {
            errorSink()(status.errorMessage());
        }
    }
}

bool pushEdit(QUndoStack& stack, EditCommand* command)
{
    // A command that fails in its first redo() marks itself obsolete: the stack deletes it
    // instead of adding it, and its index does not move.
    const int before = stack.index();
    stack.push(command);
    if (stack.index() > before) {
        return true;
    }
    // At an undo limit the oldest command leaves as this one comes in: the index stays put.
    return stack.undoLimit() > 0 && stack.index() > 0 &&
           stack.command(stack.index() - 1) == command;
}

} // namespace truc2::ui
