#include "import/CsvReader.h"

#include "import/ReaderText.h"
#include "import/TextEncoding.h"

#include <QHash>

#include <algorithm>
#include <array>

namespace truc2 {
namespace {

constexpr qint64 kChunkSize = 64 * 1024;
constexpr unsigned char kParserOptions = CSV_STRICT | CSV_STRICT_FINI | CSV_EMPTY_IS_NULL;
/// A field larger than this is not a field but a quote left open over the whole file.
constexpr size_t kMaxFieldBytes = 64 * 1024 * 1024;
/// Records looked at to choose the separator.
constexpr int kSeparatorSampleRecords = 30;
/// Records kept for their memory: a chunk's worth at most.
constexpr std::size_t kMaxSpareRecords = 1024;

int noSpace(unsigned char)
{
    return 0; // Spaces around fields are data: "Dupont " stays as the file has it.
}

bool hasContent(QByteArrayView line)
{
    return std::any_of(line.begin(), line.end(), [](char c) { return c != '\r' && c != '\n'; });
}

/// The number of fields of each of the first records of `text` split by `separator`, quotes
/// respected; blank lines are not counted.
QList<int> fieldCounts(QByteArrayView text, char separator)
{
    QList<int> counts;
    bool quoted = false;
    bool blank = true;
    int fields = 1;
    for (const char c : text) {
        if (c == '"') {
            quoted = !quoted;
            blank = false;
        } else if (!quoted && (c == '\n' || c == '\r')) {
            if (!blank) {
                counts << fields;
                if (counts.size() == kSeparatorSampleRecords) {
                    return counts;
                }
            }
            fields = 1;
            blank = true;
        } else if (!quoted && c == separator) {
            ++fields;
            blank = false;
        } else {
            blank = false;
        }
    }
    if (!blank) {
        counts << fields;
    }
    return counts;
}

} // namespace

CsvReader::CsvReader(QString path, TableFormat format, std::unique_ptr<QIODevice> device,
                     std::unique_ptr<Utf8Transcoder> transcoder)
    : TableReader(std::move(path), std::move(format))
    , m_device(std::move(device))
    , m_transcoder(std::move(transcoder))
{
    csv_init(&m_parser, kParserOptions);
    csv_set_delim(&m_parser, static_cast<unsigned char>(this->format().separator.toLatin1()));
    csv_set_space_func(&m_parser, noSpace);
}

CsvReader::~CsvReader()
{
    csv_free(&m_parser);
}

Result<std::unique_ptr<TableReader>> CsvReader::create(std::unique_ptr<QIODevice> device,
                                                       const QString& path,
                                                       const TableReadOptions& options)
{
    const QString name = ReaderText::fileName(path);
    const QByteArray sample = device->read(kChunkSize);
    if (sample.isEmpty()) {
        return Error{ReaderText::tr("%1: the file is empty.").arg(name)};
    }
    DetectedEncoding encoding;
    if (options.encoding.isEmpty()) {
        encoding = detectEncoding(sample, device->atEnd());
    } else {
        encoding.name = options.encoding;
        const DetectedEncoding mark = byteOrderMark(sample);
        if (mark.name.compare(options.encoding, Qt::CaseInsensitive) == 0) {
            encoding.bomLength = mark.bomLength;
        }
    }
    const QByteArrayView body = QByteArrayView(sample).sliced(encoding.bomLength);
    const auto binary = [&name] {
        return Error{ReaderText::tr("%1 is neither a text file (CSV) nor an Excel workbook "
                                    "(.xlsx): it cannot be read as a table.")
                         .arg(name)};
    };
    if (encoding.name.isEmpty() || looksBinary(body, encoding.name)) {
        return binary();
    }
    std::unique_ptr<Utf8Transcoder> transcoder = Utf8Transcoder::create(encoding.name);
    if (!transcoder) {
        return Error{ReaderText::tr("%1: unknown encoding \"%2\".").arg(name, encoding.name)};
    }
    QByteArray utf8 = transcoder->convert(body);
    if (encoding.name.startsWith(QLatin1String("UTF-16")) &&
        looksBinary(utf8, QStringLiteral("UTF-8"))) {
        return binary(); // zeros that looked like UTF-16, but the text they make is not text
    }
    if (device->atEnd() && !std::any_of(utf8.cbegin(), utf8.cend(), [](char c) {
            return c != ' ' && c != '\t' && c != '\r' && c != '\n';
        })) {
        return Error{ReaderText::tr("%1: the file is empty.").arg(name)};
    }
    TableFormat format;
    format.kind = TableFormat::Kind::Csv;
    format.encoding = encoding.name;
    format.byteOrderMark = encoding.bomLength > 0;
    format.separator = options.separator.isNull() ? detectSeparator(utf8) : options.separator;
    if (format.separator.unicode() >= 0x80 || format.separator == QLatin1Char('"') ||
        format.separator == QLatin1Char('\n') || format.separator == QLatin1Char('\r')) {
        return Error{
            ReaderText::tr("%1: \"%2\" cannot separate fields.").arg(name, format.separator)};
    }
    auto reader = std::unique_ptr<CsvReader>(
        new CsvReader(path, std::move(format), std::move(device), std::move(transcoder)));
    reader->m_pendingUtf8 = std::move(utf8);
    return std::unique_ptr<TableReader>(std::move(reader));
}

QChar CsvReader::detectSeparator(QByteArrayView utf8Sample)
{
    constexpr std::array<char, 4> candidates = {';', ',', '\t', '|'};
    char best = ';';
    qsizetype bestScore = 0;
    int bestFields = 0;
    for (const char candidate : candidates) {
        const QList<int> counts = fieldCounts(utf8Sample, candidate);
        QHash<int, qsizetype> frequency;
        for (const int count : counts) {
            ++frequency[count];
        }
        int mode = 0;
        qsizetype score = 0;
        for (auto it = frequency.cbegin(); it != frequency.cend(); ++it) {
            if (it.value() > score || (it.value() == score && it.key() > mode)) {
                mode = it.key();
                score = it.value();
            }
        }
        if (mode < 2) {
            continue;
        }
        if (score > bestScore || (score == bestScore && mode > bestFields)) {
            best = candidate;
            bestScore = score;
            bestFields = mode;
        }
    }
    return QLatin1Char(best);
}

bool CsvReader::next(TableRecord& record)
{
    while (m_ready.empty()) {
        if (m_finished || failed() || !readMore()) {
            return false;
        }
    }
    std::swap(record, m_ready.front());
    if (m_spare.size() < kMaxSpareRecords) {
        m_spare.push_back(std::move(m_ready.front()));
    }
    m_ready.pop_front();
    return true;
}

qint64 CsvReader::position() const
{
    return m_device->pos();
}

qint64 CsvReader::size() const
{
    return m_device->size();
}

bool CsvReader::readMore()
{
    if (!m_pendingUtf8.isEmpty()) {
        const QByteArray text = std::exchange(m_pendingUtf8, {});
        return feed(text);
    }
    const QByteArray raw = m_device->read(kChunkSize);
    if (!raw.isEmpty()) {
        return feed(m_transcoder->convert(raw));
    }
    m_finished = true;
    if (!m_device->atEnd()) {
        fail(ReaderText::tr("%1: the file could not be read to its end (%2).")
                 .arg(ReaderText::fileName(path()), m_device->errorString()));
        return false;
    }
    if (csv_fini(&m_parser, onField, onRecordEnd, this) != 0) {
        fail(ReaderText::tr("%1: unclosed quote").arg(where(m_fieldLine, m_fields + 1)));
        return false;
    }
    return true;
}

bool CsvReader::feed(QByteArrayView utf8)
{
    qsizetype start = 0;
    while (start < utf8.size()) {
        const qsizetype newline = utf8.indexOf('\n', start);
        const qsizetype end = newline < 0 ? utf8.size() : newline + 1;
        const QByteArrayView line = utf8.sliced(start, end - start);
        if (!m_inRecord && hasContent(line)) {
            m_inRecord = true;
            m_recordLine = m_line;
            m_fieldLine = m_line;
        }
        if (!parse(line)) {
            return false;
        }
        if (csv_get_buffer_size(&m_parser) > kMaxFieldBytes) {
            fail(ReaderText::tr("%1: a field longer than 64 MiB; is a quote left open?")
                     .arg(where(m_fieldLine, m_fields + 1)));
            return false;
        }
        if (newline >= 0) {
            ++m_line;
        }
        start = end;
    }
    return true;
}

bool CsvReader::parse(QByteArrayView line)
{
    const auto size = static_cast<size_t>(line.size());
    size_t offset = 0;
    while (offset < size) {
        offset +=
            csv_parse(&m_parser, line.data() + offset, size - offset, onField, onRecordEnd, this);
        if (offset == size) {
            break;
        }
        if (csv_error(&m_parser) == CSV_EPARSE && m_parser.quoted == 0) {
            // A quote inside an unquoted field (37°36'37.8"N): a character like any other, as
            // Excel reads it. Strict mode is lifted for that one byte.
            csv_set_opts(&m_parser, kParserOptions & ~CSV_STRICT);
            offset += csv_parse(&m_parser, line.data() + offset, 1, onField, onRecordEnd, this);
            csv_set_opts(&m_parser, kParserOptions);
            continue;
        }
        if (csv_error(&m_parser) == CSV_EPARSE) {
            // Text after the quote that closes a field: quotes inside it were not doubled.
            fail(ReaderText::tr("%1: misplaced quote (a quote inside a field must be doubled)")
                     .arg(where(m_line, m_fields + 1)));
        } else {
            fail(ReaderText::tr("%1: not enough memory to read this field.")
                     .arg(where(m_line, m_fields + 1)));
        }
        return false;
    }
    return true;
}

void CsvReader::onField(void* data, size_t length, void* self)
{
    auto* reader = static_cast<CsvReader*>(self);
    if (!reader->m_inRecord) {
        reader->m_inRecord = true;
        reader->m_recordLine = reader->m_line;
    }
    QStringList& cells = reader->m_record.cells;
    const qsizetype index = reader->m_fields++;
    if (index == cells.size()) {
        cells.emplace_back();
    }
    QString& cell = cells[index];
    if (data == nullptr) {
        cell = QString();
    } else if (length == 0) {
        cell = QStringLiteral("");
    } else {
        // Decoded into the memory the cell had in an earlier record, when it is its own and
        // large enough: as QString::fromUtf8() decodes, without allocating.
        const QByteArrayView utf8(static_cast<const char*>(data), static_cast<qsizetype>(length));
        cell.resize(reader->m_decoder.requiredSpace(utf8.size()));
        const QChar* const end = reader->m_decoder.appendToBuffer(cell.data(), utf8);
        cell.truncate(end - cell.constData());
    }
    reader->m_fieldLine = reader->m_line;
}

void CsvReader::onRecordEnd(int, void* self)
{
    auto* reader = static_cast<CsvReader*>(self);
    TableRecord& record = reader->m_record;
    record.cells.resize(reader->m_fields); // without the leftovers of a wider record
    reader->m_fields = 0;
    reader->m_inRecord = false;
    if (std::all_of(record.cells.cbegin(), record.cells.cend(),
                    [](const QString& cell) { return cell.isNull(); })) {
        return;
    }
    record.line = reader->m_recordLine;
    reader->m_ready.push_back(std::move(record));
    if (!reader->m_spare.empty()) {
        record = std::move(reader->m_spare.back());
        reader->m_spare.pop_back();
    } else {
        record = {};
    }
}

void CsvReader::fail(const QString& message)
{
    m_finished = true;
    m_ready.clear();
    setError(Error{message});
}

QString CsvReader::where(qint64 line, qsizetype column) const
{
    return ReaderText::tr("%1, line %2, column %3")
        .arg(ReaderText::fileName(path()))
        .arg(line)
        .arg(column);
}

} // namespace truc2
