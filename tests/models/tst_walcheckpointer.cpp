// WalCheckpointer: an SQLite school's commits leave the copy of the write-ahead log into the
// file to another thread, which does it completely, never loses a page, lets readers read
// meanwhile, and stops cleanly with the school.

#include "storage/Database.h"
#include "storage/WalCheckpointer.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace truc2;

namespace {

/// Writes `rows` rows of 1,000 bytes into a table of its own, in one transaction.
void writeRows(Database& db, int rows, int first = 0)
{
    const Status done = db.transaction([&]() -> Status {
        QSqlQuery query(db.connection());
        if (!query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS filler (id INTEGER PRIMARY "
                                       "KEY, payload TEXT NOT NULL)"))) {
            return Error{query.lastError().text()};
        }
        query.prepare(QStringLiteral("INSERT INTO filler (id, payload) VALUES (?, ?)"));
        for (int i = first; i < first + rows; ++i) {
            query.addBindValue(i);
            query.addBindValue(QString(1000, QLatin1Char('a' + i % 26)));
            if (!query.exec()) {
                return Error{query.lastError().text()};
            }
        }
        return {};
    });
    QVERIFY2(done, qPrintable(done.errorMessage()));
}

/// What a PASSIVE checkpoint from a connection of its own finds in the log: its frames, and
/// those already copied into the file.
struct LogState
{
    int frames = -1;
    int copied = -1;
};

LogState logState(const QString& path)
{
    sqlite3* db = nullptr;
    LogState state;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) ==
        SQLITE_OK) {
        // Reading the log's state runs a checkpoint of what is left: call it only once the
        // checkpointer says it is done.
        // A new connection learns that the file is in WAL mode when it first reads it.
        sqlite3_exec(db, "PRAGMA schema_version", nullptr, nullptr, nullptr);
        sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, &state.frames,
                                  &state.copied);
    }
    sqlite3_close(db);
    return state;
}

} // namespace

class TestWalCheckpointer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    void largeCommitIsCopiedByTheOtherThread()
    {
        const QString path = m_dir.filePath(QStringLiteral("large.truc2"));
        auto db = Database::open({path, DatabaseOptions::IfMissing::Create});
        QVERIFY2(db, db ? "" : qPrintable(db.errorMessage()));
        const qint64 before = QFileInfo(path).size();
        writeRows(**db, 3000); // about 3 MB: 750 pages and more, past 1,000 with the indexes
        (*db)->waitForCheckpoint();
        const LogState state = logState(path);
        QVERIFY(state.frames > 0);
        QCOMPARE(state.copied, state.frames); // everything was in the file already
        QVERIFY2(QFileInfo(path).size() > before + 3000 * 1000,
                 qPrintable(QString::number(QFileInfo(path).size())));
    }

    void checkpointsOnlyPastSqlitesThreshold()
    {
        // The class alone, on a connection of Qt's: small commits leave the log as SQLite's
        // automatic checkpoint would, a commit that takes it past 1,000 pages starts one.
        const QString path = m_dir.filePath(QStringLiteral("raw.db"));
        {
            QSqlDatabase raw =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery query(raw);
            QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (x TEXT)")));
            const std::unique_ptr<WalCheckpointer> checkpointer =
                WalCheckpointer::attach(raw, path);
            QVERIFY(checkpointer);
            QVERIFY(query.exec(QStringLiteral("INSERT INTO t VALUES ('small')")));
            checkpointer->waitUntilDone();
            QCOMPARE(checkpointer->checkpointsRun(), 0);
            QVERIFY(raw.transaction());
            QVERIFY(query.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL "
                                              "SELECT i + 1 FROM n WHERE i < 5000) "
                                              "INSERT INTO t SELECT printf('%.1000c', 'x') "
                                              "FROM n")));
            QVERIFY(raw.commit());
            checkpointer->waitUntilDone();
            QCOMPARE(checkpointer->checkpointsRun(), 1);
            const LogState state = logState(path);
            QVERIFY(state.frames >= WalCheckpointer::kPages);
            QCOMPARE(state.copied, state.frames);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    }

    void everyRowIsThereAfterManyCommits()
    {
        const QString path = m_dir.filePath(QStringLiteral("many.truc2"));
        {
            auto db = Database::open({path, DatabaseOptions::IfMissing::Create});
            QVERIFY(db);
            for (int round = 0; round < 8; ++round) {
                writeRows(**db, 1200, round * 1200); // each commit asks for a checkpoint
            }
            // Closed at once, a checkpoint perhaps under way.
        }
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal"))); // the last close folded it
        auto db = Database::open({path});
        QVERIFY(db);
        QSqlQuery query((*db)->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*), SUM(length(payload)) FROM filler")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 8 * 1200);
        QCOMPARE(query.value(1).toLongLong(), 8LL * 1200 * 1000);
        const Result<QStringList> problems = (*db)->integrityProblems();
        QVERIFY(problems);
        QVERIFY2(problems->isEmpty(), qPrintable(problems->join(QLatin1Char('\n'))));
    }

    void readersReadWhileTheLogIsCopied()
    {
        const QString path = m_dir.filePath(QStringLiteral("readers.truc2"));
        auto db = Database::open({path, DatabaseOptions::IfMissing::Create});
        QVERIFY(db);
        writeRows(**db, 100);
        (*db)->waitForCheckpoint();
        // A reader holds a snapshot: the checkpoint may not copy past it, and must not wait.
        auto reader = Database::open(DatabaseOptions::asItIs(path));
        QVERIFY2(reader, reader ? "" : qPrintable(reader.errorMessage()));
        QSqlDatabase readConnection = (*reader)->connection();
        QVERIFY(readConnection.transaction());
        QSqlQuery read(readConnection);
        QVERIFY(read.exec(QStringLiteral("SELECT COUNT(*) FROM filler")) && read.next());
        QCOMPARE(read.value(0).toInt(), 100);
        writeRows(**db, 3000, 100);
        (*db)->waitForCheckpoint(); // returns although the reader keeps its snapshot
        QVERIFY(read.exec(QStringLiteral("SELECT COUNT(*) FROM filler")) && read.next());
        QCOMPARE(read.value(0).toInt(), 100); // its snapshot, unchanged
        read.finish();
        QVERIFY(readConnection.commit());
        writeRows(**db, 1200, 3100); // the next request copies all of it
        (*db)->waitForCheckpoint();
        const LogState state = logState(path);
        QCOMPARE(state.copied, state.frames);
        QSqlQuery count((*db)->connection());
        QVERIFY(count.exec(QStringLiteral("SELECT COUNT(*) FROM filler")) && count.next());
        QCOMPARE(count.value(0).toInt(), 4300);
    }

    void onlyForSqliteConnections()
    {
        QVERIFY(!WalCheckpointer::attach(QSqlDatabase(), QStringLiteral("nowhere")));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestWalCheckpointer)
#include "tst_walcheckpointer.moc"
