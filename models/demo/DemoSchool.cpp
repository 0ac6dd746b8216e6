#include "demo/DemoSchool.h"

#include "School.h"
#include "demo/DemoData.h"
#include "demo/DemoPeople.h"
#include "demo/DemoPlan.h"
#include "demo/DemoSessions.h"

#include <QCoreApplication>

#include <cmath>

using namespace Qt::StringLiterals;

namespace truc2 {
namespace {

using namespace demo;

// Fixed seeds: the same options always give the same school.
constexpr quint32 kPeopleSeed = 20190916;
constexpr quint32 kPlanSeed = 20200317;

/// The translation context of the demo school's messages.
struct DemoSchoolText
{
    Q_DECLARE_TR_FUNCTIONS(DemoSchool)
};

Status saveSettings(School& school, int headcount, int firstYear, int lastYear)
{
    if (Status ok = school.settings().setIdentity(
            {u"Ville de Caluire-et-Cuire"_s, u"TRUC²"_s, QByteArray()});
        !ok) {
        return ok;
    }
    for (int year = firstYear; year <= lastYear; ++year) {
        if (Status ok = school.settings().setHeadcount(year, headcount); !ok) {
            return ok;
        }
    }
    return {};
}

Status saveCatalogue(School& school, QList<qint64>& formatIds, QList<qint64>& actionIds)
{
    for (const Format& format : formatSpecs()) {
        const Result<qint64> id = school.catalogue().insertFormat(format);
        if (!id) {
            return id.error();
        }
        formatIds.append(*id);
    }
    for (const ActionSpec& spec : actionSpecs()) {
        Action action = spec.action;
        action.formatId = formatIds[spec.action.formatId];
        const Result<qint64> id = school.catalogue().insertAction(action);
        if (!id) {
            return id.error();
        }
        actionIds.append(*id);
    }
    return {};
}

} // namespace

Status buildDemoSchool(School& school, const DemoOptions& options,
                       const std::function<void(int done, int total)>& progress)
{
    const bool published = options.years == 0;
    if (options.years < 0 || options.years > 50) {
        return Error{DemoSchoolText::tr("The demo school covers 1 to 50 years.")};
    }
    if (options.agents < (published ? 200 : 50) || options.agents > 1'000'000) {
        return Error{
            published ? DemoSchoolText::tr("The published demo school needs at least 200 agents.")
                      : DemoSchoolText::tr("A demo school has 50 to 1,000,000 agents.")};
    }
    const Result<QList<Format>> formats = school.catalogue().formats();
    const Result<QList<Direction>> directions = school.organisation().directions();
    if (!formats || !directions) {
        return formats ? directions.error() : formats.error();
    }
    if (school.agents().count() > 0 || !formats->isEmpty() || !directions->isEmpty()) {
        return Error{
            DemoSchoolText::tr("The demo school can only be created in an empty database: this one "
                               "already has agents, formats or directions.")};
    }

    const double scale = options.agents / 600.0;
    DemoRandom planRandom(kPlanSeed);
    const PlanInput input = published ? publishedPlan() : largePlan(options.years, scale);
    const Result<QList<PlannedSession>> plan = planSessions(input, planRandom);
    if (!plan) {
        return plan.error();
    }
    DirectorySize size;
    size.activeAgents = options.agents;
    size.leftAgents = int(std::lround(25 * scale));
    size.externals = input.externals;
    size.volunteers = input.volunteers;
    size.managers = std::max(12, int(std::lround(35 * scale)));
    size.sectorsPerService = published ? 1 : std::max(1, int(std::lround(std::sqrt(scale))));
    DemoRandom peopleRandom(kPeopleSeed);
    Directory directory = planDirectory(size, peopleRandom);

    const int people = int(directory.people.size() + directory.externals.size());
    const int total = people + int(plan->size());
    const auto report = [&](int done) {
        if (progress) {
            progress(done, total);
        }
    };
    report(0);
    Status done = school.database().transaction([&]() -> Status {
        const int lastYear = published ? 2021 : 2019 + options.years;
        if (Status ok = saveSettings(school, options.agents, 2019, lastYear); !ok) {
            return ok;
        }
        if (Status ok = saveDirectory(school, directory, report); !ok) {
            return ok;
        }
        QList<qint64> formatIds;
        QList<qint64> actionIds;
        if (Status ok = saveCatalogue(school, formatIds, actionIds); !ok) {
            return ok;
        }
        // The managers' community registers its members only.
        QList<qint64> managers;
        managers.reserve(directory.managers.size());
        for (int i : std::as_const(directory.managers)) {
            managers.append(directory.people[i].agent.id);
        }
        if (Status ok = school.catalogue().addMembers(formatIds[CM], managers); !ok) {
            return ok;
        }
        return saveProgramme(school, directory, *plan, formatIds, actionIds,
                             [&](int written) { report(people + written); });
    });
    if (done) {
        Q_EMIT school.agents().reset();
        report(total);
    }
    return done;
}

} // namespace truc2
