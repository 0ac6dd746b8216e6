#pragma once

#include "core/Result.h"
#include "domain/Catalogue.h"

#include <QHash>
#include <QList>
#include <QObject>

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

Q_SIGNALS:
    void formatInserted(qint64 id);
    void formatUpdated(qint64 id);
    void formatRemoved(qint64 id);
    void actionInserted(qint64 id);
    void actionUpdated(qint64 id);
    void actionRemoved(qint64 id);

private:
    Database& m_db;
};

} // namespace truc2
