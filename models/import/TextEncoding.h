#pragma once

// The encodings of text files: what a file's first bytes say (byte-order mark, uchardet) and a
// streaming conversion of any of them to UTF-8, the only encoding the CSV parser sees.

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringDecoder>

#include <memory>

namespace truc2 {

struct DetectedEncoding
{
    QString name;            ///< "UTF-8", "windows-1252", "UTF-16LE", "UTF-16BE"
    qsizetype bomLength = 0; ///< Bytes of byte-order mark at the start, 0 without one.
};

/// The byte-order mark at the start of `data`: UTF-8, UTF-16LE or UTF-16BE; no name without one.
DetectedEncoding byteOrderMark(QByteArrayView data);

/// True when `sample` (the start of a file, after its byte-order mark) is not text: NUL bytes
/// that no UTF-16 explains, or control characters that no text file holds.
bool looksBinary(QByteArrayView sample, const QString& encoding);

/// The encoding of a file from its first bytes: the byte-order mark, else UTF-16 without one, else
/// UTF-8 when the bytes are valid UTF-8 (pure ASCII included), else what uchardet says, taken
/// as windows-1252 for the Western single-byte encodings (ISO-8859-1 is its subset).
/// `complete` tells whether `sample` is the whole file (else its last character may be cut).
DetectedEncoding detectEncoding(QByteArrayView sample, bool complete);

/// Converts a stream of bytes in one encoding to UTF-8, chunk by chunk (a character cut between
/// two chunks is kept for the next one).
class Utf8Transcoder
{
public:
    /// A transcoder for `encoding`, or nullptr when the name is unknown.
    static std::unique_ptr<Utf8Transcoder> create(const QString& encoding);

    QByteArray convert(QByteArrayView chunk);

private:
    enum class Kind
    {
        Utf8,
        Windows1252,
        Qt
    };
    explicit Utf8Transcoder(Kind kind)
        : m_kind(kind)
    {}

    Kind m_kind;
    QStringDecoder m_decoder;
};

} // namespace truc2
