#pragma once

// CSV files in the shapes people have (see TableReader.h), parsed by libcsv in strict mode and
// streamed: the file is read in chunks of 64 KiB, converted to UTF-8, and fed to the parser one
// physical line at a time so that every record knows the line where it starts.
//
// Quoting follows RFC 4180, with Excel's leniency for a quote inside an unquoted field (taken as
// a character). A quoted field followed by anything but a separator or the end of the line, and
// a quote never closed, are errors that give the line and column.
//
// Blank lines, and lines holding only separators (every cell empty and unquoted), are not
// records wherever they are: a blank line in the middle of a file is skipped like the trailing
// ones, and the next record keeps its own line number.

#include "import/TableReader.h"

#include <QByteArray>
#include <QIODevice>
#include <QStringDecoder>

#include <csv.h>
#include <deque>
#include <vector>

namespace truc2 {

class Utf8Transcoder;

class CsvReader final : public TableReader
{
public:
    /// Reads a CSV table from `device` (opened for reading; the reader owns it). `path` names
    /// the file in messages. Fails on an empty or binary file, or an unknown forced encoding.
    static Result<std::unique_ptr<TableReader>>
    create(std::unique_ptr<QIODevice> device, const QString& path, const TableReadOptions& options);

    ~CsvReader() override;

    /// The record takes the place of what `record` held, whose memory the reader reuses.
    bool next(TableRecord& record) override;
    qint64 position() const override;
    qint64 size() const override;

    /// The separator a file's first lines use: the one among ; , TAB | that splits them (outside
    /// quotes) into the same number of fields, more than one; ';' when none does.
    static QChar detectSeparator(QByteArrayView utf8Sample);

private:
    CsvReader(QString path, TableFormat format, std::unique_ptr<QIODevice> device,
              std::unique_ptr<Utf8Transcoder> transcoder);

    static void onField(void* data, size_t length, void* self);
    static void onRecordEnd(int terminator, void* self);

    bool readMore();
    bool feed(QByteArrayView utf8);
    /// Parses one physical line (or part of one).
    bool parse(QByteArrayView line);
    void fail(const QString& message);
    QString where(qint64 line, qsizetype column) const;

    std::unique_ptr<QIODevice> m_device;
    std::unique_ptr<Utf8Transcoder> m_transcoder;
    csv_parser m_parser{};
    QByteArray m_pendingUtf8; ///< Text converted while opening (the sample), not yet parsed.
    std::deque<TableRecord> m_ready;
    /// Records handed back by next()'s caller: their cells' memory is written over by the
    /// records after, so that a long file is read without an allocation per cell.
    std::vector<TableRecord> m_spare;
    TableRecord m_record;   ///< The record being parsed.
    qsizetype m_fields = 0; ///< Its fields parsed so far (its cells beyond are leftovers).
    QStringDecoder m_decoder{QStringDecoder::Utf8, QStringDecoder::Flag::Stateless |
                                                       QStringDecoder::Flag::ConvertInitialBom};
    bool m_inRecord = false;
    qint64 m_line = 1;       ///< The line being fed.
    qint64 m_recordLine = 1; ///< Where the record being parsed starts.
    qint64 m_fieldLine = 1;  ///< Where the field being parsed starts.
    bool m_finished = false;
};

} // namespace truc2
