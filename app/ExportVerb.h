#pragma once

namespace truc2::cli {

struct GlobalOptions;

/// truc2 export agents|sessions|registrations|responses --format csv|xlsx --out FILE
/// [--from YYYY-MM-DD --to YYYY-MM-DD]
int runExport(const GlobalOptions& options);

} // namespace truc2::cli
