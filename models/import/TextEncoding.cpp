#include "import/TextEncoding.h"

#include <QStringConverter>

#include <array>
#include <uchardet/uchardet.h>

namespace truc2 {
namespace {

/// windows-1252's characters for the bytes 0x80–0x9F (the rest is ISO-8859-1); the five bytes
/// it leaves undefined map to the C1 controls, as the WHATWG encoding standard does.
constexpr std::array<char16_t, 32> kWindows1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

/// Whether the UTF-8 in `data` is valid; a sequence cut by the end of an incomplete sample is
/// forgiven.
bool isValidUtf8(QByteArrayView data, bool complete)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    qsizetype end = data.size();
    if (!complete) {
        // Drop a trailing sequence that may continue in the next bytes.
        qsizetype start = end;
        while (start > 0 && end - start < 4 &&
               (static_cast<uchar>(data[start - 1]) & 0xC0) == 0x80) {
            --start;
        }
        if (start > 0 && static_cast<uchar>(data[start - 1]) >= 0xC0) {
            end = start - 1;
        }
    }
    const QString text = decoder.decode(data.first(end));
    return !decoder.hasError();
}

/// Looks for UTF-16 without a byte-order mark: ASCII text whose every other byte is zero.
QString utf16WithoutMark(QByteArrayView sample)
{
    qsizetype evenZeros = 0;
    qsizetype oddZeros = 0;
    const qsizetype size = sample.size() & ~qsizetype(1);
    for (qsizetype i = 0; i < size; i += 2) {
        evenZeros += sample[i] == '\0' ? 1 : 0;
        oddZeros += sample[i + 1] == '\0' ? 1 : 0;
    }
    const qsizetype pairs = size / 2;
    if (pairs < 2) {
        return {};
    }
    if (oddZeros * 10 >= pairs * 4 && evenZeros * 50 < pairs) {
        return QStringLiteral("UTF-16LE");
    }
    if (evenZeros * 10 >= pairs * 4 && oddZeros * 50 < pairs) {
        return QStringLiteral("UTF-16BE");
    }
    return {};
}

} // namespace

DetectedEncoding byteOrderMark(QByteArrayView data)
{
    if (data.startsWith("\xEF\xBB\xBF")) {
        return {QStringLiteral("UTF-8"), 3};
    }
    if (data.startsWith("\xFF\xFE")) {
        return {QStringLiteral("UTF-16LE"), 2};
    }
    if (data.startsWith("\xFE\xFF")) {
        return {QStringLiteral("UTF-16BE"), 2};
    }
    return {};
}

bool looksBinary(QByteArrayView sample, const QString& encoding)
{
    if (encoding.startsWith(QLatin1String("UTF-16"))) {
        // Text in UTF-16 has zeros; a binary file taken for it has unpaired surrogates or
        // controls, which the parser reports as they come.
        return false;
    }
    qsizetype controls = 0;
    for (const char c : sample) {
        const auto byte = static_cast<uchar>(c);
        if (byte == 0) {
            return true;
        }
        if ((byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r' && byte != '\f') ||
            byte == 0x7F) {
            ++controls;
        }
    }
    // A few stray controls happen in real exports; many mean it is not text.
    return controls > 8 && controls * 100 > sample.size();
}

DetectedEncoding detectEncoding(QByteArrayView sample, bool complete)
{
    if (DetectedEncoding mark = byteOrderMark(sample); !mark.name.isEmpty()) {
        return mark;
    }
    if (sample.contains('\0')) {
        return {utf16WithoutMark(sample), 0};
    }
    if (isValidUtf8(sample, complete)) {
        return {QStringLiteral("UTF-8"), 0};
    }
    uchardet_t detector = uchardet_new();
    uchardet_handle_data(detector, sample.data(), static_cast<size_t>(sample.size()));
    uchardet_data_end(detector);
    const QString charset = QString::fromLatin1(uchardet_get_charset(detector)).toUpper();
    uchardet_delete(detector);
    // Not valid UTF-8, so whatever uchardet says, a French office's file is windows-1252 (which
    // covers ISO-8859-1 and the "€" Excel writes as 0x80) unless it is clearly UTF-16.
    if (charset.startsWith(QLatin1String("UTF-16"))) {
        return {charset, 0};
    }
    return {QStringLiteral("windows-1252"), 0};
}

std::unique_ptr<Utf8Transcoder> Utf8Transcoder::create(const QString& encoding)
{
    const QString name = encoding.trimmed().toLower();
    if (name == QLatin1String("utf-8") || name == QLatin1String("utf8")) {
        return std::unique_ptr<Utf8Transcoder>(new Utf8Transcoder(Kind::Utf8));
    }
    if (name == QLatin1String("windows-1252") || name == QLatin1String("cp1252") ||
        name == QLatin1String("iso-8859-1") || name == QLatin1String("latin1") ||
        name == QLatin1String("ascii") || name == QLatin1String("us-ascii")) {
        return std::unique_ptr<Utf8Transcoder>(new Utf8Transcoder(Kind::Windows1252));
    }
    QStringDecoder decoder(encoding.toLatin1().constData());
    if (!decoder.isValid()) {
        return nullptr;
    }
    auto transcoder = std::unique_ptr<Utf8Transcoder>(new Utf8Transcoder(Kind::Qt));
    transcoder->m_decoder = std::move(decoder);
    return transcoder;
}

QByteArray Utf8Transcoder::convert(QByteArrayView chunk)
{
    switch (m_kind) {
    case Kind::Utf8:
        return chunk.toByteArray();
    case Kind::Windows1252: {
        QString text(chunk.size(), Qt::Uninitialized);
        QChar* out = text.data();
        for (const char c : chunk) {
            const auto byte = static_cast<uchar>(c);
            *out++ = byte >= 0x80 && byte < 0xA0 ? QChar(kWindows1252High[byte - 0x80])
                                                 : QChar(static_cast<char16_t>(byte));
        }
        return text.toUtf8();
    }
    case Kind::Qt:
        return QString(m_decoder.decode(chunk)).toUtf8();
    }
    return {};
}

} // namespace truc2
