#pragma once

#include "commands/EditCommand.h"
#include "storage/SurveyStore.h"

namespace truc2::ui {

/// A survey import, made before the command is pushed (with its progress and cancel): undo
/// removes the import and its responses, redo puts the same responses back.
class SurveyImportCommand : public EditCommand
{
public:
    SurveyImportCommand(SurveyStore& store, SurveyImportData imported);

    /// The import's id now (a redo gives it a new one).
    qint64 importId() const { return m_data.record.id; }

protected:
    Status apply() override;
    Status revert() override;

private:
    SurveyStore& m_store;
    SurveyImportData m_data;
    bool m_done = true; ///< The first redo finds the import made.
};

} // namespace truc2::ui
