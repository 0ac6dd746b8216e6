#include "storage/AgentImportStore.h"

#include "storage/BulkInsert.h"
#include "storage/Database.h"
#include "storage/DbValues.h"
#include "storage/SqlError.h"

namespace truc2 {
namespace {

const QString kSelect = QStringLiteral(
    "SELECT id, matricule, last_name, first_name, email, service_id, category, gender, status, "
    "grade, active, external, organisation, row_version FROM person ");

Agent agentFromQuery(const QSqlQuery& q)
{
    Agent a;
    a.id = q.value(0).toLongLong();
    a.matricule = q.value(1).toString();
    a.lastName = q.value(2).toString();
    a.firstName = q.value(3).toString();
    a.email = q.value(4).toString();
    a.serviceId = q.value(5).toLongLong();
    a.category = categoryFromCode(q.value(6).toString());
    a.gender = genderFromCode(q.value(7).toString());
    a.status = q.value(8).toString();
    a.grade = q.value(9).toString();
    a.active = q.value(10).toBool();
    a.external = q.value(11).toBool();
    a.organisation = q.value(12).toString();
    a.rowVersion = q.value(13).toInt();
    return a;
}

template <typename Bind>
void bindDirectoryFields(const Agent& a, Bind&& bind)
{
    bind(db::nullIfEmpty(a.matricule));
    bind(db::text(a.lastName));
    bind(db::text(a.firstName));
    bind(db::nullIfEmpty(a.email));
    bind(db::nullIfZero(a.serviceId));
    bind(db::nullIfEmpty(categoryCode(a.category)));
    bind(db::nullIfEmpty(genderCode(a.gender)));
    bind(db::nullIfEmpty(a.status));
    bind(db::nullIfEmpty(a.grade));
}

constexpr int kInsertedColumns = 9;

} // namespace

AgentImportStore::AgentImportStore(Database& database)
    : m_db(database)
{}

Result<QList<Agent>> AgentImportStore::agentsWithMatricule() const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(kSelect + QStringLiteral("WHERE matricule IS NOT NULL"));
    if (Status done = execQuery(query); !done) {
        return done.error();
    }
    QList<Agent> agents;
    while (query.next()) {
        agents.append(agentFromQuery(query));
    }
    return agents;
}

Status AgentImportStore::insert(const QList<Agent>& agents)
{
    return bulk::insertBatches(
        m_inserts, m_db.connection(),
        QStringLiteral("INSERT INTO person (matricule, last_name, first_name, email, service_id, "
                       "category, gender, status, grade)"),
        kInsertedColumns, agents,
        [](bulk::RowBinder& put, const Agent& a) { bindDirectoryFields(a, put); });
}

Status AgentImportStore::update(const Agent& agent)
{
    QSqlQuery& query = bulk::prepared(
        m_update, m_db.connection(),
        QStringLiteral("UPDATE person SET matricule = :p0, last_name = :p1, first_name = :p2, "
                       "email = :p3, service_id = :p4, category = :p5, gender = :p6, status = :p7, "
                       "grade = :p8, active = :p9, row_version = row_version + 1 "
                       "WHERE id = :p10 AND row_version = :p11"));
    bulk::RowBinder put(query);
    bindDirectoryFields(agent, put);
    put(db::fromBool(agent.active));
    put(agent.id);
    put(agent.rowVersion);
    if (Status done = execQuery(query); !done) {
        return done;
    }
    if (query.numRowsAffected() == 0) {
        return changedMeanwhileError();
    }
    return {};
}

Status AgentImportStore::deactivate(qint64 id, int rowVersion)
{
    QSqlQuery& query =
        bulk::prepared(m_deactivate, m_db.connection(),
                       QStringLiteral("UPDATE person SET active = 0, row_version = row_version + 1 "
                                      "WHERE id = :p0 AND row_version = :p1"));
    bulk::RowBinder put(query);
    put(id);
    put(rowVersion);
    if (Status done = execQuery(query); !done) {
        return done;
    }
    if (query.numRowsAffected() == 0) {
        return changedMeanwhileError();
    }
    return {};
}

} // namespace truc2
