#include "School.h"

namespace truc2 {

Result<std::unique_ptr<School>> School::open(const DatabaseOptions& options)
{
    Result<std::unique_ptr<Database>> database = Database::open(options);
    if (!database) {
        return database.error();
    }
    return std::make_unique<School>(std::move(database).value());
}

School::School(std::unique_ptr<Database> database)
    : m_database(std::move(database))
    , m_agents(std::make_unique<AgentStore>(*m_database))
    , m_organisation(std::make_unique<OrganisationStore>(*m_database))
    , m_catalogue(std::make_unique<CatalogueStore>(*m_database))
    , m_sessions(std::make_unique<SessionStore>(*m_database))
    , m_registrations(std::make_unique<RegistrationStore>(*m_database))
    , m_settings(std::make_unique<SettingsStore>(*m_database))
    , m_surveys(std::make_unique<SurveyStore>(*m_database, *m_sessions))
    , m_changeFeed(std::make_unique<ChangeFeed>(*this))
{}

School::~School() = default;

} // namespace truc2
