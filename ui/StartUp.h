#pragma once

#include "core/Result.h"

#include <QString>

#include <memory>

namespace truc2 {
class School;
}

namespace truc2::ui {

/// Opens the school at `databasePath` (offering the demo or an empty school when the file does
/// not exist yet), shows the main window and runs until it closes. Returns the exit code.
int runWindow(const QString& databasePath);

/// Creates a new school file: the demo school, or an empty one with its identity.
Result<std::unique_ptr<School>> createSchool(const QString& path, bool demo,
                                             const QString& organisation = {},
                                             const QString& schoolName = {}, int headcount = 0);

} // namespace truc2::ui
