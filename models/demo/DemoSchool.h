#pragma once

#include "core/Result.h"

#include <functional>

namespace truc2 {

class School;

struct DemoOptions
{
    int agents = 600; ///< Permanent active agents.
    /// 0: the published school, September 2019 to December 2021, whose held sessions give
    /// exactly the municipality's published figures. N > 0: a large municipality of the same
    /// shape (sessions scaled by agents / 600) over N school years from September 2019.
    int years = 0;
};

/// Fills an empty school (no person, format or direction yet) with the deterministic demo
/// school: the same options always give the same database. Everything is written in one
/// transaction; nothing is left on failure. `progress` is called now and then, cheaply.
Status buildDemoSchool(School& school, const DemoOptions& options,
                       const std::function<void(int done, int total)>& progress = {});

} // namespace truc2
