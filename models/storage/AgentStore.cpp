#include "storage/AgentStore.h"

#include "storage/Database.h"
#include "storage/DbValues.h"
#include "storage/SqlError.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>

namespace truc2 {
namespace {

const QString kSelectRows = QStringLiteral(
    "SELECT p.id, p.matricule, p.last_name, p.first_name, p.email, p.service_id, p.category, "
    "p.gender, p.status, p.grade, p.active, p.external, p.organisation, "
    "p.facilitation_trained_on, p.row_version, d.id, d.name, s.name "
    "FROM person p LEFT JOIN service s ON s.id = p.service_id "
    "LEFT JOIN direction d ON d.id = s.direction_id ");

AgentRow rowFromQuery(const QSqlQuery& q)
{
    AgentRow row;
    Agent& a = row.agent;
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
    a.facilitationTrainedOn = db::toDate(q.value(13));
    a.rowVersion = q.value(14).toInt();
    row.directionId = q.value(15).toLongLong();
    row.directionName = q.value(16).toString();
    row.serviceName = q.value(17).toString();
    return row;
}

void bindAgent(QSqlQuery& q, const Agent& a)
{
    q.bindValue(QStringLiteral(":matricule"), db::nullIfEmpty(a.matricule.trimmed()));
    q.bindValue(QStringLiteral(":last"), a.lastName.trimmed());
    q.bindValue(QStringLiteral(":first"), a.firstName.trimmed());
    q.bindValue(QStringLiteral(":email"), db::nullIfEmpty(a.email.trimmed()));
    q.bindValue(QStringLiteral(":service"), db::nullIfZero(a.serviceId));
    q.bindValue(QStringLiteral(":category"), db::nullIfEmpty(categoryCode(a.category)));
    q.bindValue(QStringLiteral(":gender"), db::nullIfEmpty(genderCode(a.gender)));
    q.bindValue(QStringLiteral(":status"), db::nullIfEmpty(a.status.trimmed()));
    q.bindValue(QStringLiteral(":grade"), db::nullIfEmpty(a.grade.trimmed()));
    q.bindValue(QStringLiteral(":active"), db::fromBool(a.active));
    q.bindValue(QStringLiteral(":external"), db::fromBool(a.external));
    q.bindValue(QStringLiteral(":organisation"), db::nullIfEmpty(a.organisation.trimmed()));
    q.bindValue(QStringLiteral(":trained"), db::fromDate(a.facilitationTrainedOn));
}

} // namespace

AgentStore::AgentStore(Database& database, QObject* parent)
    : QObject(parent)
    , m_db(database)
{}

Result<QList<AgentRow>> AgentStore::list() const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(kSelectRows + QStringLiteral("ORDER BY p.last_name, p.first_name, p.id"));
    if (Status done = execQuery(query); !done) {
        return done.error();
    }
    QList<AgentRow> rows;
    while (query.next()) {
        rows.append(rowFromQuery(query));
    }
    return rows;
}

Result<AgentRow> AgentStore::row(qint64 id) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(kSelectRows + QStringLiteral("WHERE p.id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (Status done = execQuery(query); !done) {
        return done.error();
    }
    if (!query.next()) {
        return Error{tr("This agent no longer exists: another workstation may have removed it.")};
    }
    return rowFromQuery(query);
}

Result<Agent> AgentStore::agent(qint64 id) const
{
    Result<AgentRow> found = row(id);
    if (!found) {
        return found.error();
    }
    return found->agent;
}

QList<FieldProblem> AgentStore::problems(const Agent& agent) const
{
    QList<FieldProblem> problems;
    if (agent.lastName.trimmed().isEmpty()) {
        problems.append({QStringLiteral("lastName"), tr("The last name is required.")});
    }
    if (agent.firstName.trimmed().isEmpty()) {
        problems.append({QStringLiteral("firstName"), tr("The first name is required.")});
    }
    static const QRegularExpression emailPattern(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    if (!agent.email.trimmed().isEmpty() && !emailPattern.match(agent.email.trimmed()).hasMatch()) {
        problems.append({QStringLiteral("email"),
                         tr("“%1” is not an e-mail address.").arg(agent.email.trimmed())});
    }
    if (agent.external && agent.organisation.trimmed().isEmpty()) {
        problems.append(
            {QStringLiteral("organisation"), tr("Give the organisation of an external speaker.")});
    }
    const QString matricule = agent.matricule.trimmed();
    if (!matricule.isEmpty()) {
        QSqlQuery query(m_db.connection());
        query.prepare(QStringLiteral("SELECT last_name, first_name FROM person "
                                     "WHERE matricule = :matricule AND id <> :id"));
        query.bindValue(QStringLiteral(":matricule"), matricule);
        query.bindValue(QStringLiteral(":id"), agent.id);
        if (query.exec() && query.next()) {
            problems.append(
                {QStringLiteral("matricule"),
                 tr("Matricule %1 already belongs to %2 %3.")
                     .arg(matricule, query.value(1).toString(), query.value(0).toString())});
        }
    }
    return problems;
}

Result<qint64> AgentStore::insert(const Agent& agent)
{
    if (const QList<FieldProblem> found = problems(agent); !found.isEmpty()) {
        return Error{found.first().message};
    }
    QSqlQuery query(m_db.connection());
    const QString columns = QStringLiteral(
        "matricule, last_name, first_name, email, service_id, category, gender, status, grade, "
        "active, external, organisation, facilitation_trained_on");
    const QString values = QStringLiteral(
        ":matricule, :last, :first, :email, :service, :category, :gender, :status, :grade, "
        ":active, :external, :organisation, :trained");
    if (agent.id > 0) {
        query.prepare(QStringLiteral("INSERT INTO person (id, ") + columns +
                      QStringLiteral(") VALUES (:id, ") + values +
                      QStringLiteral(") RETURNING id"));
        query.bindValue(QStringLiteral(":id"), agent.id);
    } else {
        query.prepare(QStringLiteral("INSERT INTO person (") + columns +
                      QStringLiteral(") VALUES (") + values + QStringLiteral(") RETURNING id"));
    }
    bindAgent(query, agent);
    if (!query.exec() || !query.next()) {
        return Error{readableSqlError(query.lastError())};
    }
    const qint64 id = query.value(0).toLongLong();
    m_db.afterCommit([=, this] { Q_EMIT agentInserted(id); });
    return id;
}

Result<Agent> AgentStore::update(const Agent& agent)
{
    if (const QList<FieldProblem> found = problems(agent); !found.isEmpty()) {
        return Error{found.first().message};
    }
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral(
        "UPDATE person SET matricule = :matricule, last_name = :last, first_name = :first, "
        "email = :email, service_id = :service, category = :category, gender = :gender, "
        "status = :status, grade = :grade, active = :active, external = :external, "
        "organisation = :organisation, facilitation_trained_on = :trained, "
        "row_version = row_version + 1 WHERE id = :id AND row_version = :version"));
    bindAgent(query, agent);
    query.bindValue(QStringLiteral(":id"), agent.id);
    query.bindValue(QStringLiteral(":version"), agent.rowVersion);
    if (Status done = execQuery(query); !done) {
        return done.error();
    }
    if (query.numRowsAffected() == 0) {
        return changedMeanwhileError();
    }
    Agent saved = agent;
    ++saved.rowVersion;
    m_db.afterCommit([=, this] { Q_EMIT agentUpdated(agent.id); });
    return saved;
}

Status AgentStore::setActive(const QList<qint64>& ids, bool active)
{
    QHash<qint64, bool> states;
    for (const qint64 id : ids) {
        states.insert(id, active);
    }
    return setActive(states);
}

Status AgentStore::setActive(const QHash<qint64, bool>& states)
{
    Status done = m_db.transaction([&]() -> Status {
        QSqlQuery query(m_db.connection());
        query.prepare(QStringLiteral("UPDATE person SET active = :active, "
                                     "row_version = row_version + 1 WHERE id = :id"));
        for (auto it = states.cbegin(); it != states.cend(); ++it) {
            query.bindValue(QStringLiteral(":active"), db::fromBool(it.value()));
            query.bindValue(QStringLiteral(":id"), it.key());
            if (Status ran = execQuery(query); !ran) {
                return ran;
            }
            if (query.numRowsAffected() == 0) {
                return Error{tr("An agent no longer exists: another workstation may have "
                                "removed it.")};
            }
        }
        return {};
    });
    if (done) {
        for (auto it = states.cbegin(); it != states.cend(); ++it) {
            const qint64 id = it.key();
            m_db.afterCommit([=, this] { Q_EMIT agentUpdated(id); });
        }
    }
    return done;
}

Status AgentStore::remove(qint64 id)
{
    QSqlQuery used(m_db.connection());
    used.prepare(QStringLiteral("SELECT (SELECT COUNT(*) FROM registration WHERE person_id = :a) "
                                "+ (SELECT COUNT(*) FROM session_animator WHERE person_id = :b)"));
    used.bindValue(QStringLiteral(":a"), id);
    used.bindValue(QStringLiteral(":b"), id);
    if (Status done = execQuery(used); !done) {
        return done;
    }
    if (used.next() && used.value(0).toInt() > 0) {
        return Error{tr("This agent has registrations or animated sessions: deactivate the "
                        "agent instead of removing it.")};
    }
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("DELETE FROM person WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (Status done = execQuery(query); !done) {
        return done;
    }
    m_db.afterCommit([=, this] { Q_EMIT agentRemoved(id); });
    return {};
}

int AgentStore::count() const
{
    QSqlQuery query(m_db.connection());
    query.exec(QStringLiteral("SELECT COUNT(*) FROM person"));
    return query.next() ? query.value(0).toInt() : 0;
}

Result<qint64> AgentStore::insertBulk(const Agent& agent)
{
    if (agent.lastName.trimmed().isEmpty()) {
        return Error{tr("The last name is required.")};
    }
    if (!m_insertBulk) {
        m_insertBulk.emplace(m_db.connection());
        m_insertBulk->prepare(QStringLiteral(
            "INSERT INTO person (matricule, last_name, first_name, email, service_id, category, "
            "gender, status, grade, active, external, organisation, facilitation_trained_on) "
            "VALUES (:matricule, :last, :first, :email, :service, :category, :gender, :status, "
            ":grade, :active, :external, :organisation, :trained) RETURNING id"));
    }
    QSqlQuery& query = *m_insertBulk;
    bindAgent(query, agent);
    if (!query.exec() || !query.next()) {
        return Error{readableSqlError(query.lastError())};
    }
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    if (!m_db.inTransaction()) {
        Q_EMIT agentInserted(id);
    }
    return id;
}

} // namespace truc2
