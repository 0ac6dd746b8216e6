#pragma once

// Survey results into the school: a file read through a mapping, checked whole before anything
// is written (what would be added, what is already there, what cannot be read), then written in
// one transaction that a cancel or a failure rolls back.

#include "core/Result.h"
#include "import/SurveyMapping.h"
#include "import/SurveyValues.h"
#include "storage/SurveyStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QSet>

#include <optional>

namespace truc2 {

class School;
class TableReader;

struct SurveyImportOptions
{
    /// Also import the responses that were never submitted (LimeSurvey's empty submitdate).
    bool includeIncomplete = false;
};

/// A row left out, with where it is in the file.
struct SurveyRowProblem
{
    qint64 line = 0;       ///< Line of the file where the row starts.
    qsizetype column = -1; ///< 0-based column; -1 for the whole row.
    QString header;        ///< The column's header.
    QString value;         ///< What the cell holds.
};

/// What an import would do (read) or did (apply): the summary the dialog and the command line
/// show alike.
struct SurveyImportSummary
{
    Q_DECLARE_TR_FUNCTIONS(SurveyImportSummary)

public:
    QString fileName;
    SurveyTool tool = SurveyTool::Unknown;
    qint64 rowsRead = 0;        ///< Rows under the headers, blank ones aside.
    qint64 toAdd = 0;           ///< New responses (added, once applied).
    qint64 alreadyImported = 0; ///< Responses the school already has, or repeated in the file.
    qint64 incomplete = 0;      ///< Not submitted, left out.
    QList<SurveyRowProblem> unknownSessions; ///< Rows whose session code no session has.
    QList<SurveyRowProblem> unreadable;      ///< Rows with an answer that cannot be read.
    /// When a file with the very same bytes was imported before.
    std::optional<QDateTime> sameFileImportedAt;
    bool applied = false;
    qint64 importId = 0; ///< Once applied, when something was added.

    /// The summary, one sentence per line, the problems listed with their lines.
    QStringList lines() const;
};

/// The response keys an import compares: the school's, then those of the rows read. A key is
/// the SHA-1 that SurveyImporter writes as 40 lower-case hex digits; such a key is kept as its 20
/// bytes, hashed and compared as integers (a set of 100,000 strings of 40 characters was a tenth
/// of the reading). Any other text is kept as it is.
class ResponseKeySet
{
public:
    /// Adds a key; false when it was there already.
    bool insert(QStringView key);
    /// Adds a key given as its SHA-1 `digest` (20 bytes) and the text of it.
    bool insert(QByteArrayView digest, QByteArrayView key);
    void clear();
    qsizetype size() const { return m_digests.size() + m_others.size(); }

    struct Digest
    {
        quint64 high = 0;
        quint64 middle = 0;
        quint32 low = 0;
        bool operator==(const Digest&) const = default;
    };

private:
    QSet<Digest> m_digests;
    QSet<QString> m_others;
};

inline size_t qHash(const ResponseKeySet::Digest& digest, size_t seed = 0) noexcept
{
    // The bytes of a SHA-1 are already evenly spread.
    return static_cast<size_t>(digest.high ^ digest.low) ^ seed;
}

/// The readings of a column's distinct answers, each made once by a pure function of the text:
/// the first few compared one by one (a column has a handful of answers, and comparing them
/// costs less than hashing each), then more in a hash; free text beyond that is read every time.
template <typename Value>
class AnswerReadings
{
public:
    /// What `text` reads as. A text seen before is replaced by that earlier one, equal to it,
    /// which the responses then share instead of each keeping its own copy.
    template <typename Read>
    Value reading(QString& text, Read read)
    {
        for (const auto& [known, value] : std::as_const(m_few)) {
            if (known == text) {
                text = known;
                return value;
            }
        }
        if (const auto known = m_more.constFind(text); known != m_more.cend()) {
            text = known.key();
            return *known;
        }
        const Value value = read();
        if (m_few.size() < kFew) {
            m_few.append({text, value});
        } else if (m_more.size() < kMore) {
            m_more.insert(text, value);
        }
        return value;
    }

private:
    static constexpr qsizetype kFew = 8;
    static constexpr qsizetype kMore = 248;
    QList<std::pair<QString, Value>> m_few;
    QHash<QString, Value> m_more;
};

class SurveyImporter
{
    Q_DECLARE_TR_FUNCTIONS(SurveyImporter)

public:
    using Progress = SurveyStore::Progress;

    SurveyImporter(School& school, SurveyMapping mapping, SurveyImportOptions options = {});

    /// Reads every record of the file and prepares the responses; writes nothing. The content
    /// hash is the file's (computed from reader.path() when empty and the file exists, on another
    /// thread while the records are read).
    Result<SurveyImportSummary> read(TableReader& reader, const QString& contentHash = {},
                                     const Progress& progress = {});
    /// The responses read() found to add, in file order.
    const QList<SurveyResponse>& responses() const { return m_responses; }
    const SurveyImportSummary& summary() const { return m_summary; }

    /// Writes what read() prepared in one transaction; nothing when there is nothing new.
    Result<SurveyImportSummary> apply(const Progress& progress = {});
    /// After apply(): the import and its responses, for its undo.
    SurveyImportData imported() const { return {m_record, m_responses}; }

    /// SHA-256 of a file's bytes, hex.
    static Result<QString> hashFile(const QString& path);

private:
    bool readRow(const TableRecord& record, SurveyResponse& response, QByteArray* digest);
    /// The session a text names (its code, or a code among other words); 0 for none.
    qint64 sessionOf(const QString& text) const;
    /// The response's key, its SHA-1 bytes in `digest`.
    QByteArray keyOf(const SurveyResponse& response, const QString& responseId, QByteArray* digest);
    QByteArray rawAnswers(const TableRecord& record);

    School& m_school;
    SurveyMapping m_mapping;
    SurveyImportOptions m_options;
    QHash<QString, qint64> m_sessions;
    /// The keys the school has, then those of the rows read.
    ResponseKeySet m_known;
    QHash<QByteArray, int> m_occurrences;
    QByteArray m_idKeyPrefix; ///< "id", the tool's code, separators: the start of an id's key.
    QByteArray m_keyText;     ///< keyOf()'s text, its memory kept from row to row.
    QByteArray m_json;        ///< rawAnswers()' text, its memory kept from row to row.
    QCryptographicHash m_keyHash{QCryptographicHash::Sha1};
    qint64 m_fixedSession = 0;
    /// The kept columns by header, in the order of a JSON object's keys (sorted).
    QList<std::pair<QString, QList<qsizetype>>> m_rawColumns;
    /// By column: what its answers read as, the same few answers coming on every row.
    QList<AnswerReadings<SatisfactionValue>> m_satisfactions;
    QList<AnswerReadings<YesNoValue>> m_yesNos;
    AnswerReadings<qint64> m_sessionReadings; ///< The session column's texts: their session.
    QList<int> m_splitAnswers;                ///< By column: splitAnswerOf() its header.
    SurveyImportSummary m_summary;
    SurveyImportRecord m_record;
    QList<SurveyResponse> m_responses;
    bool m_read = false;
};

} // namespace truc2
