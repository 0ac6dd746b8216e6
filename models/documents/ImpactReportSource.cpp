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
    // Until the dashboard's calculator is there, the figures of the period and of the same
    // dates a year earlier; the other parts of the dashboard stay empty.
    const FiguresCalculator calculator(database, settings);
    Result<PeriodFigures> current = calculator.compute(period, formatId);
    if (!current) {
        return current.error();
    }
    Result<PeriodFigures> previous =
        calculator.compute({period.from.addYears(-1), period.to.addYears(-1)}, formatId);
    if (!previous) {
        return previous.error();
    }
    input.figures.formatId = formatId;
    input.figures.current = *current;
    input.figures.previous = *previous;
    input.figures.training.hoursPerDay = settings.hoursPerDay();
    return input;
}

} // namespace truc2
