#include "storage/ChangeFeed.h"

#include "School.h"
#include "storage/SqlError.h"

#include <QSqlQuery>

namespace truc2 {
namespace {

const QString kChannel = QStringLiteral("truc2");

// The kinds of change, as they travel in a payload "table:kind:id".
const QString kInsert = QStringLiteral("insert");
const QString kUpdate = QStringLiteral("update");
const QString kRemove = QStringLiteral("remove");
const QString kReset = QStringLiteral("reset");

} // namespace

ChangeFeed::ChangeFeed(School& school, QObject* parent)
    : QObject(parent)
    , m_school(school)
{
    Database& db = school.database();
    if (db.dialect().notifyStatement().isEmpty()) {
        return;
    }
    QSqlDriver* driver = db.connection().driver();
    m_listening = driver->subscribeToNotification(kChannel);
    connect(driver, &QSqlDriver::notification, this, &ChangeFeed::receive);

    const auto on = [this](auto* store, auto signal, const QString& table, const QString& kind) {
        connect(store, signal, this, [this, table, kind](qint64 id) { publish(table, kind, id); });
    };
    AgentStore* agents = &school.agents();
    on(agents, &AgentStore::agentInserted, QStringLiteral("person"), kInsert);
    on(agents, &AgentStore::agentUpdated, QStringLiteral("person"), kUpdate);
    on(agents, &AgentStore::agentRemoved, QStringLiteral("person"), kRemove);
    connect(agents, &AgentStore::reset, this,
            [this] { publish(QStringLiteral("person"), kReset, 0); });
    CatalogueStore* catalogue = &school.catalogue();
    on(catalogue, &CatalogueStore::formatInserted, QStringLiteral("format"), kInsert);
    on(catalogue, &CatalogueStore::formatUpdated, QStringLiteral("format"), kUpdate);
    on(catalogue, &CatalogueStore::formatRemoved, QStringLiteral("format"), kRemove);
    on(catalogue, &CatalogueStore::actionInserted, QStringLiteral("action"), kInsert);
    on(catalogue, &CatalogueStore::actionUpdated, QStringLiteral("action"), kUpdate);
    on(catalogue, &CatalogueStore::actionRemoved, QStringLiteral("action"), kRemove);
    on(catalogue, &CatalogueStore::membersChanged, QStringLiteral("format_member"), kUpdate);
    SessionStore* sessions = &school.sessions();
    on(sessions, &SessionStore::sessionInserted, QStringLiteral("session"), kInsert);
    on(sessions, &SessionStore::sessionUpdated, QStringLiteral("session"), kUpdate);
    on(sessions, &SessionStore::sessionRemoved, QStringLiteral("session"), kRemove);
    on(sessions, &SessionStore::registrationsChanged, QStringLiteral("registration"), kUpdate);
    on(&school.registrations(), &RegistrationStore::registrationsChanged,
       QStringLiteral("registration"), kUpdate);
    connect(sessions, &SessionStore::responsesChanged, this,
            [this] { publish(QStringLiteral("survey_response"), kReset, 0); });
    SurveyStore* surveys = &school.surveys();
    on(surveys, &SurveyStore::importInserted, QStringLiteral("survey_import"), kInsert);
    on(surveys, &SurveyStore::importRemoved, QStringLiteral("survey_import"), kRemove);
    connect(surveys, &SurveyStore::templatesChanged, this,
            [this] { publish(QStringLiteral("survey_template"), kReset, 0); });
    connect(&school.organisation(), &OrganisationStore::changed, this,
            [this] { publish(QStringLiteral("service"), kReset, 0); });
    connect(&school.settings(), &SettingsStore::changed, this,
            [this] { publish(QStringLiteral("setting"), kReset, 0); });
}

void ChangeFeed::publish(const QString& table, const QString& kind, qint64 id)
{
    if (m_replaying || m_school.database().isReadOnly()) {
        return;
    }
    QSqlQuery query(m_school.database().connection());
    query.prepare(m_school.database().dialect().notifyStatement());
    query.bindValue(QStringLiteral(":payload"), QString(table + QLatin1Char(':') + kind +
                                                        QLatin1Char(':') + QString::number(id)));
    // A lost notification only delays other workstations' refresh; the change itself stands.
    if (!query.exec()) {
        qWarning("Change not announced: %s", qPrintable(readableSqlError(query.lastError())));
    }
}

void ChangeFeed::receive(const QString& name, QSqlDriver::NotificationSource source,
                         const QVariant& payload)
{
    if (name != kChannel || source == QSqlDriver::SelfSource) {
        return;
    }
    const QStringList parts = payload.toString().split(QLatin1Char(':'));
    if (parts.size() != 3) {
        return;
    }
    m_replaying = true;
    replay(parts.at(0), parts.at(1), parts.at(2).toLongLong());
    m_replaying = false;
    Q_EMIT remoteChange(parts.at(0));
}

void ChangeFeed::replay(const QString& table, const QString& kind, qint64 id)
{
    if (table == QLatin1String("person")) {
        AgentStore& agents = m_school.agents();
        if (kind == kInsert) {
            Q_EMIT agents.agentInserted(id);
        } else if (kind == kUpdate) {
            Q_EMIT agents.agentUpdated(id);
        } else if (kind == kRemove) {
            Q_EMIT agents.agentRemoved(id);
        } else {
            Q_EMIT agents.reset();
        }
    } else if (table == QLatin1String("format") || table == QLatin1String("action")) {
        CatalogueStore& catalogue = m_school.catalogue();
        const bool format = table == QLatin1String("format");
        if (kind == kInsert) {
            format ? Q_EMIT catalogue.formatInserted(id) : Q_EMIT catalogue.actionInserted(id);
        } else if (kind == kUpdate) {
            format ? Q_EMIT catalogue.formatUpdated(id) : Q_EMIT catalogue.actionUpdated(id);
        } else if (kind == kRemove) {
            format ? Q_EMIT catalogue.formatRemoved(id) : Q_EMIT catalogue.actionRemoved(id);
        }
    } else if (table == QLatin1String("format_member")) {
        Q_EMIT m_school.catalogue().membersChanged(id);
    } else if (table == QLatin1String("session")) {
        SessionStore& sessions = m_school.sessions();
        if (kind == kInsert) {
            Q_EMIT sessions.sessionInserted(id);
        } else if (kind == kRemove) {
            Q_EMIT sessions.sessionRemoved(id);
        } else {
            Q_EMIT sessions.sessionUpdated(id);
        }
    } else if (table == QLatin1String("registration")) {
        Q_EMIT m_school.registrations().registrationsChanged(id);
    } else if (table == QLatin1String("survey_response")) {
        Q_EMIT m_school.sessions().responsesChanged();
    } else if (table == QLatin1String("survey_import")) {
        // The responses that came or went with it arrive as "survey_response" of their own.
        SurveyStore& surveys = m_school.surveys();
        kind == kRemove ? Q_EMIT surveys.importRemoved(id) : Q_EMIT surveys.importInserted(id);
    } else if (table == QLatin1String("survey_template")) {
        Q_EMIT m_school.surveys().templatesChanged();
    } else if (table == QLatin1String("service")) {
        Q_EMIT m_school.organisation().changed();
    } else if (table == QLatin1String("setting")) {
        Q_EMIT m_school.settings().changed();
    }
}

} // namespace truc2
