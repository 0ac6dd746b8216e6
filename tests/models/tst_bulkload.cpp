// loadInBulk: a large write into a small SQLite table runs without the indexes it names, which
// are then built again exactly as they were; anything that fails leaves table and
// indexes as they were; small writes, large tables, indexes in use and PostgreSQL keep them.

#include "TestSchool.h"
#include "storage/BulkLoad.h"
#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace truc2;

namespace {

const QString kTable = QStringLiteral("bulk_item");
const QStringList kOwnIndexes{QStringLiteral("bulk_item_name"), QStringLiteral("bulk_item_weight"),
                              QStringLiteral("not_an_index_of_bulk_item")};

QSqlQuery run(Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql)) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    }
    return query;
}

QStringList indexes(Database& db)
{
    return test::tableIndexes(db, kTable);
}

qint64 rowCount(Database& db)
{
    QSqlQuery query = run(db, QStringLiteral("SELECT count(*) FROM bulk_item"));
    return query.next() ? query.value(0).toLongLong() : -1;
}

/// Adds rows first … first + count - 1; `weight` gives each one's weight (unique when set).
Status addRows(Database& db, int first, int count, const std::function<QVariant(int)>& weight)
{
    QSqlQuery insert(db.connection());
    insert.prepare(
        QStringLiteral("INSERT INTO bulk_item (id, code, name, weight) VALUES (?, ?, ?, ?)"));
    for (int i = first; i < first + count; ++i) {
        insert.addBindValue(i);
        insert.addBindValue(QStringLiteral("C%1").arg(i));
        insert.addBindValue(QStringLiteral("Name %1").arg((i * 7919) % 10007));
        insert.addBindValue(weight(i));
        if (!insert.exec()) {
            return Error{insert.lastError().text()};
        }
    }
    return {};
}

QVariant distinctWeight(int i)
{
    return i;
}

} // namespace

class TestBulkLoad : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestSchool> m_school;
    QStringList m_indexes; ///< as the table was created

    Database& db() { return (*m_school)->database(); }

private Q_SLOTS:
    void init()
    {
        if (const QString reason = test::backendUnavailableReason(); !reason.isEmpty()) {
            QSKIP(qPrintable(reason));
        }
        m_school = std::make_unique<test::TestSchool>();
        for (const QString& sql :
             {QStringLiteral("CREATE TABLE bulk_item (id INTEGER PRIMARY KEY, code TEXT UNIQUE, "
                             "name TEXT NOT NULL, weight INTEGER)"),
              QStringLiteral("CREATE INDEX bulk_item_name ON bulk_item (name, weight)"),
              QStringLiteral("CREATE UNIQUE INDEX bulk_item_weight ON bulk_item (weight) "
                             "WHERE weight IS NOT NULL")}) {
            QVERIFY(run(db(), sql).lastError().type() == QSqlError::NoError);
        }
        m_indexes = indexes(db());
        // code's and the two, and on PostgreSQL the primary key's (SQLite's is the rowid).
        QCOMPARE(m_indexes.size(), test::onPostgres() ? 4 : 3);
    }

    void cleanup() { m_school.reset(); }

    void aLargeLoadRunsWithoutTheOwnIndexesWhichComeBackAsTheyWere()
    {
        QStringList during;
        const Status done = loadInBulk(db(), kTable, kOwnIndexes, 2000, [&]() -> Status {
            during = indexes(db());
            return addRows(db(), 0, 2000, distinctWeight);
        });
        QVERIFY2(done, qPrintable(done.errorMessage()));
        if (test::onPostgres()) {
            QCOMPARE(during, m_indexes);
        } else {
            // Only the index of code's UNIQUE constraint, which has no statement of its own.
            QCOMPARE(during, QStringList{QStringLiteral("sqlite_autoindex_bulk_item_1: ")});
        }
        QCOMPARE(indexes(db()), m_indexes);
        QCOMPARE(rowCount(db()), 2000);
        const Result<QStringList> problems = db().integrityProblems();
        QVERIFY(problems);
        QVERIFY2(problems->isEmpty(), qPrintable(problems->join(u'\n')));
        if (!test::onPostgres()) {
            QSqlQuery plan = run(db(), QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM "
                                                      "bulk_item WHERE name = 'Name 12'"));
            QVERIFY(plan.next());
            QVERIFY2(plan.value(3).toString().contains(QLatin1String("bulk_item_name")),
                     qPrintable(plan.value(3).toString()));
        }
        // The rebuilt indexes hold every row: each row is found through them.
        QSqlQuery found = run(db(), QStringLiteral("SELECT count(*) FROM bulk_item WHERE "
                                                   "weight >= 0 AND name LIKE 'Name %'"));
        QVERIFY(found.next());
        QCOMPARE(found.value(0).toLongLong(), 2000);
    }

    void onlyTheNamedIndexesAreBuiltAfter()
    {
        // The index of code's UNIQUE constraint cannot be dropped, even when named.
        QStringList during;
        const Status done = loadInBulk(
            db(), kTable,
            {QStringLiteral("bulk_item_weight"), QStringLiteral("sqlite_autoindex_bulk_item_1")},
            2000, [&]() -> Status {
                during = indexes(db());
                return addRows(db(), 0, 2000, distinctWeight);
            });
        QVERIFY2(done, qPrintable(done.errorMessage()));
        QStringList kept = m_indexes;
        if (!test::onPostgres()) {
            kept.removeIf([](const QString& index) {
                return index.startsWith(QLatin1String("bulk_item_weight:"));
            });
        }
        QCOMPARE(during, kept);
        QCOMPARE(indexes(db()), m_indexes);
    }

    void smallWritesAndLargerTablesKeepTheIndexes_data()
    {
        QTest::addColumn<int>("existing");
        QTest::addColumn<int>("added");
        QTest::newRow("fewer rows than the threshold") << 0 << int(kBulkLoadMinRows - 1);
        QTest::newRow("a table larger than the load") << 3000 << 2000;
    }

    void smallWritesAndLargerTablesKeepTheIndexes()
    {
        QFETCH(int, existing);
        QFETCH(int, added);
        QVERIFY(db().transaction([&] { return addRows(db(), 0, existing, distinctWeight); }));
        QStringList during;
        const Status done = loadInBulk(db(), kTable, kOwnIndexes, added, [&]() -> Status {
            during = indexes(db());
            return addRows(db(), existing, added, distinctWeight);
        });
        QVERIFY2(done, qPrintable(done.errorMessage()));
        QCOMPARE(during, m_indexes);
        QCOMPARE(rowCount(db()), existing + added);
    }

    void aFailedLoadLeavesTableAndIndexesAsTheyWere()
    {
        QVERIFY(db().transaction([&] { return addRows(db(), 0, 10, distinctWeight); }));
        const Status done = loadInBulk(db(), kTable, kOwnIndexes, 2000, [&]() -> Status {
            if (Status added = addRows(db(), 10, 1500, distinctWeight); !added) {
                return added;
            }
            return Error{QStringLiteral("cancelled")};
        });
        QVERIFY(!done);
        QCOMPARE(done.errorMessage(), QStringLiteral("cancelled"));
        QCOMPARE(rowCount(db()), 10);
        QCOMPARE(indexes(db()), m_indexes);
    }

    void aDuplicateThatAUniqueIndexRefusesUndoesTheLoad()
    {
        // Two rows of the same weight: SQLite finds them when the unique index is built again,
        // PostgreSQL at the insert; either way nothing of the load stays.
        const Status done = loadInBulk(db(), kTable, kOwnIndexes, 2000, [&] {
            return addRows(db(), 0, 2000, [](int i) { return i == 1999 ? 0 : i; });
        });
        QVERIFY(!done);
        if (!test::onPostgres()) {
            QVERIFY2(done.errorMessage().contains(QLatin1String("bulk_item_weight")),
                     qPrintable(done.errorMessage()));
        }
        QCOMPARE(rowCount(db()), 0);
        QCOMPARE(indexes(db()), m_indexes);
    }

    void indexesOfATableBeingReadStayInPlace()
    {
        if (test::onPostgres()) {
            QSKIP("SQLite only: PostgreSQL keeps the indexes anyway");
        }
        QVERIFY(db().transaction([&] { return addRows(db(), 0, 5, distinctWeight); }));
        // A statement of the same connection still reading the table: SQLite cannot drop its
        // indexes under it, so the load keeps them.
        QSqlQuery reading(db().connection());
        QVERIFY(reading.exec(QStringLiteral("SELECT id FROM bulk_item ORDER BY name")));
        QVERIFY(reading.next());
        QStringList during;
        const Status done = loadInBulk(db(), kTable, kOwnIndexes, 2000, [&]() -> Status {
            during = indexes(db());
            return addRows(db(), 5, 2000, distinctWeight);
        });
        QVERIFY2(done, qPrintable(done.errorMessage()));
        QCOMPARE(during, m_indexes);
        reading.finish();
        QCOMPARE(rowCount(db()), 2005);
        QCOMPARE(indexes(db()), m_indexes);
    }
};

QTEST_GUILESS_MAIN(TestBulkLoad)
#include "tst_bulkload.moc"
