// `truc2 import agents`, run as the IT team's scheduled job would run it, on a real HR export
// (tests/fixtures/import/agents-rh.csv: Windows-1252, `;`, CRLF, as French Excel saves it).
#include "School.h"
#include "TestSchool.h"
#include "VerbRun.h"
#include "storage/AgentStore.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace truc2;

using Run = truc2::test::VerbRun;

class TestImportAgentsVerb : public truc2::test::VerbTest
{
    Q_OBJECT

private:
    QString m_school;

    Run importAgents(const QStringList& arguments, const QByteArray& input = {})
    {
        return truc2(QStringList{QStringLiteral("--lang"), QStringLiteral("en"),
                                 QStringLiteral("--database"), m_school, QStringLiteral("import"),
                                 QStringLiteral("agents")} +
                         arguments,
                     input);
    }

    QString writeFile(const QString& name, const QByteArray& content) const
    {
        QFile file(path(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
            qFatal("cannot write %s", qPrintable(name));
        }
        return file.fileName();
    }

    QList<AgentRow> agents() const
    {
        auto school = School::open({m_school});
        if (!school) {
            qFatal("%s", qPrintable(school.errorMessage()));
        }
        return *(*school)->agents().list();
    }

    static const AgentRow* find(const QList<AgentRow>& rows, const QString& matricule)
    {
        for (const AgentRow& row : rows) {
            if (row.agent.matricule == matricule) {
                return &row;
            }
        }
        return nullptr;
    }

private Q_SLOTS:
    void init()
    {
        m_school = path(
            QStringLiteral("school-%1.truc2").arg(QLatin1String(QTest::currentTestFunction())));
        auto school = School::open({m_school, DatabaseOptions::IfMissing::Create});
        QVERIFY(school);
    }

    void usage()
    {
        const Run none = truc2({QStringLiteral("import")});
        QCOMPARE(none.exitCode, 2);
        QVERIFY(none.err.contains(QStringLiteral("agents")));
        const Run unknown = truc2({QStringLiteral("import"), QStringLiteral("invoices")});
        QCOMPARE(unknown.exitCode, 2);
        const Run help =
            truc2({QStringLiteral("import"), QStringLiteral("agents"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char* option : {"--mapping", "--deactivate-missing", "--dry-run"}) {
            QVERIFY2(help.out.contains(QLatin1String(option)), option);
        }
        const Run noFile = importAgents({});
        QCOMPARE(noFile.exitCode, 2);
    }

    void dryRunThenImportOfAnHrExport()
    {
        const QString file = test::fixture(QStringLiteral("import/agents-rh.csv"));
        const Run dry = importAgents({file, QStringLiteral("--dry-run")});
        QCOMPARE(dry.exitCode, 0);
        QVERIFY2(dry.out.contains(QStringLiteral("Dry run: nothing was written.")),
                 qPrintable(dry.out));
        QVERIFY(dry.out.contains(QStringLiteral("Created: 6\n")));
        QVERIFY(dry.out.contains(QStringLiteral("Rejected: 4\n")));
        QVERIFY(agents().isEmpty());

        const Run done = importAgents({file});
        QCOMPARE(done.exitCode, 0);
        QVERIFY2(done.out.contains(QStringLiteral("Created: 6\n")), qPrintable(done.out));
        QVERIFY(done.out.contains(QStringLiteral("New directions: 5, new services: 6")));
        // Every rejected line, with its reason.
        QVERIFY2(done.err.contains(QStringLiteral("Line 3 (000124 DURAND Paul): Matricule 000124 "
                                                  "is on several lines: 3, 9.")),
                 qPrintable(done.err));
        QVERIFY(done.err.contains(QStringLiteral("Line 9 (000124 DURAND Pierre)")));
        QVERIFY(done.err.contains(
            QStringLiteral("Line 7 (000128 LEFÈBVRE Jérôme): “jerome.lefebvre@ville” is not an "
                           "e-mail address.")));
        QVERIFY(done.err.contains(QStringLiteral("Line 10 (000130 SIMON Lucie): Unknown category "
                                                 "“D”")));

        const QList<AgentRow> rows = agents();
        QCOMPARE(rows.size(), 6);
        const AgentRow* elodie = find(rows, QStringLiteral("000123"));
        QVERIFY(elodie);
        QCOMPARE(elodie->agent.lastName, QStringLiteral("MARTIN"));
        QCOMPARE(elodie->agent.firstName, QStringLiteral("Élodie"));
        QCOMPARE(elodie->agent.gender, Gender::Female);
        QCOMPARE(elodie->agent.grade, QStringLiteral("Rédacteur principal de 2e classe"));
        QCOMPARE(elodie->serviceName, QStringLiteral("Formation"));
        QCOMPARE(elodie->directionName, QStringLiteral("Direction des ressources humaines"));
        const AgentRow* anne = find(rows, QStringLiteral("000125"));
        QCOMPARE(anne->agent.lastName, QStringLiteral("LEROY")); // the birth name stands in
        QCOMPARE(anne->directionName,
                 QStringLiteral("Direction de l'éducation; de l'enfance et de la jeunesse"));
        const AgentRow* francois = find(rows, QStringLiteral("000126"));
        QCOMPARE(francois->agent.lastName, QStringLiteral("GARÇON"));
        QCOMPARE(francois->agent.category, Category::A);
        QCOMPARE(francois->serviceName, QStringLiteral("Direction générale des services"));
        QCOMPARE(find(rows, QStringLiteral("000129"))->agent.status, QStringLiteral("Contractuel"));
        QVERIFY(find(rows, QStringLiteral("000127"))->agent.email.isEmpty());

        const Run again = importAgents({file});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.out.contains(QStringLiteral("Unchanged: 6\n")));
        QVERIFY(again.out.contains(QStringLiteral("Created: 0\n")));
    }

    void readsTheExportFromAPipe()
    {
        // A scheduled job may pipe the HR system's export in: the file is read only once.
        QFile fixture(test::fixture(QStringLiteral("import/agents-rh.csv")));
        QVERIFY(fixture.open(QIODevice::ReadOnly));
        const Run done = importAgents({QStringLiteral("/dev/stdin")}, fixture.readAll());
        QCOMPARE(done.exitCode, 0);
        QVERIFY2(done.out.contains(QStringLiteral("Created: 6\n")),
                 qPrintable(done.out + done.err));
        QCOMPARE(agents().size(), 6);
    }

    void mappingFileAndDeactivation()
    {
        const QString file = test::fixture(QStringLiteral("import/agents-rh.csv"));
        QVERIFY(importAgents({file}).exitCode == 0);
        // A mapping that leaves the e-mail addresses out: Jérôme's line is no longer refused.
        const QString mapping = writeFile(
            QStringLiteral("mapping.json"),
            R"({"headerRow": 0, "columns": [{"header": "Adresse mail", "field": "ignored"}]})");
        const Run mapped = importAgents({file, QStringLiteral("--mapping"), mapping});
        QCOMPARE(mapped.exitCode, 0);
        QVERIFY2(mapped.out.contains(QStringLiteral("Created: 1\n")), qPrintable(mapped.out));
        QVERIFY(mapped.out.contains(QStringLiteral("Rejected: 3\n")));

        // A later full export, in UTF-8 with commas, lists two agents: the others go inactive.
        const QString later = writeFile(
            QStringLiteral("later.csv"),
            "\xEF\xBB\xBFMatricule,Nom,Prénom\r\n000123,MARTIN,Élodie\r\n000131,BERNARD,Luc\r\n");
        const Run kept = importAgents({later});
        QCOMPARE(kept.exitCode, 0);
        QVERIFY(kept.out.contains(QStringLiteral("Deactivated: 0\n")));
        const Run full = importAgents({later, QStringLiteral("--deactivate-missing")});
        QCOMPARE(full.exitCode, 0);
        QVERIFY2(full.out.contains(QStringLiteral("Deactivated: 5\n")), qPrintable(full.out));
        QVERIFY(full.out.contains(QStringLiteral("Deactivated: GARÇON François (000126)")));
        const QList<AgentRow> rows = agents();
        QCOMPARE(rows.size(), 7);
        int active = 0;
        for (const AgentRow& row : rows) {
            active += row.agent.active ? 1 : 0;
        }
        QCOMPARE(active, 2);
    }

    void filesThatCannotBeImported()
    {
        const Run missing = importAgents({path(QStringLiteral("nowhere.csv"))});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(!missing.err.isEmpty());

        const Run empty = importAgents({writeFile(QStringLiteral("empty.csv"), {})});
        QCOMPARE(empty.exitCode, 1);
        QVERIFY(!empty.err.isEmpty());

        const Run noMatricule =
            importAgents({writeFile(QStringLiteral("names.csv"), "Nom;Prénom\nMARTIN;Élodie\n")});
        QCOMPARE(noMatricule.exitCode, 1);
        QVERIFY2(noMatricule.err.contains(QStringLiteral("matricule")),
                 qPrintable(noMatricule.err));

        const Run headerOnly =
            importAgents({writeFile(QStringLiteral("header.csv"), "Matricule;Nom;Prénom\r\n")});
        QCOMPARE(headerOnly.exitCode, 1);
        QVERIFY(headerOnly.err.contains(QStringLiteral("no agent")));

        const Run allRefused = importAgents({writeFile(
            QStringLiteral("refused.csv"), "Matricule;Nom;Prénom\r\n;MARTIN;Élodie\r\n")});
        QCOMPARE(allRefused.exitCode, 1);
        QVERIFY(allRefused.err.contains(QStringLiteral("Line 2")));
        QVERIFY(agents().isEmpty());

        const Run badMapping = importAgents({test::fixture(QStringLiteral("import/agents-rh.csv")),
                                             QStringLiteral("--mapping"),
                                             writeFile(QStringLiteral("bad.json"), "{nope")});
        QCOMPARE(badMapping.exitCode, 1);
        QVERIFY(badMapping.err.contains(QStringLiteral("not a column mapping")));
    }
};

QTEST_GUILESS_MAIN(TestImportAgentsVerb)
#include "tst_importagentsverb.moc"
