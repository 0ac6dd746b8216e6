// The XLSX export: a workbook Excel opens with typed cells, read back from its parts.
#include "ZipWriter.h"
#include "export/XlsxWriter.h"
#include "import/TableReader.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace truc2;

namespace {

/// One part of the workbook (a file of its zip), as text.
QString part(const QString& workbook, const QString& name)
{
    return QString::fromUtf8(test::readZipEntry(workbook, name));
}

/// The XML element of a cell, e.g. <c r="B2" s="2"><v>12</v></c>.
QString cellXml(const QString& sheet, const QString& reference)
{
    const QRegularExpression cell(QStringLiteral("<c r=\"%1\"[^>]*(/>|>.*?</c>)").arg(reference));
    return cell.match(sheet).captured(0);
}

ExportTable sample()
{
    ExportTable t;
    t.title = QStringLiteral("Inscriptions: 2021/2022 [RH]");
    t.addColumn(QStringLiteral("Matricule"));
    t.addColumn(QStringLiteral("Places"), ExportType::Integer);
    t.addColumn(QStringLiteral("Le"), ExportType::Date);
    t.addColumn(QStringLiteral("Arrivée"), ExportType::DateTime);
    t.addColumn(QStringLiteral("Heures"), ExportType::Decimal);
    t.addColumn(QStringLiteral("Satisfaction"), ExportType::Percentage);
    t.addColumn(QStringLiteral("Commentaire"));
    t.rows.append({QStringLiteral("00123"), 12, QDate(2021, 3, 9),
                   QDateTime(QDate(2021, 3, 12), QTime(9, 0)), -1.5, 0.75,
                   QStringLiteral("=HYPERLINK(\"http://x.invalid\",\"clic\")")});
    t.rows.append({QStringLiteral("+33 1 23"), QVariant(), QVariant(), QVariant(), 2, QVariant(),
                   QStringLiteral("@SUM(A1:A2)")});
    return t;
}

} // namespace

class TestXlsxWriter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void typedCells()
    {
        const QString path = m_dir.filePath(QStringLiteral("export.xlsx"));
        const Status written = writeXlsx(sample(), path);
        QVERIFY2(written, written ? "" : qPrintable(written.errorMessage()));
        const QString sheet = part(path, QStringLiteral("xl/worksheets/sheet1.xml"));
        QVERIFY(!sheet.isEmpty());
        // Nothing is a formula: text stays text (an inline string), without an apostrophe.
        QVERIFY(!sheet.contains(QStringLiteral("<f>")));
        const auto text = [&](const char* reference) {
            const QString xml = cellXml(sheet, QLatin1String(reference));
            return xml.contains(QStringLiteral("t=\"inlineStr\""))
                       ? QRegularExpression(QStringLiteral("<t[^>]*>(.*)</t>"))
                             .match(xml)
                             .captured(1)
                       : QStringLiteral("(not text) ") + xml;
        };
        QCOMPARE(text("A2"), QStringLiteral("00123"));
        QCOMPARE(text("A3"), QStringLiteral("+33 1 23"));
        QCOMPARE(text("G2"), QStringLiteral("=HYPERLINK(\"http://x.invalid\",\"clic\")"));
        QCOMPARE(text("G3"), QStringLiteral("@SUM(A1:A2)"));
        QCOMPARE(text("A1"), QStringLiteral("Matricule"));
        // Numbers are numbers; dates are day serials (9 March 2021 is 44264) with a date
        // format, a date-time carries its time as the fraction (9:00 is 0.375).
        QVERIFY2(cellXml(sheet, QStringLiteral("B2")).contains(QStringLiteral("<v>12</v>")),
                 qPrintable(cellXml(sheet, QStringLiteral("B2"))));
        QVERIFY(!cellXml(sheet, QStringLiteral("B2")).contains(QStringLiteral("t=\"s\"")));
        QVERIFY(cellXml(sheet, QStringLiteral("C2")).contains(QStringLiteral("<v>44264</v>")));
        QVERIFY(cellXml(sheet, QStringLiteral("D2")).contains(QStringLiteral("<v>44267.375</v>")));
        QVERIFY(cellXml(sheet, QStringLiteral("E2")).contains(QStringLiteral("<v>-1.5</v>")));
        QVERIFY(cellXml(sheet, QStringLiteral("F2")).contains(QStringLiteral("<v>0.75</v>")));
        QVERIFY(cellXml(sheet, QStringLiteral("E3")).contains(QStringLiteral("<v>2</v>")));
        // Empty cells are not written.
        QVERIFY(cellXml(sheet, QStringLiteral("B3")).isEmpty());
        const QString styles = part(path, QStringLiteral("xl/styles.xml"));
        QVERIFY(styles.contains(QStringLiteral("formatCode=\"dd/mm/yyyy\"")));
        QVERIFY(styles.contains(QStringLiteral("formatCode=\"dd/mm/yyyy hh:mm\"")));
        QVERIFY(styles.contains(QStringLiteral("formatCode=\"0.0%\"")));
    }

    void readsBackThroughTheTableReader()
    {
        const QString path = m_dir.filePath(QStringLiteral("read back.xlsx"));
        QVERIFY(writeXlsx(sample(), path));
        const Result<Table> table = readTable(path);
        QVERIFY2(table, table ? "" : qPrintable(table.errorMessage()));
        QCOMPARE(table->format.kind, TableFormat::Kind::Xlsx);
        QCOMPARE(table->format.sheets, QStringList{QStringLiteral("Inscriptions 2021 2022 RH")});
        QCOMPARE(table->records.size(), 3);
        QCOMPARE(
            table->records.at(0).cells,
            (QStringList{QStringLiteral("Matricule"), QStringLiteral("Places"),
                         QStringLiteral("Le"), QStringLiteral("Arrivée"), QStringLiteral("Heures"),
                         QStringLiteral("Satisfaction"), QStringLiteral("Commentaire")}));
        // A number cell is a number ("12", not "12.0"), a date cell an ISO date, text as it was.
        QCOMPARE(table->records.at(1).cells,
                 (QStringList{QStringLiteral("00123"), QStringLiteral("12"),
                              QStringLiteral("2021-03-09"), QStringLiteral("2021-03-12T09:00:00"),
                              QStringLiteral("-1.5"), QStringLiteral("0.75"),
                              QStringLiteral("=HYPERLINK(\"http://x.invalid\",\"clic\")")}));
        const TableRecord& second = table->records.at(2);
        QCOMPARE(second.cell(0), QStringLiteral("+33 1 23"));
        QVERIFY(second.cell(1).isNull());
        QVERIFY(second.cell(2).isNull());
        QCOMPARE(second.cell(4), QStringLiteral("2"));
        QCOMPARE(second.cell(6), QStringLiteral("@SUM(A1:A2)"));
    }

    void writesAndReadsInTurnInOneProgram()
    {
        // libxlsxwriter (the system's minizip) and the reader (libzip) in one process, in turn:
        // neither calls the other's zip functions.
        for (int round = 1; round <= 5; ++round) {
            ExportTable t;
            t.title = QStringLiteral("Tour %1").arg(round);
            t.addColumn(QStringLiteral("Tour"), ExportType::Integer);
            t.addColumn(QStringLiteral("Nom"));
            for (int i = 0; i < round * 200; ++i) {
                t.rows.append({round * 1000 + i, QStringLiteral("agent %1").arg(i)});
            }
            const QString path = m_dir.filePath(QStringLiteral("round.xlsx"));
            const Status written = writeXlsx(t, path);
            QVERIFY2(written, written ? "" : qPrintable(written.errorMessage()));
            const Result<Table> table = readTable(path);
            QVERIFY2(table, table ? "" : qPrintable(table.errorMessage()));
            QCOMPARE(table->format.sheet, QStringLiteral("Tour %1").arg(round));
            QCOMPARE(table->records.size(), round * 200 + 1);
            QCOMPARE(table->records.last().cells,
                     (QStringList{QString::number(round * 1000 + round * 200 - 1),
                                  QStringLiteral("agent %1").arg(round * 200 - 1)}));
            QVERIFY(QFile::remove(path));
        }
    }

    void headerFrozenFilteredAndSized()
    {
        const QString path = m_dir.filePath(QStringLiteral("layout.xlsx"));
        QVERIFY(writeXlsx(sample(), path));
        const QString sheet = part(path, QStringLiteral("xl/worksheets/sheet1.xml"));
        QVERIFY(sheet.contains(QStringLiteral("ySplit=\"1\"")));
        QVERIFY(sheet.contains(QStringLiteral("state=\"frozen\"")));
        QVERIFY(sheet.contains(QStringLiteral("<autoFilter ref=\"A1:G3\"/>")));
        QCOMPARE(sheet.count(QStringLiteral("<col ")), 7);
        // The header row in bold: its cells share a style whose font is bold.
        const QString header = cellXml(sheet, QStringLiteral("A1"));
        QVERIFY(header.contains(QStringLiteral("s=\"1\"")));
        QVERIFY(part(path, QStringLiteral("xl/styles.xml")).contains(QStringLiteral("<b/>")));
        // The worksheet is named after the title, without the characters Excel refuses.
        QVERIFY(part(path, QStringLiteral("xl/workbook.xml"))
                    .contains(QStringLiteral("name=\"Inscriptions 2021 2022 RH\"")));
    }

    void awkwardText()
    {
        ExportTable t;
        t.addColumn(QStringLiteral("Texte"));
        t.rows.append({QStringLiteral("  indented")});
        t.rows.append({QStringLiteral("bell\x07 and _x0041_")});
        t.rows.append({QStringLiteral("<b>&amp;</b>")});
        const QString path = m_dir.filePath(QStringLiteral("awkward.xlsx"));
        QVERIFY(writeXlsx(t, path));
        const QString sheet = part(path, QStringLiteral("xl/worksheets/sheet1.xml"));
        QVERIFY(cellXml(sheet, QStringLiteral("A2"))
                    .contains(QStringLiteral("<t xml:space=\"preserve\">  indented</t>")));
        // A control character XML cannot carry, and text that looks like its escape.
        QVERIFY(cellXml(sheet, QStringLiteral("A3"))
                    .contains(QStringLiteral("bell_x0007_ and _x005F_x0041_")));
        QVERIFY(cellXml(sheet, QStringLiteral("A4"))
                    .contains(QStringLiteral("&lt;b&gt;&amp;amp;&lt;/b&gt;")));
    }

    void severalSheets()
    {
        // One worksheet per table, in order, with names made unique; the single-table form
        // writes one.
        const QString path = m_dir.filePath(QStringLiteral("several.xlsx"));
        ExportTable numbers;
        numbers.title = QStringLiteral("Chiffres");
        numbers.addColumn(QStringLiteral("N"), ExportType::Integer);
        numbers.rows = {{7}, {8}};
        ExportTable again = numbers;
        again.rows = {{9}};
        QVERIFY(writeXlsx(QList<ExportTable>{sample(), numbers, again}, path).ok());
        const Result<std::unique_ptr<TableReader>> reader = TableReader::open(path);
        QVERIFY(reader);
        QCOMPARE((*reader)->format().sheets,
                 (QStringList{QStringLiteral("Inscriptions 2021 2022 RH"),
                              QStringLiteral("Chiffres"), QStringLiteral("Chiffres (2)")}));
        TableReadOptions options;
        options.sheet = QStringLiteral("Chiffres (2)");
        const Result<Table> table = readTable(path, options);
        QVERIFY(table);
        QCOMPARE(table->records.size(), 2);
        QCOMPARE(table->records.at(1).cells, QStringList{QStringLiteral("9")});
        QVERIFY(part(path, QStringLiteral("xl/worksheets/sheet3.xml"))
                    .contains(QStringLiteral("<v>9</v>")));
    }

    void worksheetNames()
    {
        QCOMPARE(worksheetName(QStringLiteral("Agents")), QStringLiteral("Agents"));
        QCOMPARE(worksheetName(QStringLiteral("a/b\\c?d*e[f]g:h")),
                 QStringLiteral("a b c d e f g h"));
        QCOMPARE(worksheetName(QStringLiteral("'Sessions'")), QStringLiteral("Sessions"));
        QCOMPARE(worksheetName(QString(40, u'x')).size(), 31);
        QCOMPARE(worksheetName(QStringLiteral("  ")), QStringLiteral("Export"));
    }

    void writesAllOrNothing()
    {
        const QString path = m_dir.filePath(QStringLiteral("replaced.xlsx"));
        QFile existing(path);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("old");
        existing.close();
        QVERIFY(writeXlsx(sample(), path));
        QVERIFY(part(path, QStringLiteral("xl/worksheets/sheet1.xml"))
                    .contains(QStringLiteral("<v>44264</v>")));
        // No temporary file is left beside it.
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden, QDir::Name),
                 (QStringList{QStringLiteral("awkward.xlsx"), QStringLiteral("export.xlsx"),
                              QStringLiteral("layout.xlsx"), QStringLiteral("read back.xlsx"),
                              QStringLiteral("replaced.xlsx"), QStringLiteral("several.xlsx")}));

        const QString nowhere = m_dir.filePath(QStringLiteral("missing/export.xlsx"));
        const Status failed = writeXlsx(sample(), nowhere);
        QVERIFY(!failed);
        QVERIFY2(failed.errorMessage().contains(QDir::toNativeSeparators(nowhere)),
                 qPrintable(failed.errorMessage()));
        QVERIFY(!QFile::exists(nowhere));
    }
};

QTEST_GUILESS_MAIN(TestXlsxWriter)
#include "tst_xlsxwriter.moc"
