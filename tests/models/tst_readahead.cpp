// ReadAhead: the records of a CSV read on another thread come in order, whole, with the
// source's progress and error; the memory of the records handed back is reused without
// changing what the caller kept.

#include "import/ReadAhead.h"
#include "import/TableReader.h"

#include <QTest>

using namespace truc2;

namespace {

/// A CSV of `rows` records under a header whose widths, empty (null) and quoted empty cells
/// change from row to row.
QByteArray varyingCsv(int rows)
{
    QByteArray text = "id;name;comment;extra\r\n";
    for (int row = 1; row <= rows; ++row) {
        text += QByteArray::number(row) + ';';
        switch (row % 4) {
        case 0:
            text += "Lefèvre;\"Très bien; merci\r\nvraiment\";x\r\n";
            break;
        case 1:
            text += ";\"\"\r\n"; // null name, empty comment, no fourth cell
            break;
        case 2:
            text += "Ng\r\n"; // two cells only
            break;
        default:
            text += QByteArray(row % 50, 'a') + ";;;" + QByteArray::number(row * 7) + "\r\n";
            break;
        }
    }
    return text;
}

std::unique_ptr<TableReader> open(const QByteArray& data)
{
    Result<std::unique_ptr<TableReader>> reader =
        TableReader::openData(data, QStringLiteral("test.csv"));
    if (!reader) {
        qFatal("%s", qPrintable(reader.errorMessage()));
    }
    return std::move(reader).value();
}

/// Every record, each read into a fresh record (nothing reused).
QList<TableRecord> readFresh(const QByteArray& data)
{
    std::unique_ptr<TableReader> reader = open(data);
    QList<TableRecord> records;
    for (;;) {
        TableRecord record;
        if (!reader->next(record)) {
            break;
        }
        records.append(record);
    }
    return records;
}

void compareRecords(const TableRecord& got, const TableRecord& expected)
{
    QCOMPARE(got.line, expected.line);
    QCOMPARE(got.cells.size(), expected.cells.size());
    for (qsizetype c = 0; c < expected.cells.size(); ++c) {
        QCOMPARE(got.cells.at(c), expected.cells.at(c));
        QCOMPARE(got.cells.at(c).isNull(), expected.cells.at(c).isNull());
    }
}

} // namespace

class TestReadAhead : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordsInOrderWhatTheCallerKeptUnchanged();
    void progressReachesTheEnd();
    void sourceErrorAfterTheRecordsBeforeIt();
    void stoppedEarly();
    void headerOnly();
};

void TestReadAhead::recordsInOrderWhatTheCallerKeptUnchanged()
{
    // Enough records for many batches and several 64 KiB chunks of the CSV reader.
    const QByteArray data = varyingCsv(20000);
    const QList<TableRecord> expected = readFresh(data);
    QCOMPARE(expected.size(), 20001);

    std::unique_ptr<TableReader> source = open(data);
    QList<TableRecord> kept; // copies that share the cells' memory with the records read
    {
        ReadAhead reader(*source);
        QCOMPARE(reader.path(), source->path());
        QCOMPARE(reader.format().separator, QLatin1Char(';'));
        TableRecord record; // one record, read into again and again
        qsizetype index = 0;
        while (reader.next(record)) {
            QVERIFY(index < expected.size());
            compareRecords(record, expected.at(index));
            if (index % 3 == 0) {
                kept.append(record);
            }
            // The caller may change its record: the reader writes over it later.
            record.cells.append(QStringLiteral("caller's own"));
            ++index;
        }
        QVERIFY(!reader.failed());
        QCOMPARE(index, expected.size());
    }
    for (qsizetype i = 0; i < kept.size(); ++i) {
        compareRecords(kept.at(i), expected.at(i * 3));
    }
}

void TestReadAhead::progressReachesTheEnd()
{
    const QByteArray data = varyingCsv(5000);
    std::unique_ptr<TableReader> source = open(data);
    ReadAhead reader(*source);
    QCOMPARE(reader.size(), qint64(data.size()));
    qint64 last = reader.position();
    TableRecord record;
    while (reader.next(record)) {
        QVERIFY(reader.position() >= last);
        QVERIFY(reader.position() <= reader.size());
        last = reader.position();
    }
    QCOMPARE(reader.position(), reader.size());
}

void TestReadAhead::sourceErrorAfterTheRecordsBeforeIt()
{
    // 1,000 good records (a quarter of them on two lines), then on line 1 + 1,250 + 1 a quote
    // never closed.
    const QByteArray data = varyingCsv(1000) + "1001;\"Dupont;x\r\n1002;Martin;y\r\n";
    std::unique_ptr<TableReader> direct = open(data);
    TableRecord record;
    qsizetype directRecords = 0;
    while (direct->next(record)) {
        ++directRecords;
    }
    QVERIFY(direct->failed());

    std::unique_ptr<TableReader> source = open(data);
    ReadAhead reader(*source);
    qsizetype records = 0;
    while (reader.next(record)) {
        QVERIFY(!reader.failed());
        ++records;
    }
    QCOMPARE(records, directRecords);
    QVERIFY(reader.failed());
    QCOMPARE(reader.error().message, direct->error().message);
    QVERIFY2(reader.error().message.contains(QLatin1String("line 1252, column 2")),
             qPrintable(reader.error().message));
    QVERIFY(!reader.next(record)); // and stays ended
}

void TestReadAhead::stoppedEarly()
{
    // Destroyed after a few records of a long file: the reading stops, nothing hangs, and the
    // source can be read on from where the reading stopped.
    const QByteArray data = varyingCsv(50000);
    std::unique_ptr<TableReader> source = open(data);
    TableRecord record;
    {
        ReadAhead reader(*source);
        for (int i = 0; i < 10; ++i) {
            QVERIFY(reader.next(record));
        }
    }
    QVERIFY(source->position() < source->size());
    QVERIFY(source->next(record));
    QVERIFY(record.line > 10);
}

void TestReadAhead::headerOnly()
{
    std::unique_ptr<TableReader> source = open("a;b;c\r\n\r\n");
    ReadAhead reader(*source);
    TableRecord record;
    QVERIFY(reader.next(record));
    QCOMPARE(record.cells,
             (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    QVERIFY(!reader.next(record));
    QVERIFY(!reader.failed());
}

QTEST_GUILESS_MAIN(TestReadAhead)
#include "tst_readahead.moc"
