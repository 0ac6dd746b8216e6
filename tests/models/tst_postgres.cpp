// What only a shared PostgreSQL school does: server errors in plain words, read-only roles,
// one migration while other workstations wait, a connection lost in the middle of a save.
#include "TestSchool.h"
#include "itemmodels/AgentTableModel.h"
#include "itemmodels/ProgrammeModel.h"
#include "stats/PeriodFigures.h"
#include "storage/ServerAddress.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace truc2;

namespace {

QString withUser(const QString& location, const QString& user)
{
    ServerAddress address = *ServerAddress::parse(location);
    address.user = user;
    return address.toLocation();
}

void adminExec(const QString& sql)
{
    QString error;
    if (!test::serverAdminExec(sql, &error) && !error.contains(QLatin1String("already exists"))) {
        qFatal("%s: %s", qPrintable(sql), qPrintable(error));
    }
}

Agent someone()
{
    Agent a;
    a.lastName = QStringLiteral("Martin");
    a.firstName = QStringLiteral("Élodie");
    a.matricule = QStringLiteral("00123");
    return a;
}

} // namespace

class TestPostgres : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!test::onPostgres()) {
            QSKIP("PostgreSQL only (TRUC2_TEST_BACKEND=postgresql)");
        }
        TRUC2_REQUIRE_BACKEND();
    }

    void wrongPasswordIsRefusedInPlainWords()
    {
        test::TestSchool school;
        adminExec(QStringLiteral("CREATE ROLE truc2_password_check LOGIN PASSWORD 'right'"));
        DatabaseOptions options{withUser(school.path(), QStringLiteral("truc2_password_check"))};
        options.password = QStringLiteral("wrong");
        const auto refused = Database::open(options);
        QVERIFY(!refused);
        QVERIFY2(refused.errorMessage().contains(QStringLiteral("refused the password")),
                 qPrintable(refused.errorMessage()));
    }

    void readOnlyRoleOpensReadOnly()
    {
        test::TestSchool school;
        QVERIFY(school->agents().insert(someone()));
        adminExec(QStringLiteral("CREATE ROLE truc2_reader LOGIN"));
        test::serverAdminExecIn(school.path(),
                                {QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public "
                                                "TO truc2_reader")});
        auto reader = School::open({withUser(school.path(), QStringLiteral("truc2_reader"))});
        QVERIFY2(reader, reader ? "" : qPrintable(reader.errorMessage()));
        QVERIFY((*reader)->database().isReadOnly());
        QCOMPARE((*reader)->agents().count(), 1);
        const FiguresCalculator figures((*reader)->database(), (*reader)->settings());
        QVERIFY(figures.compute(Period::calendarYear(2021)));
        Agent other = someone();
        other.matricule = QStringLiteral("00999");
        const Result<qint64> refused = (*reader)->agents().insert(other);
        QVERIFY(!refused);
        QVERIFY2(refused.errorMessage().contains(QStringLiteral("read")),
                 qPrintable(refused.errorMessage()));
        QCOMPARE(school->agents().count(), 1);
    }

    void unreachableServer()
    {
        DatabaseOptions options{QStringLiteral("postgresql://postgres@127.0.0.1:1/school")};
        options.connectTimeoutSeconds = 2;
        const auto refused = Database::open(options);
        QVERIFY(!refused);
        QVERIFY2(refused.errorMessage().contains(QStringLiteral("cannot be reached")),
                 qPrintable(refused.errorMessage()));
    }

    void missingDatabaseAndForeignDatabase()
    {
        ServerAddress address = *ServerAddress::parse(qEnvironmentVariable("TRUC2_TEST_PG"));
        address.database = QStringLiteral("truc2_no_such_school");
        const auto missing = Database::open({address.toLocation()});
        QVERIFY(!missing);
        QVERIFY2(missing.errorMessage().contains(QStringLiteral("no database named")),
                 qPrintable(missing.errorMessage()));

        const QString foreign = test::createServerDatabase();
        test::serverAdminExecIn(foreign,
                                {QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")});
        const auto refused = Database::open({foreign});
        QVERIFY(!refused);
        QVERIFY2(refused.errorMessage().contains(QStringLiteral("not a TRUC² school")),
                 qPrintable(refused.errorMessage()));
        test::dropServerDatabase(foreign);
    }

    void newerSchemaIsRefusedAndUntouched()
    {
        test::TestSchool school;
        const QString location = school.path();
        school.close();
        test::serverAdminExecIn(location,
                                {QStringLiteral("UPDATE meta SET value = '99' WHERE key = "
                                                "'schema_version'")});
        const auto refused = Database::open({location});
        QVERIFY(!refused);
        QVERIFY2(refused.errorMessage().contains(QStringLiteral("newer version")),
                 qPrintable(refused.errorMessage()));
        test::serverAdminExecIn(location,
                                {QStringLiteral("DO $$ BEGIN IF (SELECT value FROM meta WHERE key "
                                                "= 'schema_version') <> '99' THEN RAISE "
                                                "'changed'; END IF; END $$")});
    }

    void twoWorkstationsCreateTheSameSchoolAtOnce()
    {
        const QString location = test::createServerDatabase();
        QString errors[2];
        int versions[2] = {0, 0};
        QThread* threads[2];
        for (int i = 0; i < 2; ++i) {
            threads[i] = QThread::create([&, i] {
                auto opened = Database::open({location, DatabaseOptions::IfMissing::Create});
                if (opened) {
                    versions[i] = (*opened)->schemaVersion();
                } else {
                    errors[i] = opened.errorMessage();
                }
            });
        }
        threads[0]->start();
        threads[1]->start();
        for (QThread* t : threads) {
            QVERIFY(t->wait(60'000));
            delete t;
        }
        QVERIFY2(errors[0].isEmpty(), qPrintable(errors[0]));
        QVERIFY2(errors[1].isEmpty(), qPrintable(errors[1]));
        QCOMPARE(versions[0], Database::latestSchemaVersion());
        QCOMPARE(versions[1], Database::latestSchemaVersion());
        auto school = School::open({location});
        QVERIFY(school);
        QVERIFY((*school)->agents().insert(someone()));
        school->reset();
        test::dropServerDatabase(location);
    }

    void theProgrammeFollowsOtherWorkstations()
    {
        test::TestSchool school;
        auto other = school.openAgain();
        const qint64 action = test::addWorkshopAction(*school);
        ProgrammeModel programme(*other);
        programme.setPeriod(QDate(2030, 3, 1), QDate(2030, 3, 31));
        QSignalSpy inserted(&programme, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&programme, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&programme, &QAbstractItemModel::modelReset);

        Session s;
        s.actionId = action;
        s.startsAt = QDateTime(QDate(2030, 3, 4), QTime(9, 0));
        s.endsAt = s.startsAt.addSecs(7200);
        s.capacity = 10;
        s = *school->sessions().insert(s);
        QTRY_COMPARE(inserted.size(), 1);
        QCOMPARE(programme.index(0, ProgrammeModel::Filled).data().toString(),
                 QStringLiteral("0/10"));

        // A registration made elsewhere shows in the count; a session moved out of the month
        // leaves it; one removed is gone — all without reading the month again.
        QVERIFY(school->registrations().registerAgent(s.id, *school->agents().insert(someone())));
        QTRY_COMPARE(programme.index(0, ProgrammeModel::Filled).data().toString(),
                     QStringLiteral("1/10"));
        Session moved = *school->sessions().session(s.id);
        moved.startsAt = QDateTime(QDate(2030, 4, 4), QTime(9, 0));
        moved.endsAt = moved.startsAt.addSecs(7200);
        QVERIFY(school->sessions().update(moved));
        QTRY_COMPARE(removed.size(), 1);
        QCOMPARE(programme.rowCount(), 0);
        QCOMPARE(reset.size(), 0);
    }

    void otherWorkstationsSeeChangesRowByRow()
    {
        test::TestSchool school;
        auto other = school.openAgain();
        QVERIFY(school->changeFeed().isListening());
        AgentTableModel view(other->agents(), other->organisation());
        QSignalSpy inserted(&view, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&view, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&view, &QAbstractItemModel::modelReset);

        const qint64 id = *school->agents().insert(someone());
        QTRY_COMPARE(inserted.size(), 1);
        QCOMPARE(view.rowCount(), 1);
        Agent edited = *school->agents().agent(id);
        edited.grade = QStringLiteral("Rédacteur");
        QVERIFY(school->agents().update(edited));
        QTRY_COMPARE(changed.size(), 1);
        QCOMPARE(view.index(0, AgentTableModel::Grade).data().toString(),
                 QStringLiteral("Rédacteur"));
        QCOMPARE(reset.size(), 0);

        // A change that rolls back is never announced.
        const Status rolledBack = school->database().transaction([&]() -> Status {
            Agent ghost = someone();
            ghost.matricule = QStringLiteral("00777");
            if (const Result<qint64> added = school->agents().insert(ghost); !added) {
                return added.error();
            }
            return Error{QStringLiteral("changed my mind")};
        });
        QVERIFY(!rolledBack);
        QTest::qWait(300);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(view.rowCount(), 1);
    }

    void twoWorkstationsEditTheSameAgent()
    {
        test::TestSchool school;
        auto other = school.openAgain();
        const qint64 id = *school->agents().insert(someone());
        Agent mine = *school->agents().agent(id);
        Agent theirs = *other->agents().agent(id);
        mine.grade = QStringLiteral("Rédacteur");
        theirs.grade = QStringLiteral("Attaché");
        QVERIFY(school->agents().update(mine));
        const Result<Agent> refused = other->agents().update(theirs);
        QVERIFY(!refused);
        QVERIFY(refused.errorMessage().contains(QStringLiteral("another workstation")));
        QCOMPARE(other->agents().agent(id)->grade, QStringLiteral("Rédacteur"));
    }

    void connectionLostInTheMiddleOfASave()
    {
        test::TestSchool school;
        QVERIFY(school->agents().insert(someone()));
        // The network drops: the server ends this workstation's session.
        test::serverAdminExecIn(
            school.path(),
            {QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
                            "application_name = 'truc2' AND datname = current_database()")});
        Agent other = someone();
        other.matricule = QStringLiteral("00456");
        other.firstName = QStringLiteral("Paul");
        const Result<qint64> lost = school->agents().insert(other);
        QVERIFY(!lost);
        QVERIFY2(lost.errorMessage().contains(QStringLiteral("connection to the server was lost")),
                 qPrintable(lost.errorMessage()));
        // The program keeps running; reconnecting finds the data as it was, and works.
        auto again = school.openAgain();
        QCOMPARE(again->agents().count(), 1);
        QVERIFY(again->agents().insert(other));
        QCOMPARE(again->agents().count(), 2);
    }
};

QTEST_GUILESS_MAIN(TestPostgres)
#include "tst_postgres.moc"
