#pragma once

#include "core/Result.h"
#include "domain/Catalogue.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSqlQuery>

namespace truc2 {

class Database;
struct FieldProblem;

/// The formats of the school and the catalogue actions of each.
class CatalogueStore : public QObject
{
    Q_OBJECT

public:
    explicit CatalogueStore(Database& database, QObject* parent = nullptr);

    /// Every format, in their display order (position, then name).
    Result<QList<Format>> formats() const;
    Result<Format> format(qint64 id) const;
    QList<FieldProblem> problems(const Format& format) const;
    /// Inserts a format; one with id > 0 comes back under that id (redo of an undone add).
    Result<qint64> insertFormat(const Format& format);
    Result<Format> updateFormat(const Format& format);
    /// Removes a format without actions; otherwise says to retire it (active = false).
    Status removeFormat(qint64 id);
    /// Puts formats in a new display order, all or none; signals after the commit.
    Status setFormatPositions(const QHash<qint64, int>& positions);

    /// The actions of one format (every format with 0), sorted by title.
    Result<QList<Action>> actions(qint64 formatId = 0) const;
    Result<Action> action(qint64 id) const;
    QList<FieldProblem> problems(const Action& action) const;
    Result<qint64> insertAction(const Action& action);
    Result<Action> updateAction(const Action& action);
    /// Removes an action without sessions; otherwise says to retire it.
    Status removeAction(qint64 id);

    // The members of a closed-group format (RegistrationMode::Closed), the only agents who
    // register for its sessions (CatalogueMembers.cpp). A membership goes with its format or
    // its person when either is removed.

    /// The person ids of a format's members, in no particular order.
    Result<QList<qint64>> members(qint64 formatId) const;
    Result<bool> isMember(qint64 formatId, qint64 personId) const;
    /// Makes persons members of a closed-group format, all or none; those who already are stay
    /// as they are. Refused for a format of another registration mode and for external speakers.
    Status addMembers(qint64 formatId, const QList<qint64>& personIds);
    /// Ends memberships, all or none; persons who are not members are skipped.
    Status removeMembers(qint64 formatId, const QList<qint64>& personIds);

Q_SIGNALS:
    void formatInserted(qint64 id);
    void formatUpdated(qint64 id);
    void formatRemoved(qint64 id);
    void actionInserted(qint64 id);
    void actionUpdated(qint64 id);
    void actionRemoved(qint64 id);
    /// The members of a format changed (sent after the commit).
    void membersChanged(qint64 formatId);

private:
    Database& m_db;
    QHash<int, QSqlQuery> m_bulkMembers;
};

} // namespace truc2
