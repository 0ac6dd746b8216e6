#pragma once

#include "core/Result.h"
#include "documents/ImpactReportContent.h"

namespace truc2 {

class Database;
class SettingsStore;

/// What the impact report of a period prints, read from the school: its identity and the
/// dashboard's figures (all formats, or only `formatId` when it is not 0). The charts are the
/// ui's to add.
Result<ImpactReportInput> readImpactReport(const Database& database, const SettingsStore& settings,
                                           const Period& period, qint64 formatId,
                                           const QDate& issuedOn);

} // namespace truc2
