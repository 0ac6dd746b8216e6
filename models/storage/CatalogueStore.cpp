#include "storage/CatalogueStore.h"

#include "storage/AgentStore.h"
#include "storage/Database.h"
#include "storage/DbValues.h"
#include "storage/SqlError.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace truc2 {
namespace {

const QString kSelectFormats = QStringLiteral(
    "SELECT id, code, name, noun_singular, noun_plural, colour, registration_mode, position, "
    "active, row_version FROM format ");

const QString kSelectActions =
    QStringLiteral("SELECT id, format_id, title, summary, objectives, audience, prerequisites, "
                   "duration_minutes, default_capacity, tags, active, row_version FROM action ");

Format formatFromQuery(const QSqlQuery& q)
{
    Format f;
    f.id = q.value(0).toLongLong();
    f.code = q.value(1).toString();
    f.name = q.value(2).toString();
    f.nounSingular = q.value(3).toString();
    f.nounPlural = q.value(4).toString();
    f.colour = QColor(q.value(5).toString());
    f.registrationMode = registrationModeFromCode(q.value(6).toString());
    f.position = q.value(7).toInt();
    f.active = q.value(8).toBool();
    f.rowVersion = q.value(9).toInt();
    return f;
}

Action actionFromQuery(const QSqlQuery& q)
{
    Action a;
    a.id = q.value(0).toLongLong();
    a.formatId = q.value(1).toLongLong();
    a.title = q.value(2).toString();
    a.summary = q.value(3).toString();
    a.objectives = q.value(4).toString();
    a.audience = q.value(5).toString();
    a.prerequisites = q.value(6).toString();
    a.durationMinutes = q.value(7).toInt();
    a.defaultCapacity = q.value(8).toInt();
    a.tags = q.value(9).toString();
    a.active = q.value(10).toBool();
    a.rowVersion = q.value(11).toInt();
    return a;
}

void bindFormat(QSqlQuery& q, const Format& f)
{
    q.bindValue(QStringLiteral(":code"), f.code.trimmed().toUpper());
    q.bindValue(QStringLiteral(":name"), f.name.trimmed());
    q.bindValue(QStringLiteral(":singular"), db::text(f.nounSingular.trimmed()));
    q.bindValue(QStringLiteral(":plural"), db::text(f.nounPlural.trimmed()));
    q.bindValue(QStringLiteral(":colour"), f.colour.name());
    q.bindValue(QStringLiteral(":mode"), registrationModeCode(f.registrationMode));
    q.bindValue(QStringLiteral(":position"), f.position);
    q.bindValue(QStringLiteral(":active"), db::fromBool(f.active));
}

void bindAction(QSqlQuery& q, const Action& a)
{
    q.bindValue(QStringLiteral(":format"), a.formatId);
    q.bindValue(QStringLiteral(":title"), a.title.trimmed());
    q.bindValue(QStringLiteral(":summary"), db::text(a.summary.trimmed()));
    q.bindValue(QStringLiteral(":objectives"), db::text(a.objectives.trimmed()));
    q.bindValue(QStringLiteral(":audience"), db::text(a.audience.trimmed()));
    q.bindValue(QStringLiteral(":prerequisites"), db::text(a.prerequisites.trimmed()));
    q.bindValue(QStringLiteral(":duration"), db::nullIfZero(a.durationMinutes));
    q.bindValue(QStringLiteral(":capacity"), db::nullIfZero(a.defaultCapacity));
    q.bindValue(QStringLiteral(":tags"), db::text(a.tags.trimmed()));
    q.bindValue(QStringLiteral(":active"), db::fromBool(a.active));
}

/// Runs an INSERT … RETURNING id, with the row's own id when it has one (redo of an undo).
Result<qint64> insertReturningId(QSqlQuery& query)
{
    if (!query.exec() || !query.next()) {
        return Error{readableSqlError(query.lastError())};
    }
    return query.value(0).toLongLong();
}

} // namespace

CatalogueStore::CatalogueStore(Database& database, QObject* parent)
    : QObject(parent)
    , m_db(database)
{}

Result<QList<Format>> CatalogueStore::formats() const
{
    QSqlQuery query(m_db.connection());
    query.prepare(kSelectFormats + QStringLiteral("ORDER BY position, name"));
    if (Status done = execQuery(query); !done) {
        return done.error();
    }
    QList<Format> result;
    while (query.next()) {
        result.append(formatFromQuery(query));
    }
    return result;
}

Result<Format> CatalogueStore::format(qint64 id) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(kSelectFormats + QStringLiteral("WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (Status done = execQuery(query); !done) {
        return done.error();
    }
    if (!query.next()) {
        return Error{tr("This format no longer exists.")};
    }
    return formatFromQuery(query);
}

QList<FieldProblem> CatalogueStore::problems(const Format& format) const
{
    QList<FieldProblem> problems;
    if (format.name.trimmed().isEmpty()) {
        problems.append({QStringLiteral("name"), tr("The format needs a name.")});
    }
    const QString code = format.code.trimmed().toUpper();
    static const QRegularExpression codePattern(QStringLiteral("^[A-Z0-9]{1,6}$"));
    if (!codePattern.match(code).hasMatch()) {
        problems.append({QStringLiteral("code"),
                         tr("The code is 1 to 6 letters or digits, such as UT or AC: it begins "
                            "every session code.")});
    }
    if (format.nounSingular.trimmed().isEmpty() != format.nounPlural.trimmed().isEmpty()) {
        problems.append({QStringLiteral("nounPlural"),
                         tr("Give both the singular and the plural noun, or neither.")});
    }
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral(
        "SELECT code, name FROM format WHERE (code = :code OR name = :name) AND id <> :id"));
    query.bindValue(QStringLiteral(":code"), code);
    query.bindValue(QStringLiteral(":name"), format.name.trimmed());
    query.bindValue(QStringLiteral(":id"), format.id);
    if (query.exec() && query.next()) {
        if (query.value(0).toString() == code) {
            problems.append(
                {QStringLiteral("code"),
                 tr("The code %1 is already used by “%2”.").arg(code, query.value(1).toString())});
        } else {
            problems.append({QStringLiteral("name"),
                             tr("A format named “%1” already exists.").arg(format.name.trimmed())});
        }
    }
    return problems;
}

Result<qint64> CatalogueStore::insertFormat(const Format& format)
{
    if (const QList<FieldProblem> found = problems(format); !found.isEmpty()) {
        return Error{found.first().message};
    }
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("INSERT INTO format (") +
                  (format.id > 0 ? QStringLiteral("id, ") : QString()) +
                  QStringLiteral("code, name, noun_singular, noun_plural, colour, "
                                 "registration_mode, position, active) VALUES (") +
                  (format.id > 0 ? QStringLiteral(":id, ") : QString()) +
                  QStringLiteral(":code, :name, :singular, :plural, :colour, :mode, "
                                 ":position, :active) RETURNING id"));
    if (format.id > 0) {
        query.bindValue(QStringLiteral(":id"), format.id);
    }
    bindFormat(query, format);
    const Result<qint64> id = insertReturningId(query);
    if (id) {
        m_db.afterCommit([=, this] { Q_EMIT formatInserted(*id); });
    }
    return id;
}

Result<Format> CatalogueStore::updateFormat(const Format& format)
{
    if (const QList<FieldProblem> found = problems(format); !found.isEmpty()) {
        return Error{found.first().message};
    }
    QSqlQuery query(m_db.connection());
    query.prepare(
        QStringLiteral("UPDATE format SET code = :code, name = :name, noun_singular = :singular, "
                       "noun_plural = :plural, colour = :colour, registration_mode = :mode, "
                       "position = :position, active = :active, row_version = row_version + 1 "
                       "WHERE id = :id AND row_version = :version"));
    bindFormat(query, format);
    query.bindValue(QStringLiteral(":id"), format.id);
    query.bindValue(QStringLiteral(":version"), format.rowVersion);
    if (Status done = execQuery(query); !done) {
        return done.error();
    }
    if (query.numRowsAffected() == 0) {
        return changedMeanwhileError();
    }
    Format saved = format;
    saved.code = format.code.trimmed().toUpper();
    ++saved.rowVersion;
    m_db.afterCommit([=, this] { Q_EMIT formatUpdated(format.id); });
    return saved;
}

Status CatalogueStore::removeFormat(qint64 id)
{
    QSqlQuery used(m_db.connection());
    used.prepare(QStringLiteral("SELECT COUNT(*) FROM action WHERE format_id = :id"));
    used.bindValue(QStringLiteral(":id"), id);
    if (Status done = execQuery(used); !done) {
        return done;
    }
    if (used.next() && used.value(0).toInt() > 0) {
        return Error{tr("This format still has actions in the catalogue: retire it instead "
                        "(untick “Active”).")};
    }
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("DELETE FROM format WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (Status done = execQuery(query); !done) {
        return done;
    }
    m_db.afterCommit([=, this] { Q_EMIT formatRemoved(id); });
    return {};
}

Status CatalogueStore::setFormatPositions(const QHash<qint64, int>& positions)
{
    QList<qint64> changed;
    Status done = m_db.transaction([&]() -> Status {
        QSqlQuery query(m_db.connection());
        query.prepare(QStringLiteral("UPDATE format SET position = :position, "
                                     "row_version = row_version + 1 "
                                     "WHERE id = :id AND position <> :same"));
        for (auto it = positions.cbegin(); it != positions.cend(); ++it) {
            query.bindValue(QStringLiteral(":position"), it.value());
            query.bindValue(QStringLiteral(":id"), it.key());
            query.bindValue(QStringLiteral(":same"), it.value());
            if (Status ran = execQuery(query); !ran) {
                return ran;
            }
            if (query.numRowsAffected() > 0) {
                changed << it.key();
            }
        }
        return {};
    });
    if (done) {
        for (const qint64 id : std::as_const(changed)) {
            m_db.afterCommit([=, this] { Q_EMIT formatUpdated(id); });
        }
    }
    return done;
}

Result<QList<Action>> CatalogueStore::actions(qint64 formatId) const
{
    QSqlQuery query(m_db.connection());
    if (formatId > 0) {
        query.prepare(kSelectActions + QStringLiteral("WHERE format_id = :format ORDER BY title"));
        query.bindValue(QStringLiteral(":format"), formatId);
    } else {
        query.prepare(kSelectActions + QStringLiteral("ORDER BY title"));
    }
    if (Status done = execQuery(query); !done) {
        return done.error();
    }
    QList<Action> result;
    while (query.next()) {
        result.append(actionFromQuery(query));
    }
    return result;
}

Result<Action> CatalogueStore::action(qint64 id) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(kSelectActions + QStringLiteral("WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (Status done = execQuery(query); !done) {
        return done.error();
    }
    if (!query.next()) {
        return Error{tr("This action no longer exists.")};
    }
    return actionFromQuery(query);
}

QList<FieldProblem> CatalogueStore::problems(const Action& action) const
{
    QList<FieldProblem> problems;
    if (action.title.trimmed().isEmpty()) {
        problems.append({QStringLiteral("title"), tr("The action needs a title.")});
    }
    if (action.formatId <= 0) {
        problems.append({QStringLiteral("format"), tr("Choose the format of the action.")});
    }
    if (action.durationMinutes < 0) {
        problems.append({QStringLiteral("duration"), tr("The duration cannot be negative.")});
    }
    if (action.defaultCapacity < 0) {
        problems.append({QStringLiteral("capacity"), tr("The capacity cannot be negative.")});
    }
    return problems;
}

Result<qint64> CatalogueStore::insertAction(const Action& action)
{
    if (const QList<FieldProblem> found = problems(action); !found.isEmpty()) {
        return Error{found.first().message};
    }
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("INSERT INTO action (") +
                  (action.id > 0 ? QStringLiteral("id, ") : QString()) +
                  QStringLiteral("format_id, title, summary, objectives, audience, "
                                 "prerequisites, duration_minutes, default_capacity, tags, "
                                 "active) VALUES (") +
                  (action.id > 0 ? QStringLiteral(":id, ") : QString()) +
                  QStringLiteral(":format, :title, :summary, :objectives, :audience, "
                                 ":prerequisites, :duration, :capacity, :tags, :active) "
                                 "RETURNING id"));
    if (action.id > 0) {
        query.bindValue(QStringLiteral(":id"), action.id);
    }
    bindAction(query, action);
    const Result<qint64> id = insertReturningId(query);
    if (id) {
        m_db.afterCommit([=, this] { Q_EMIT actionInserted(*id); });
    }
    return id;
}

Result<Action> CatalogueStore::updateAction(const Action& action)
{
    if (const QList<FieldProblem> found = problems(action); !found.isEmpty()) {
        return Error{found.first().message};
    }
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral(
        "UPDATE action SET format_id = :format, title = :title, summary = :summary, "
        "objectives = :objectives, audience = :audience, prerequisites = :prerequisites, "
        "duration_minutes = :duration, default_capacity = :capacity, tags = :tags, "
        "active = :active, row_version = row_version + 1 "
        "WHERE id = :id AND row_version = :version"));
    bindAction(query, action);
    query.bindValue(QStringLiteral(":id"), action.id);
    query.bindValue(QStringLiteral(":version"), action.rowVersion);
    if (Status done = execQuery(query); !done) {
        return done.error();
    }
    if (query.numRowsAffected() == 0) {
        return changedMeanwhileError();
    }
    Action saved = action;
    ++saved.rowVersion;
    m_db.afterCommit([=, this] { Q_EMIT actionUpdated(action.id); });
    return saved;
}

Status CatalogueStore::removeAction(qint64 id)
{
    QSqlQuery used(m_db.connection());
    used.prepare(QStringLiteral("SELECT COUNT(*) FROM session WHERE action_id = :id"));
    used.bindValue(QStringLiteral(":id"), id);
    if (Status done = execQuery(used); !done) {
        return done;
    }
    if (used.next() && used.value(0).toInt() > 0) {
        return Error{tr("Sessions of this action are in the programme: retire the action "
                        "instead (untick “Active”).")};
    }
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("DELETE FROM action WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (Status done = execQuery(query); !done) {
        return done;
    }
    m_db.afterCommit([=, this] { Q_EMIT actionRemoved(id); });
    return {};
}

} // namespace truc2
