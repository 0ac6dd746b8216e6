// A whole school moved from a file to a PostgreSQL server and back, and the copies it refuses.
#include "TestSchool.h"
#include "demo/DemoSchool.h"
#include "documents/FiguresReport.h"
#include "export/CsvWriter.h"
#include "stats/PeriodFigures.h"
#include "storage/ExportSources.h"
#include "storage/SchemaTables.h"
#include "storage/SchoolCopier.h"
#include "storage/ServerAddress.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace truc2;

namespace {

std::unique_ptr<Database> openDatabase(const QString& location)
{
    Result<std::unique_ptr<Database>> opened = Database::open({location});
    if (!opened) {
        qFatal("Cannot open %s: %s", qPrintable(location), qPrintable(opened.errorMessage()));
    }
    return std::move(opened).value();
}

/// Every row of a table, ordered by its key, one line each (NULL shown as such).
QStringList dump(const Database& database, const QString& tableName)
{
    QStringList lines;
    for (const SchemaTable& table : schemaTables()) {
        if (table.name != tableName) {
            continue;
        }
        QSqlQuery query(database.connection());
        // Names from the program's own schemaTables() list only.
        if (!query.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                            .arg(table.columns.join(QStringLiteral(", ")), table.name,
                                 table.key.join(QStringLiteral(", "))))) {
            qFatal("%s", qPrintable(query.lastError().text()));
        }
        while (query.next()) {
            QStringList values;
            for (int i = 0; i < table.columns.size(); ++i) {
                values << (query.isNull(i) ? QStringLiteral("NULL") : query.value(i).toString());
            }
            lines << values.join(QLatin1Char('|'));
        }
    }
    return lines;
}

/// The four exports of `truc2 export` as French Excel's CSV, one after the other: what a
/// spreadsheet user gets from the school.
QByteArray exports(const Database& database)
{
    const ExportSources sources(database);
    QByteArray bytes;
    for (const Result<ExportTable>& table :
         {sources.agents(), sources.sessions(), sources.registrations(), sources.responses()}) {
        if (!table) {
            qFatal("%s", qPrintable(table.errorMessage()));
        }
        if (table->rows.isEmpty()) {
            qFatal("The export %s is empty", qPrintable(table->title));
        }
        bytes += csvBytes(*table);
    }
    return bytes;
}

QByteArray figures(Database& database, const Period& period)
{
    const SettingsStore settings(database);
    const Result<PeriodFigures> computed = FiguresCalculator(database, settings).compute(period);
    if (!computed) {
        qFatal("%s", qPrintable(computed.errorMessage()));
    }
    return figuresJson(*computed);
}

qint64 maxId(const Database& database, const QString& table)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("SELECT MAX(id) FROM ") + table) || !query.next()) {
        qFatal("%s", qPrintable(query.lastError().text()));
    }
    return query.value(0).toLongLong();
}

qint64 rowsIn(const QList<TableRows>& counts, const QString& table)
{
    for (const TableRows& t : counts) {
        if (t.table == table) {
            return t.rows;
        }
    }
    return -1;
}

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly)
               ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
               : QByteArray();
}

} // namespace

class TestSchoolCopier : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;   ///< The demo school, in a file.
    QString m_server; ///< The demo copied to a server database by roundTrip().
    QStringList m_serverDatabases;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    QString newServerDatabase()
    {
        m_serverDatabases << test::createServerDatabase();
        return m_serverDatabases.last();
    }

    /// Every table empty but meta, which holds the application, the schema version and the
    /// school's identifier.
    void verifyNoSchool(const QString& location)
    {
        const auto database = openDatabase(location);
        const Result<QList<TableRows>> counts = SchoolCopier::rowCounts(*database);
        QVERIFY(counts);
        for (const TableRows& table : *counts) {
            QCOMPARE(table.rows, qint64(table.table == QLatin1String("meta") ? 3 : 0));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!test::onPostgres()) {
            QSKIP("PostgreSQL only (TRUC2_TEST_BACKEND=postgresql)");
        }
        TRUC2_REQUIRE_BACKEND();
        QVERIFY(m_dir.isValid());
        m_demo = path(QStringLiteral("demo.truc2"));
        auto school = School::open({m_demo, DatabaseOptions::IfMissing::Create});
        QVERIFY(school);
        QVERIFY(buildDemoSchool(**school, {}));
    }

    void cleanupTestCase()
    {
        for (const QString& location : std::as_const(m_serverDatabases)) {
            test::dropServerDatabase(location);
        }
    }

    void schemaTablesAreTheDatabaseTables()
    {
        const QString server = newServerDatabase();
        QVERIFY(Database::open({server, DatabaseOptions::IfMissing::Create}));
        for (const QString& location : {m_demo, server}) {
            const auto database = openDatabase(location);
            const QSqlDatabase db = database->connection();
            QStringList actual = db.tables();
            QStringList expected = schemaTableNames();
            actual.sort();
            expected.sort();
            QCOMPARE(actual, expected);
            for (const SchemaTable& table : schemaTables()) {
                const QSqlRecord record = db.record(table.name);
                QStringList columns;
                for (int i = 0; i < record.count(); ++i) {
                    columns << record.fieldName(i);
                }
                QCOMPARE(columns, table.columns);
            }
        }
    }

    void roundTrip()
    {
        m_server = newServerDatabase();
        qint64 lastDone = 0;
        qint64 lastTotal = -1;
        CopyOptions toServer{m_demo, m_server};
        toServer.progress = [&](const QString&, qint64 done, qint64 total) {
            QVERIFY(done > lastDone);
            lastDone = done;
            lastTotal = total;
        };
        const Result<CopySummary> up = SchoolCopier::copy(toServer);
        QVERIFY2(up, up ? "" : qPrintable(up.errorMessage()));
        QCOMPARE(lastDone, lastTotal);
        QCOMPARE(up->totalRows(), lastTotal);
        QCOMPARE(up->tables.size(), schemaTables().size());
        QVERIFY(rowsIn(up->tables, QStringLiteral("person")) >= 600);
        QVERIFY(rowsIn(up->tables, QStringLiteral("registration")) > 1000);
        QVERIFY(up->periodsCompared.contains(QStringLiteral("2020")));
        QVERIFY(up->periodsCompared.contains(QStringLiteral("2021")));

        const QString back = path(QStringLiteral("back.truc2"));
        const Result<CopySummary> down = SchoolCopier::copy({m_server, back});
        QVERIFY2(down, down ? "" : qPrintable(down.errorMessage()));
        QVERIFY(!QFile::exists(back + QStringLiteral(".copying")));

        const auto file = openDatabase(m_demo);
        const auto server = openDatabase(m_server);
        const auto copy = openDatabase(back);
        QCOMPARE(server->dialect().backend(), SqlDialect::Backend::PostgreSQL);
        QCOMPARE(copy->dialect().backend(), SqlDialect::Backend::SQLite);
        const Period periods[] = {Period::calendarYear(2020),
                                  {QDate(2021, 1, 1), QDate(2021, 5, 31)},
                                  Period::calendarYear(2021)};
        for (const Period& period : periods) {
            const QByteArray expected = figures(*file, period);
            QCOMPARE(figures(*server, period), expected);
            QCOMPARE(figures(*copy, period), expected);
        }
        QVERIFY(figures(*file, periods[0]).contains("\"participants\": 165"));
        const auto counts = SchoolCopier::rowCounts(*file);
        QVERIFY(counts);
        for (const auto* other : {server.get(), copy.get()}) {
            const auto otherCounts = SchoolCopier::rowCounts(*other);
            QVERIFY(otherCounts);
            for (qsizetype i = 0; i < counts->size(); ++i) {
                QCOMPARE(otherCounts->at(i).table, counts->at(i).table);
                QCOMPARE(otherCounts->at(i).rows, counts->at(i).rows);
            }
        }
        for (const QString& table : {QStringLiteral("person"), QStringLiteral("session"),
                                     QStringLiteral("setting"), QStringLiteral("meta")}) {
            const QStringList expected = dump(*file, table);
            QVERIFY(!expected.isEmpty());
            QCOMPARE(dump(*server, table), expected);
            QCOMPARE(dump(*copy, table), expected);
        }
        const QByteArray exported = exports(*file);
        QCOMPARE(exports(*server), exported);
        QCOMPARE(exports(*copy), exported);
        QVERIFY(SchoolCopier::compare(*file, *copy));
    }

    void newRowsOnTheServerGetNewIds()
    {
        QVERIFY(!m_server.isEmpty());
        const auto file = openDatabase(m_demo);
        const qint64 lastPerson = maxId(*file, QStringLiteral("person"));
        const qint64 lastService = maxId(*file, QStringLiteral("service"));
        School school(openDatabase(m_server));
        Agent agent;
        agent.lastName = QStringLiteral("Nouvelle");
        agent.firstName = QStringLiteral("Arrivée");
        agent.matricule = QStringLiteral("X-COPY-1");
        const Result<qint64> id = school.agents().insert(agent);
        QVERIFY2(id, id ? "" : qPrintable(id.errorMessage()));
        QCOMPARE(*id, lastPerson + 1);
        const Result<qint64> service = school.organisation().ensureService(
            QStringLiteral("Direction de la copie"), QStringLiteral("Service copié"));
        QVERIFY2(service, service ? "" : qPrintable(service.errorMessage()));
        QCOMPARE(*service, lastService + 1);
    }

    void refusesATargetThatHoldsASchool()
    {
        QVERIFY(!m_server.isEmpty());
        const auto before = SchoolCopier::rowCounts(*openDatabase(m_server));
        const Result<CopySummary> refused = SchoolCopier::copy({m_demo, m_server});
        QVERIFY(!refused);
        QVERIFY2(refused.errorMessage().contains(QStringLiteral("already holds a school")),
                 qPrintable(refused.errorMessage()));
        const auto after = SchoolCopier::rowCounts(*openDatabase(m_server));
        QCOMPARE(rowsIn(*after, QStringLiteral("person")),
                 rowsIn(*before, QStringLiteral("person")));
    }

    void refusesAnExistingFileUnlessReplaced()
    {
        const QString document = path(QStringLiteral("notes.txt"));
        {
            QFile file(document);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("keep me");
        }
        const Result<CopySummary> refused = SchoolCopier::copy({m_demo, document});
        QVERIFY(!refused);
        QVERIFY2(refused.errorMessage().contains(QStringLiteral("already exists")),
                 qPrintable(refused.errorMessage()));
        // Not even when asked to replace it: it is not a database.
        CopyOptions replaceDocument{m_demo, document};
        replaceDocument.replaceFile = true;
        const Result<CopySummary> notADatabase = SchoolCopier::copy(replaceDocument);
        QVERIFY(!notADatabase);
        QVERIFY2(notADatabase.errorMessage().contains(QStringLiteral("not a TRUC² database")),
                 qPrintable(notADatabase.errorMessage()));
        QFile file(document);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("keep me"));
        file.close();

        // An older school is replaced when asked, and not while it is open.
        const QString target = path(QStringLiteral("existing.truc2"));
        QVERIFY(Database::open({target, DatabaseOptions::IfMissing::Create}));
        CopyOptions replace{m_demo, target};
        replace.replaceFile = true;
        {
            const auto inUse = openDatabase(target);
            const Result<CopySummary> busy = SchoolCopier::copy(replace);
            QVERIFY(!busy);
            QVERIFY2(busy.errorMessage().contains(QStringLiteral("close it first")),
                     qPrintable(busy.errorMessage()));
        }
        const Result<CopySummary> replaced = SchoolCopier::copy(replace);
        QVERIFY2(replaced, replaced ? "" : qPrintable(replaced.errorMessage()));
        const auto copy = openDatabase(target);
        QCOMPARE(dump(*copy, QStringLiteral("person")),
                 dump(*openDatabase(m_demo), QStringLiteral("person")));

        const Result<CopySummary> itself = SchoolCopier::copy({m_demo, m_demo});
        QVERIFY(!itself);
        QVERIFY2(itself.errorMessage().contains(QStringLiteral("onto itself")),
                 qPrintable(itself.errorMessage()));
    }

    void refusesAnUnreachableServer()
    {
        const QString nowhere = QStringLiteral("postgresql://postgres@127.0.0.1:1/school");
        CopyOptions up{m_demo, nowhere};
        up.connectTimeoutSeconds = 2;
        const Result<CopySummary> refused = SchoolCopier::copy(up);
        QVERIFY(!refused);
        QVERIFY2(refused.errorMessage().contains(QStringLiteral("cannot be reached")),
                 qPrintable(refused.errorMessage()));

        const QString target = path(QStringLiteral("from-nowhere.truc2"));
        CopyOptions down{nowhere, target};
        down.connectTimeoutSeconds = 2;
        const Result<CopySummary> refusedDown = SchoolCopier::copy(down);
        QVERIFY(!refusedDown);
        QVERIFY2(refusedDown.errorMessage().contains(QStringLiteral("cannot be reached")),
                 qPrintable(refusedDown.errorMessage()));
        QVERIFY(!QFile::exists(target));
        QVERIFY(!QFile::exists(target + QStringLiteral(".copying")));
    }

    void failureInTheMiddleLeavesNoSchoolOnTheServer()
    {
        const QString target = newServerDatabase();
        // The schema as an earlier, failed copy would have left it, plus a trigger refusing
        // one registration late in the copy.
        QVERIFY(Database::open({target, DatabaseOptions::IfMissing::Create}));
        const qint64 last = maxId(*openDatabase(m_demo), QStringLiteral("registration"));
        test::serverAdminExecIn(
            target, {QStringLiteral("CREATE FUNCTION refuse_one() RETURNS trigger LANGUAGE plpgsql "
                                    "AS $$ BEGIN IF NEW.id = %1 THEN RAISE EXCEPTION "
                                    "'registration refused by the test'; END IF; "
                                    "RETURN NEW; END $$")
                         .arg(last),
                     QStringLiteral("CREATE TRIGGER refuse_one BEFORE INSERT ON registration "
                                    "FOR EACH ROW EXECUTE FUNCTION refuse_one()")});
        const Result<CopySummary> failed = SchoolCopier::copy({m_demo, target});
        QVERIFY(!failed);
        QVERIFY2(failed.errorMessage().contains(QStringLiteral("registration")),
                 qPrintable(failed.errorMessage()));
        QVERIFY2(failed.errorMessage().contains(QStringLiteral("refused by the test")),
                 qPrintable(failed.errorMessage()));
        verifyNoSchool(target);

        // Once the obstacle is gone, the same empty database takes the copy.
        test::serverAdminExecIn(target,
                                {QStringLiteral("DROP TRIGGER refuse_one ON registration")});
        const Result<CopySummary> copied = SchoolCopier::copy({m_demo, target});
        QVERIFY2(copied, copied ? "" : qPrintable(copied.errorMessage()));
    }

    void failureInTheMiddleLeavesNoFile()
    {
        // A server school holding a row the file's schema refuses (a constraint dropped there).
        const QString source = newServerDatabase();
        QVERIFY(SchoolCopier::copy({m_demo, source}));
        test::serverAdminExecIn(source,
                                {QStringLiteral("ALTER TABLE person DROP CONSTRAINT "
                                                "person_category_check"),
                                 QStringLiteral("UPDATE person SET category = 'Z' WHERE id = 42")});
        const QString target = path(QStringLiteral("half.truc2"));
        const Result<CopySummary> failed = SchoolCopier::copy({source, target});
        QVERIFY(!failed);
        QVERIFY2(failed.errorMessage().contains(QStringLiteral("table person")),
                 qPrintable(failed.errorMessage()));
        QVERIFY(!QFile::exists(target));
        QVERIFY(!QFile::exists(target + QStringLiteral(".copying")));

        // An existing file replaced by a copy that fails stays as it was.
        const QString kept = path(QStringLiteral("kept.truc2"));
        QVERIFY(QFile::copy(m_demo, kept));
        const QByteArray before = fileHash(kept);
        CopyOptions replace{source, kept};
        replace.replaceFile = true;
        QVERIFY(!SchoolCopier::copy(replace));
        QCOMPARE(fileHash(kept), before);
    }

    void comparisonNamesTheFirstDifference()
    {
        const QString copyPath = path(QStringLiteral("compare.truc2"));
        QVERIFY(SchoolCopier::copy({m_demo, copyPath}));
        const auto source = openDatabase(m_demo);
        const auto copy = openDatabase(copyPath);
        QSqlQuery change(copy->connection());
        QVERIFY(change.exec(QStringLiteral(
            "UPDATE registration SET attendance = 'absent' WHERE id = (SELECT MIN(r.id) FROM "
            "registration r JOIN session s ON s.id = r.session_id WHERE r.attendance = "
            "'present' AND s.status = 'held' AND s.starts_at LIKE '2020%')")));
        QCOMPARE(change.numRowsAffected(), 1);
        const Status different = SchoolCopier::compare(*source, *copy);
        QVERIFY(!different);
        QVERIFY2(different.errorMessage().contains(QStringLiteral("2020")),
                 qPrintable(different.errorMessage()));
        QVERIFY2(
            different.errorMessage().contains(QStringLiteral("94 in the source, 93 in the copy")),
            qPrintable(different.errorMessage()));

        QVERIFY(change.exec(QStringLiteral("INSERT INTO closed_day (day) VALUES ('1999-01-01')")));
        const Status counted = SchoolCopier::compare(*source, *copy);
        QVERIFY(!counted);
        QVERIFY2(counted.errorMessage().contains(QStringLiteral("closed_day")),
                 qPrintable(counted.errorMessage()));
    }
};

QTEST_GUILESS_MAIN(TestSchoolCopier)
#include "tst_schoolcopier.moc"
