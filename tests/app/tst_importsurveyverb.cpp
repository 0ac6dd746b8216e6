// truc2 import survey FILE: the same summary as the dialog, a dry run that writes nothing, a
// fixed session, a saved mapping, and a second run that adds nothing.
#include "ImportSchool.h"
#include "VerbRun.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace truc2;

namespace {

using Run = truc2::test::VerbRun;

Run runTruc2(const QStringList& arguments)
{
    return truc2::test::runTruc2(arguments);
}

QString survey(const char* name)
{
    return test::fixture(QStringLiteral("import/surveys/") + QLatin1String(name));
}

} // namespace

class TestImportSurveyVerb : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::useTemporarySettings(); }

    void importsAndSummarises()
    {
        test::ImportSchool s;
        const QString db = s.school.path();
        s.school.close();
        const QStringList base{QStringLiteral("--lang"),     QStringLiteral("en"),
                               QStringLiteral("--database"), db,
                               QStringLiteral("import"),     QStringLiteral("survey")};

        const Run dry = runTruc2(base + QStringList{survey("limesurvey_codes_comma_bom_crlf.csv"),
                                                    QStringLiteral("--dry-run")});
        QVERIFY2(dry.exitCode == 0, qPrintable(dry.err));
        QVERIFY(dry.out.contains(QStringLiteral("File: limesurvey_codes_comma_bom_crlf.csv "
                                                "(LimeSurvey)")));
        QVERIFY(dry.out.contains(QStringLiteral("Rows read: 5")));
        QVERIFY(dry.out.contains(QStringLiteral("Responses to add: 3")));
        QVERIFY(dry.out.contains(QStringLiteral("Incomplete responses left out: 1")));
        QVERIFY(
            dry.out.contains(QStringLiteral("  line 4: no session has the code “UT-2021-099”")));
        QVERIFY(dry.out.contains(QStringLiteral("Dry run: nothing was imported.")));

        const Run real = runTruc2(base + QStringList{survey("limesurvey_codes_comma_bom_crlf.csv"),
                                                     QStringLiteral("--include-incomplete")});
        QVERIFY2(real.exitCode == 0, qPrintable(real.err));
        QVERIFY(real.out.contains(QStringLiteral("Responses added: 4")));

        const Run again =
            runTruc2(base + QStringList{survey("limesurvey_codes_comma_bom_crlf.csv")});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.out.contains(QStringLiteral("Responses to add: 0")));
        QVERIFY(again.out.contains(QStringLiteral("Already imported: 3")));
        QVERIFY(again.out.contains(QStringLiteral("This very file was already imported")));

        // A file without a session column, for the session given.
        const QString noSession = QDir(s.school.dir()).filePath(QStringLiteral("sans.csv"));
        QFile file(noSession);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Horodateur,Satisfaction (1 à 5),Commentaire\r\n"
                   "12/03/2021 15:49:23,5,Bien\r\n12/03/2021 15:51:00,4,\r\n");
        file.close();
        const Run refused = runTruc2(base + QStringList{noSession});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.err.contains(QStringLiteral("session")));
        const Run fixed = runTruc2(base + QStringList{noSession, QStringLiteral("--session"),
                                                      QStringLiteral("UT-2021-002")});
        QVERIFY2(fixed.exitCode == 0, qPrintable(fixed.err));
        QVERIFY(fixed.out.contains(QStringLiteral("Responses added: 2")));

        // A saved mapping: the satisfaction on 1 to 4 instead of the guessed 1 to 5.
        const QString mapping = QDir(s.school.dir()).filePath(QStringLiteral("mapping.json"));
        QFile json(mapping);
        QVERIFY(json.open(QIODevice::WriteOnly));
        json.write("{\"tool\":\"googleforms\",\"headerRow\":0,\"session\":\"UT-2021-003\","
                   "\"columns\":[{\"header\":\"Horodateur\",\"role\":\"submitted\"},"
                   "{\"header\":\"Satisfaction (1 \u00e0 5)\",\"role\":\"satisfaction\","
                   "\"scale\":\"0-10\"}]}");
        json.close();
        QFile::copy(noSession, noSession + QStringLiteral(".2.csv"));
        const Run mapped = runTruc2(base + QStringList{noSession + QStringLiteral(".2.csv"),
                                                       QStringLiteral("--mapping"), mapping});
        QVERIFY2(mapped.exitCode == 0, qPrintable(mapped.err));
        QVERIFY(mapped.out.contains(QStringLiteral("Responses added: 2")));

        const Run unknownKind =
            runTruc2({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--database"),
                      db, QStringLiteral("import"), QStringLiteral("planets")});
        QCOMPARE(unknownKind.exitCode, 2);
        QVERIFY(unknownKind.err.contains(QStringLiteral("survey")));

        std::unique_ptr<School> school = School::open({db}).value();
        QSqlQuery query(school->database().connection());
        QVERIFY(query.exec(QStringLiteral("SELECT session_id, satisfaction FROM survey_response "
                                          "WHERE satisfaction_raw = '5' ORDER BY id")));
        QList<std::pair<qint64, double>> rows;
        while (query.next()) {
            rows.append({query.value(0).toLongLong(), query.value(1).toDouble()});
        }
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).first, s.sessions.at(1));
        QCOMPARE(rows.at(0).second, 1.0);
        QCOMPARE(rows.at(1).first, s.sessions.at(2));
        QCOMPARE(rows.at(1).second, 0.5); // 5 on 0 to 10
    }
};

QTEST_GUILESS_MAIN(TestImportSurveyVerb)
#include "tst_importsurveyverb.moc"
