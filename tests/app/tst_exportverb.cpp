// truc2 export: the school's tables written for Excel by the command line, read back.
#include "SmallSchool.h"
#include "import/TableReader.h"
#include "storage/AgentStore.h"
#include "storage/SessionStore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>

using namespace truc2;
using namespace truc2::test;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// The records of a CSV file whose cells hold no line break.
QStringList csvLines(const QString& path)
{
    const QByteArray bytes = readAll(path);
    if (!bytes.startsWith("\xEF\xBB\xBF")) {
        return {};
    }
    QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"));
    if (lines.constLast().isEmpty()) {
        lines.removeLast();
    }
    return lines;
}

} // namespace

class TestExportVerb : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SmallSchool> m_small;

    QString path(const QString& name) const { return m_small->school.dir() + u'/' + name; }

    Run truc2(const QStringList& arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("xdg")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("xdg")));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(TRUC2_BINARY),
                      QStringList{QStringLiteral("--lang"), QStringLiteral("en"),
                                  QStringLiteral("--database"), m_small->school.path(),
                                  QStringLiteral("export")} +
                          arguments);
        if (!process.waitForFinished(120'000)) {
            qWarning("truc2 did not finish");
            return {};
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
                QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString why = backendUnavailableReason(); !why.isEmpty()) {
            QSKIP(qPrintable(why));
        }
        m_small = std::make_unique<SmallSchool>();
        School& s = m_small->school.school();
        Agent zed;
        zed.matricule = QStringLiteral("00123");
        zed.lastName = QStringLiteral("Zed");
        zed.firstName = QStringLiteral("Zoé");
        zed.email = QStringLiteral("+33123@ville.invalid");
        QVERIFY(s.agents().insert(zed));
        SurveyResponse comment;
        const Result<QList<ProgrammeEntry>> may =
            s.sessions().programme(QDate(2020, 5, 1), QDate(2020, 5, 1));
        QVERIFY(may && may->size() == 1);
        comment.sessionId = may->constFirst().session.id;
        QCOMPARE(may->constFirst().session.code, QStringLiteral("AC-2020-002"));
        comment.submittedAt = QDateTime(QDate(2020, 5, 2), QTime(8, 0));
        comment.satisfaction = 0.5;
        comment.comment = QStringLiteral("=HYPERLINK(\"http://x.invalid\";\"clic\")");
        QVERIFY(s.sessions().insertResponse(comment));
    }

    void help()
    {
        const Run help = truc2({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char* word :
             {"agents", "sessions", "registrations", "responses", "--format", "--out", "--from"}) {
            QVERIFY2(help.out.contains(QLatin1String(word)), word);
        }
    }

    void agentsAsCsv()
    {
        const QString file = path(QStringLiteral("agents.csv"));
        const Run run = truc2({QStringLiteral("agents"), QStringLiteral("--format"),
                               QStringLiteral("csv"), QStringLiteral("--out"), file});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("9")));
        const QStringList lines = csvLines(file);
        QCOMPARE(lines.size(), 10);
        QCOMPARE(lines.at(0), QStringLiteral("Matricule;Gender;Last name;First name;Direction;"
                                             "Service;Grade;Category;Status;E-mail;Active;"
                                             "External speaker;Organisation"));
        QCOMPARE(lines.at(1), QStringLiteral(";;Ann;Test;Culture;Médiathèque;;;;;Yes;No;"));
        // The matricule kept as text, the e-mail that starts like a formula neutralised.
        QCOMPARE(lines.at(9),
                 QStringLiteral("\"\t00123\";;Zed;Zoé;;;;;;'+33123@ville.invalid;Yes;No;"));
    }

    void sessionsOfAPeriod()
    {
        const QString file = path(QStringLiteral("sessions 2020.csv"));
        const Run run = truc2({QStringLiteral("sessions"), QStringLiteral("--out"), file,
                               QStringLiteral("--from"), QStringLiteral("2020-01-01"),
                               QStringLiteral("--to"), QStringLiteral("2020-12-31")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QStringList lines = csvLines(file);
        QCOMPARE(lines.size(), 5);
        QCOMPARE(lines.at(1), QStringLiteral("AC-2020-001;Ac'Truc²;Actualité juridique;"
                                             "02/03/2020 12:15;02/03/2020 15:15;;;3;0;2;10;Held;"
                                             "ANN Test"));
        QVERIFY(lines.at(4).startsWith(QStringLiteral("PR-2020-001;")));
    }

    void registrationsAndResponses()
    {
        const QString registrations = path(QStringLiteral("registrations.csv"));
        Run run = truc2({QStringLiteral("registrations"), QStringLiteral("--out"), registrations,
                         QStringLiteral("--from"), QStringLiteral("2021-01-01"),
                         QStringLiteral("--to"), QStringLiteral("2021-12-31")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(csvLines(registrations),
                 (QStringList{QStringLiteral("Session;Date;Action;Matricule;Last name;First name;"
                                             "Direction;Service;Status;Place on the waiting list;"
                                             "Attendance;Registered on"),
                              QStringLiteral("AC-2021-001;12/01/2021;Actualité juridique;;Ann;"
                                             "Test;Culture;Médiathèque;Registered;;Present;")}));

        const QString responses = path(QStringLiteral("responses.csv"));
        run = truc2({QStringLiteral("responses"), QStringLiteral("--out"), responses});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QStringList lines = csvLines(responses);
        QCOMPARE(lines.size(), 12);
        QCOMPARE(lines.at(1), QStringLiteral(";AC-2020-002;Ac'Truc²;02/05/2020 08:00;;50%;;;"
                                             "\"'=HYPERLINK(\"\"http://x.invalid\"\";"
                                             "\"\"clic\"\")\""));
    }

    void xlsxByItsExtension()
    {
        const QString file = path(QStringLiteral("agents.xlsx"));
        const Run run = truc2({QStringLiteral("agents"), QStringLiteral("--out"), file});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const Result<Table> table = readTable(file);
        QVERIFY2(table, table ? "" : qPrintable(table.errorMessage()));
        QCOMPARE(table->format.kind, TableFormat::Kind::Xlsx);
        QCOMPARE(table->format.sheet, QStringLiteral("Agents"));
        QCOMPARE(table->records.size(), 10);
        QCOMPARE(table->records.at(0).cell(2), QStringLiteral("Last name"));
        // The matricule is text, the e-mail as written (XLSX has no formulas to fear).
        QCOMPARE(table->records.at(9).cell(0), QStringLiteral("00123"));
        QCOMPARE(table->records.at(9).cell(9), QStringLiteral("+33123@ville.invalid"));
        QVERIFY(table->records.at(1).cell(0).isNull());
        QCOMPARE(QDir(m_small->school.dir()).entryList({QStringLiteral("*.part")}, QDir::Files),
                 QStringList());
    }

    void typedSessionsAsXlsx()
    {
        const QString file = path(QStringLiteral("sessions.xlsx"));
        const Run run = truc2({QStringLiteral("sessions"), QStringLiteral("--format"),
                               QStringLiteral("xlsx"), QStringLiteral("--out"), file,
                               QStringLiteral("--from"), QStringLiteral("2021-01-01"),
                               QStringLiteral("--to"), QStringLiteral("2021-12-31")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const Result<Table> table = readTable(file);
        QVERIFY2(table, table ? "" : qPrintable(table.errorMessage()));
        QCOMPARE(table->records.size(), 2);
        // Dates come back as dates, counts as numbers.
        QCOMPARE(table->records.at(1).cells.mid(0, 5),
                 (QStringList{QStringLiteral("AC-2021-001"), QStringLiteral("Ac'Truc²"),
                              QStringLiteral("Actualité juridique"),
                              QStringLiteral("2021-01-12T12:15:00"),
                              QStringLiteral("2021-01-12T15:15:00")}));
        QCOMPARE(table->records.at(1).cells.mid(7, 4),
                 (QStringList{QStringLiteral("1"), QStringLiteral("0"), QStringLiteral("1"),
                              QStringLiteral("0")}));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString out = path(QStringLiteral("never.csv"));
        QTest::newRow("no table") << QStringList{QStringLiteral("--out"), out}
                                  << QStringLiteral("registrations");
        QTest::newRow("unknown table")
            << QStringList{QStringLiteral("people"), QStringLiteral("--out"), out}
            << QStringLiteral("people");
        QTest::newRow("no file") << QStringList{QStringLiteral("agents")}
                                 << QStringLiteral("--out");
        QTest::newRow("unknown format")
            << QStringList{QStringLiteral("agents"), QStringLiteral("--format"),
                           QStringLiteral("ods"), QStringLiteral("--out"), out}
            << QStringLiteral("--format");
        QTest::newRow("agents have no period") << QStringList{QStringLiteral("agents"),
                                                              QStringLiteral("--out"),
                                                              out,
                                                              QStringLiteral("--from"),
                                                              QStringLiteral("2020-01-01"),
                                                              QStringLiteral("--to"),
                                                              QStringLiteral("2020-12-31")}
                                               << QStringLiteral("--from");
        QTest::newRow("half a period")
            << QStringList{QStringLiteral("sessions"), QStringLiteral("--out"), out,
                           QStringLiteral("--from"), QStringLiteral("2020-01-01")}
            << QStringLiteral("--to");
        QTest::newRow("not a date") << QStringList{QStringLiteral("sessions"),
                                                   QStringLiteral("--out"),
                                                   out,
                                                   QStringLiteral("--from"),
                                                   QStringLiteral("01/01/2020"),
                                                   QStringLiteral("--to"),
                                                   QStringLiteral("2020-12-31")}
                                    << QStringLiteral("01/01/2020");
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = truc2(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(!QFile::exists(path(QStringLiteral("never.csv"))));
    }

    void unwritableFile()
    {
        const QString file = path(QStringLiteral("no such folder/agents.xlsx"));
        const Run run = truc2({QStringLiteral("agents"), QStringLiteral("--out"), file});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QDir::toNativeSeparators(file)), qPrintable(run.err));
        QVERIFY(!QFile::exists(file));
    }
};

QTEST_GUILESS_MAIN(TestExportVerb)
#include "tst_exportverb.moc"
