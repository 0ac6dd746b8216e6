#pragma once

// One reader for the tables that arrive as files (CSV in every shape people have, XLSX), used by
// every import. Files are read as a stream of records, so a large file never has to fit in
// memory; a preview reads the first records only.

#include "core/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace truc2 {

/// One record of a table: its cells and where it starts in the file.
struct TableRecord
{
    /// The cells in file order. A null QString (isNull()) is a cell with nothing in it: an empty
    /// unquoted CSV field, a missing XLSX cell. `""` quoted in a CSV is an empty, non-null string.
    QStringList cells;
    /// 1-based line of the file where the record starts (a CSV record may span several lines);
    /// the row number for a worksheet.
    qint64 line = 0;

    /// The cell at `column`, or a null string past the record's end.
    QString cell(qsizetype column) const
    {
        return column < cells.size() ? cells.at(column) : QString();
    }
};

/// What the reader found out about a file.
struct TableFormat
{
    enum class Kind
    {
        Csv,
        Xlsx
    };
    Kind kind = Kind::Csv;
    QString encoding; ///< CSV: "UTF-8", "windows-1252", "UTF-16LE" … (as detected or chosen).
    bool byteOrderMark = false;
    QChar separator;    ///< CSV: ';' ',' '\t' or '|'.
    QStringList sheets; ///< XLSX: the worksheets' names, in workbook order.
    QString sheet;      ///< XLSX: the worksheet being read.
};

/// How to read a file; every member left empty is detected.
struct TableReadOptions
{
    QString encoding; ///< CSV: an encoding name QStringConverter or uchardet knows.
    QChar separator;  ///< CSV
    QString sheet;    ///< XLSX: a worksheet's name; empty reads the first one.
};

/// Reads a table file record by record. Errors name the file, line and column, in the user's
/// language ("clients.csv, ligne 7, colonne 3 : guillemet non fermé").
class TableReader
{
public:
    /// Opens a CSV or XLSX file (recognised by its content, not its name) and detects its
    /// encoding and separator, or its worksheets; an empty, binary or unreadable file is an
    /// error that says so.
    static Result<std::unique_ptr<TableReader>> open(const QString& path,
                                                     const TableReadOptions& options = {});
    /// The same for a file's content already in memory (tests, fuzzing); `name` stands for the
    /// file's path in messages.
    static Result<std::unique_ptr<TableReader>>
    openData(const QByteArray& data, const QString& name, const TableReadOptions& options = {});

    virtual ~TableReader() = default;
    TableReader(const TableReader&) = delete;
    TableReader& operator=(const TableReader&) = delete;

    const TableFormat& format() const { return m_format; }
    const QString& path() const { return m_path; }

    /// Reads the next record into `record`. Returns false at the end of the table or on an
    /// error; then `error()` tells which (no error at a clean end). Blank trailing lines are not
    /// records.
    virtual bool next(TableRecord& record) = 0;

    bool failed() const { return m_error.has_value(); }
    /// The error that ended the reading; an empty one while there is none.
    const Error& error() const
    {
        static const Error none;
        return m_error ? *m_error : none;
    }

    /// Progress of the reading, for a progress bar: bytes consumed out of `size()`.
    virtual qint64 position() const = 0;
    virtual qint64 size() const = 0;

protected:
    TableReader(QString path, TableFormat format)
        : m_path(std::move(path))
        , m_format(std::move(format))
    {}
    void setError(Error error) { m_error = std::move(error); }

private:
    QString m_path;
    TableFormat m_format;
    std::optional<Error> m_error;
};

/// A table read whole (or its first records): previews, small files, tests.
struct Table
{
    QString path;
    TableFormat format;
    QList<TableRecord> records; ///< Every record, header rows included.
};

/// Reads up to `maxRecords` records (all when negative). An error while reading fails the whole.
Result<Table> readTable(const QString& path, const TableReadOptions& options = {},
                        qsizetype maxRecords = -1);

/// The index of the record that holds the column names among a file's first records (ten are
/// looked at): the first row that fills at least three quarters of the table's width, with
/// mostly distinct texts that are mostly not numbers. That skips the title and group rows some
/// tools write above it: Framaforms (Drupal Webform's "Delimited text") writes the form's title,
/// then "Submission Details" and the questions whose answers span several columns, then the
/// column names. LimeSurvey, Google Forms and Microsoft Forms write the names first. 0 when
/// nothing better is found.
qsizetype detectHeaderRow(const QList<TableRecord>& firstRecords);

} // namespace truc2
