#include "export/XlsxWriter.h"

#include "export/ExportText.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QTemporaryFile>
#include <QXmlStreamWriter>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <system_error>

// Why not libxlsxwriter: it calls minizip's zipOpen(), zipClose() …, and QuaZip exports
// functions of the same names with other arguments. In one program (the XLSX reader of the
// imports uses QuaZip) whichever library is loaded first serves both, and the other crashes.
// The few parts of a one-sheet workbook are simple enough to write here.

namespace truc2 {
namespace {

class XlsxText
{
    Q_DECLARE_TR_FUNCTIONS(XlsxWriter)
};

const QString kMain = QStringLiteral("http://schemas.openxmlformats.org/spreadsheetml/2006/main");
const QString kRelationships =
    QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");
const QString kPackageRelationships =
    QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships");

/// Excel's limits: the text of one cell, rows and columns of a sheet.
constexpr qsizetype kMaxCellText = 32767;
constexpr qsizetype kMaxRows = 1048576;
constexpr qsizetype kMaxColumns = 16384;
constexpr qsizetype kMinWidth = 8;
constexpr qsizetype kMaxWidth = 60;

/// The cell styles of styles.xml, by index.
enum Style
{
    General,
    Header,
    IntegerStyle,
    DateStyle,
    DateTimeStyle,
    PercentageStyle
};

QString columnName(qsizetype column)
{
    QString name;
    for (qsizetype n = column + 1; n > 0; n = (n - 1) / 26) {
        name.prepend(QChar(u'A' + char16_t((n - 1) % 26)));
    }
    return name;
}

QString cellReference(qsizetype row, qsizetype column)
{
    return columnName(column) + QString::number(row + 1);
}

/// Text as a cell holds it: characters XML cannot carry are written as Excel's _xHHHH_, and
/// text that already looks like such an escape keeps its underscore (_x005F_).
QString cellText(const QString& text)
{
    static const QRegularExpression escapeLike(QStringLiteral("_(x[0-9A-Fa-f]{4}_)"));
    QString result = text.left(kMaxCellText);
    result.replace(escapeLike, QStringLiteral("_x005F_\\1"));
    QString escaped;
    escaped.reserve(result.size());
    for (const QChar c : std::as_const(result)) {
        if ((c.unicode() < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') ||
            c.unicode() == 0xFFFE || c.unicode() == 0xFFFF) {
            escaped += QStringLiteral("_x%1_").arg(QString::number(c.unicode(), 16).toUpper(), 4,
                                                   QLatin1Char('0'));
        } else {
            escaped += c;
        }
    }
    return escaped;
}

/// Days since 30 December 1899, the day count Excel stores (valid from March 1900).
double excelSerial(const QDateTime& moment)
{
    return double(QDate(1899, 12, 30).daysTo(moment.date())) +
           double(moment.time().msecsSinceStartOfDay()) / 86'400'000.0;
}

QString number(double value)
{
    return QLocale::c().toString(value, 'g', QLocale::FloatingPointShortest);
}

class SheetWriter
{
public:
    explicit SheetWriter(const ExportTable& table)
        : m_table(table)
        , m_columns(std::min(table.columns.size(), kMaxColumns))
        , m_rows(std::min(table.rows.size(), kMaxRows - 1))
        , m_widths(m_columns, 0)
    {}

    QByteArray write()
    {
        QByteArray data;
        {
            QXmlStreamWriter xml(&data);
            xml.writeStartElement(QStringLiteral("sheetData"));
            xml.writeStartElement(QStringLiteral("row"));
            xml.writeAttribute(QStringLiteral("r"), QStringLiteral("1"));
            for (qsizetype c = 0; c < m_columns; ++c) {
                const QString& title = m_table.columns.at(c).title;
                writeText(xml, 0, c, title, Header);
                m_widths[c] = title.size() + 3; // The autofilter's button.
            }
            xml.writeEndElement();
            for (qsizetype r = 0; r < m_rows; ++r) {
                xml.writeStartElement(QStringLiteral("row"));
                xml.writeAttribute(QStringLiteral("r"), QString::number(r + 2));
                const QVariantList& row = m_table.rows.at(r);
                for (qsizetype c = 0; c < m_columns && c < row.size(); ++c) {
                    writeCell(xml, r + 1, c, row.at(c), m_table.columns.at(c).type);
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        return head() + data + tail();
    }

    QString range() const
    {
        return QStringLiteral("A1:") + cellReference(m_rows, std::max<qsizetype>(m_columns, 1) - 1);
    }

private:
    void writeCell(QXmlStreamWriter& xml, qsizetype row, qsizetype column, const QVariant& value,
                   ExportType type)
    {
        if (!value.isValid() || value.isNull()) {
            return;
        }
        bool ok = false;
        switch (type) {
        case ExportType::Text:
            break;
        case ExportType::Integer:
            if (const qlonglong n = value.toLongLong(&ok); ok) {
                return writeNumber(xml, row, column, QString::number(n), IntegerStyle);
            }
            break;
        case ExportType::Decimal:
            if (const double n = value.toDouble(&ok); ok && std::isfinite(n)) {
                return writeNumber(xml, row, column, number(n), General);
            }
            break;
        case ExportType::Percentage:
            if (const double n = value.toDouble(&ok); ok && std::isfinite(n)) {
                return writeNumber(xml, row, column, number(n), PercentageStyle, 7);
            }
            break;
        case ExportType::Date:
            if (const QDate day = exportDate(value); day.isValid() && day >= QDate(1900, 3, 1)) {
                return writeNumber(xml, row, column, number(excelSerial(day.startOfDay())),
                                   DateStyle, 10);
            }
            break;
        case ExportType::DateTime:
            if (const QDateTime moment = exportDateTime(value);
                moment.isValid() && moment.date() >= QDate(1900, 3, 1)) {
                // To the minute, as the CSV shows it.
                const QDateTime minute(moment.date(),
                                       QTime(moment.time().hour(), moment.time().minute()));
                return writeNumber(xml, row, column, number(excelSerial(minute)), DateTimeStyle,
                                   16);
            }
            break;
        }
        writeText(xml, row, column, value.toString(), General);
    }

    void writeNumber(QXmlStreamWriter& xml, qsizetype row, qsizetype column, const QString& text,
                     Style style, qsizetype width = 0)
    {
        xml.writeStartElement(QStringLiteral("c"));
        xml.writeAttribute(QStringLiteral("r"), cellReference(row, column));
        if (style != General) {
            xml.writeAttribute(QStringLiteral("s"), QString::number(style));
        }
        xml.writeTextElement(QStringLiteral("v"), text);
        xml.writeEndElement();
        m_widths[column] = std::max(m_widths.at(column), width > 0 ? width : text.size());
    }

    /// Text as an inline string: never a formula, whatever it starts with.
    void writeText(QXmlStreamWriter& xml, qsizetype row, qsizetype column, const QString& text,
                   Style style)
    {
        if (text.isEmpty()) {
            return;
        }
        xml.writeStartElement(QStringLiteral("c"));
        xml.writeAttribute(QStringLiteral("r"), cellReference(row, column));
        if (style != General) {
            xml.writeAttribute(QStringLiteral("s"), QString::number(style));
        }
        xml.writeAttribute(QStringLiteral("t"), QStringLiteral("inlineStr"));
        xml.writeStartElement(QStringLiteral("is"));
        xml.writeStartElement(QStringLiteral("t"));
        if (text.front().isSpace() || text.back().isSpace()) {
            xml.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
        }
        xml.writeCharacters(cellText(text));
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        for (const QStringView line : QStringView(text).split(u'\n')) {
            m_widths[column] = std::max(m_widths.at(column), line.size());
        }
    }

    QByteArray head() const
    {
        QString text =
            QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                           "<worksheet xmlns=\"%1\" xmlns:r=\"%2\"><dimension ref=\"%3\"/>"
                           "<sheetViews><sheetView tabSelected=\"1\" workbookViewId=\"0\">"
                           "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" "
                           "state=\"frozen\"/><selection pane=\"bottomLeft\" activeCell=\"A2\" "
                           "sqref=\"A2\"/></sheetView></sheetViews>"
                           "<sheetFormatPr defaultRowHeight=\"15\"/>")
                .arg(kMain, kRelationships, range());
        if (m_columns > 0) {
            text += QStringLiteral("<cols>");
            for (qsizetype c = 0; c < m_columns; ++c) {
                const qsizetype width = std::clamp(m_widths.at(c) + 1, kMinWidth, kMaxWidth);
                text +=
                    QStringLiteral("<col min=\"%1\" max=\"%1\" width=\"%2\" customWidth=\"1\"/>")
                        .arg(c + 1)
                        .arg(width);
            }
            text += QStringLiteral("</cols>");
        }
        return text.toUtf8();
    }

    QByteArray tail() const
    {
        return m_columns > 0
                   ? QStringLiteral("<autoFilter ref=\"%1\"/></worksheet>").arg(range()).toUtf8()
                   : QByteArrayLiteral("</worksheet>");
    }

    const ExportTable& m_table;
    qsizetype m_columns;
    qsizetype m_rows;
    QList<qsizetype> m_widths;
};

QByteArray contentTypes()
{
    const QString sheet = QStringLiteral("application/vnd.openxmlformats-officedocument."
                                         "spreadsheetml.");
    return QStringLiteral(
               "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
               "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
               "<Default Extension=\"rels\" ContentType=\"application/"
               "vnd.openxmlformats-package.relationships+xml\"/>"
               "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
               "<Override PartName=\"/xl/workbook.xml\" ContentType=\"%1sheet.main+xml\"/>"
               "<Override PartName=\"/xl/worksheets/sheet1.xml\" "
               "ContentType=\"%1worksheet+xml\"/>"
               "<Override PartName=\"/xl/styles.xml\" ContentType=\"%1styles+xml\"/></Types>")
        .arg(sheet)
        .toUtf8();
}

QByteArray packageRelationships()
{
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                          "<Relationships xmlns=\"%1\"><Relationship Id=\"rId1\" Type=\"%2/"
                          "officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>")
        .arg(kPackageRelationships, kRelationships)
        .toUtf8();
}

QByteArray workbookRelationships()
{
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                          "<Relationships xmlns=\"%1\">"
                          "<Relationship Id=\"rId1\" Type=\"%2/worksheet\" "
                          "Target=\"worksheets/sheet1.xml\"/>"
                          "<Relationship Id=\"rId2\" Type=\"%2/styles\" Target=\"styles.xml\"/>"
                          "</Relationships>")
        .arg(kPackageRelationships, kRelationships)
        .toUtf8();
}

QByteArray workbook(const QString& sheetName, const QString& range)
{
    QByteArray data;
    QXmlStreamWriter xml(&data);
    xml.writeStartDocument(QStringLiteral("1.0"), true);
    xml.writeStartElement(QStringLiteral("workbook"));
    xml.writeDefaultNamespace(kMain);
    xml.writeNamespace(kRelationships, QStringLiteral("r"));
    xml.writeStartElement(QStringLiteral("sheets"));
    xml.writeEmptyElement(QStringLiteral("sheet"));
    xml.writeAttribute(QStringLiteral("name"), sheetName);
    xml.writeAttribute(QStringLiteral("sheetId"), QStringLiteral("1"));
    xml.writeAttribute(kRelationships, QStringLiteral("id"), QStringLiteral("rId1"));
    xml.writeEndElement();
    // Excel keeps an autofilter's range under this name.
    xml.writeStartElement(QStringLiteral("definedNames"));
    xml.writeStartElement(QStringLiteral("definedName"));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("_xlnm._FilterDatabase"));
    xml.writeAttribute(QStringLiteral("localSheetId"), QStringLiteral("0"));
    xml.writeAttribute(QStringLiteral("hidden"), QStringLiteral("1"));
    QString absolute = range;
    absolute.replace(QRegularExpression(QStringLiteral("([A-Z]+)([0-9]+)")),
                     QStringLiteral("$\\1$\\2"));
    QString quotedName = sheetName;
    quotedName.replace(QLatin1Char('\''), QLatin1String("''"));
    xml.writeCharacters(QStringLiteral("'%1'!%2").arg(quotedName, absolute));
    xml.writeEndDocument();
    return data;
}

QByteArray styles()
{
    return QStringLiteral(
               "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
               "<styleSheet xmlns=\"%1\"><numFmts count=\"3\">"
               "<numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/>"
               "<numFmt numFmtId=\"165\" formatCode=\"dd/mm/yyyy hh:mm\"/>"
               "<numFmt numFmtId=\"166\" formatCode=\"0.0%\"/></numFmts>"
               "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/>"
               "<family val=\"2\"/></font><font><b/><sz val=\"11\"/><name val=\"Calibri\"/>"
               "<family val=\"2\"/></font></fonts>"
               "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
               "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
               "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/>"
               "</border></borders>"
               "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" "
               "borderId=\"0\"/></cellStyleXfs><cellXfs count=\"6\">"
               "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
               "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
               "applyFont=\"1\"/>"
               "<xf numFmtId=\"1\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
               "applyNumberFormat=\"1\"/>"
               "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
               "applyNumberFormat=\"1\"/>"
               "<xf numFmtId=\"165\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
               "applyNumberFormat=\"1\"/>"
               "<xf numFmtId=\"166\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
               "applyNumberFormat=\"1\"/></cellXfs>"
               "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/>"
               "</cellStyles></styleSheet>")
        .arg(kMain)
        .toUtf8();
}

bool addPart(QuaZip& zip, const QString& name, const QByteArray& bytes)
{
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name))) {
        return false;
    }
    const bool written = file.write(bytes) == bytes.size();
    file.close();
    return written && file.getZipError() == UNZ_OK;
}

} // namespace

QString worksheetName(const QString& title)
{
    QString name = title.simplified();
    for (const QChar forbidden : {u'[', u']', u':', u'*', u'?', u'/', u'\\'}) {
        name.replace(forbidden, QLatin1Char(' '));
    }
    name = name.simplified().left(31).trimmed();
    // A name may not start or end with an apostrophe.
    while (name.startsWith(QLatin1Char('\'')) || name.endsWith(QLatin1Char('\''))) {
        name = name.startsWith(QLatin1Char('\'')) ? name.mid(1) : name.chopped(1);
    }
    return name.isEmpty() ? QStringLiteral("Export") : name;
}

Status writeXlsx(const ExportTable& table, const QString& path)
{
    const auto cannotWrite = [&](const QString& why) {
        return Error{XlsxText::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), why)};
    };
    // Zipped under a temporary name beside the target, renamed over it at the end.
    const QFileInfo target(path);
    QTemporaryFile partial(
        target.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX.part").arg(target.fileName())));
    if (!partial.open()) {
        return cannotWrite(partial.errorString());
    }
    partial.close();

    SheetWriter sheet(table);
    const QByteArray sheetXml = sheet.write();
    QuaZip zip(partial.fileName());
    if (!zip.open(QuaZip::mdCreate)) {
        return cannotWrite(XlsxText::tr("the workbook could not be created."));
    }
    const bool complete =
        addPart(zip, QStringLiteral("[Content_Types].xml"), contentTypes()) &&
        addPart(zip, QStringLiteral("_rels/.rels"), packageRelationships()) &&
        addPart(zip, QStringLiteral("xl/workbook.xml"),
                workbook(worksheetName(table.title), sheet.range())) &&
        addPart(zip, QStringLiteral("xl/_rels/workbook.xml.rels"), workbookRelationships()) &&
        addPart(zip, QStringLiteral("xl/styles.xml"), styles()) &&
        addPart(zip, QStringLiteral("xl/worksheets/sheet1.xml"), sheetXml);
    zip.close();
    if (!complete || zip.getZipError() != UNZ_OK) {
        return cannotWrite(XlsxText::tr("the disk may be full."));
    }
    std::error_code renamed;
    std::filesystem::rename(std::filesystem::path(partial.fileName().toStdU16String()),
                            std::filesystem::path(path.toStdU16String()), renamed);
    if (renamed) {
        return cannotWrite(QString::fromStdString(renamed.message()));
    }
    partial.setAutoRemove(false);
    return {};
}

} // namespace truc2
