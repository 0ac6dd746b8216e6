#pragma once

#include "core/Result.h"
#include "demo/DemoPeople.h"
#include "demo/DemoPlan.h"

#include <QList>

#include <functional>

namespace truc2 {
class School;
}

namespace truc2::demo {

/// Writes the planned programme, in its order: sessions with their animators, then their
/// registrations (the right agents for each format: cycle groups for exam preparations,
/// members for the managers' community) and anonymous survey answers. `progress` gets the
/// number of sessions written.
Status saveProgramme(School& school, const Directory& directory, const QList<PlannedSession>& plan,
                     const QList<qint64>& formatIds, const QList<qint64>& actionIds,
                     const std::function<void(int)>& progress);

} // namespace truc2::demo
