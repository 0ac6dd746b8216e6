// XlsxReader through TableReader: workbooks built at test time from the XML parts committed in
// tests/fixtures/import/xlsx/ (a Microsoft Forms export, inline strings, two sheets), damaged
// archives, and the conversions of XlsxParts.

#include "ZipWriter.h"
#include "import/TableReader.h"
#include "import/XlsxParts.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace truc2;

namespace {

/// A zip archive of every file under `folder` (hidden ones included: _rels/.rels).
QByteArray zipFolder(const QString& folder)
{
    return test::zipBytes(test::folderEntries(folder));
}

QByteArray workbook(const QString& name)
{
    return zipFolder(QStringLiteral(TRUC2_FIXTURES_DIR "/import/xlsx/") + name);
}

QList<TableRecord> readAll(TableReader& reader)
{
    QList<TableRecord> records;
    TableRecord record;
    while (reader.next(record)) {
        records.append(record);
    }
    return records;
}

} // namespace

class TestXlsxReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void microsoftFormsExport();
    void inlineStringsAndCellTypes();
    void chosenSheet();
    void unknownSheet();
    void truncatedWorkbook();
    void corruptWorksheet();
    void zipThatIsNotAWorkbook();
    void dateSerials();
    void formatCodes();
    void cellReferences();
    void numbers();
};

void TestXlsxReader::microsoftFormsExport()
{
    QTemporaryDir folder;
    QFile file(folder.filePath(QStringLiteral("Satisfaction(1-3).xlsx")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(workbook(QStringLiteral("msforms")));
    file.close();
    Result<std::unique_ptr<TableReader>> reader = TableReader::open(file.fileName());
    QVERIFY2(reader.ok(), qPrintable(reader.ok() ? QString() : reader.errorMessage()));
    TableReader& table = **reader;
    QCOMPARE(table.format().kind, TableFormat::Kind::Xlsx);
    QCOMPARE(table.format().sheets, QStringList{QStringLiteral("Sheet1")});
    QCOMPARE(table.format().sheet, QStringLiteral("Sheet1"));
    QVERIFY(table.size() > 0);
    const QList<TableRecord> records = readAll(table);
    QVERIFY(!table.failed());
    QCOMPARE(table.position(), table.size());
    // Row 4 was deleted in Forms and row 6 holds only a formatted empty cell: neither is a record.
    QCOMPARE(records.size(), 4);
    QCOMPARE(records.at(0).line, 1);
    QCOMPARE(records.at(0).cells.mid(0, 5),
             QStringList({QStringLiteral("ID"), QStringLiteral("Heure de début"),
                          QStringLiteral("Heure de fin"), QStringLiteral("Adresse de messagerie"),
                          QStringLiteral("Nom")}));
    QCOMPARE(records.at(0).cells.size(), 11);
    QCOMPARE(detectHeaderRow(records), 0);
    const TableRecord& first = records.at(1);
    QCOMPARE(first.line, 2);
    QCOMPARE(first.cell(0), QStringLiteral("1"));
    QCOMPARE(first.cell(1), QStringLiteral("2024-03-12T14:42:00"));
    QCOMPARE(first.cell(2), QStringLiteral("2024-03-12T14:46:00"));
    QCOMPARE(first.cell(3), QStringLiteral("anonymous"));
    QCOMPARE(first.cell(6), QStringLiteral("2024-BUR-07"));
    QCOMPARE(first.cell(7), QStringLiteral("Très satisfait(e)"));
    // Rich text runs joined, the phonetic run left out, Excel's _x000D_ turned into CR.
    QCOMPARE(first.cell(10), QStringLiteral("Formatrice très claire.\r\nMerci !"));
    QCOMPARE(records.at(2).cells.size(), 10); // no comment: the row ends at J
    QCOMPARE(records.at(2).cell(2), QStringLiteral("2024-03-12T15:03:00"));
    const TableRecord& last = records.at(3);
    QCOMPARE(last.line, 5);
    QCOMPARE(last.cell(1), QStringLiteral("2024-03-13T09:00:00"));
    QVERIFY(last.cell(7).isNull()); // an unanswered question: a gap between G5 and I5
    QCOMPARE(last.cell(8), QStringLiteral("Oui"));
    QCOMPARE(last.cell(10), QStringLiteral("=HYPERLINK(\"http://example.invalid\",\"voir\")"));
}

void TestXlsxReader::inlineStringsAndCellTypes()
{
    Result<std::unique_ptr<TableReader>> reader =
        TableReader::openData(workbook(QStringLiteral("inline")), QStringLiteral("types.xlsx"));
    QVERIFY2(reader.ok(), qPrintable(reader.ok() ? QString() : reader.errorMessage()));
    QCOMPARE((*reader)->format().sheet, QStringLiteral("Feuil1"));
    const QList<TableRecord> records = readAll(**reader);
    QVERIFY(!(*reader)->failed());
    QCOMPARE(records.size(), 3);
    QCOMPARE(records.at(0).cell(3), QStringLiteral("Booléen"));
    QCOMPARE(records.at(1).cells,
             QStringList({QStringLiteral("Riche texte"), QStringLiteral("3"),
                          QStringLiteral("1904-01-01"), QStringLiteral("TRUE"),
                          QStringLiteral("Riche texte!"), QStringLiteral("#DIV/0!"),
                          QStringLiteral("1234.5")}));
    // The third row's cells have no references: they follow one another; its row has no number.
    const TableRecord& third = records.at(2);
    QCOMPARE(third.line, 3);
    QCOMPARE(third.cells.size(), 7);
    QVERIFY(!third.cell(0).isNull());
    QVERIFY(third.cell(0).isEmpty());
    QCOMPARE(third.cell(1), QStringLiteral("4.5"));
    QCOMPARE(third.cell(2), QStringLiteral("1924-01-01T12:00:00")); // date1904 workbook
    QCOMPARE(third.cell(3), QStringLiteral("FALSE"));
    QVERIFY(!third.cell(4).isNull());
    QCOMPARE(third.cell(5), QStringLiteral("#N/A"));
    QCOMPARE(third.cell(6), QStringLiteral("0.3"));
}

void TestXlsxReader::chosenSheet()
{
    const QByteArray data = workbook(QStringLiteral("twosheets"));
    Result<std::unique_ptr<TableReader>> first =
        TableReader::openData(data, QStringLiteral("b.xlsx"));
    QVERIFY(first.ok());
    QCOMPARE((*first)->format().sheets,
             QStringList({QStringLiteral("Réponses"), QStringLiteral("Synthèse")}));
    QCOMPARE((*first)->format().sheet, QStringLiteral("Réponses"));
    const QList<TableRecord> answers = readAll(**first);
    QCOMPARE(answers.size(), 2);
    QCOMPARE(answers.at(1).cells,
             QStringList({QStringLiteral("2024-BUR-07"), QStringLiteral("12")}));

    TableReadOptions options;
    options.sheet = QStringLiteral("Synthèse");
    Result<std::unique_ptr<TableReader>> second =
        TableReader::openData(data, QStringLiteral("b.xlsx"), options);
    QVERIFY(second.ok());
    QCOMPARE((*second)->format().sheet, QStringLiteral("Synthèse"));
    const QList<TableRecord> summary = readAll(**second);
    QVERIFY(!(*second)->failed());
    QCOMPARE(summary.size(), 1);
    QCOMPARE(summary.at(0).line, 3);
    QCOMPARE(summary.at(0).cells.size(), 4);
    QVERIFY(summary.at(0).cell(0).isNull());
    QVERIFY(summary.at(0).cell(1).isNull());
    QCOMPARE(summary.at(0).cell(2), QStringLiteral("Synthèse au"));
    QCOMPARE(summary.at(0).cell(3), QStringLiteral("2024-01-01"));
}

void TestXlsxReader::unknownSheet()
{
    TableReadOptions options;
    options.sheet = QStringLiteral("Bilan");
    const Result<std::unique_ptr<TableReader>> reader = TableReader::openData(
        workbook(QStringLiteral("twosheets")), QStringLiteral("b.xlsx"), options);
    QVERIFY(!reader.ok());
    QCOMPARE(reader.errorMessage(),
             QStringLiteral("b.xlsx has no worksheet named \"Bilan\"; its worksheets: Réponses, "
                            "Synthèse."));
}

void TestXlsxReader::truncatedWorkbook()
{
    const QByteArray data = workbook(QStringLiteral("msforms"));
    QVERIFY(data.size() > 1000);
    for (int percent = 5; percent < 100; percent += 5) {
        const QByteArray cut = data.first(data.size() * percent / 100);
        Result<std::unique_ptr<TableReader>> reader =
            TableReader::openData(cut, QStringLiteral("réponses.xlsx"));
        QVERIFY(!reader.ok());
        QCOMPARE(reader.errorMessage(),
                 QStringLiteral("réponses.xlsx: the Excel workbook is damaged or truncated."));
    }
}

void TestXlsxReader::corruptWorksheet()
{
    // Damage the compressed worksheet in the middle of the archive, its directory intact.
    QByteArray data = workbook(QStringLiteral("msforms"));
    const qsizetype sheet = data.indexOf("xl/worksheets/sheet1.xml");
    QVERIFY(sheet > 0);
    for (qsizetype i = sheet + 60; i < sheet + 400 && i < data.size(); ++i) {
        data[i] = static_cast<char>(data[i] ^ 0x5A);
    }
    Result<std::unique_ptr<TableReader>> reader =
        TableReader::openData(data, QStringLiteral("réponses.xlsx"));
    if (reader.ok()) {
        readAll(**reader);
        QVERIFY((*reader)->failed());
        QVERIFY2((*reader)->error().message.startsWith(QStringLiteral("réponses.xlsx")),
                 qPrintable((*reader)->error().message));
    } else {
        QVERIFY(reader.errorMessage().startsWith(QStringLiteral("réponses.xlsx")));
    }
}

void TestXlsxReader::zipThatIsNotAWorkbook()
{
    QTemporaryDir folder;
    QFile notes(folder.filePath(QStringLiteral("notes.txt")));
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write("Liste des stagiaires;à compléter\n");
    notes.close();
    const QByteArray zip = zipFolder(folder.path());
    const Result<std::unique_ptr<TableReader>> reader =
        TableReader::openData(zip, QStringLiteral("archive.xlsx"));
    QVERIFY(!reader.ok());
    QCOMPARE(reader.errorMessage(),
             QStringLiteral("archive.xlsx is a zip archive, not an Excel workbook (.xlsx)."));
}

void TestXlsxReader::dateSerials()
{
    using xlsx::DateKind;
    QCOMPARE(xlsx::serialToIso(1, DateKind::Date, false), QStringLiteral("1900-01-01"));
    QCOMPARE(xlsx::serialToIso(59, DateKind::Date, false), QStringLiteral("1900-02-28"));
    QVERIFY(xlsx::serialToIso(60, DateKind::Date, false).isNull()); // 29/02/1900 never was
    QCOMPARE(xlsx::serialToIso(61, DateKind::Date, false), QStringLiteral("1900-03-01"));
    QCOMPARE(xlsx::serialToIso(45363, DateKind::Date, false), QStringLiteral("2024-03-12"));
    QCOMPARE(xlsx::serialToIso(45363.75, DateKind::DateTime, false),
             QStringLiteral("2024-03-12T18:00:00"));
    QCOMPARE(xlsx::serialToIso(45363.9999999, DateKind::DateTime, false),
             QStringLiteral("2024-03-13T00:00:00")); // rounded to the second
    QCOMPARE(xlsx::serialToIso(0.5625, DateKind::Time, false), QStringLiteral("13:30:00"));
    QCOMPARE(xlsx::serialToIso(0, DateKind::Date, true), QStringLiteral("1904-01-01"));
    QCOMPARE(xlsx::serialToIso(2958465, DateKind::Date, false), QStringLiteral("9999-12-31"));
    QVERIFY(xlsx::serialToIso(2958466, DateKind::Date, false).isNull());
    QVERIFY(xlsx::serialToIso(-1, DateKind::Date, false).isNull());
    QVERIFY(xlsx::serialToIso(0, DateKind::Date, false).isNull());
}

void TestXlsxReader::formatCodes()
{
    using xlsx::DateKind;
    for (int id = 14; id <= 17; ++id) {
        QCOMPARE(xlsx::builtinFormatKind(id), DateKind::Date);
    }
    QCOMPARE(xlsx::builtinFormatKind(22), DateKind::DateTime);
    QCOMPARE(xlsx::builtinFormatKind(20), DateKind::Time);
    QCOMPARE(xlsx::builtinFormatKind(46), DateKind::Time);
    QCOMPARE(xlsx::builtinFormatKind(0), DateKind::None);
    QCOMPARE(xlsx::builtinFormatKind(4), DateKind::None);
    QCOMPARE(xlsx::customFormatKind(QStringLiteral("dd/mm/yyyy")), DateKind::Date);
    QCOMPARE(xlsx::customFormatKind(QStringLiteral("[$-40C]d mmmm yyyy;@")), DateKind::Date);
    QCOMPARE(xlsx::customFormatKind(QStringLiteral("[$-409]m/d/yy\\ h:mm\\ AM/PM;@")),
             DateKind::DateTime);
    QCOMPARE(xlsx::customFormatKind(QStringLiteral("hh:mm")), DateKind::Time);
    QCOMPARE(xlsx::customFormatKind(QStringLiteral("[h]:mm:ss")), DateKind::Time);
    QCOMPARE(xlsx::customFormatKind(QStringLiteral("mmm-yy")), DateKind::Date);
    QCOMPARE(xlsx::customFormatKind(QStringLiteral("#,##0.00\\ \"€\"")), DateKind::None);
    QCOMPARE(xlsx::customFormatKind(QStringLiteral("0\" jours\"")), DateKind::None);
    QCOMPARE(xlsx::customFormatKind(QStringLiteral("[Red]0.00;[Blue]-0.00")), DateKind::None);
    QCOMPARE(xlsx::customFormatKind(QStringLiteral("General")), DateKind::None);
    QCOMPARE(xlsx::customFormatKind(QStringLiteral("0.00E+00")), DateKind::None);
    QCOMPARE(xlsx::customFormatKind(QStringLiteral("@")), DateKind::None);
}

void TestXlsxReader::cellReferences()
{
    QCOMPARE(xlsx::columnIndex(u"A1"), 0);
    QCOMPARE(xlsx::columnIndex(u"C7"), 2);
    QCOMPARE(xlsx::columnIndex(u"Z9"), 25);
    QCOMPARE(xlsx::columnIndex(u"AA10"), 26);
    QCOMPARE(xlsx::columnIndex(u"ab7"), 27);
    QCOMPARE(xlsx::columnIndex(u"XFD1048576"), 16383);
    QCOMPARE(xlsx::columnIndex(u"XFE1"), -1);
    QCOMPARE(xlsx::columnIndex(u"ZZZZ1"), -1);
    QCOMPARE(xlsx::columnIndex(u"17"), -1);
    QCOMPARE(xlsx::resolveTarget(QStringLiteral("worksheets/sheet1.xml")),
             QStringLiteral("xl/worksheets/sheet1.xml"));
    QCOMPARE(xlsx::resolveTarget(QStringLiteral("/xl/worksheets/sheet2.xml")),
             QStringLiteral("xl/worksheets/sheet2.xml"));
    QCOMPARE(xlsx::decodeEscapes(QStringLiteral("a_x000D_b_x0009_c_xZZZZ_")),
             QStringLiteral("a\rb\tc_xZZZZ_"));
}

void TestXlsxReader::numbers()
{
    QCOMPARE(xlsx::numberText(QStringLiteral("3")), QStringLiteral("3"));
    QCOMPARE(xlsx::numberText(QStringLiteral("4.5")), QStringLiteral("4.5"));
    QCOMPARE(xlsx::numberText(QStringLiteral("0.30000000000000004")), QStringLiteral("0.3"));
    QCOMPARE(xlsx::numberText(QStringLiteral("1E-3")), QStringLiteral("0.001"));
    QCOMPARE(xlsx::numberText(QStringLiteral("-12")), QStringLiteral("-12"));
    QCOMPARE(xlsx::numberText(QStringLiteral("123456789012345678")),
             QStringLiteral("1.23456789012346e+17"));
    QCOMPARE(xlsx::numberText(QStringLiteral("abc")), QStringLiteral("abc"));
}

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
