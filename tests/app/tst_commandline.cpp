// The truc2 binary's headless verbs, run as a scheduled job would run them.
#include "PdfText.h"
#include "VerbRun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using Run = truc2::test::VerbRun;

class TestCommandLine : public truc2::test::VerbTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const QString failed = makeDemo();
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }

    void helpAndVersion()
    {
        const Run help = truc2({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char* verb :
             {"demo", "report", "calendar", "sheet", "backup", "check", "copy", "export"}) {
            QVERIFY2(help.out.contains(QLatin1String(verb)), verb);
        }
        QVERIFY(help.out.contains(QStringLiteral("--database")));
        const Run version = truc2({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith(QStringLiteral("truc2 ")));
        const Run verbHelp = truc2({QStringLiteral("report"), QStringLiteral("--help")});
        QCOMPARE(verbHelp.exitCode, 0);
        QVERIFY(verbHelp.out.contains(QStringLiteral("--from")));
    }

    void calendarWritesTheSessionsOfAPeriod()
    {
        const auto calendar = [this](const QString& file, const QStringList& more = {}) {
            return truc2(QStringList{QStringLiteral("--lang"), QStringLiteral("en"),
                                     QStringLiteral("--database"), m_demo,
                                     QStringLiteral("calendar"), QStringLiteral("--from"),
                                     QStringLiteral("2020-01-01"), QStringLiteral("--to"),
                                     QStringLiteral("2020-12-31"), QStringLiteral("--out"),
                                     path(file)} +
                         more);
        };
        const auto uids = [this](const QString& file) {
            QFile ics(path(file));
            if (!ics.open(QIODevice::ReadOnly)) {
                return QStringList();
            }
            QStringList found;
            for (const QByteArray& line : ics.readAll().split('\n')) {
                if (line.startsWith("UID:")) {
                    found << QString::fromUtf8(line.trimmed());
                }
            }
            return found;
        };
        const Run first = calendar(QStringLiteral("2020.ics"));
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        const QStringList firstUids = uids(QStringLiteral("2020.ics"));
        QVERIFY(firstUids.size() >= 22); // the 22 sessions held in 2020, and any cancelled
        // "33 sessions written to …" (the English plural comes with the translations).
        QVERIFY2(
            first.out.startsWith(QString::number(firstUids.size()) + QStringLiteral(" session")),
            qPrintable(first.out));
        QVERIFY(first.out.contains(path(QStringLiteral("2020.ics"))));
        QFile file(path(QStringLiteral("2020.ics")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray ics = file.readAll();
        QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\n"));
        QCOMPARE(ics.count("BEGIN:VEVENT\r\n"), firstUids.size());
        QCOMPARE(ics.count("\n"), ics.count("\r\n"));
        QVERIFY(ics.contains("DTSTART;TZID=Europe/Paris:2020"));

        // A second export names every event the same way.
        QVERIFY(calendar(QStringLiteral("again.ics")).exitCode == 0);
        QCOMPARE(uids(QStringLiteral("again.ics")), firstUids);

        const Run conferences =
            calendar(QStringLiteral("ac.ics"), {QStringLiteral("--format"), QStringLiteral("AC")});
        QVERIFY2(conferences.exitCode == 0, qPrintable(conferences.err));
        const QStringList acUids = uids(QStringLiteral("ac.ics"));
        QVERIFY(acUids.size() >= 4 && acUids.size() < firstUids.size());
        for (const QString& uid : acUids) {
            QVERIFY2(uid.startsWith(QStringLiteral("UID:AC-")), qPrintable(uid));
            QVERIFY(firstUids.contains(uid));
        }
    }

    void sheetOfASession()
    {
        // The demo's session with the most agents waiting: registrants on the sheet, the
        // waiting list not.
        QString code;
        QStringList seated;
        QStringList waiting;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("sheet"));
            db.setDatabaseName(m_demo);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral(
                "SELECT s.code FROM session s JOIN registration r ON r.session_id = s.id "
                "WHERE r.status = 'waitlisted' AND s.status <> 'cancelled' GROUP BY s.code "
                "ORDER BY COUNT(*) DESC, s.code LIMIT 1")));
            QVERIFY(q.next());
            code = q.value(0).toString();
            q.prepare(QStringLiteral("SELECT p.last_name, p.first_name, r.status FROM registration "
                                     "r JOIN person p ON p.id = r.person_id JOIN session s ON "
                                     "s.id = r.session_id WHERE s.code = :code"));
            q.bindValue(QStringLiteral(":code"), code);
            QVERIFY(q.exec());
            while (q.next()) {
                const QString name =
                    q.value(0).toString().toUpper() + QLatin1Char(' ') + q.value(1).toString();
                const QString status = q.value(2).toString();
                if (status == QLatin1String("waitlisted")) {
                    waiting << name;
                } else if (status != QLatin1String("cancelled")) {
                    seated << name;
                }
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("sheet"));
        QVERIFY(!seated.isEmpty() && !waiting.isEmpty());

        const QString pdf = path(QStringLiteral("sheet.pdf"));
        const Run run =
            truc2({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--database"),
                   m_demo, QStringLiteral("sheet"), code, QStringLiteral("--out"), pdf,
                   QStringLiteral("--blank-rows"), QStringLiteral("3")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(code) && run.out.contains(pdf), qPrintable(run.out));
        const truc2::test::PdfText text = truc2::test::readPdf(pdf);
        QVERIFY(text.loaded);
        QCOMPARE(text.title, QStringLiteral("Attendance sheet"));
        for (const QString& page : text.pages) {
            QVERIFY(page.contains(code));
        }
        for (const QString& name : std::as_const(seated)) {
            QVERIFY2(text.count(name) == 1, qPrintable(name));
        }
        for (const QString& name : std::as_const(waiting)) {
            QVERIFY2(!text.contains(name), qPrintable(name));
        }
        // The blank rows are numbered after the registrants.
        QVERIFY(text.contains(QStringLiteral("%1 %2 %3")
                                  .arg(seated.size() + 1)
                                  .arg(seated.size() + 2)
                                  .arg(seated.size() + 3)));
    }

    void refusesBadArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString db = QStringLiteral("--database");
        QTest::newRow("unknown verb") << QStringList{QStringLiteral("frobnicate")} << 2
                                      << QStringLiteral("Unknown command “frobnicate”");
        QTest::newRow("bad date") << QStringList{db,
                                                 QStringLiteral("x"),
                                                 QStringLiteral("report"),
                                                 QStringLiteral("--from"),
                                                 QStringLiteral("2020-13-01"),
                                                 QStringLiteral("--to"),
                                                 QStringLiteral("2020-12-31")}
                                  << 2 << QStringLiteral("“2020-13-01” is not a date");
        QTest::newRow("reversed period")
            << QStringList{QStringLiteral("report"), QStringLiteral("--from"),
                           QStringLiteral("2021-01-01"), QStringLiteral("--to"),
                           QStringLiteral("2020-12-31")}
            << 2 << QStringLiteral("ends before it starts");
        QTest::newRow("missing period")
            << QStringList{QStringLiteral("report")} << 2 << QStringLiteral("--from and --to");
        QTest::newRow("bad format")
            << QStringList{QStringLiteral("report"),     QStringLiteral("--from"),
                           QStringLiteral("2020-01-01"), QStringLiteral("--to"),
                           QStringLiteral("2020-12-31"), QStringLiteral("--format"),
                           QStringLiteral("docx")}
            << 2 << QStringLiteral("Unknown format “docx”");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("report"), QStringLiteral("--frm")} << 2
            << QStringLiteral("frm");
        QTest::newRow("missing database")
            << QStringList{db,
                           QStringLiteral("/nonexistent/school.truc2"),
                           QStringLiteral("report"),
                           QStringLiteral("--from"),
                           QStringLiteral("2020-01-01"),
                           QStringLiteral("--to"),
                           QStringLiteral("2020-12-31")}
            << 1 << QStringLiteral("/nonexistent/school.truc2 does not exist");
        QTest::newRow("missing database for check")
            << QStringList{db, QStringLiteral("/nonexistent/school.truc2"), QStringLiteral("check")}
            << 1 << QStringLiteral("does not exist");
        QTest::newRow("bad language")
            << QStringList{QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("check")}
            << 2 << QStringLiteral("de");
        QTest::newRow("backup without out")
            << QStringList{db, QStringLiteral("x"), QStringLiteral("backup")} << 2
            << QStringLiteral("--out");
        QTest::newRow("copy without target")
            << QStringList{QStringLiteral("copy"), QStringLiteral("--from"), QStringLiteral("x")}
            << 2 << QStringLiteral("--to");
        QTest::newRow("copy with database") << QStringList{db,
                                                           QStringLiteral("x"),
                                                           QStringLiteral("copy"),
                                                           QStringLiteral("--from"),
                                                           QStringLiteral("x"),
                                                           QStringLiteral("--to"),
                                                           QStringLiteral("y")}
                                            << 2 << QStringLiteral("--database");
        QTest::newRow("copy with a password in the address")
            << QStringList{QStringLiteral("copy"), QStringLiteral("--from"),
                           QStringLiteral("/nonexistent/school.truc2"), QStringLiteral("--to"),
                           QStringLiteral("postgresql://truc2:secret@localhost/school")}
            << 1 << QStringLiteral("password");
        QTest::newRow("copy force to a server")
            << QStringList{QStringLiteral("copy"),
                           QStringLiteral("--from"),
                           QStringLiteral("x"),
                           QStringLiteral("--to"),
                           QStringLiteral("postgresql://truc2@localhost/school"),
                           QStringLiteral("--force")}
            << 2 << QStringLiteral("never replaced");
        QTest::newRow("copy from a missing file")
            << QStringList{QStringLiteral("copy"), QStringLiteral("--from"),
                           QStringLiteral("/nonexistent/school.truc2"), QStringLiteral("--to"),
                           QStringLiteral("/nonexistent/copy.truc2")}
            << 1 << QStringLiteral("does not exist");
        const QStringList calendar2020{db,
                                       m_demo,
                                       QStringLiteral("calendar"),
                                       QStringLiteral("--from"),
                                       QStringLiteral("2020-01-01"),
                                       QStringLiteral("--to"),
                                       QStringLiteral("2020-12-31")};
        QTest::newRow("calendar bad date") << QStringList{db,
                                                          m_demo,
                                                          QStringLiteral("calendar"),
                                                          QStringLiteral("--from"),
                                                          QStringLiteral("2020-02-30"),
                                                          QStringLiteral("--to"),
                                                          QStringLiteral("2020-12-31"),
                                                          QStringLiteral("--out"),
                                                          path(QStringLiteral("bad.ics"))}
                                           << 2 << QStringLiteral("“2020-02-30” is not a date");
        QTest::newRow("calendar reversed period") << QStringList{db,
                                                                 m_demo,
                                                                 QStringLiteral("calendar"),
                                                                 QStringLiteral("--from"),
                                                                 QStringLiteral("2021-01-01"),
                                                                 QStringLiteral("--to"),
                                                                 QStringLiteral("2020-12-31"),
                                                                 QStringLiteral("--out"),
                                                                 path(QStringLiteral("bad.ics"))}
                                                  << 2 << QStringLiteral("ends before it starts");
        QTest::newRow("calendar without out")
            << calendar2020 << 2 << QStringLiteral("--out FILE.ics");
        QTest::newRow("calendar unknown format")
            << calendar2020 + QStringList{QStringLiteral("--out"), path(QStringLiteral("bad.ics")),
                                          QStringLiteral("--format"), QStringLiteral("XX")}
            << 2
            << QStringLiteral("Unknown format “XX”: the school's formats are AC, UT, PR, EC, CM.");
        QTest::newRow("calendar unwritable")
            << calendar2020 + QStringList{QStringLiteral("--out"),
                                          QStringLiteral("/nonexistent/folder/programme.ics")}
            << 1 << QStringLiteral("/nonexistent/folder/programme.ics");
        const auto sheet = [&](const QStringList& more) {
            return QStringList{db, m_demo, QStringLiteral("sheet")} + more;
        };
        const QString pdf = path(QStringLiteral("bad.pdf"));
        QTest::newRow("sheet unknown code")
            << sheet({QStringLiteral("XX-1999-999"), QStringLiteral("--out"), pdf}) << 1
            << QStringLiteral("“XX-1999-999”");
        QTest::newRow("sheet unwritable")
            << sheet({QStringLiteral("UT-2021-022"), QStringLiteral("--out"),
                      QStringLiteral("/nonexistent/folder/sheet.pdf")})
            << 1 << QStringLiteral("/nonexistent/folder/sheet.pdf");
        QTest::newRow("sheet without code")
            << sheet({QStringLiteral("--out"), pdf}) << 2 << QStringLiteral("UT-2021-014");
        QTest::newRow("sheet without out")
            << sheet({QStringLiteral("UT-2021-022")}) << 2 << QStringLiteral("--out FILE.pdf");
        QTest::newRow("sheet blank rows")
            << sheet({QStringLiteral("UT-2021-022"), QStringLiteral("--out"), pdf,
                      QStringLiteral("--blank-rows"), QStringLiteral("99")})
            << 2 << QStringLiteral("--blank-rows");
        QTest::newRow("sheet two codes")
            << sheet({QStringLiteral("UT-2021-022"), QStringLiteral("UT-2021-021"),
                      QStringLiteral("--out"), pdf})
            << 2 << QStringLiteral("“UT-2021-021”");
        QTest::newRow("demo agents")
            << QStringList{QStringLiteral("demo"), QStringLiteral("--agents"),
                           QStringLiteral("many")}
            << 2 << QStringLiteral("--agents");
    }

    void refusesBadArguments()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Run run =
            truc2(QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void messagesAreFrenchByDefault()
    {
        const Run run = truc2({QStringLiteral("frobnicate")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("Commande inconnue")), qPrintable(run.err));
    }

    void refusesFilesThatAreNotSchools()
    {
        const QString text = path(QStringLiteral("agents.csv"));
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Nom;Prénom\nMartin;Élodie\n");
        file.close();
        const Run run = truc2({QStringLiteral("--lang"), QStringLiteral("en"),
                               QStringLiteral("--database"), text, QStringLiteral("check")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("not a TRUC² database")), qPrintable(run.err));
    }

    void demoRefusesToOverwrite()
    {
        const Run run = truc2({QStringLiteral("--lang"), QStringLiteral("en"),
                               QStringLiteral("--database"), m_demo, QStringLiteral("demo")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QStringLiteral("--force")));
    }

    void demoForceReplacesOnlyASchoolNobodyUses()
    {
        const QString path = this->path(QStringLiteral("replaced.truc2"));
        Run run = truc2({QStringLiteral("--database"), path, QStringLiteral("demo")});
        QCOMPARE(run.exitCode, 0);
        {
            // A window has the school open.
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("window"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM person")));
            run =
                truc2({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--database"),
                       path, QStringLiteral("demo"), QStringLiteral("--force")});
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains(QStringLiteral("close it first")), qPrintable(run.err));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("window"));
        run = truc2({QStringLiteral("--database"), path, QStringLiteral("demo"),
                     QStringLiteral("--force")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = truc2({QStringLiteral("--database"), path, QStringLiteral("check")});
        QCOMPARE(run.exitCode, 0);
    }

    void checkAndBackupLeaveAnOlderSchoolAsItIs()
    {
        const QString old = path(QStringLiteral("schema1.truc2"));
        QVERIFY(QFile::copy(QStringLiteral(TRUC2_FIXTURES_DIR "/school-schema1.truc2"), old));
        QFile::setPermissions(old, QFile::ReadOwner | QFile::WriteOwner);
        QFile original(old);
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray before = original.readAll();
        original.close();
        Run run = truc2({QStringLiteral("--lang"), QStringLiteral("en"),
                         QStringLiteral("--database"), old, QStringLiteral("check")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("Schema 1")));
        run = truc2({QStringLiteral("--database"), old, QStringLiteral("backup"),
                     QStringLiteral("--out"), path(QStringLiteral("schema1-copy.truc2"))});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(original.open(QIODevice::ReadOnly));
        QCOMPARE(original.readAll(), before);
    }

    void backupThenCheckTheCopy()
    {
        const QString copy = path(QStringLiteral("copy.truc2"));
        Run run = truc2({QStringLiteral("--database"), m_demo, QStringLiteral("backup"),
                         QStringLiteral("--out"), copy});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = truc2({QStringLiteral("--database"), copy, QStringLiteral("check")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = truc2({QStringLiteral("--database"), copy, QStringLiteral("report"),
                     QStringLiteral("--from"), QStringLiteral("2020-01-01"), QStringLiteral("--to"),
                     QStringLiteral("2020-12-31")});
        QVERIFY(run.out.startsWith(QStringLiteral("En 2020 : 4 conférences")));
        // Never over an existing file.
        run = truc2({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--database"),
                     m_demo, QStringLiteral("backup"), QStringLiteral("--out"), copy});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QStringLiteral("already exists")));
    }

    void copyFileToFileGivesTheSameReports()
    {
        const QString copy = path(QStringLiteral("copied.truc2"));
        Run run = truc2({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("copy"),
                         QStringLiteral("--from"), m_demo, QStringLiteral("--to"), copy});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("figures identical on both sides"),
                                  Qt::CaseInsensitive),
                 qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("person")), qPrintable(run.out));
        QVERIFY(!QFile::exists(copy + QStringLiteral(".copying")));
        for (const auto& [from, to] :
             {std::pair{QStringLiteral("2020-01-01"), QStringLiteral("2020-12-31")},
              std::pair{QStringLiteral("2021-01-01"), QStringLiteral("2021-05-31")}}) {
            const QStringList report{QStringLiteral("report"),
                                     QStringLiteral("--from"),
                                     from,
                                     QStringLiteral("--to"),
                                     to,
                                     QStringLiteral("--format"),
                                     QStringLiteral("json")};
            const Run original = truc2(QStringList{QStringLiteral("--database"), m_demo} + report);
            const Run copied = truc2(QStringList{QStringLiteral("--database"), copy} + report);
            QVERIFY2(original.exitCode == 0, qPrintable(original.err));
            QVERIFY2(copied.exitCode == 0, qPrintable(copied.err));
            QVERIFY(original.out.contains(QStringLiteral("participants")));
            QCOMPARE(copied.out, original.out);
        }
        run = truc2({QStringLiteral("--database"), copy, QStringLiteral("check")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));

        // Never over an existing file, unless asked to.
        run = truc2({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("copy"),
                     QStringLiteral("--from"), m_demo, QStringLiteral("--to"), copy});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("--force")), qPrintable(run.err));
        run = truc2({QStringLiteral("copy"), QStringLiteral("--from"), m_demo,
                     QStringLiteral("--to"), copy, QStringLiteral("--force")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }

    void checkFindsBrokenReferences()
    {
        const QString broken = path(QStringLiteral("broken.truc2"));
        QVERIFY(QFile::copy(m_demo, broken));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(broken);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
            QVERIFY(
                q.exec(QStringLiteral("UPDATE registration SET person_id = 999999 WHERE id = 1")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        const Run run = truc2({QStringLiteral("--lang"), QStringLiteral("en"),
                               QStringLiteral("--database"), broken, QStringLiteral("check")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("registration")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
