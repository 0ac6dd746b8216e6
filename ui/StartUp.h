#pragma once

#include "core/Result.h"

#include <QString>

#include <memory>

namespace truc2 {
class School;
}

namespace truc2::ui {

/// Opens the school at `databasePath`, a file or a server address (offering the demo or an
/// empty school when the file does not exist yet; asking how to connect when the server
/// refuses), shows the main window and runs until it closes. Returns the exit code.
int runWindow(const QString& databasePath);

/// Where the window starts without --database: the school opened last, when it is a server
/// or a file that is still there, else `defaultPath`.
QString startingLocation(const QString& defaultPath);

/// Creates a new school file: the demo school, or an empty one with its identity.
Result<std::unique_ptr<School>> createSchool(const QString& path, bool demo,
                                             const QString& organisation = {},
                                             const QString& schoolName = {}, int headcount = 0);

} // namespace truc2::ui
