// Database: creation, cumulative migrations with a backup, refusals that leave files as they were.
#include "TestSchool.h"
#include "storage/Database.h"
#include "storage/SqlError.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace truc2;

namespace {

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

/// Runs SQL on a file through a raw connection, the way another program would.
void rawExec(const QString& path, const QString& sql)
{
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

int count(Database& db, const QString& table)
{
    QSqlQuery query(db.connection());
    query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table);
    return query.next() ? query.value(0).toInt() : -1;
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsNewSchoolAtLatestVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/folder/new.truc2"));
        auto db = Database::open({path, DatabaseOptions::IfMissing::Create});
        QVERIFY2(db, db ? "" : qPrintable(db.errorMessage()));
        QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
        QVERIFY((*db)->migrationBackupPath().isEmpty()); // nothing to back up in a new file
        QSqlQuery query((*db)->connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
    }

    void responsesByFormatIndexedOnlyWhenTheyHaveOne()
    {
        // Schema 7: imported responses (no format) take no entry in the index by format, which
        // still serves the readings by format.
        QTemporaryDir dir;
        QVERIFY(QFile::copy(test::fixture(QStringLiteral("school-schema1.truc2")),
                            dir.filePath(QStringLiteral("old.truc2"))));
        for (const QString& name : {QStringLiteral("new.truc2"), QStringLiteral("old.truc2")}) {
            auto db = Database::open({dir.filePath(name), DatabaseOptions::IfMissing::Create});
            QVERIFY2(db, db ? "" : qPrintable(db.errorMessage()));
            QSqlQuery query((*db)->connection());
            QVERIFY(query.exec(QStringLiteral(
                "SELECT sql FROM sqlite_master WHERE name = 'survey_response_format'")));
            QVERIFY(query.next());
            QVERIFY2(
                query.value(0).toString().endsWith(QLatin1String("WHERE format_id IS NOT NULL")),
                qPrintable(query.value(0).toString()));
            QVERIFY(query.exec(QStringLiteral(
                "EXPLAIN QUERY PLAN SELECT id FROM survey_response WHERE format_id = 3")));
            QString plan;
            while (query.next()) {
                plan += query.value(3).toString();
            }
            QVERIFY2(plan.contains(QLatin1String("survey_response_format")), qPrintable(plan));
        }
    }

    void personIsRebuiltWithItsRowsKeysAndRules()
    {
        // Schema 8 builds person again (its category checked by comparisons): rows, indexes,
        // the references to it and its rules stay, and the foreign keys are on again after.
        QTemporaryDir dir;
        QVERIFY(QFile::copy(test::fixture(QStringLiteral("school-schema1.truc2")),
                            dir.filePath(QStringLiteral("old.truc2"))));
        QFile::setPermissions(dir.filePath(QStringLiteral("old.truc2")),
                              QFile::ReadOwner | QFile::WriteOwner);
        QStringList definitions;
        for (const QString& name : {QStringLiteral("new.truc2"), QStringLiteral("old.truc2")}) {
            auto db = Database::open({dir.filePath(name), DatabaseOptions::IfMissing::Create});
            QVERIFY2(db, db ? "" : qPrintable(db.errorMessage()));
            QSqlQuery query((*db)->connection());
            QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next());
            QCOMPARE(query.value(0).toInt(), 1);
            QVERIFY(query.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = "
                                              "'table' AND name = 'person'")) &&
                    query.next());
            definitions << query.value(0).toString();
            QVERIFY(query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = "
                                              "'index' AND tbl_name = 'person' ORDER BY name")));
            QStringList indexes;
            while (query.next()) {
                indexes << query.value(0).toString();
            }
            QCOMPARE(indexes,
                     (QStringList{QStringLiteral("person_name"), QStringLiteral("person_service"),
                                  QStringLiteral("sqlite_autoindex_person_1")}));
            QVERIFY(!query.exec(QStringLiteral(
                "INSERT INTO person (last_name, first_name, category) VALUES ('X', 'Y', 'D')")));
            QVERIFY(query.exec(QStringLiteral(
                "INSERT INTO person (last_name, first_name, category) VALUES ('X', 'Y', 'A')")));
        }
        QCOMPARE(definitions.at(1), definitions.at(0));
        QVERIFY2(definitions.at(0).contains(
                     QLatin1String("CHECK (category = 'A' OR category = 'B' OR category = 'C')")),
                 qPrintable(definitions.at(0)));

        auto old = Database::open({dir.filePath(QStringLiteral("old.truc2"))});
        QVERIFY(old);
        QSqlQuery query((*old)->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT id, matricule, category, service_id FROM person "
                                          "WHERE matricule IS NOT NULL ORDER BY id")));
        QStringList rows;
        while (query.next()) {
            rows << QStringList{query.value(0).toString(), query.value(1).toString(),
                                query.value(2).toString(), query.value(3).toString()}
                        .join(QLatin1Char('|'));
        }
        QCOMPARE(rows, (QStringList{QStringLiteral("1|00123|B|1"), QStringLiteral("2|00456|C|1")}));
        // The registration still refers to its agent, who cannot go while it does.
        QCOMPARE(count(**old, QStringLiteral("registration WHERE person_id = 2")), 1);
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM person WHERE id = 2")));
        const Result<QStringList> problems = (*old)->integrityProblems();
        QVERIFY(problems);
        QVERIFY2(problems->isEmpty(), qPrintable(problems->join(u'\n')));
    }

    void rebuildingPersonKeepsWhatRefersToIt()
    {
        // Person is dropped and built again with the foreign keys off: the memberships that
        // would go with an agent (ON DELETE CASCADE) stay.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("school.truc2"));
        {
            auto db = Database::open({path, DatabaseOptions::IfMissing::Create});
            QVERIFY(db);
            QSqlQuery query((*db)->connection());
            for (const QString& sql :
                 {QStringLiteral("INSERT INTO person (id, last_name, first_name) VALUES (1, 'X', "
                                 "'Y')"),
                  QStringLiteral("INSERT INTO format (id, code, name) VALUES (1, 'CM', 'Club')"),
                  QStringLiteral("INSERT INTO format_member (format_id, person_id) VALUES (1, "
                                 "1)")}) {
                QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));
            }
        }
        rawExec(path, QStringLiteral("UPDATE meta SET value = '7' WHERE key = 'schema_version'"));
        {
            auto db = Database::open({path});
            QVERIFY2(db, db ? "" : qPrintable(db.errorMessage()));
            QCOMPARE(count(**db, QStringLiteral("format_member WHERE person_id = 1")), 1);
            // The next upgrade, within the same second, takes its copy under the same name.
            QVERIFY(QFile::remove((*db)->migrationBackupPath()));
        }
        // Another program, without foreign keys, left a membership of nobody: the upgrade
        // breaks no reference itself, so it goes on, and leaves that one as it found it.
        rawExec(path, QStringLiteral("INSERT INTO format_member (format_id, person_id) VALUES (1, "
                                     "99)"));
        rawExec(path, QStringLiteral("UPDATE meta SET value = '7' WHERE key = 'schema_version'"));
        auto upgraded = Database::open({path});
        QVERIFY2(upgraded, upgraded ? "" : qPrintable(upgraded.errorMessage()));
        QCOMPARE((*upgraded)->schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(count(**upgraded, QStringLiteral("format_member")), 2);
        const Result<QStringList> problems = (*upgraded)->integrityProblems();
        QVERIFY(problems);
        QCOMPARE(*problems, QStringList{QStringLiteral(
                                "Row 2 of table format_member refers to a missing row of table "
                                "person.")});
    }

    void schoolIdIsGivenOnceAndKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("school.truc2"));
        QString id;
        {
            auto created = Database::open({path, DatabaseOptions::IfMissing::Create});
            QVERIFY(created);
            id = (*created)->schoolId();
        }
        QVERIFY(!QUuid::fromString(id).isNull());
        auto again = Database::open({path});
        QVERIFY(again);
        QCOMPARE((*again)->schoolId(), id);
        again->reset();
        auto readOnly = Database::open(DatabaseOptions::asItIs(path));
        QVERIFY(readOnly);
        QCOMPARE((*readOnly)->schoolId(), id);

        // Another school gets its own; an older school kept as it is has none until it is
        // opened for writing, when it gets one with the upgrade.
        const QString old = dir.filePath(QStringLiteral("old.truc2"));
        QVERIFY(QFile::copy(test::fixture(QStringLiteral("school-schema1.truc2")), old));
        QFile::setPermissions(old, QFile::ReadOwner | QFile::WriteOwner);
        auto asItIs = Database::open(DatabaseOptions::asItIs(old));
        QVERIFY(asItIs);
        QVERIFY((*asItIs)->schoolId().isEmpty());
        asItIs->reset();
        auto upgraded = Database::open({old});
        QVERIFY(upgraded);
        QVERIFY(!QUuid::fromString((*upgraded)->schoolId()).isNull());
        QVERIFY((*upgraded)->schoolId() != id);
    }

    void refusesMissingFileUnlessCreating()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing.truc2"));
        auto db = Database::open({path});
        QVERIFY(!db);
        QVERIFY(db.errorMessage().contains(path));
        QVERIFY(!QFile::exists(path));
    }

    void upgradesOlderSchemaWithBackup()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.truc2"));
        QVERIFY(QFile::copy(test::fixture(QStringLiteral("school-schema1.truc2")), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        const QByteArray before = fileHash(path);

        auto db = Database::open({path});
        QVERIFY2(db, db ? "" : qPrintable(db.errorMessage()));
        QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
        // The data survived, and the new table exists.
        QCOMPARE(count(**db, QStringLiteral("person")), 2);
        QCOMPARE(count(**db, QStringLiteral("registration")), 1);
        QCOMPARE(count(**db, QStringLiteral("closed_day")), 0);
        QSqlQuery query((*db)->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT matricule FROM person ORDER BY id")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("00123")); // text, zeros kept
        // The copy taken beforehand is the file as it was.
        const QString backup = (*db)->migrationBackupPath();
        QVERIFY(QFile::exists(backup));
        auto old = Database::open({backup, DatabaseOptions::IfMissing::Fail, true});
        QVERIFY(!old); // read-only and older: it says it must be upgraded
        QVERIFY(old.errorMessage().contains(QStringLiteral("read-only")));
        QVERIFY(before != fileHash(path));
    }

    void failedUpgradeChangesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.truc2"));
        QVERIFY(QFile::copy(test::fixture(QStringLiteral("school-schema1.truc2")), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        // Migration 2 creates closed_day: a table of that name already there makes it fail.
        rawExec(path, QStringLiteral("CREATE TABLE closed_day (x INTEGER)"));
        auto db = Database::open({path});
        QVERIFY(!db);
        QVERIFY2(db.errorMessage().contains(QStringLiteral("nothing was changed")),
                 qPrintable(db.errorMessage()));
        auto old = Database::open({path, DatabaseOptions::IfMissing::Fail, true});
        QVERIFY(!old); // still schema 1, so still to be upgraded
        DatabaseOptions asItIs{path};
        asItIs.upgrade = false;
        auto kept = Database::open(asItIs);
        QVERIFY(kept);
        QCOMPARE((*kept)->schemaVersion(), 1);
        QVERIFY((*kept)->isReadOnly());
    }

    void refusesNewerSchemaAndLeavesItUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("newer.truc2"));
        QVERIFY(QFile::copy(test::fixture(QStringLiteral("school-schema1.truc2")), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        rawExec(path, QStringLiteral("UPDATE meta SET value = '99' WHERE key = 'schema_version'"));
        const QByteArray before = fileHash(path);

        auto db = Database::open({path});
        QVERIFY(!db);
        QVERIFY2(db.errorMessage().contains(QStringLiteral("newer version")),
                 qPrintable(db.errorMessage()));
        QVERIFY(db.errorMessage().contains(QStringLiteral("99")));
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void refusesFilesThatAreNotSchools_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("text") << QByteArray("Nom;Prénom\nMartin;Élodie\n")
                              << QStringLiteral("not an SQLite file");
        QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)
                                << QStringLiteral("not an SQLite file");
        QTest::newRow("truncated sqlite")
            << QByteArray("SQLite format 3\0garbage", 23) << QStringLiteral("not a TRUC² database");
    }

    void refusesFilesThatAreNotSchools()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.truc2"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        auto db = Database::open({path});
        QVERIFY(!db);
        QVERIFY2(db.errorMessage().contains(expected), qPrintable(db.errorMessage()));
        QFile check(path);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), content);
    }

    void refusesAnotherProgramsDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("firefox.sqlite"));
        rawExec(path, QStringLiteral("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)"));
        const QByteArray before = fileHash(path);
        auto db = Database::open({path});
        QVERIFY(!db);
        QVERIFY2(db.errorMessage().contains(QStringLiteral("not a TRUC² school")),
                 qPrintable(db.errorMessage()));
        QCOMPARE(fileHash(path), before);
    }

    void opensReadOnlyFileWithoutWriting()
    {
        test::TestSchool school;
        QVERIFY(school->organisation().insertDirection({0, QStringLiteral("Finances"), true}));
        school.close();
        QFile::remove(school.path() + QStringLiteral("-wal"));
        QFile::setPermissions(school.path(), QFile::ReadOwner | QFile::ReadGroup);
        const QByteArray before = fileHash(school.path());

        auto db = Database::open({school.path()});
        QVERIFY2(db, db ? "" : qPrintable(db.errorMessage()));
        QVERIFY((*db)->isReadOnly());
        QCOMPARE(count(**db, QStringLiteral("direction")), 1);
        QSqlQuery query((*db)->connection());
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM direction")));
        db->reset();
        QCOMPARE(fileHash(school.path()), before);
        QFile::setPermissions(school.path(), QFile::ReadOwner | QFile::WriteOwner);
    }

    void lockedDatabaseGivesClearMessageAndKeepsData()
    {
        test::TestSchool school;
        school.close();
        DatabaseOptions options{school.path()};
        options.busyTimeoutMs = 100;
        auto first = Database::open(options);
        auto second = Database::open(options);
        QVERIFY(first && second);
        // Another program holds the write lock.
        QSqlQuery lock((*first)->connection());
        QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QVERIFY(lock.exec(QStringLiteral("INSERT INTO direction (name) VALUES ('Sports')")));

        const Status done = (*second)->transaction([&]() -> Status {
            QSqlQuery insert((*second)->connection());
            insert.prepare(QStringLiteral("INSERT INTO direction (name) VALUES (:name)"));
            insert.bindValue(QStringLiteral(":name"), QStringLiteral("Culture"));
            if (!insert.exec()) {
                return Error{truc2::readableSqlError(insert.lastError())};
            }
            return {};
        });
        QVERIFY(!done);
        QVERIFY2(done.errorMessage().contains(QStringLiteral("busy")),
                 qPrintable(done.errorMessage()));
        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        QCOMPARE(count(**second, QStringLiteral("direction")), 0);
    }

    void transactionRollsBackWholeOnError()
    {
        test::TestSchool school;
        Database& db = school->database();
        const Status done = db.transaction([&]() -> Status {
            QSqlQuery q(db.connection());
            q.exec(QStringLiteral("INSERT INTO direction (name) VALUES ('Culture')"));
            return Error{QStringLiteral("stop here")};
        });
        QVERIFY(!done);
        QCOMPARE(done.errorMessage(), QStringLiteral("stop here"));
        QCOMPARE(count(db, QStringLiteral("direction")), 0);
    }

    void backupIsAConsistentCopy()
    {
        test::TestSchool school;
        QVERIFY(school->organisation().insertDirection({0, QStringLiteral("Culture"), true}));
        const QString copy = school.dir() + QStringLiteral("/copy.truc2");
        QVERIFY(school->database().backupTo(copy));
        auto reopened = Database::open({copy});
        QVERIFY(reopened);
        QCOMPARE(count(**reopened, QStringLiteral("direction")), 1);
        // An existing file is never overwritten.
        const Status again = school->database().backupTo(copy);
        QVERIFY(!again);
        QVERIFY(again.errorMessage().contains(QStringLiteral("already exists")));
    }

    void backupWhileAnotherConnectionWrites()
    {
        test::TestSchool school;
        QVERIFY(school->organisation().insertDirection({0, QStringLiteral("Culture"), true}));
        // The window is in the middle of a change when the scheduled backup runs.
        auto other = Database::open({school.path()});
        QVERIFY(other);
        QSqlQuery writer((*other)->connection());
        QVERIFY(writer.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QVERIFY(writer.exec(QStringLiteral("INSERT INTO direction (name) VALUES ('Sports')")));
        const QString copy = school.dir() + QStringLiteral("/during.truc2");
        QVERIFY(school->database().backupTo(copy));
        QVERIFY(writer.exec(QStringLiteral("COMMIT")));
        auto reopened = Database::open({copy});
        QVERIFY(reopened);
        QCOMPARE(count(**reopened, QStringLiteral("direction")), 1); // the committed state only
        QCOMPARE(count(school->database(), QStringLiteral("direction")), 2);
    }

    void integrityCheckFindsBrokenReferences()
    {
        test::TestSchool school;
        QVERIFY(school->database().integrityProblems()->isEmpty());
        QSqlQuery q(school->database().connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
        QVERIFY(
            q.exec(QStringLiteral("INSERT INTO service (direction_id, name) VALUES (42, 'X')")));
        const auto problems = school->database().integrityProblems();
        QVERIFY(problems);
        QCOMPARE(problems->size(), 1);
        QVERIFY(problems->first().contains(QStringLiteral("service")));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
