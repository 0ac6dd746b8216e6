#include "documents/ImpactReportSource.h"

#include "storage/SettingsStore.h"

namespace truc2 {

Result<ImpactReportInput> readImpactReport(const Database& database, const SettingsStore& settings,
                                           const Period& period, qint64 formatId,
                                           const QDate& issuedOn)
{
    Result<SchoolIdentity> identity = settings.identity();
    if (!identity) {
        return identity.error();
    }
    ImpactReportInput input;
    input.identity = *identity;
    input.issuedOn = issuedOn;
    Result<DashboardFigures> figures =
        DashboardCalculator(database, settings).compute(period, formatId);
    if (!figures) {
        return figures.error();
    }
    input.figures = std::move(*figures);
    return input;
}

} // namespace truc2
