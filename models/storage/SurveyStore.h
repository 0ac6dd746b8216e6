#pragma once

#include "core/Result.h"
#include "domain/Session.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QSqlQuery>

#include <functional>
#include <optional>

namespace truc2 {

class Database;
class SessionStore;

/// One import of a survey file, as the Enquêtes page lists it.
struct SurveyImportRecord
{
    qint64 id = 0;
    QString fileName;    ///< Without its folder.
    QString contentHash; ///< SHA-256 of the file's bytes, hex.
    QString tool;        ///< surveyToolCode(): "limesurvey" …
    QString mapping;     ///< SurveyMapping::toJson().
    QDateTime importedAt;
    qint64 rowsRead = 0;
    qint64 responsesAdded = 0;
    qint64 rowsSkipped = 0;

    bool operator==(const SurveyImportRecord&) const = default;
};

/// An import with its responses, as removed: what its undo puts back.
struct SurveyImportData
{
    SurveyImportRecord record;
    QList<SurveyResponse> responses;
};

/// A mapping saved under a name, offered for files with the same set of headers.
struct SurveyTemplate
{
    qint64 id = 0;
    QString name;
    QString headerSignature;
    QString tool;
    QString mapping; ///< SurveyMapping::toJson().
    QDateTime savedAt;
};

/// Survey imports, their responses and the mapping templates.
class SurveyStore : public QObject
{
    Q_OBJECT

public:
    /// Called between batches of a long write: done so far, out of total; false cancels (the
    /// whole write rolls back).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    SurveyStore(Database& database, SessionStore& sessions, QObject* parent = nullptr);

    /// Writes an import and its responses in one transaction; returns the import's id. A
    /// response whose key is already there (another workstation imported the same file
    /// meanwhile) fails the whole, as does a cancel.
    Result<qint64> import(const SurveyImportRecord& record, const QList<SurveyResponse>& responses,
                          const Progress& progress = {});
    /// Every import, newest first.
    Result<QList<SurveyImportRecord>> imports() const;
    Result<SurveyImportRecord> importRecord(qint64 id) const;
    /// The latest import of a file with these bytes, if any.
    Result<std::optional<SurveyImportRecord>> importWithHash(const QString& contentHash) const;
    /// The responses of one import, in the order they were added.
    Result<QList<SurveyResponse>> responses(qint64 importId) const;
    /// Removes an import and its responses (the undo of an import); returns what it removed.
    Result<SurveyImportData> removeImport(qint64 id);
    /// Puts a removed import back with the same responses (under new ids); returns its id.
    Result<qint64> restore(const SurveyImportData& data);

    /// Gives each key of the responses already imported, to leave out those a file repeats.
    Status forEachResponseKey(const std::function<void(QStringView)>& take) const;
    /// The sessions by code in upper case, to find the session of each response.
    Result<QHash<QString, qint64>> sessionCodes() const;

    /// Saves a mapping under a name (replacing a template of that name).
    Result<qint64> saveTemplate(const SurveyTemplate& entry);
    Result<QList<SurveyTemplate>> templates() const;
    /// The templates saved for files with this set of headers, newest first.
    Result<QList<SurveyTemplate>> templatesFor(const QString& headerSignature) const;
    Status removeTemplate(qint64 id);

Q_SIGNALS:
    void importInserted(qint64 id);
    void importRemoved(qint64 id);
    void templatesChanged();

private:
    Status insertResponses(qint64 importId, const QList<SurveyResponse>& responses,
                           const Progress& progress);
    Result<QList<SurveyTemplate>> readTemplates(const QString& signature) const;
    void announce(qint64 importId, bool inserted);

    Database& m_db;
    SessionStore& m_sessions;
    QHash<int, QSqlQuery> m_bulkResponses; ///< By rows per statement.
};

} // namespace truc2
