#include "import/XlsxReader.h"

#include "import/ReaderText.h"

#include <QBuffer>

namespace truc2 {
namespace {

/// Excel's last column, XFD.
constexpr int kMaxColumns = 16384;

enum class PartStatus
{
    Read,
    Missing,
    Damaged
};

/// Reads one XML part of the workbook with `parse`.
template <typename Parse>
PartStatus readPart(const ZipArchive& zip, const QString& name, Parse parse)
{
    if (!zip.contains(name)) {
        return PartStatus::Missing;
    }
    const std::unique_ptr<ZipEntryDevice> file = zip.entry(name);
    if (!file) {
        return PartStatus::Damaged;
    }
    QXmlStreamReader xml(file.get());
    const bool parsed = parse(xml);
    // To the end, so that the part's checksum is checked.
    return parsed && file->readToEnd() ? PartStatus::Read : PartStatus::Damaged;
}

/// The part a relationship of the workbook points at, by the type's last segment.
QString partOfType(const QList<xlsx::Relationship>& relationships, QStringView type,
                   const QString& fallback)
{
    for (const xlsx::Relationship& relationship : relationships) {
        if (relationship.type.endsWith(QLatin1Char('/') + type)) {
            return xlsx::resolveTarget(relationship.target);
        }
    }
    return fallback;
}

} // namespace

XlsxReader::XlsxReader(QString path, TableFormat format)
    : TableReader(std::move(path), std::move(format))
{}

XlsxReader::~XlsxReader()
{
    m_sheet.reset(); // before the archive it reads
    m_zip.reset();
}

QString XlsxReader::damaged(const QString& path)
{
    return ReaderText::tr("%1: the Excel workbook is damaged or truncated.")
        .arg(ReaderText::fileName(path));
}

Result<std::unique_ptr<TableReader>> XlsxReader::create(std::unique_ptr<QIODevice> device,
                                                        const QString& path,
                                                        const TableReadOptions& options)
{
    const QString name = ReaderText::fileName(path);
    const Error damaged{XlsxReader::damaged(path)};
    // The workbook is read into memory (an import's file is a few megabytes at most); a buffer
    // is shared as it is.
    auto* buffer = qobject_cast<QBuffer*>(device.get());
    std::unique_ptr<ZipArchive> zip =
        ZipArchive::open(buffer != nullptr ? buffer->data() : device->readAll());
    if (!zip) {
        return damaged;
    }
    xlsx::Workbook workbook;
    switch (readPart(*zip, QStringLiteral("xl/workbook.xml"),
                     [&](QXmlStreamReader& xml) { return xlsx::parseWorkbook(xml, workbook); })) {
    case PartStatus::Missing:
        return Error{
            ReaderText::tr("%1 is a zip archive, not an Excel workbook (.xlsx).").arg(name)};
    case PartStatus::Damaged:
        return damaged;
    case PartStatus::Read:
        break;
    }
    QList<xlsx::Relationship> relationships;
    QStringList sharedStrings;
    QList<xlsx::DateKind> styles;
    if (readPart(*zip, QStringLiteral("xl/_rels/workbook.xml.rels"), [&](QXmlStreamReader& xml) {
            return xlsx::parseRelationships(xml, relationships);
        }) != PartStatus::Read) {
        return damaged;
    }
    TableFormat format;
    format.kind = TableFormat::Kind::Xlsx;
    for (const xlsx::SheetEntry& sheet : std::as_const(workbook.sheets)) {
        format.sheets << sheet.name;
    }
    if (workbook.sheets.isEmpty()) {
        return Error{ReaderText::tr("%1: the workbook has no worksheet.").arg(name)};
    }
    qsizetype chosen = 0;
    if (!options.sheet.isEmpty()) {
        chosen = format.sheets.indexOf(options.sheet);
        if (chosen < 0) {
            return Error{ReaderText::tr("%1 has no worksheet named \"%2\"; its worksheets: %3.")
                             .arg(name, options.sheet, format.sheets.join(QStringLiteral(", ")))};
        }
    }
    format.sheet = format.sheets.at(chosen);
    QString sheetPart;
    for (const xlsx::Relationship& relationship : std::as_const(relationships)) {
        if (relationship.id == workbook.sheets.at(chosen).relationId) {
            sheetPart = xlsx::resolveTarget(relationship.target);
        }
    }
    const QString sharedPart =
        partOfType(relationships, u"sharedStrings", QStringLiteral("xl/sharedStrings.xml"));
    if (readPart(*zip, sharedPart, [&](QXmlStreamReader& xml) {
            return xlsx::parseSharedStrings(xml, sharedStrings);
        }) == PartStatus::Damaged) {
        return damaged;
    }
    const QString stylesPart =
        partOfType(relationships, u"styles", QStringLiteral("xl/styles.xml"));
    if (readPart(*zip, stylesPart, [&](QXmlStreamReader& xml) {
            return xlsx::parseStyles(xml, styles);
        }) == PartStatus::Damaged) {
        return damaged;
    }
    std::unique_ptr<ZipEntryDevice> sheet = sheetPart.isEmpty() ? nullptr : zip->entry(sheetPart);
    if (!sheet) {
        return damaged;
    }
    auto reader = std::unique_ptr<XlsxReader>(new XlsxReader(path, std::move(format)));
    reader->m_sheetSize = sheet->size();
    reader->m_date1904 = workbook.date1904;
    reader->m_sharedStrings = std::move(sharedStrings);
    reader->m_styles = std::move(styles);
    reader->m_device = std::move(device);
    reader->m_zip = std::move(zip);
    reader->m_sheet = std::move(sheet);
    reader->m_xml.setDevice(reader->m_sheet.get());
    return std::unique_ptr<TableReader>(std::move(reader));
}

bool XlsxReader::next(TableRecord& record)
{
    while (!m_finished && !failed() && !m_xml.atEnd() && !m_xml.hasError()) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (m_xml.name() == u"sheetData") {
                m_inSheetData = true;
            } else if (m_inSheetData && m_xml.name() == u"row") {
                if (readRow(record)) {
                    return true;
                }
            }
        } else if (token == QXmlStreamReader::EndElement && m_xml.name() == u"sheetData") {
            m_finished = true;
        }
    }
    if (!m_finished && !failed() && m_xml.hasError()) {
        fail(ReaderText::tr("%1: the worksheet \"%2\" is damaged or truncated (%3).")
                 .arg(ReaderText::fileName(path()), format().sheet, m_xml.errorString()));
    }
    m_finished = true;
    return false;
}

bool XlsxReader::readRow(TableRecord& record)
{
    bool numbered = false;
    const qint64 number = m_xml.attributes().value(QLatin1String("r")).toLongLong(&numbered);
    m_row = numbered && number > 0 ? number : m_row + 1;
    QStringList cells;
    int nextColumn = 0;
    while (m_xml.readNextStartElement()) {
        if (m_xml.name() != u"c") {
            m_xml.skipCurrentElement();
            continue;
        }
        const QXmlStreamAttributes attributes = m_xml.attributes();
        const QString reference = attributes.value(QLatin1String("r")).toString();
        const QString type = attributes.value(QLatin1String("t")).toString();
        bool styled = false;
        const int style = attributes.value(QLatin1String("s")).toInt(&styled);
        const int column = reference.isEmpty() ? nextColumn : xlsx::columnIndex(reference);
        if (column < 0 || column >= kMaxColumns) {
            fail(ReaderText::tr("%1, row %2: \"%3\" is not a cell reference.")
                     .arg(ReaderText::fileName(path()))
                     .arg(m_row)
                     .arg(reference));
            return false;
        }
        QString value;
        bool hasValue = false;
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() == u"v") {
                value = m_xml.readElementText(QXmlStreamReader::IncludeChildElements);
                hasValue = true;
            } else if (m_xml.name() == u"is") {
                value = xlsx::readStringItem(m_xml);
                hasValue = true;
            } else {
                m_xml.skipCurrentElement(); // <f> formulas, <extLst>
            }
        }
        const QString text = cellText(type, styled ? style : 0, value, hasValue, reference);
        if (failed()) {
            return false;
        }
        if (cells.size() <= column) {
            cells.resize(column + 1);
        }
        cells[column] = text;
        nextColumn = column + 1;
    }
    if (m_xml.hasError()) {
        return false;
    }
    if (std::all_of(cells.cbegin(), cells.cend(),
                    [](const QString& cell) { return cell.isNull(); })) {
        return false;
    }
    record.cells = std::move(cells);
    record.line = m_row;
    return true;
}

QString XlsxReader::cellText(const QString& type, int style, const QString& value, bool hasValue,
                             const QString& reference)
{
    if (!hasValue) {
        return {};
    }
    const QString text = value.isNull() ? QStringLiteral("") : value;
    if (type == u"s") {
        bool ok = false;
        const qsizetype index = value.trimmed().toLongLong(&ok);
        if (!ok || index < 0 || index >= m_sharedStrings.size()) {
            fail(ReaderText::tr("%1, cell %2: the text it refers to is missing from the workbook.")
                     .arg(ReaderText::fileName(path()), reference));
            return {};
        }
        const QString& shared = m_sharedStrings.at(index);
        return shared.isNull() ? QStringLiteral("") : shared;
    }
    if (type == u"inlineStr" || type == u"str" || type == u"e" || type == u"d") {
        return text.contains(QLatin1String("_x")) ? xlsx::decodeEscapes(text) : text;
    }
    if (type == u"b") {
        return text.trimmed() == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    }
    if (text.trimmed().isEmpty()) {
        return {};
    }
    const xlsx::DateKind kind =
        style >= 0 && style < m_styles.size() ? m_styles.at(style) : xlsx::DateKind::None;
    if (kind != xlsx::DateKind::None) {
        bool ok = false;
        const double serial = text.trimmed().toDouble(&ok);
        const QString iso = ok ? xlsx::serialToIso(serial, kind, m_date1904) : QString();
        if (!iso.isNull()) {
            return iso;
        }
    }
    return xlsx::numberText(text);
}

void XlsxReader::fail(const QString& message)
{
    m_finished = true;
    setError(Error{message});
}

qint64 XlsxReader::position() const
{
    return m_sheet->consumed();
}

qint64 XlsxReader::size() const
{
    return m_sheetSize;
}

} // namespace truc2
