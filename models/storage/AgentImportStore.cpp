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

/// The agent of a row of kSelect, read through `text(column)` and `integer(column)`.
template <typename Text, typename Integer>
Agent agentFromRow(Text&& text, Integer&& integer)
{
    Agent a;
    a.id = integer(0);
    a.matricule = text(1);
    a.lastName = text(2);
    a.firstName = text(3);
    a.email = text(4);
    a.serviceId = integer(5);
    a.category = categoryFromCode(text(6));
    a.gender = genderFromCode(text(7));
    a.status = text(8);
    a.grade = text(9);
    a.active = integer(10) != 0;
    a.external = integer(11) != 0;
    a.organisation = text(12);
    a.rowVersion = static_cast<int>(integer(13));
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

/// bindDirectoryFields() for SQLite's own statements: the same values, without a QVariant each.
void bindSqliteFields(const Agent& a, SqliteStatement& put)
{
    const auto nullIfEmpty = [&put](const QString& text) {
        if (text.isEmpty()) {
            put.bindNull();
        } else {
            put.bindText(text);
        }
    };
    nullIfEmpty(a.matricule);
    put.bindText(a.lastName.isNull() ? QStringView(u"") : QStringView(a.lastName));
    put.bindText(a.firstName.isNull() ? QStringView(u"") : QStringView(a.firstName));
    nullIfEmpty(a.email);
    if (a.serviceId > 0) {
        put.bindInteger(a.serviceId);
    } else {
        put.bindNull();
    }
    nullIfEmpty(categoryCode(a.category));
    nullIfEmpty(genderCode(a.gender));
    nullIfEmpty(a.status);
    nullIfEmpty(a.grade);
}

constexpr int kInsertedColumns = 9;

/// Most rows per INSERT on SQLite: 2,304 values, far under SQLite's 32,766 (3.32 and later).
constexpr int kSqliteRows = 256;
static_assert((kSqliteRows & (kSqliteRows - 1)) == 0, "statements halve down to one row");

} // namespace

AgentImportStore::AgentImportStore(Database& database)
    : m_db(database)
{}

Result<QList<Agent>> AgentImportStore::agentsWithMatricule() const
{
    const QString sql = kSelect + QStringLiteral("WHERE matricule IS NOT NULL");
    QList<Agent> agents;
    Result<std::unique_ptr<SqliteStatement>> sqlite =
        SqliteStatement::prepare(m_db.connection(), sql);
    if (!sqlite) {
        return sqlite.error();
    }
    if (const SqliteStatement* statement = sqlite->get()) {
        const auto text = [statement](int column) {
            return statement->text(column);
        };
        const auto integer = [statement](int column) {
            return statement->integer(column);
        };
        for (;;) {
            const Result<bool> row = (*sqlite)->next();
            if (!row) {
                return row.error();
            }
            if (!*row) {
                return agents;
            }
            agents.append(agentFromRow(text, integer));
        }
    }
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    if (Status done = execQuery(query); !done) {
        return done.error();
    }
    const auto text = [&query](int column) {
        return query.value(column).toString();
    };
    const auto integer = [&query](int column) {
        return query.value(column).toLongLong();
    };
    while (query.next()) {
        agents.append(agentFromRow(text, integer));
    }
    return agents;
}

Status AgentImportStore::insert(const QList<Agent>& agents)
{
    const QString insertInto =
        QStringLiteral("INSERT INTO person (matricule, last_name, first_name, email, service_id, "
                       "category, gender, status, grade)");
    const auto values = [](int rows) -> QString {
        QStringList row(kInsertedColumns, QStringLiteral("?"));
        const QString one = QLatin1Char('(') + row.join(QStringLiteral(", ")) + QLatin1Char(')');
        return QStringLiteral(" VALUES ") + QStringList(rows, one).join(QStringLiteral(", "));
    };
    if (!m_sqlite) {
        // Whether the connection is SQLite's, known from the first statement prepared.
        Result<std::unique_ptr<SqliteStatement>> first =
            SqliteStatement::prepare(m_db.connection(), insertInto + values(kSqliteRows));
        if (!first) {
            return first.error();
        }
        m_sqlite = first->get() != nullptr;
        if (*m_sqlite) {
            m_sqliteInserts[0] = std::move(*first);
        }
    }
    if (*m_sqlite) {
        static_assert(1 << (std::tuple_size_v<decltype(m_sqliteInserts)> - 1) == kSqliteRows);
        // Statements of 256 rows, then 128, 64 … 1 for the rest: SQLite runs a statement's
        // preparations once for all its rows (about a sixth fewer instructions per agent than
        // one row per statement, callgrind, schema 8).
        int slot = 0;
        int count = kSqliteRows;
        for (qsizetype first = 0; first < agents.size(); first += count) {
            while (count > agents.size() - first) {
                count /= 2;
                ++slot;
            }
            std::unique_ptr<SqliteStatement>& statement = m_sqliteInserts[std::size_t(slot)];
            if (!statement) {
                Result<std::unique_ptr<SqliteStatement>> prepared =
                    SqliteStatement::prepare(m_db.connection(), insertInto + values(count));
                if (!prepared) {
                    return prepared.error();
                }
                statement = std::move(*prepared);
            }
            for (qsizetype i = first; i < first + count; ++i) {
                bindSqliteFields(agents.at(i), *statement);
            }
            if (Status done = statement->run(); !done) {
                return done;
            }
        }
        return {};
    }
    return bulk::insertBatches(
        m_inserts, m_db.connection(), insertInto, kInsertedColumns, agents,
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
