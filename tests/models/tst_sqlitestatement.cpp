// SqliteStatement: every kind of bound value reaches SQLite as Qt's driver would store it, read
// back through Qt's driver; the buffers kept from row to row never leak one row into the next.

#include "storage/SqliteStatement.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace truc2;

namespace {

const QString kConnection = QStringLiteral("tst_sqlitestatement");

} // namespace

class TestSqliteStatement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void textsAsTheDriverStoresThem_data();
    void textsAsTheDriverStoresThem();
    void eachRowItsOwnValues();
    void numbersAndNulls();
    void queriesStepRowByRow();
    void errorsNameWhatSqliteRefused();
    void onlyOnSqlite();

private:
    QSqlDatabase db() const { return QSqlDatabase::database(kConnection); }
    /// The row with this id, read through Qt's driver.
    QVariant stored(qint64 id, const QString& column = QStringLiteral("t")) const;

    QTemporaryDir m_dir;
};

void TestSqliteStatement::init()
{
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), kConnection);
    database.setDatabaseName(m_dir.filePath(QStringLiteral("test.db")));
    QVERIFY(database.open());
    QSqlQuery query(database);
    QVERIFY(query.exec(QStringLiteral("DROP TABLE IF EXISTS t")));
    QVERIFY(query.exec(QStringLiteral(
        "CREATE TABLE t (id INTEGER PRIMARY KEY, t TEXT, n INTEGER, r REAL, u TEXT UNIQUE)")));
}

void TestSqliteStatement::cleanup()
{
    QSqlDatabase::database(kConnection).close();
    QSqlDatabase::removeDatabase(kConnection);
}

QVariant TestSqliteStatement::stored(qint64 id, const QString& column) const
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("SELECT %1 FROM t WHERE id = ?").arg(column));
    query.addBindValue(id);
    if (!query.exec() || !query.next()) {
        return QStringLiteral("<no row>");
    }
    return query.value(0);
}

void TestSqliteStatement::textsAsTheDriverStoresThem_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("ascii") << QStringLiteral("UT-2021-014");
    QTest::newRow("empty") << QStringLiteral("");
    QTest::newRow("accents") << QStringLiteral("Très satisfait(e) — « oui »");
    QTest::newRow("accent last") << QStringLiteral("Réponse reçue à 15h, café");
    QTest::newRow("emoji") << QString::fromUtf16(u"super \U0001F600 !");
    QTest::newRow("control") << QStringLiteral("a\tb\r\nc") + QChar(0x7f);
    QTest::newRow("long ascii") << QString(5000, QLatin1Char('x'));
}

void TestSqliteStatement::textsAsTheDriverStoresThem()
{
    QFETCH(QString, text);
    // Through Qt's driver: what the text must read as.
    QSqlQuery query(db());
    query.prepare(QStringLiteral("INSERT INTO t (id, t) VALUES (1, ?)"));
    query.addBindValue(text);
    QVERIFY(query.exec());

    Result<std::unique_ptr<SqliteStatement>> insert =
        SqliteStatement::prepare(db(), QStringLiteral("INSERT INTO t (id, t, u) VALUES (?, ?, ?)"));
    QVERIFY(insert && *insert);
    SqliteStatement& put = **insert;
    put.bindInteger(2);
    put.bindText(text);
    put.bindNull();
    QVERIFY(put.run());
    const QByteArray utf8 = text.toUtf8();
    put.bindInteger(3);
    put.bindUtf8(utf8);
    put.bindNull();
    QVERIFY(put.run());
    put.bindInteger(4);
    put(QVariant(text));
    put.bindNull();
    QVERIFY(put.run());

    for (const qint64 id : {1, 2, 3, 4}) {
        const QVariant value = stored(id);
        QCOMPARE(value.toString(), text);
        QVERIFY(!value.isNull()); // an empty text is not NULL
    }
    QSqlQuery same(db());
    QVERIFY(same.exec(QStringLiteral("SELECT COUNT(DISTINCT t), MIN(typeof(t)) FROM t")));
    QVERIFY(same.next());
    QCOMPARE(same.value(0).toInt(), 1); // byte for byte the same text
    QCOMPARE(same.value(1).toString(), QStringLiteral("text"));
}

void TestSqliteStatement::eachRowItsOwnValues()
{
    // A long text then a short one in the same parameter: the buffer kept from the first row
    // must not show through in the second; nor a non-ASCII text in an ASCII one's place.
    Result<std::unique_ptr<SqliteStatement>> insert =
        SqliteStatement::prepare(db(), QStringLiteral("INSERT INTO t (id, t) VALUES (?, ?)"));
    QVERIFY(insert && *insert);
    const QStringList texts{QStringLiteral("a long answer, with many words in it"),
                            QStringLiteral("no"),
                            QStringLiteral("Très bien, merci à vous"),
                            QStringLiteral("ok"),
                            QString(),
                            QStringLiteral("é")};
    for (qsizetype i = 0; i < texts.size(); ++i) {
        (*insert)->bindInteger(i + 1);
        (*insert)->bindText(texts.at(i));
        QVERIFY((*insert)->run());
    }
    for (qsizetype i = 0; i < texts.size(); ++i) {
        const QVariant value = stored(i + 1);
        QCOMPARE(value.isNull(), texts.at(i).isNull());
        QCOMPARE(value.toString(), texts.at(i));
    }
}

void TestSqliteStatement::numbersAndNulls()
{
    Result<std::unique_ptr<SqliteStatement>> insert = SqliteStatement::prepare(
        db(), QStringLiteral("INSERT INTO t (id, t, n, r) VALUES (?, ?, ?, ?)"));
    QVERIFY(insert && *insert);
    SqliteStatement& put = **insert;
    put.bindInteger(1);
    put.bindUtf8(QByteArrayView());
    put.bindInteger(-9007199254740993LL);
    put.bindDouble(0.75);
    QVERIFY(put.run());
    put.bindInteger(2);
    put(QVariant(QMetaType(QMetaType::QString)));
    put(QVariant(true));
    put(QVariant(0.25));
    QVERIFY(put.run());
    QVERIFY(stored(1).isNull());
    QCOMPARE(stored(1, QStringLiteral("n")).toLongLong(), -9007199254740993LL);
    QCOMPARE(stored(1, QStringLiteral("r")).toDouble(), 0.75);
    QVERIFY(stored(2).isNull());
    QCOMPARE(stored(2, QStringLiteral("n")).toInt(), 1);
    QCOMPARE(stored(2, QStringLiteral("r")).toDouble(), 0.25);
}

void TestSqliteStatement::queriesStepRowByRow()
{
    QSqlQuery query(db());
    QVERIFY(query.exec(QStringLiteral(
        "INSERT INTO t (id, t, n) VALUES (1, 'un', 10), (2, NULL, 20), (3, 'é', 30)")));
    Result<std::unique_ptr<SqliteStatement>> select =
        SqliteStatement::prepare(db(), QStringLiteral("SELECT t, n FROM t ORDER BY id"));
    QVERIFY(select && *select);
    for (int pass = 0; pass < 2; ++pass) { // ready to run again after its last row
        QStringList texts;
        QList<qint64> numbers;
        for (;;) {
            const Result<bool> row = (*select)->next();
            QVERIFY(row);
            if (!*row) {
                break;
            }
            texts << (*select)->text(0);
            numbers << (*select)->integer(1);
        }
        QCOMPARE(texts, (QStringList{QStringLiteral("un"), QString(), QStringLiteral("é")}));
        QVERIFY(texts.at(1).isNull());
        QCOMPARE(numbers, (QList<qint64>{10, 20, 30}));
    }
}

void TestSqliteStatement::errorsNameWhatSqliteRefused()
{
    const Result<std::unique_ptr<SqliteStatement>> wrong =
        SqliteStatement::prepare(db(), QStringLiteral("INSERT INTO nowhere VALUES (?)"));
    QVERIFY(!wrong);
    QVERIFY2(wrong.errorMessage().contains(QLatin1String("nowhere")),
             qPrintable(wrong.errorMessage()));

    Result<std::unique_ptr<SqliteStatement>> insert =
        SqliteStatement::prepare(db(), QStringLiteral("INSERT INTO t (id, u) VALUES (?, ?)"));
    QVERIFY(insert && *insert);
    (*insert)->bindInteger(1);
    (*insert)->bindUtf8("same");
    QVERIFY((*insert)->run());
    (*insert)->bindInteger(2);
    (*insert)->bindUtf8("same");
    const Status twice = (*insert)->run();
    QVERIFY(!twice);
    QVERIFY2(twice.errorMessage().contains(QLatin1String("UNIQUE")),
             qPrintable(twice.errorMessage()));
    // Ready for the next row after the refusal.
    (*insert)->bindInteger(3);
    (*insert)->bindUtf8("other");
    QVERIFY((*insert)->run());
    QCOMPARE(stored(3, QStringLiteral("u")).toString(), QStringLiteral("other"));
}

void TestSqliteStatement::onlyOnSqlite()
{
    QVERIFY(SqliteStatement::available(db()));
    // A connection of another driver (or none) has no SQLite handle: nullptr, no error.
    const QSqlDatabase none;
    QVERIFY(!SqliteStatement::available(none));
    const Result<std::unique_ptr<SqliteStatement>> prepared =
        SqliteStatement::prepare(none, QStringLiteral("SELECT 1"));
    QVERIFY(prepared);
    QVERIFY(!*prepared);
}

QTEST_GUILESS_MAIN(TestSqliteStatement)
#include "tst_sqlitestatement.moc"
