#include "storage/SurveyStore.h"

#include "storage/BulkInsert.h"
#include "storage/BulkLoad.h"
#include "storage/Database.h"
#include "storage/DbValues.h"
#include "storage/SessionStore.h"
#include "storage/SqlError.h"
#include "storage/SqliteStatement.h"

namespace truc2 {
namespace {

using bulk::optionalBool;

/// Responses written between two progress reports (a few hundredths of a second).
constexpr qsizetype kChunk = 1024;

const QString kImportColumns =
    QStringLiteral("id, file_name, content_hash, tool, mapping, imported_at, rows_read, "
                   "responses_added, rows_skipped");

SurveyImportRecord readImport(const QSqlQuery& query)
{
    SurveyImportRecord r;
    r.id = query.value(0).toLongLong();
    r.fileName = query.value(1).toString();
    r.contentHash = query.value(2).toString();
    r.tool = query.value(3).toString();
    r.mapping = query.value(4).toString();
    r.importedAt = db::toDateTime(query.value(5));
    r.rowsRead = query.value(6).toLongLong();
    r.responsesAdded = query.value(7).toLongLong();
    r.rowsSkipped = query.value(8).toLongLong();
    return r;
}

/// Binds one response as bindRow's QVariants would bind it (see db::fromDateTime, db::text …).
void bindSqliteRow(SqliteStatement& put, qint64 importId, const SurveyResponse& r)
{
    const auto nullIfEmpty = [&put](const QString& text) {
        if (text.isEmpty()) {
            put.bindNull();
        } else {
            put.bindText(text);
        }
    };
    const auto notNull = [&put](const QString& text) {
        put.bindText(text.isNull() ? QStringView(u"") : QStringView(text));
    };
    const auto optionalBool = [&put](const std::optional<bool>& value) {
        if (value) {
            put.bindInteger(*value ? 1 : 0);
        } else {
            put.bindNull();
        }
    };
    put.bindInteger(importId);
    nullIfEmpty(r.externalId);
    if (r.sessionId > 0) {
        put.bindInteger(r.sessionId);
    } else {
        put.bindNull();
    }
    if (r.submittedAt.isValid()) {
        put.bindText(db::isoDateTime(r.submittedAt));
    } else {
        put.bindNull();
    }
    nullIfEmpty(r.satisfactionRaw);
    if (r.satisfaction) {
        put.bindDouble(*r.satisfaction);
    } else {
        put.bindNull();
    }
    optionalBool(r.usefulSkills);
    optionalBool(r.wouldRecommend);
    notNull(r.comment);
    put.bindUtf8(r.rawAnswers.isNull() ? QByteArrayView("") : QByteArrayView(r.rawAnswers));
    if (r.responseKey.isEmpty()) {
        put.bindNull();
    } else {
        put.bindUtf8(r.responseKey);
    }
}

std::optional<bool> readBool(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<bool>(value.toInt() != 0);
}

} // namespace

SurveyStore::SurveyStore(Database& database, SessionStore& sessions, QObject* parent)
    : QObject(parent)
    , m_db(database)
    , m_sessions(sessions)
{}

void SurveyStore::announce(qint64 importId, bool inserted)
{
    m_db.afterCommit([this, importId, inserted] {
        if (inserted) {
            Q_EMIT importInserted(importId);
        } else {
            Q_EMIT importRemoved(importId);
        }
        Q_EMIT m_sessions.responsesChanged();
    });
}

Status SurveyStore::insertResponses(qint64 importId, const QList<SurveyResponse>& responses,
                                    const Progress& progress)
{
    const auto bindRow = [importId](auto& put, const SurveyResponse& r) {
        put(importId);
        put(db::nullIfEmpty(r.externalId));
        put(db::nullIfZero(r.sessionId));
        put(db::fromDateTime(r.submittedAt));
        put(db::nullIfEmpty(r.satisfactionRaw));
        put(r.satisfaction ? QVariant(*r.satisfaction) : QVariant(QMetaType(QMetaType::Double)));
        put(optionalBool(r.usefulSkills));
        put(optionalBool(r.wouldRecommend));
        put(db::text(r.comment));
        put(db::text(QString::fromUtf8(r.rawAnswers)));
        put(db::nullIfEmpty(QString::fromUtf8(r.responseKey)));
    };
    const QString insertInto =
        QStringLiteral("INSERT INTO survey_response (import_id, external_id, session_id, "
                       "submitted_at, satisfaction_raw, satisfaction, useful_skills, "
                       "would_recommend, comment, raw_answers, response_key)");
    // On SQLite, SQLite's own interface with the values bound as they are (Qt's driver, and
    // even QVariant, cost more than SQLite's work), one row per statement: a statement of
    // several rows that may fail halfway (a unique key, a foreign key) copies every page it
    // changes to a statement journal first, which costs more than running it once per row.
    Result<std::unique_ptr<SqliteStatement>> sqlite = SqliteStatement::prepare(
        m_db.connection(),
        insertInto + QStringLiteral(" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!sqlite) {
        return sqlite.error();
    }
    SqliteStatement* const one = sqlite->get();
    const qsizetype total = responses.size();
    for (qsizetype first = 0; first < total; first += kChunk) {
        const qsizetype count = std::min(kChunk, total - first);
        if (one) {
            for (qsizetype i = first; i < first + count; ++i) {
                bindSqliteRow(*one, importId, responses.at(i));
                if (Status ran = one->run(); !ran) {
                    return ran;
                }
            }
        } else if (Status written =
                       bulk::insertBatches(m_bulkResponses, m_db.connection(), insertInto, 11,
                                           responses.mid(first, count), bindRow);
                   !written) {
            // The statements stay prepared for the next import; a failed one is reset by Qt.
            return written;
        }
        if (progress && !progress(first + count, total)) {
            return Error{tr("The import was cancelled; nothing was imported.")};
        }
    }
    return {};
}

Result<qint64> SurveyStore::import(const SurveyImportRecord& record,
                                   const QList<SurveyResponse>& responses, const Progress& progress)
{
    qint64 id = 0;
    Status done = m_db.transaction([&]() -> Status {
        QSqlQuery query(m_db.connection());
        query.prepare(QStringLiteral(
            "INSERT INTO survey_import (file_name, content_hash, tool, mapping, imported_at, "
            "rows_read, responses_added, rows_skipped) VALUES (:file, :hash, :tool, :mapping, "
            ":at, :read, :added, :skipped) RETURNING id"));
        query.bindValue(QStringLiteral(":file"), db::text(record.fileName));
        query.bindValue(QStringLiteral(":hash"), db::text(record.contentHash));
        query.bindValue(QStringLiteral(":tool"), db::text(record.tool));
        query.bindValue(QStringLiteral(":mapping"), db::text(record.mapping));
        query.bindValue(QStringLiteral(":at"),
                        db::fromDateTime(record.importedAt.isValid()
                                             ? record.importedAt
                                             : QDateTime::currentDateTime()));
        query.bindValue(QStringLiteral(":read"), record.rowsRead);
        query.bindValue(QStringLiteral(":added"), qint64(responses.size()));
        query.bindValue(QStringLiteral(":skipped"), record.rowsSkipped);
        if (Status ran = execQuery(query); !ran) {
            return ran;
        }
        if (!query.next()) {
            return Error{readableSqlError(query.lastError())};
        }
        id = query.value(0).toLongLong();
        query.finish();
        // A year of responses at once: the indexes where they fall anywhere (random keys,
        // sessions in the file's order) are built after them.
        return loadInBulk(
            m_db, QStringLiteral("survey_response"),
            {QStringLiteral("survey_response_key"), QStringLiteral("survey_response_session")},
            responses.size(), [&] { return insertResponses(id, responses, progress); });
    });
    if (!done) {
        return done.error();
    }
    announce(id, true);
    return id;
}

Result<QList<SurveyImportRecord>> SurveyStore::imports() const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT ") + kImportColumns +
                  QStringLiteral(" FROM survey_import ORDER BY imported_at DESC, id DESC"));
    if (Status ran = execQuery(query); !ran) {
        return ran.error();
    }
    QList<SurveyImportRecord> list;
    while (query.next()) {
        list << readImport(query);
    }
    return list;
}

Result<SurveyImportRecord> SurveyStore::importRecord(qint64 id) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT ") + kImportColumns +
                  QStringLiteral(" FROM survey_import WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (Status ran = execQuery(query); !ran) {
        return ran.error();
    }
    if (!query.next()) {
        return Error{tr("This import no longer exists.")};
    }
    return readImport(query);
}

Result<std::optional<SurveyImportRecord>>
SurveyStore::importWithHash(const QString& contentHash) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT ") + kImportColumns +
                  QStringLiteral(" FROM survey_import WHERE content_hash = :hash "
                                 "ORDER BY imported_at DESC, id DESC"));
    query.bindValue(QStringLiteral(":hash"), contentHash);
    if (Status ran = execQuery(query); !ran) {
        return ran.error();
    }
    if (!query.next()) {
        return std::optional<SurveyImportRecord>();
    }
    return std::optional<SurveyImportRecord>(readImport(query));
}

Result<QList<SurveyResponse>> SurveyStore::responses(qint64 importId) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT id, import_id, external_id, session_id, format_id, submitted_at, "
        "satisfaction_raw, satisfaction, useful_skills, would_recommend, comment, raw_answers, "
        "response_key FROM survey_response WHERE import_id = :id ORDER BY id"));
    query.bindValue(QStringLiteral(":id"), importId);
    if (Status ran = execQuery(query); !ran) {
        return ran.error();
    }
    QList<SurveyResponse> list;
    while (query.next()) {
        SurveyResponse r;
        r.id = query.value(0).toLongLong();
        r.importId = query.value(1).toLongLong();
        r.externalId = query.value(2).toString();
        r.sessionId = query.value(3).toLongLong();
        r.formatId = query.value(4).toLongLong();
        r.submittedAt = db::toDateTime(query.value(5));
        r.satisfactionRaw = query.value(6).toString();
        if (!query.value(7).isNull()) {
            r.satisfaction = query.value(7).toDouble();
        }
        r.usefulSkills = readBool(query.value(8));
        r.wouldRecommend = readBool(query.value(9));
        r.comment = query.value(10).toString();
        r.rawAnswers = query.value(11).toString().toUtf8();
        r.responseKey = query.value(12).toString().toUtf8();
        list << r;
    }
    return list;
}

Result<SurveyImportData> SurveyStore::removeImport(qint64 id)
{
    SurveyImportData data;
    Status done = m_db.transaction([&]() -> Status {
        Result<SurveyImportRecord> record = importRecord(id);
        if (!record) {
            return record.error();
        }
        Result<QList<SurveyResponse>> list = responses(id);
        if (!list) {
            return list.error();
        }
        data.record = *record;
        data.responses = *list;
        QSqlQuery query(m_db.connection());
        query.prepare(QStringLiteral("DELETE FROM survey_response WHERE import_id = :id"));
        query.bindValue(QStringLiteral(":id"), id);
        if (Status ran = execQuery(query); !ran) {
            return ran;
        }
        query.prepare(QStringLiteral("DELETE FROM survey_import WHERE id = :id"));
        query.bindValue(QStringLiteral(":id"), id);
        return execQuery(query);
    });
    if (!done) {
        return done.error();
    }
    announce(id, false);
    return data;
}

Result<qint64> SurveyStore::restore(const SurveyImportData& data)
{
    return import(data.record, data.responses);
}

Status SurveyStore::forEachResponseKey(const std::function<void(QStringView)>& take) const
{
    const QString sql =
        QStringLiteral("SELECT response_key FROM survey_response WHERE response_key IS NOT NULL");
    // On SQLite through its own interface: a school keeps every response it ever imported, and
    // Qt's driver costs more per row than SQLite.
    Result<std::unique_ptr<SqliteStatement>> sqlite =
        SqliteStatement::prepare(m_db.connection(), sql);
    if (!sqlite) {
        return sqlite.error();
    }
    if (SqliteStatement* statement = sqlite->get()) {
        for (;;) {
            const Result<bool> row = statement->next();
            if (!row) {
                return row.error();
            }
            if (!*row) {
                return {};
            }
            take(statement->text(0));
        }
    }
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    if (Status ran = execQuery(query); !ran) {
        return ran;
    }
    while (query.next()) {
        take(query.value(0).toString());
    }
    return {};
}

Result<QHash<QString, qint64>> SurveyStore::sessionCodes() const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT code, id FROM session"));
    if (Status ran = execQuery(query); !ran) {
        return ran.error();
    }
    QHash<QString, qint64> codes;
    while (query.next()) {
        codes.insert(query.value(0).toString().toUpper(), query.value(1).toLongLong());
    }
    return codes;
}

Result<qint64> SurveyStore::saveTemplate(const SurveyTemplate& entry)
{
    if (entry.name.trimmed().isEmpty()) {
        return Error{tr("Give the template a name.")};
    }
    qint64 id = 0;
    Status done = m_db.transaction([&]() -> Status {
        QSqlQuery query(m_db.connection());
        query.prepare(QStringLiteral("DELETE FROM survey_template WHERE name = :name"));
        query.bindValue(QStringLiteral(":name"), entry.name.trimmed());
        if (Status ran = execQuery(query); !ran) {
            return ran;
        }
        query.prepare(QStringLiteral(
            "INSERT INTO survey_template (name, header_signature, tool, mapping, saved_at) "
            "VALUES (:name, :signature, :tool, :mapping, :at) RETURNING id"));
        query.bindValue(QStringLiteral(":name"), entry.name.trimmed());
        query.bindValue(QStringLiteral(":signature"), db::text(entry.headerSignature));
        query.bindValue(QStringLiteral(":tool"), db::text(entry.tool));
        query.bindValue(QStringLiteral(":mapping"), db::text(entry.mapping));
        query.bindValue(QStringLiteral(":at"), db::fromDateTime(QDateTime::currentDateTime()));
        if (Status ran = execQuery(query); !ran) {
            return ran;
        }
        if (!query.next()) {
            return Error{readableSqlError(query.lastError())};
        }
        id = query.value(0).toLongLong();
        return {};
    });
    if (!done) {
        return done.error();
    }
    m_db.afterCommit([this] { Q_EMIT templatesChanged(); });
    return id;
}

Result<QList<SurveyTemplate>> SurveyStore::readTemplates(const QString& signature) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(
        QStringLiteral("SELECT id, name, header_signature, tool, mapping, saved_at FROM "
                       "survey_template") +
        (signature.isNull() ? QString() : QStringLiteral(" WHERE header_signature = :signature")) +
        QStringLiteral(" ORDER BY saved_at DESC, id DESC"));
    if (!signature.isNull()) {
        query.bindValue(QStringLiteral(":signature"), signature);
    }
    if (Status ran = execQuery(query); !ran) {
        return ran.error();
    }
    QList<SurveyTemplate> list;
    while (query.next()) {
        list << SurveyTemplate{query.value(0).toLongLong(), query.value(1).toString(),
                               query.value(2).toString(),   query.value(3).toString(),
                               query.value(4).toString(),   db::toDateTime(query.value(5))};
    }
    return list;
}

Result<QList<SurveyTemplate>> SurveyStore::templates() const
{
    return readTemplates(QString());
}

Result<QList<SurveyTemplate>> SurveyStore::templatesFor(const QString& headerSignature) const
{
    return readTemplates(headerSignature.isNull() ? QStringLiteral("") : headerSignature);
}

Status SurveyStore::removeTemplate(qint64 id)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("DELETE FROM survey_template WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (Status ran = execQuery(query); !ran) {
        return ran;
    }
    m_db.afterCommit([this] { Q_EMIT templatesChanged(); });
    return {};
}

} // namespace truc2
