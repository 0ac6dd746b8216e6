#include "import/TableReader.h"

#include "import/CsvReader.h"
#include "import/ReaderText.h"
#include "import/XlsxReader.h"

#include <QBuffer>
#include <QFile>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace truc2 {
namespace {

/// Records detectHeaderRow() looks at.
constexpr qsizetype kHeaderSearchRecords = 10;

Result<std::unique_ptr<TableReader>>
openDevice(std::unique_ptr<QIODevice> device, const QString& path, const TableReadOptions& options)
{
    const QByteArray magic = device->peek(8);
    if (magic.startsWith("PK\x03\x04") || magic.startsWith("PK\x05\x06")) {
        return XlsxReader::create(std::move(device), path, options);
    }
    if (magic.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
        return Error{ReaderText::tr("%1 is an old Excel workbook (.xls); save it as .xlsx or as "
                                    "CSV in Excel, then import that file.")
                         .arg(ReaderText::fileName(path))};
    }
    return CsvReader::create(std::move(device), path, options);
}

/// How many cells of a record hold text (spaces alone are nothing).
qsizetype filledCells(const TableRecord& record)
{
    return std::count_if(record.cells.cbegin(), record.cells.cend(),
                         [](const QString& cell) { return !cell.trimmed().isEmpty(); });
}

/// The record's width: up to its last filled cell.
qsizetype usedWidth(const TableRecord& record)
{
    qsizetype width = record.cells.size();
    while (width > 0 && record.cells.at(width - 1).trimmed().isEmpty()) {
        --width;
    }
    return width;
}

bool isNumber(const QString& text)
{
    bool number = false;
    QString(text).replace(QLatin1Char(','), QLatin1Char('.')).trimmed().toDouble(&number);
    return number;
}

} // namespace

Result<std::unique_ptr<TableReader>> TableReader::open(const QString& path,
                                                       const TableReadOptions& options)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->exists()) {
        return Error{
            ReaderText::tr("%1: the file does not exist.").arg(ReaderText::fileName(path))};
    }
    if (!file->open(QIODevice::ReadOnly)) {
        return Error{ReaderText::tr("%1 cannot be opened: %2")
                         .arg(ReaderText::fileName(path), file->errorString())};
    }
    return openDevice(std::move(file), path, options);
}

Result<std::unique_ptr<TableReader>>
TableReader::openData(const QByteArray& data, const QString& name, const TableReadOptions& options)
{
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(data);
    buffer->open(QIODevice::ReadOnly);
    return openDevice(std::move(buffer), name, options);
}

Result<Table> readTable(const QString& path, const TableReadOptions& options, qsizetype maxRecords)
{
    Result<std::unique_ptr<TableReader>> reader = TableReader::open(path, options);
    if (!reader) {
        return reader.error();
    }
    Table table{path, (*reader)->format(), {}};
    TableRecord record;
    while ((maxRecords < 0 || table.records.size() < maxRecords) && (*reader)->next(record)) {
        table.records.append(std::move(record));
    }
    if ((*reader)->failed()) {
        return (*reader)->error();
    }
    return table;
}

qsizetype detectHeaderRow(const QList<TableRecord>& firstRecords)
{
    // Title and group rows (Framaforms' form title, then "Submission Details" and the questions
    // that span several answer columns) fill a few cells of the table's width; the column names
    // fill (nearly) all of them, mostly with distinct words rather than numbers.
    const qsizetype count = std::min(firstRecords.size(), kHeaderSearchRecords);
    qsizetype width = 0;
    for (qsizetype i = 0; i < count; ++i) {
        width = std::max(width, usedWidth(firstRecords.at(i)));
    }
    if (width < 2) {
        return 0;
    }
    const auto needed = static_cast<qsizetype>(std::ceil(0.75 * static_cast<double>(width)));
    for (qsizetype i = 0; i < count; ++i) {
        const TableRecord& record = firstRecords.at(i);
        const qsizetype filled = filledCells(record);
        if (filled < needed) {
            continue;
        }
        QSet<QString> distinct;
        qsizetype numbers = 0;
        for (const QString& cell : record.cells) {
            const QString text = cell.trimmed();
            if (!text.isEmpty()) {
                distinct.insert(text.toCaseFolded());
                numbers += isNumber(text) ? 1 : 0;
            }
        }
        if (distinct.size() * 2 >= filled && numbers * 2 < filled) {
            return i;
        }
    }
    return 0;
}

} // namespace truc2
