#include "storage/OrganisationStore.h"

#include "storage/Database.h"
#include "storage/DbValues.h"
#include "storage/SqlError.h"

#include <QSqlQuery>

namespace truc2 {

OrganisationStore::OrganisationStore(Database& database, QObject* parent)
    : QObject(parent)
    , m_db(database)
{}

Result<QList<Direction>> OrganisationStore::directions() const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT id, name, active FROM direction ORDER BY name"));
    if (Status done = execQuery(query); !done) {
        return done.error();
    }
    QList<Direction> result;
    while (query.next()) {
        result.append(
            {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toBool()});
    }
    return result;
}

Result<QList<Service>> OrganisationStore::services() const
{
    QSqlQuery query(m_db.connection());
    query.prepare(
        QStringLiteral("SELECT id, direction_id, name, active FROM service ORDER BY name"));
    if (Status done = execQuery(query); !done) {
        return done.error();
    }
    QList<Service> result;
    while (query.next()) {
        result.append({query.value(0).toLongLong(), query.value(1).toLongLong(),
                       query.value(2).toString(), query.value(3).toBool()});
    }
    return result;
}

Result<qint64> OrganisationStore::insertDirection(const Direction& direction)
{
    if (direction.name.trimmed().isEmpty()) {
        return Error{tr("A direction needs a name.")};
    }
    QSqlQuery query(m_db.connection());
    query.prepare(direction.id > 0 ? QStringLiteral("INSERT INTO direction (id, name, active) "
                                                    "VALUES (:id, :name, :active) RETURNING id")
                                   : QStringLiteral("INSERT INTO direction (name, active) "
                                                    "VALUES (:name, :active) RETURNING id"));
    if (direction.id > 0) {
        query.bindValue(QStringLiteral(":id"), direction.id);
    }
    query.bindValue(QStringLiteral(":name"), direction.name.trimmed());
    query.bindValue(QStringLiteral(":active"), db::fromBool(direction.active));
    if (!query.exec() || !query.next()) {
        if (isUniqueViolation(query.lastError())) {
            return Error{tr("A direction named “%1” already exists.").arg(direction.name)};
        }
        return Error{readableSqlError(query.lastError())};
    }
    const qint64 id = query.value(0).toLongLong();
    m_db.afterCommit([=, this] { Q_EMIT changed(); });
    return id;
}

Status OrganisationStore::updateDirection(const Direction& before, const Direction& after)
{
    if (after.name.trimmed().isEmpty()) {
        return Error{tr("A direction needs a name.")};
    }
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("UPDATE direction SET name = :name, active = :active, "
                                 "row_version = row_version + 1 WHERE id = :id "
                                 "AND name = :oldName AND active = :oldActive"));
    query.bindValue(QStringLiteral(":name"), after.name.trimmed());
    query.bindValue(QStringLiteral(":active"), db::fromBool(after.active));
    query.bindValue(QStringLiteral(":id"), before.id);
    query.bindValue(QStringLiteral(":oldName"), before.name.trimmed());
    query.bindValue(QStringLiteral(":oldActive"), db::fromBool(before.active));
    if (!query.exec()) {
        if (isUniqueViolation(query.lastError())) {
            return Error{tr("A direction named “%1” already exists.").arg(after.name)};
        }
        return Error{readableSqlError(query.lastError())};
    }
    if (query.numRowsAffected() == 0) {
        return changedMeanwhileError();
    }
    m_db.afterCommit([=, this] { Q_EMIT changed(); });
    return {};
}

Status OrganisationStore::removeDirection(qint64 id)
{
    QSqlQuery used(m_db.connection());
    used.prepare(QStringLiteral("SELECT COUNT(*) FROM service WHERE direction_id = :id"));
    used.bindValue(QStringLiteral(":id"), id);
    if (Status done = execQuery(used); !done) {
        return done;
    }
    if (used.next() && used.value(0).toInt() > 0) {
        return Error{tr("This direction still has services: deactivate it instead.")};
    }
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("DELETE FROM direction WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (Status done = execQuery(query); !done) {
        return done;
    }
    m_db.afterCommit([=, this] { Q_EMIT changed(); });
    return {};
}

Result<qint64> OrganisationStore::insertService(const Service& service)
{
    if (service.name.trimmed().isEmpty()) {
        return Error{tr("A service needs a name.")};
    }
    QSqlQuery query(m_db.connection());
    query.prepare(service.id > 0
                      ? QStringLiteral("INSERT INTO service (id, direction_id, name, active) "
                                       "VALUES (:id, :direction, :name, :active) RETURNING id")
                      : QStringLiteral("INSERT INTO service (direction_id, name, active) "
                                       "VALUES (:direction, :name, :active) RETURNING id"));
    if (service.id > 0) {
        query.bindValue(QStringLiteral(":id"), service.id);
    }
    query.bindValue(QStringLiteral(":direction"), service.directionId);
    query.bindValue(QStringLiteral(":name"), service.name.trimmed());
    query.bindValue(QStringLiteral(":active"), db::fromBool(service.active));
    if (!query.exec() || !query.next()) {
        if (isUniqueViolation(query.lastError())) {
            return Error{tr("This direction already has a service named “%1”.").arg(service.name)};
        }
        return Error{readableSqlError(query.lastError())};
    }
    const qint64 id = query.value(0).toLongLong();
    m_db.afterCommit([=, this] { Q_EMIT changed(); });
    return id;
}

Status OrganisationStore::updateService(const Service& before, const Service& after)
{
    if (after.name.trimmed().isEmpty()) {
        return Error{tr("A service needs a name.")};
    }
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral(
        "UPDATE service SET direction_id = :direction, name = :name, active = :active, "
        "row_version = row_version + 1 WHERE id = :id AND direction_id = :oldDirection "
        "AND name = :oldName AND active = :oldActive"));
    query.bindValue(QStringLiteral(":direction"), after.directionId);
    query.bindValue(QStringLiteral(":name"), after.name.trimmed());
    query.bindValue(QStringLiteral(":active"), db::fromBool(after.active));
    query.bindValue(QStringLiteral(":id"), before.id);
    query.bindValue(QStringLiteral(":oldDirection"), before.directionId);
    query.bindValue(QStringLiteral(":oldName"), before.name.trimmed());
    query.bindValue(QStringLiteral(":oldActive"), db::fromBool(before.active));
    if (!query.exec()) {
        if (isUniqueViolation(query.lastError())) {
            return Error{tr("This direction already has a service named “%1”.").arg(after.name)};
        }
        return Error{readableSqlError(query.lastError())};
    }
    if (query.numRowsAffected() == 0) {
        return changedMeanwhileError();
    }
    m_db.afterCommit([=, this] { Q_EMIT changed(); });
    return {};
}

Status OrganisationStore::removeService(qint64 id)
{
    QSqlQuery used(m_db.connection());
    used.prepare(QStringLiteral("SELECT COUNT(*) FROM person WHERE service_id = :id"));
    used.bindValue(QStringLiteral(":id"), id);
    if (Status done = execQuery(used); !done) {
        return done;
    }
    if (used.next() && used.value(0).toInt() > 0) {
        return Error{tr("Agents still belong to this service: deactivate it instead.")};
    }
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("DELETE FROM service WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (Status done = execQuery(query); !done) {
        return done;
    }
    m_db.afterCommit([=, this] { Q_EMIT changed(); });
    return {};
}

Result<qint64> OrganisationStore::ensureService(const QString& directionName,
                                                const QString& serviceName)
{
    QSqlQuery find(m_db.connection());
    find.prepare(QStringLiteral("SELECT id FROM direction WHERE name = :name"));
    find.bindValue(QStringLiteral(":name"), directionName.trimmed());
    if (Status done = execQuery(find); !done) {
        return done.error();
    }
    qint64 directionId = 0;
    if (find.next()) {
        directionId = find.value(0).toLongLong();
    } else {
        const Result<qint64> inserted = insertDirection({0, directionName, true});
        if (!inserted) {
            return inserted.error();
        }
        directionId = *inserted;
    }
    find.prepare(
        QStringLiteral("SELECT id FROM service WHERE direction_id = :direction AND name = :name"));
    find.bindValue(QStringLiteral(":direction"), directionId);
    find.bindValue(QStringLiteral(":name"), serviceName.trimmed());
    if (Status done = execQuery(find); !done) {
        return done.error();
    }
    if (find.next()) {
        return find.value(0).toLongLong();
    }
    return insertService({0, directionId, serviceName, true});
}

} // namespace truc2
