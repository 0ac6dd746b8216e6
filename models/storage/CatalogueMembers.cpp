// The members of closed-group formats: CatalogueStore's methods about format_member.
#include "domain/Agent.h"
#include "storage/BulkInsert.h"
#include "storage/CatalogueStore.h"
#include "storage/Database.h"
#include "storage/SqlError.h"

#include <QSet>
#include <QSqlQuery>

namespace truc2 {

Result<QList<qint64>> CatalogueStore::members(qint64 formatId) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT person_id FROM format_member WHERE format_id = :id"));
    query.bindValue(QStringLiteral(":id"), formatId);
    if (Status ran = execQuery(query); !ran) {
        return ran.error();
    }
    QList<qint64> ids;
    while (query.next()) {
        ids.append(query.value(0).toLongLong());
    }
    return ids;
}

Result<bool> CatalogueStore::isMember(qint64 formatId, qint64 personId) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral(
        "SELECT COUNT(*) FROM format_member WHERE format_id = :format AND person_id = :person"));
    query.bindValue(QStringLiteral(":format"), formatId);
    query.bindValue(QStringLiteral(":person"), personId);
    if (Status ran = execQuery(query); !ran) {
        return ran.error();
    }
    return query.next() && query.value(0).toInt() > 0;
}

Status CatalogueStore::addMembers(qint64 formatId, const QList<qint64>& personIds)
{
    QList<qint64> added;
    const Status done = m_db.transaction([&]() -> Status {
        const Result<Format> group = format(formatId);
        if (!group) {
            return group.error();
        }
        if (group->registrationMode != RegistrationMode::Closed) {
            return Error{tr("Only a closed-group format has members: “%1” takes its "
                            "participants otherwise.")
                             .arg(group->name)};
        }
        const Result<QList<qint64>> current = members(formatId);
        if (!current) {
            return current.error();
        }
        QSet<qint64> known(current->cbegin(), current->cend());
        QSqlQuery person(m_db.connection());
        person.prepare(QStringLiteral("SELECT external, last_name, first_name FROM person "
                                      "WHERE id = :id"));
        for (qint64 id : personIds) {
            if (known.contains(id)) {
                continue;
            }
            person.bindValue(QStringLiteral(":id"), id);
            if (Status ran = execQuery(person); !ran) {
                return ran;
            }
            if (!person.next()) {
                return Error{tr("This agent no longer exists.")};
            }
            if (person.value(0).toInt() != 0) {
                return Error{tr("%1 is an external speaker and cannot join “%2”.")
                                 .arg(personDisplayName(person.value(1).toString(),
                                                        person.value(2).toString()),
                                      group->name)};
            }
            known.insert(id);
            added.append(id);
        }
        return bulk::insertBatches(
            m_bulkMembers, m_db.connection(),
            QStringLiteral("INSERT INTO format_member (format_id, person_id)"), 2, added,
            [formatId](bulk::RowBinder& put, qint64 personId) {
                put(formatId);
                put(personId);
            });
    });
    if (done && !added.isEmpty()) {
        m_db.afterCommit([=, this] { Q_EMIT membersChanged(formatId); });
    }
    return done;
}

Status CatalogueStore::removeMembers(qint64 formatId, const QList<qint64>& personIds)
{
    bool removed = false;
    const Status done = m_db.transaction([&]() -> Status {
        QSqlQuery query(m_db.connection());
        query.prepare(QStringLiteral(
            "DELETE FROM format_member WHERE format_id = :format AND person_id = :person"));
        for (qint64 id : personIds) {
            query.bindValue(QStringLiteral(":format"), formatId);
            query.bindValue(QStringLiteral(":person"), id);
            if (Status ran = execQuery(query); !ran) {
                return ran;
            }
            removed = removed || query.numRowsAffected() > 0;
        }
        return {};
    });
    if (done && removed) {
        m_db.afterCommit([=, this] { Q_EMIT membersChanged(formatId); });
    }
    return done;
}

} // namespace truc2
