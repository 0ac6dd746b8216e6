#include "import/SurveyImporter.h"

#include "School.h"
#include "import/ReadAhead.h"
#include "import/SurveyValues.h"
#include "import/TableReader.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <atomic>
#include <cstring>
#include <future>

namespace truc2 {
namespace {

/// Records between two progress reports while reading (a few hundredths of a second).
constexpr qint64 kReportEvery = 1024;

/// Bytes hashed at a time.
constexpr qint64 kHashChunk = 1 << 20;

/// The SHA-256 of a file computed on another thread while the records are read: the machine's
/// other core does it, and the window keeps its progress and its Cancel (a 200 MB file takes
/// seconds to hash). Destroyed before the end, it stops between two chunks and waits.
class BackgroundHash
{
public:
    explicit BackgroundHash(const QString& path)
        : m_result(std::async(std::launch::async, [this, path] { return hash(path); }))
    {}
    ~BackgroundHash()
    {
        m_stop = true;
        if (m_result.valid()) {
            m_result.wait();
        }
    }
    BackgroundHash(const BackgroundHash&) = delete;
    BackgroundHash& operator=(const BackgroundHash&) = delete;

    /// Waits for the hash (hex), or its error.
    Result<QString> take() { return m_result.get(); }

private:
    Result<QString> hash(const QString& path) const
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return Error{SurveyImporter::tr("Cannot read %1: %2").arg(path, file.errorString())};
        }
        QCryptographicHash hash(QCryptographicHash::Sha256);
        QByteArray chunk(kHashChunk, Qt::Uninitialized);
        while (!m_stop) {
            const qint64 read = file.read(chunk.data(), kHashChunk);
            if (read < 0) {
                return Error{
                    SurveyImporter::tr("Cannot read %1: %2").arg(path, file.errorString())};
            }
            if (read == 0) {
                return QString::fromLatin1(hash.result().toHex());
            }
            hash.addData(QByteArrayView(chunk.constData(), read));
        }
        return QString();
    }

    std::atomic<bool> m_stop = false;
    std::future<Result<QString>> m_result;
};

/// A value from the file, between the quotes of the user's language.
QString quoted(const QString& text)
{
    return SurveyImportSummary::tr("“%1”", "a value from the file, quoted").arg(text);
}

} // namespace

QStringList SurveyImportSummary::lines() const
{
    QStringList list;
    if (!fileName.isEmpty()) {
        list << tr("File: %1 (%2)").arg(fileName, surveyToolName(tool));
    }
    if (sameFileImportedAt) {
        list << tr("This very file was already imported on %1.")
                    .arg(QLocale().toString(*sameFileImportedAt, QLocale::ShortFormat));
    }
    list << tr("Rows read: %1").arg(rowsRead);
    list << (applied ? tr("Responses added: %1") : tr("Responses to add: %1")).arg(toAdd);
    list << tr("Already imported: %1").arg(alreadyImported);
    list << tr("Incomplete responses left out: %1").arg(incomplete);
    list << tr("Rows with an unknown session: %1").arg(unknownSessions.size());
    for (const SurveyRowProblem& p : unknownSessions) {
        list << (p.value.isEmpty() ? tr("  line %1: no session code").arg(p.line)
                                   : tr("  line %1: no session has the code %2")
                                         .arg(QString::number(p.line), quoted(p.value)));
    }
    list << tr("Rows with an answer that cannot be read: %1").arg(unreadable.size());
    for (const SurveyRowProblem& p : unreadable) {
        list << tr("  line %1, column %2 (%3): %4")
                    .arg(QString::number(p.line), QString::number(p.column + 1), p.header,
                         quoted(p.value));
    }
    return list;
}

SurveyImporter::SurveyImporter(School& school, SurveyMapping mapping, SurveyImportOptions options)
    : m_school(school)
    , m_mapping(std::move(mapping))
    , m_options(options)
{}

Result<QString> SurveyImporter::hashFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{tr("Cannot read %1: %2").arg(path, file.errorString())};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file)) {
        return Error{tr("Cannot read %1: %2").arg(path, file.errorString())};
    }
    return QString::fromLatin1(hash.result().toHex());
}

namespace {

/// The 20 bytes of a SHA-1 as three integers.
ResponseKeySet::Digest digestOf(const uchar* bytes)
{
    ResponseKeySet::Digest digest;
    std::memcpy(&digest.high, bytes, 8);
    std::memcpy(&digest.middle, bytes + 8, 8);
    std::memcpy(&digest.low, bytes + 16, 4);
    return digest;
}

/// The bytes of 40 lower-case hex digits (as keyOf() writes them), or false.
bool bytesOfHex(QStringView hex, std::array<uchar, 20>& bytes)
{
    if (hex.size() != 40) {
        return false;
    }
    const auto value = [](QChar c) -> int {
        const char16_t u = c.unicode();
        if (u >= u'0' && u <= u'9') {
            return u - u'0';
        }
        if (u >= u'a' && u <= u'f') {
            return u - u'a' + 10;
        }
        return -1;
    };
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        const int high = value(hex[qsizetype(2 * i)]);
        const int low = value(hex[qsizetype(2 * i + 1)]);
        if (high < 0 || low < 0) {
            return false;
        }
        bytes[i] = static_cast<uchar>(high * 16 + low);
    }
    return true;
}

} // namespace

bool ResponseKeySet::insert(QStringView key)
{
    std::array<uchar, 20> bytes{};
    if (bytesOfHex(key, bytes)) {
        const qsizetype before = m_digests.size();
        m_digests.insert(digestOf(bytes.data()));
        return m_digests.size() != before;
    }
    const qsizetype before = m_others.size();
    m_others.insert(key.toString());
    return m_others.size() != before;
}

bool ResponseKeySet::insert(QByteArrayView digest, QByteArrayView key)
{
    if (digest.size() != 20) {
        return insert(QString::fromUtf8(key));
    }
    const qsizetype before = m_digests.size();
    m_digests.insert(digestOf(reinterpret_cast<const uchar*>(digest.data())));
    return m_digests.size() != before;
}

void ResponseKeySet::clear()
{
    m_digests.clear();
    m_others.clear();
}

QByteArray SurveyImporter::keyOf(const SurveyResponse& response, const QString& responseId,
                                 QByteArray* digest)
{
    // The text is built in a buffer kept from row to row, and hashed by one hasher.
    QByteArray& text = m_keyText;
    text.truncate(0); // clear() would free the memory
    if (!responseId.isEmpty()) {
        // The tool's id, which its later exports repeat; unique within one survey, and a
        // survey is about one session or names each.
        text += m_idKeyPrefix;
        text += QByteArray::number(response.sessionId);
        text += '\x1f';
        text += responseId.toUtf8();
    } else {
        // No id (Google Forms): the answers themselves, their time included, numbered when
        // the very same answers come more than once.
        text += "answers\x1f";
        text += QByteArray::number(response.sessionId);
        text += '\x1f';
        text += response.rawAnswers;
        const int occurrence = ++m_occurrences[text];
        text += '\x1f';
        text += QByteArray::number(occurrence);
    }
    m_keyHash.reset();
    m_keyHash.addData(text);
    const QByteArrayView bytes = m_keyHash.resultView();
    digest->resize(bytes.size());
    std::memcpy(digest->data(), bytes.data(), std::size_t(bytes.size()));
    return digest->toHex(); // 40 lower-case hex digits
}

QByteArray SurveyImporter::rawAnswers(const TableRecord& record)
{
    // What QJsonDocument's compact form of an object of the kept answers gives (keys sorted,
    // a repeated header holding its last answer), written without building the object: as
    // UTF-8 into a buffer kept from row to row, then copied once into an array of its size.
    QVarLengthArray<std::pair<QStringView, QStringView>, 16> answers;
    qsizetype room = 2;
    for (const auto& [header, columns] : m_rawColumns) {
        for (auto c = columns.crbegin(); c != columns.crend(); ++c) {
            if (*c < record.cells.size() && !record.cells.at(*c).isNull()) {
                const QString& answer = record.cells.at(*c);
                answers.append({header, answer});
                room += jsonStringRoom(header.size()) + jsonStringRoom(answer.size()) + 2;
                break;
            }
        }
    }
    if (m_json.size() < room) {
        m_json.resize(room);
    }
    char* const start = m_json.data();
    char* out = start;
    *out++ = '{';
    for (const auto& [header, answer] : answers) {
        if (out - start > 1) {
            *out++ = ',';
        }
        out = writeJsonUtf8(out, header);
        *out++ = ':';
        out = writeJsonUtf8(out, answer);
    }
    *out++ = '}';
    return QByteArray(start, out - start);
}

qint64 SurveyImporter::sessionOf(const QString& text) const
{
    qint64 id = m_sessions.value(text.toUpper());
    if (id == 0 && !text.isEmpty()) {
        // A code among other words ("UT-2021-014 — Excel, 12 mars").
        static const QRegularExpression token(QStringLiteral("[^\\s,;()\\[\\]—–]+"));
        for (auto it = token.globalMatch(text); it.hasNext() && id == 0;) {
            id = m_sessions.value(it.next().captured(0).toUpper());
        }
    }
    return id;
}

bool SurveyImporter::readRow(const TableRecord& record, SurveyResponse& response,
                             QByteArray* digest)
{
    const auto problem = [&](qsizetype column, QList<SurveyRowProblem>& list) {
        list << SurveyRowProblem{record.line, column,
                                 column >= 0 ? m_mapping.columns.at(column).header : QString(),
                                 column >= 0 ? record.cell(column).trimmed() : QString()};
        return false;
    };
    QString responseId;
    for (qsizetype c = 0; c < m_mapping.columns.size(); ++c) {
        const SurveyColumn& column = m_mapping.columns.at(c);
        if (column.role == SurveyRole::Ignored || column.personal) {
            continue;
        }
        QString text = record.cell(c).trimmed();
        switch (column.role) {
        case SurveyRole::Ignored:
            break;
        case SurveyRole::SubmittedAt: {
            const TimeValue time = readSubmissionTime(text);
            if (time.reading == CellReading::Unreadable) {
                return problem(c, m_summary.unreadable);
            }
            if (time.reading == CellReading::Empty && !m_options.includeIncomplete) {
                ++m_summary.incomplete;
                return false;
            }
            response.submittedAt = time.at;
            break;
        }
        case SurveyRole::Session: {
            const qint64 id = m_sessionReadings.reading(text, [&] { return sessionOf(text); });
            if (id == 0) {
                return problem(c, m_summary.unknownSessions);
            }
            response.sessionId = id;
            break;
        }
        case SurveyRole::ResponseId:
            responseId = text;
            response.externalId = text;
            break;
        case SurveyRole::Satisfaction: {
            const SatisfactionValue value = m_satisfactions[c].reading(
                text, [&] { return readSatisfaction(text, column.scale); });
            if (value.reading == CellReading::Unreadable) {
                return problem(c, m_summary.unreadable);
            }
            if (value.reading == CellReading::Read) {
                response.satisfaction = value.normalised;
                response.satisfactionRaw = text;
            }
            break;
        }
        case SurveyRole::UsefulSkills:
        case SurveyRole::WouldRecommend: {
            if (const int split = m_splitAnswers.at(c); split != 0) {
                // One option's column: a mark says that option was chosen.
                if (!text.isEmpty()) {
                    (column.role == SurveyRole::UsefulSkills ? response.usefulSkills
                                                             : response.wouldRecommend) = split > 0;
                }
                break;
            }
            const YesNoValue value = m_yesNos[c].reading(text, [&] { return readYesNo(text); });
            if (value.reading == CellReading::Unreadable) {
                return problem(c, m_summary.unreadable);
            }
            if (value.reading == CellReading::Read) {
                (column.role == SurveyRole::UsefulSkills ? response.usefulSkills
                                                         : response.wouldRecommend) = value.yes;
            }
            break;
        }
        case SurveyRole::Comment:
            // Kept as text, whatever it looks like ("=HYPERLINK(…)" included): nothing here
            // ever evaluates it, and exports neutralise it.
            response.comment = text;
            break;
        }
    }
    if (m_fixedSession > 0) {
        response.sessionId = m_fixedSession;
    }
    if (response.sessionId == 0) {
        return problem(-1, m_summary.unknownSessions);
    }
    response.rawAnswers = rawAnswers(record);
    response.responseKey = keyOf(response, responseId, digest);
    return true;
}

Result<SurveyImportSummary> SurveyImporter::read(TableReader& reader, const QString& contentHash,
                                                 const Progress& progress)
{
    if (const QStringList problems = m_mapping.problems(); !problems.isEmpty()) {
        return Error{problems.join(QLatin1Char('\n'))};
    }
    m_summary = {};
    m_summary.fileName = QFileInfo(reader.path()).fileName();
    m_summary.tool = m_mapping.tool;
    m_responses.clear();
    m_occurrences.clear();
    m_idKeyPrefix = "id\x1f" + surveyToolCode(m_mapping.tool).toUtf8() + '\x1f';
    m_read = false;
    m_rawColumns.clear();
    for (qsizetype c = 0; c < m_mapping.columns.size(); ++c) {
        const SurveyColumn& column = m_mapping.columns.at(c);
        if (column.role == SurveyRole::Ignored || column.personal) {
            continue;
        }
        auto same = std::find_if(m_rawColumns.begin(), m_rawColumns.end(),
                                 [&column](const auto& raw) { return raw.first == column.header; });
        if (same == m_rawColumns.end()) {
            m_rawColumns.append({column.header, {c}});
        } else {
            same->second.append(c);
        }
    }
    m_satisfactions = QList<AnswerReadings<SatisfactionValue>>(m_mapping.columns.size());
    m_yesNos = QList<AnswerReadings<YesNoValue>>(m_mapping.columns.size());
    m_sessionReadings = {};
    m_splitAnswers.clear();
    for (const SurveyColumn& column : std::as_const(m_mapping.columns)) {
        m_splitAnswers.append(splitAnswerOf(column.header));
    }
    std::sort(m_rawColumns.begin(), m_rawColumns.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });

    Result<QHash<QString, qint64>> sessions = m_school.surveys().sessionCodes();
    if (!sessions) {
        return sessions.error();
    }
    m_sessions = std::move(sessions).value();
    m_fixedSession = 0;
    if (m_mapping.columnOf(SurveyRole::Session) < 0) {
        m_fixedSession = m_sessions.value(m_mapping.sessionCode.trimmed().toUpper());
        if (m_fixedSession == 0) {
            return Error{tr("No session has the code “%1”.").arg(m_mapping.sessionCode)};
        }
    }
    m_known.clear();
    if (Status keys =
            m_school.surveys().forEachResponseKey([this](QStringView key) { m_known.insert(key); });
        !keys) {
        return keys.error();
    }

    std::optional<BackgroundHash> hashing;
    if (contentHash.isEmpty() && QFileInfo::exists(reader.path())) {
        hashing.emplace(reader.path());
    }

    // The file is decoded and split into cells on another thread meanwhile.
    ReadAhead records(reader);
    TableRecord record;
    QByteArray digest;
    qint64 index = -1;
    while (records.next(record)) {
        ++index;
        if (index <= m_mapping.headerRow + m_mapping.subHeaderRows) {
            continue;
        }
        if (std::all_of(record.cells.cbegin(), record.cells.cend(),
                        [](const QString& cell) { return cell.trimmed().isEmpty(); })) {
            continue;
        }
        ++m_summary.rowsRead;
        // Read where it is kept, and taken back when it is not to be added.
        SurveyResponse& response = m_responses.emplaceBack();
        if (!readRow(record, response, &digest)) {
            m_responses.removeLast();
        } else if (!m_known.insert(digest, response.responseKey)) {
            // One lookup: the keys of the school and those of the rows before, in one set.
            ++m_summary.alreadyImported;
            m_responses.removeLast();
        }
        if (progress && index % kReportEvery == 0 &&
            !progress(records.position(), records.size())) {
            return Error{tr("The import was cancelled; nothing was imported.")};
        }
    }
    if (records.failed()) {
        return records.error();
    }
    m_summary.toAdd = m_responses.size();

    QString hash = contentHash;
    if (hashing) {
        Result<QString> computed = hashing->take();
        if (!computed) {
            return computed.error();
        }
        hash = *computed;
    }
    if (!hash.isEmpty()) {
        Result<std::optional<SurveyImportRecord>> same = m_school.surveys().importWithHash(hash);
        if (!same) {
            return same.error();
        }
        if (*same) {
            m_summary.sameFileImportedAt = (*same)->importedAt;
        }
    }

    m_record = {};
    m_record.fileName = m_summary.fileName;
    m_record.contentHash = hash;
    m_record.tool = surveyToolCode(m_mapping.tool);
    m_record.mapping = m_mapping.toJson();
    m_record.rowsRead = m_summary.rowsRead;
    m_record.rowsSkipped = m_summary.rowsRead - m_summary.toAdd;
    m_read = true;
    return m_summary;
}

Result<SurveyImportSummary> SurveyImporter::apply(const Progress& progress)
{
    if (!m_read) {
        return Error{tr("Read the file before importing it.")};
    }
    if (m_responses.isEmpty()) {
        return m_summary;
    }
    m_record.importedAt = QDateTime::currentDateTime();
    m_record.importedAt.setTime(QTime(m_record.importedAt.time().hour(),
                                      m_record.importedAt.time().minute(),
                                      m_record.importedAt.time().second()));
    Result<qint64> id = m_school.surveys().import(m_record, m_responses, progress);
    if (!id) {
        return id.error();
    }
    m_record.id = *id;
    m_record.responsesAdded = m_responses.size();
    m_summary.applied = true;
    m_summary.importId = *id;
    return m_summary;
}

} // namespace truc2
