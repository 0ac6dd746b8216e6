// TableReader's own part: opening by content, readTable() for previews, and detectHeaderRow()
// on the header shapes of the survey tools (LimeSurvey, Google Forms, Microsoft Forms,
// Framaforms) and of HR extracts.

#include "import/TableReader.h"

#include <QTemporaryDir>
#include <QTest>

using namespace truc2;

namespace {

/// Records from rows of cells given as lines split on '|' (an empty piece is a null cell).
QList<TableRecord> records(std::initializer_list<const char*> rows)
{
    QList<TableRecord> result;
    qint64 line = 0;
    for (const char* row : rows) {
        TableRecord record;
        record.line = ++line;
        for (const QString& cell : QString::fromUtf8(row).split(QLatin1Char('|'))) {
            record.cells << (cell.isEmpty() ? QString() : cell);
        }
        result << record;
    }
    return result;
}

} // namespace

class TestTableReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headerRow_data();
    void headerRow();
    void recognisedByContentNotName();
    void previewReadsFirstRecords();
    void progress();
};

void TestTableReader::headerRow_data()
{
    QTest::addColumn<QList<TableRecord>>("rows");
    QTest::addColumn<qsizetype>("header");
    // Drupal Webform's "Delimited text" download (Framaforms): the form's title, then
    // "Submission Details" and the questions exported one column per option, then the labels.
    QTest::newRow("framaforms")
        << records({"Satisfaction atelier||||||||||||",
                    "Submission Details||||||||||Compétences utiles ?||Recommanderiez-vous ?|",
                    "Serial|SID|Submitted Time|Completed Time|Modified Time|Draft|IP Address|UID|"
                    "Username|Code de la session|Oui|Non|Oui|Non",
                    "1|4127|12/03/2021 - 15:49|12/03/2021 - 15:49|12/03/2021 - 15:49|0|192.0.2.10|"
                    "0|Anonyme|2021-EXC-03|X||X|"})
        << qsizetype(2);
    // LimeSurvey "Export responses", question codes as headings; an incomplete response.
    QTest::newRow("limesurvey codes")
        << records({"id|submitdate|lastpage|startlanguage|seed|SESSION|SATISF|UTILE[SQ001]|COMMENT",
                    "1|2021-03-12 15:49:23|2|fr|123456789|2021-EXC-03|A4|Y|Très bien",
                    "2||1|fr|987654321|2021-EXC-03|||"})
        << qsizetype(0);
    QTest::newRow("limesurvey code and text")
        << records({"id. ID de la réponse|submitdate. Date de soumission|SATISF. Êtes-vous "
                    "satisfait(e) ?",
                    "1|2021-03-12 15:49:23|Très satisfait(e)"})
        << qsizetype(0);
    QTest::newRow("google forms")
        << records({"Horodateur|Adresse e-mail|Code de la session|Note globale|Commentaire",
                    "2021/03/12 3:49:23 PM UTC+1|a@ville-exemple.fr|2021-EXC-03|4|",
                    "2021/03/12 3:52:10 PM UTC+1||2021-EXC-03|5|Parfait"})
        << qsizetype(0);
    QTest::newRow("microsoft forms")
        << records({"ID|Heure de début|Heure de fin|Adresse de messagerie|Nom|Satisfaction",
                    "1|2024-03-12T14:42:00|2024-03-12T14:46:00|anonymous||Très satisfait(e)"})
        << qsizetype(0);
    // An HR extract whose lines all end with a separator: an empty last column.
    QTest::newRow("trailing separator")
        << records({"Matricule|Nom|Prénom|Direction|", "00123|Lefèvre|Amélie|DRH|"})
        << qsizetype(0);
    QTest::newRow("title above the header")
        << records({"Export du 12/03/2024|||", "|||", "Matricule|Nom|Prénom|Service",
                    "00123|Lefèvre|Amélie|Formation"})
        << qsizetype(2);
    QTest::newRow("numbers are no header") << records({"Liste|", "1|2", "3|4"}) << qsizetype(0);
    QTest::newRow("single column") << records({"Nom", "Lefèvre"}) << qsizetype(0);
    QTest::newRow("nothing") << QList<TableRecord>() << qsizetype(0);
}

void TestTableReader::headerRow()
{
    QFETCH(QList<TableRecord>, rows);
    QFETCH(qsizetype, header);
    QCOMPARE(detectHeaderRow(rows), header);
}

void TestTableReader::recognisedByContentNotName()
{
    const QByteArray csv = "a;b\r\n1;2\r\n";
    Result<std::unique_ptr<TableReader>> reader =
        TableReader::openData(csv, QStringLiteral("export.xlsx"));
    QVERIFY(reader.ok());
    QCOMPARE((*reader)->format().kind, TableFormat::Kind::Csv);
    QCOMPARE((*reader)->path(), QStringLiteral("export.xlsx"));
    const Result<std::unique_ptr<TableReader>> zip =
        TableReader::openData(QByteArray("PK\x03\x04garbage", 11), QStringLiteral("data.csv"));
    QVERIFY(!zip.ok());
    QCOMPARE(zip.errorMessage(),
             QStringLiteral("data.csv: the Excel workbook is damaged or truncated."));
}

void TestTableReader::previewReadsFirstRecords()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("agents.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Matricule;Nom\n");
    for (int i = 0; i < 500; ++i) {
        file.write(QByteArray::number(i) + ";Nom " + QByteArray::number(i) + "\n");
    }
    file.close();
    const Result<Table> preview = readTable(path, {}, 10);
    QVERIFY(preview.ok());
    QCOMPARE(preview->path, path);
    QCOMPARE(preview->records.size(), 10);
    QCOMPARE(preview->records.last().cell(1), QStringLiteral("Nom 8"));
    const Result<Table> whole = readTable(path);
    QVERIFY(whole.ok());
    QCOMPARE(whole->records.size(), 501);
    QCOMPARE(whole->records.last().line, 501);
}

void TestTableReader::progress()
{
    QByteArray csv = "n;carré\n";
    for (int i = 0; i < 100000; ++i) {
        csv += QByteArray::number(i) + ';' + QByteArray::number(qint64(i) * i) + '\n';
    }
    Result<std::unique_ptr<TableReader>> reader =
        TableReader::openData(csv, QStringLiteral("n.csv"));
    QVERIFY(reader.ok());
    QCOMPARE((*reader)->size(), csv.size());
    TableRecord record;
    qint64 previous = 0;
    int steps = 0;
    while ((*reader)->next(record)) {
        QVERIFY((*reader)->position() >= previous);
        steps += (*reader)->position() > previous ? 1 : 0;
        previous = (*reader)->position();
    }
    QVERIFY(steps > 5); // the position moves as chunks are read, not once at the end
    QCOMPARE(previous, csv.size());
    QCOMPARE(record.cell(1), QStringLiteral("9999800001"));
}

QTEST_GUILESS_MAIN(TestTableReader)
#include "tst_tablereader.moc"
