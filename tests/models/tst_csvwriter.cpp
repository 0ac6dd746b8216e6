// CSV for French Excel: the bytes as Excel reads them.
#include "export/CsvWriter.h"
#include "import/TableReader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace truc2;

namespace {

/// The records of a file written by csvBytes(), split on CRLF (no cell below has a line break).
QList<QByteArray> records(const QByteArray& bytes)
{
    QList<QByteArray> lines = bytes.mid(3).split('\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty()) {
        lines.removeLast();
    }
    for (QByteArray& line : lines) {
        if (!line.endsWith('\r')) {
            qWarning("a record does not end with CRLF: %s", line.constData());
            return {};
        }
        line.chop(1);
    }
    return lines;
}

ExportTable table(ExportType type, const QVariantList& values)
{
    ExportTable t;
    t.addColumn(QStringLiteral("Value"), type);
    for (const QVariant& value : values) {
        t.rows.append({value});
    }
    return t;
}

} // namespace

class TestCsvWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void excelFrenchShape()
    {
        ExportTable t;
        t.addColumn(QStringLiteral("Matricule"));
        t.addColumn(QStringLiteral("Nom"));
        t.addColumn(QStringLiteral("Né le"), ExportType::Date);
        t.addColumn(QStringLiteral("Arrivée"), ExportType::DateTime);
        t.addColumn(QStringLiteral("Places"), ExportType::Integer);
        t.addColumn(QStringLiteral("Heures"), ExportType::Decimal);
        t.addColumn(QStringLiteral("Satisfaction"), ExportType::Percentage);
        t.rows.append({QStringLiteral("00123"), QStringLiteral("Dupont; Marie"), QDate(2021, 3, 9),
                       QDateTime(QDate(2021, 3, 12), QTime(9, 5, 59)), 12, 1.5, 0.855});
        t.rows.append({QVariant(), QStringLiteral("Léa \"Lou\" Ça"), QVariant(), QVariant(),
                       QVariant(), -2.25, 1.0});
        const QByteArray bytes = csvBytes(t);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QList<QByteArray> lines = records(bytes);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(QString::fromUtf8(lines.at(0)),
                 QStringLiteral("Matricule;Nom;Né le;Arrivée;Places;Heures;Satisfaction"));
        // The matricule keeps its zeros behind a tab (Excel types "00123" as 123 even quoted);
        // a separator inside a field is quoted; a date-time is shown to the minute.
        QCOMPARE(QString::fromUtf8(lines.at(1)),
                 QStringLiteral("\"\t00123\";\"Dupont; Marie\";09/03/2021;12/03/2021 09:05;12;"
                                "1,5;85,5%"));
        QCOMPARE(QString::fromUtf8(lines.at(2)),
                 QStringLiteral(";\"Léa \"\"Lou\"\" Ça\";;;;-2,25;100%"));
    }

    void severalTables()
    {
        // One byte-order mark, each table under its title, an empty record between them.
        ExportTable first = table(ExportType::Integer, {1, 2});
        first.title = QStringLiteral("Formats");
        ExportTable second = table(ExportType::Text, {QStringLiteral("=1+1")});
        second.title = QStringLiteral("=Actions");
        const QByteArray bytes = csvBytes(QList<ExportTable>{first, second});
        QCOMPARE(bytes.count("\xEF\xBB\xBF"), 1);
        QCOMPARE(records(bytes), (QList<QByteArray>{"Formats", "Value", "1", "2", "", "'=Actions",
                                                    "Value", "'=1+1"}));
    }

    void formulasNeutralised_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("written");
        QTest::newRow("hyperlink") << QStringLiteral("=HYPERLINK(\"http://x.invalid\",\"clic\")")
                                   << QStringLiteral("\"'=HYPERLINK(\"\"http://x.invalid\"\","
                                                     "\"\"clic\"\")\"");
        QTest::newRow("phone") << QStringLiteral("+33 1 23 45 67 89")
                               << QStringLiteral("'+33 1 23 45 67 89");
        QTest::newRow("minus") << QStringLiteral("-5") << QStringLiteral("'-5");
        QTest::newRow("minus formula") << QStringLiteral("-2+3+cmd|' /C calc'!A0")
                                       << QStringLiteral("'-2+3+cmd|' /C calc'!A0");
        QTest::newRow("at") << QStringLiteral("@SUM(A1:A9)") << QStringLiteral("'@SUM(A1:A9)");
        QTest::newRow("tab") << QStringLiteral("\t=1+1") << QStringLiteral("\"'\t=1+1\"");
        QTest::newRow("carriage return")
            << QStringLiteral("\r=1+1") << QStringLiteral("\"'\r=1+1\"");
        QTest::newRow("plain") << QStringLiteral("Très bien, merci")
                               << QStringLiteral("Très bien, merci");
        QTest::newRow("inner equals") << QStringLiteral("a=b") << QStringLiteral("a=b");
        QTest::newRow("digits") << QStringLiteral("00123") << QStringLiteral("\"\t00123\"");
        QTest::newRow("day") << QStringLiteral("1/2") << QStringLiteral("\"\t1/2\"");
        QTest::newRow("exponent") << QStringLiteral("12E3") << QStringLiteral("\"\t12E3\"");
        QTest::newRow("room") << QStringLiteral("12 rue Pasteur")
                              << QStringLiteral("12 rue Pasteur");
    }

    void formulasNeutralised()
    {
        QFETCH(QString, cell);
        QFETCH(QString, written);
        const QList<QByteArray> lines = records(csvBytes(table(ExportType::Text, {cell})));
        QCOMPARE(lines.size(), 2);
        QCOMPARE(QString::fromUtf8(lines.at(1)), written);
    }

    void numbersAreNotNeutralised()
    {
        // A negative number in a number column is a number: only text is neutralised.
        QList<QByteArray> lines = records(csvBytes(table(ExportType::Integer, {-5, 0, 42})));
        QCOMPARE(lines, (QList<QByteArray>{"Value", "-5", "0", "42"}));
        lines = records(csvBytes(table(ExportType::Decimal, {-0.5, 1234567.25})));
        QCOMPARE(lines, (QList<QByteArray>{"Value", "-0,5", "1234567,25"}));
        // Text in a number column is still text, and neutralised.
        lines = records(csvBytes(table(ExportType::Integer, {QStringLiteral("=1+1")})));
        QCOMPARE(lines.at(1), QByteArray("'=1+1"));
    }

    void headersNeutralisedToo()
    {
        ExportTable t;
        t.addColumn(QStringLiteral("=cmd"));
        QCOMPARE(records(csvBytes(t)), QList<QByteArray>{"'=cmd"});
    }

    void lineBreaksInsideQuotes()
    {
        const QByteArray bytes =
            csvBytes(table(ExportType::Text, {QStringLiteral("Bien.\nÀ refaire")}));
        QCOMPARE(bytes.mid(3), QByteArray("Value\r\n\"Bien.\nÀ refaire\"\r\n"));
    }

    void readsBackThroughTheTableReader()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("export.csv"));
        ExportTable t;
        t.addColumn(QStringLiteral("Matricule"));
        t.addColumn(QStringLiteral("Commentaire"));
        t.addColumn(QStringLiteral("Note"), ExportType::Integer);
        t.rows.append(
            {QStringLiteral("00123"), QStringLiteral("=HYPERLINK(\"x\";\"y\")\nBien"), -5});
        t.rows.append({QStringLiteral("A12"), QStringLiteral("@SUM(A1)"), QVariant()});
        QVERIFY(writeCsv(t, path));
        const Result<Table> table = readTable(path);
        QVERIFY2(table, table ? "" : qPrintable(table.errorMessage()));
        QCOMPARE(table->format.kind, TableFormat::Kind::Csv);
        QCOMPARE(table->format.encoding, QStringLiteral("UTF-8"));
        QVERIFY(table->format.byteOrderMark);
        QCOMPARE(table->format.separator, QChar(u';'));
        QCOMPARE(table->records.size(), 3);
        QCOMPARE(
            table->records.at(1).cells,
            (QStringList{QStringLiteral("\t00123"),
                         QStringLiteral("'=HYPERLINK(\"x\";\"y\")\nBien"), QStringLiteral("-5")}));
        QCOMPARE(table->records.at(2).cell(0), QStringLiteral("A12"));
        QCOMPARE(table->records.at(2).cell(1), QStringLiteral("'@SUM(A1)"));
        QVERIFY(table->records.at(2).cell(2).isNull());
        QCOMPARE(table->records.at(2).line, 4); // The comment above spans two lines.
    }

    void writesAllOrNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("agents.csv"));
        QFile existing(path);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("old");
        existing.close();
        const ExportTable t = table(ExportType::Integer, {1, 2});
        QVERIFY(writeCsv(t, path));
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), csvBytes(t));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
                 QStringList{QStringLiteral("agents.csv")});

        const QString nowhere = dir.filePath(QStringLiteral("missing/agents.csv"));
        const Status failed = writeCsv(t, nowhere);
        QVERIFY(!failed);
        QVERIFY2(failed.errorMessage().contains(QDir::toNativeSeparators(nowhere)),
                 qPrintable(failed.errorMessage()));
        QVERIFY(!QFile::exists(nowhere));
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
