#pragma once

#include "core/Result.h"
#include "domain/Agent.h"

#include <QList>
#include <QObject>

namespace truc2 {

class Database;

/// Directions and their services.
class OrganisationStore : public QObject
{
    Q_OBJECT

public:
    explicit OrganisationStore(Database& database, QObject* parent = nullptr);

    Result<QList<Direction>> directions() const;
    Result<QList<Service>> services() const;

    /// Inserts a direction; one with id > 0 comes back under that id (redo of an undone add).
    Result<qint64> insertDirection(const Direction& direction);
    /// Saves `after` over a direction read as `before`; refused when another workstation
    /// changed it meanwhile (so that an undo never overwrites someone else's change).
    Status updateDirection(const Direction& before, const Direction& after);
    /// Removes a direction that has no service; otherwise says to deactivate it.
    Status removeDirection(qint64 id);

    Result<qint64> insertService(const Service& service);
    /// Saves `after` over a service read as `before`; refused when changed meanwhile.
    Status updateService(const Service& before, const Service& after);
    /// Removes a service nobody belongs to; otherwise says to deactivate it.
    Status removeService(qint64 id);

    /// The service of that name in that direction, both created when missing (imports, demo).
    Result<qint64> ensureService(const QString& directionName, const QString& serviceName);

Q_SIGNALS:
    /// Directions or services changed: lists of them, and of agents, show new names.
    void changed();

private:
    Database& m_db;
};

} // namespace truc2
