#pragma once

#include "commands/EditCommand.h"

#include <functional>

namespace truc2::ui {

/// An edit given as two functions, for simple changes whose undo is another store call
/// (rename back, reactivate …).
class FunctionCommand : public EditCommand
{
public:
    using Step = std::function<Status()>;

    FunctionCommand(const QString& text, Step apply, Step revert)
        : EditCommand(text)
        , m_apply(std::move(apply))
        , m_revert(std::move(revert))
    {}

protected:
    Status apply() override { return m_apply(); }
    Status revert() override { return m_revert(); }

private:
    Step m_apply;
    Step m_revert;
};

} // namespace truc2::ui
