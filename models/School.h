#pragma once

#include "core/Result.h"
#include "storage/AgentStore.h"
#include "storage/CatalogueStore.h"
#include "storage/ChangeFeed.h"
#include "storage/Database.h"
#include "storage/OrganisationStore.h"
#include "storage/RegistrationStore.h"
#include "storage/SessionStore.h"
#include "storage/SettingsStore.h"
#include "storage/SurveyStore.h"

#include <memory>

namespace truc2 {

/// An open school: its database and one store per aggregate. Screens, verbs and tests all
/// reach the data through one of these.
class School
{
public:
    static Result<std::unique_ptr<School>> open(const DatabaseOptions& options);
    explicit School(std::unique_ptr<Database> database);
    ~School();

    Database& database() { return *m_database; }
    const Database& database() const { return *m_database; }
    AgentStore& agents() { return *m_agents; }
    OrganisationStore& organisation() { return *m_organisation; }
    CatalogueStore& catalogue() { return *m_catalogue; }
    SessionStore& sessions() { return *m_sessions; }
    RegistrationStore& registrations() { return *m_registrations; }
    SettingsStore& settings() { return *m_settings; }
    SurveyStore& surveys() { return *m_surveys; }
    /// Other workstations' changes, on a shared school.
    ChangeFeed& changeFeed() { return *m_changeFeed; }
    const SettingsStore& settings() const { return *m_settings; }

private:
    // Declared first so that it is destroyed last, after the stores' prepared queries.
    std::unique_ptr<Database> m_database;
    std::unique_ptr<AgentStore> m_agents;
    std::unique_ptr<OrganisationStore> m_organisation;
    std::unique_ptr<CatalogueStore> m_catalogue;
    std::unique_ptr<SessionStore> m_sessions;
    std::unique_ptr<RegistrationStore> m_registrations;
    std::unique_ptr<SettingsStore> m_settings;
    std::unique_ptr<SurveyStore> m_surveys;
    std::unique_ptr<ChangeFeed> m_changeFeed;
};

} // namespace truc2
