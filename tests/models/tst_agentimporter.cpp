// The agents import against a school: created, updated, unchanged, deactivated, rejected;
// dry runs, cancels and failures that leave the school exactly as it was.
#include "TestSchool.h"
#include "import/AgentImporter.h"
#include "itemmodels/AgentImportModels.h"
#include "storage/AgentStore.h"
#include "storage/Database.h"
#include "storage/OrganisationStore.h"

#include <QAbstractItemModelTester>
#include <QCryptographicHash>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace truc2;

namespace {

const QStringList kHeaders{
    QStringLiteral("Matricule"), QStringLiteral("Civilité"),  QStringLiteral("Nom"),
    QStringLiteral("Prénom"),    QStringLiteral("Direction"), QStringLiteral("Service"),
    QStringLiteral("Catégorie"), QStringLiteral("Statut"),    QStringLiteral("Courriel")};

struct Line
{
    Line(QString m, QString l, QString f, QString d = QStringLiteral("Direction des finances"),
         QString s = QStringLiteral("Comptabilité"), QString c = QStringLiteral("B"),
         QString civ = QStringLiteral("Mme"), QString e = QString())
        : matricule(std::move(m))
        , last(std::move(l))
        , first(std::move(f))
        , direction(std::move(d))
        , service(std::move(s))
        , category(std::move(c))
        , civility(std::move(civ))
        , email(std::move(e))
    {}
    QString matricule;
    QString last;
    QString first;
    QString direction;
    QString service;
    QString category;
    QString civility;
    QString email;
};

QList<TableRecord> table(const QList<Line>& lines)
{
    QList<TableRecord> records{{kHeaders, 1}};
    for (const Line& l : lines) {
        records.append({{l.matricule, l.civility, l.last, l.first, l.direction, l.service,
                         l.category, QStringLiteral("Titulaire"), l.email},
                        records.size() + 1});
    }
    return records;
}

/// Every row of the directory's tables, hashed: equal before and after means untouched.
QByteArray directoryHash(School& school)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char* table : {"direction", "service", "person"}) {
        QSqlQuery query(school.database().connection());
        // The table's name comes from the list above, never from data.
        if (!query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(QLatin1String(table)))) {
            return {};
        }
        while (query.next()) {
            for (int i = 0; i < query.record().count(); ++i) {
                QByteArray value = query.value(i).toString().toUtf8();
                value += '\x1f';
                hash.addData(value);
            }
            hash.addData("\n");
        }
    }
    return hash.result();
}

int countOf(School& school, const char* table)
{
    QSqlQuery query(school.database().connection());
    query.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)));
    return query.next() ? query.value(0).toInt() : -1;
}

Agent byMatricule(School& school, const QString& matricule)
{
    const Result<QList<AgentRow>> rows = school.agents().list();
    for (const AgentRow& row : *rows) {
        if (row.agent.matricule == matricule) {
            return row.agent;
        }
    }
    return {};
}

AgentRow rowOf(School& school, const QString& matricule)
{
    return *school.agents().row(byMatricule(school, matricule).id);
}

Result<AgentImportSummary> runImport(School& school, const QList<Line>& lines,
                                     AgentImportOptions options = {},
                                     const ImportProgress& progress = {})
{
    const AgentColumnMapping mapping = guessAgentMapping(kHeaders);
    return AgentImporter(school).run(readAgentRows(table(lines), mapping), mapping, options,
                                     progress);
}

QList<Line> threeAgents()
{
    return {{QStringLiteral("00123"), QStringLiteral("Martin"), QStringLiteral("Élodie")},
            {QStringLiteral("00124"), QStringLiteral("Durand"), QStringLiteral("Paul"),
             QStringLiteral("Direction des finances"), QStringLiteral("Paie")},
            {QStringLiteral("00200"), QStringLiteral("Leroy"), QStringLiteral("Anne"),
             QStringLiteral("Direction de l'éducation"), QString(), QStringLiteral("A")}};
}

} // namespace

class TestAgentImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TRUC2_REQUIRE_BACKEND(); }

    void createsAgentsDirectionsAndServices()
    {
        test::TestSchool school;
        QSignalSpy reset(&school->agents(), &AgentStore::reset);
        QSignalSpy organisation(&school->organisation(), &OrganisationStore::changed);
        const Result<AgentImportSummary> summary = runImport(*school, threeAgents());
        QVERIFY2(summary, summary ? "" : qPrintable(summary.errorMessage()));
        QCOMPARE(summary->created, 3);
        QCOMPARE(summary->updated, 0);
        QCOMPARE(summary->directionsCreated, 2);
        QCOMPARE(summary->servicesCreated, 3);
        QVERIFY(summary->rejected.isEmpty());
        QCOMPARE(reset.size(), 1);
        QVERIFY(organisation.size() >= 1);

        QCOMPARE(countOf(*school, "direction"), 2);
        QCOMPARE(countOf(*school, "service"), 3);
        const AgentRow elodie = rowOf(*school, QStringLiteral("00123"));
        QCOMPARE(elodie.agent.matricule, QStringLiteral("00123")); // kept as text
        QCOMPARE(elodie.agent.firstName, QStringLiteral("Élodie"));
        QCOMPARE(elodie.agent.gender, Gender::Female);
        QCOMPARE(elodie.agent.category, Category::B);
        QCOMPARE(elodie.agent.status, QStringLiteral("Titulaire"));
        QCOMPARE(elodie.serviceName, QStringLiteral("Comptabilité"));
        QCOMPARE(elodie.directionName, QStringLiteral("Direction des finances"));
        QCOMPARE(elodie.agent.rowVersion, 1);
        // An agent of the direction itself: a service named like the direction.
        const AgentRow anne = rowOf(*school, QStringLiteral("00200"));
        QCOMPARE(anne.serviceName, QStringLiteral("Direction de l'éducation"));
        QCOMPARE(anne.directionName, QStringLiteral("Direction de l'éducation"));
    }

    void existingDirectionsAreMatchedWithoutCaseOrAccents()
    {
        test::TestSchool school;
        const qint64 paie =
            school.addService(QStringLiteral("Direction des Finances"), QStringLiteral("Paie"));
        QList<Line> lines = threeAgents();
        lines[1].direction = QStringLiteral("DIRECTION DES FINANCES");
        lines[1].service = QStringLiteral("PAIE");
        const Result<AgentImportSummary> summary = runImport(*school, lines);
        QVERIFY(summary);
        QCOMPARE(summary->directionsCreated, 1);
        QCOMPARE(summary->servicesCreated, 2);
        QCOMPARE(byMatricule(*school, QStringLiteral("00124")).serviceId, paie);
        QCOMPARE(rowOf(*school, QStringLiteral("00123")).directionName,
                 QStringLiteral("Direction des Finances"));
    }

    void secondImportUpdatesOnlyWhatChanged()
    {
        test::TestSchool school;
        QVERIFY(runImport(*school, threeAgents()));
        const Agent paulBefore = byMatricule(*school, QStringLiteral("00124"));
        const Agent anneBefore = byMatricule(*school, QStringLiteral("00200"));

        QList<Line> lines = threeAgents();
        lines[0].email = QStringLiteral("elodie.martin@ville.fr");
        lines[0].category = QStringLiteral("A");
        lines[2].direction = QStringLiteral("Direction des finances"); // Anne moves
        lines[2].service = QStringLiteral("Paie");
        lines.append({QStringLiteral("00300"), QStringLiteral("Petit"), QStringLiteral("Luc")});
        QSignalSpy reset(&school->agents(), &AgentStore::reset);
        const Result<AgentImportSummary> summary = runImport(*school, lines);
        QVERIFY(summary);
        QCOMPARE(summary->created, 1);
        QCOMPARE(summary->updated, 2);
        QCOMPARE(summary->unchanged, 1);
        QCOMPARE(summary->servicesCreated, 0);
        QCOMPARE(reset.size(), 1);

        const Agent elodie = byMatricule(*school, QStringLiteral("00123"));
        QCOMPARE(elodie.email, QStringLiteral("elodie.martin@ville.fr"));
        QCOMPARE(elodie.category, Category::A);
        QCOMPARE(elodie.rowVersion, 2);
        QCOMPARE(byMatricule(*school, QStringLiteral("00124")), paulBefore);
        const Agent anne = byMatricule(*school, QStringLiteral("00200"));
        QCOMPARE(anne.serviceId, paulBefore.serviceId);
        QCOMPARE(anne.rowVersion, anneBefore.rowVersion + 1);

        // The same file again: nothing to do, no signal.
        reset.clear();
        const QByteArray before = directoryHash(*school);
        const Result<AgentImportSummary> again = runImport(*school, lines);
        QVERIFY(again);
        QCOMPARE(again->unchanged, 4);
        QCOMPARE(again->created + again->updated, 0);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(directoryHash(*school), before);
    }

    void unmappedFieldsAreLeftAlone()
    {
        test::TestSchool school;
        QVERIFY(runImport(*school, threeAgents()));
        Agent elodie = byMatricule(*school, QStringLiteral("00123"));
        elodie.grade = QStringLiteral("Attaché");
        elodie.email = QStringLiteral("e.martin@ville.fr");
        QVERIFY(school->agents().update(elodie));

        // A file with matricule, names and category only.
        const QStringList headers{QStringLiteral("Matricule"), QStringLiteral("Nom"),
                                  QStringLiteral("Prénom"), QStringLiteral("Cat.")};
        const AgentColumnMapping mapping = guessAgentMapping(headers);
        const QList<TableRecord> records{{headers, 1},
                                         {{QStringLiteral("00123"), QStringLiteral("Martin"),
                                           QStringLiteral("Élodie"), QStringLiteral("Cat. C")},
                                          2}};
        const Result<AgentImportSummary> summary =
            AgentImporter(*school).run(readAgentRows(records, mapping), mapping);
        QVERIFY(summary);
        QCOMPARE(summary->updated, 1);
        const AgentRow after = rowOf(*school, QStringLiteral("00123"));
        QCOMPARE(after.agent.category, Category::C);
        QCOMPARE(after.agent.grade, QStringLiteral("Attaché"));
        QCOMPARE(after.agent.email, QStringLiteral("e.martin@ville.fr"));
        QCOMPARE(after.serviceName, QStringLiteral("Comptabilité"));
        QCOMPARE(after.agent.gender, Gender::Female);
    }

    void rejectedRowsAreListedAndTheOthersImported()
    {
        test::TestSchool school;
        QList<Line> lines = threeAgents();
        lines.append({QStringLiteral("00400"), QString(), QStringLiteral("Sans nom")});
        lines.append({QStringLiteral("00401"), QStringLiteral("Mauvais"), QStringLiteral("Mail"),
                      QStringLiteral("Direction des finances"), QStringLiteral("Paie"),
                      QStringLiteral("B"), QStringLiteral("Mme"), QStringLiteral("x@y")});
        lines.append({QStringLiteral("00402"), QStringLiteral("Sans"), QStringLiteral("Direction"),
                      QString(), QStringLiteral("Inconnu")});
        const Result<AgentImportSummary> summary = runImport(*school, lines);
        QVERIFY(summary);
        QCOMPARE(summary->created, 3);
        QCOMPARE(summary->rejected.size(), 3);
        QCOMPARE(summary->rejected.at(0).line, 5);
        QCOMPARE(summary->rejected.at(0).matricule, QStringLiteral("00400"));
        QCOMPARE(summary->rejected.at(1).line, 6);
        QCOMPARE(summary->rejected.at(2).line, 7);
        QVERIFY(summary->rejected.at(2).problems.first().contains(QStringLiteral("Inconnu")));
        QCOMPARE(school->agents().count(), 3);

        // A service without its direction is found when the school has only one of that name.
        lines[5].service = QStringLiteral("paie");
        const Result<AgentImportSummary> again = runImport(*school, lines);
        QVERIFY(again);
        QCOMPARE(again->created, 1);
        QCOMPARE(rowOf(*school, QStringLiteral("00402")).serviceName, QStringLiteral("Paie"));
    }

    void deactivatesMissingAgentsOnlyWhenAsked()
    {
        test::TestSchool school;
        QList<Line> lines = threeAgents();
        lines.append({QStringLiteral("00500"), QStringLiteral("Parti"), QStringLiteral("Jean")});
        QVERIFY(runImport(*school, lines));
        Agent speaker;
        speaker.lastName = QStringLiteral("Orateur");
        speaker.firstName = QStringLiteral("Invité");
        speaker.external = true;
        speaker.organisation = QStringLiteral("CNFPT");
        speaker.matricule = QStringLiteral("EXT-1");
        QVERIFY(school->agents().insert(speaker));
        Agent noMatricule;
        noMatricule.lastName = QStringLiteral("Sans");
        noMatricule.firstName = QStringLiteral("Matricule");
        QVERIFY(school->agents().insert(noMatricule));

        // Paul's line is rejected (bad e-mail) but he is in the file: he stays active.
        lines.removeLast();
        lines[1].email = QStringLiteral("not-an-address");
        const Result<AgentImportSummary> kept = runImport(*school, lines);
        QVERIFY(kept);
        QCOMPARE(kept->deactivated, 0);
        QVERIFY(byMatricule(*school, QStringLiteral("00500")).active);

        const QByteArray before = directoryHash(*school);
        const Result<AgentImportSummary> dry =
            runImport(*school, lines, {.deactivateMissing = true, .dryRun = true});
        QVERIFY(dry);
        QVERIFY(dry->dryRun);
        QCOMPARE(dry->deactivated, 1);
        QCOMPARE(dry->deactivatedAgents, QStringList{QStringLiteral("PARTI Jean (00500)")});
        QCOMPARE(directoryHash(*school), before);

        const int version = byMatricule(*school, QStringLiteral("00500")).rowVersion;
        const Result<AgentImportSummary> done =
            runImport(*school, lines, {.deactivateMissing = true});
        QVERIFY(done);
        QCOMPARE(done->deactivated, 1);
        const Agent gone = byMatricule(*school, QStringLiteral("00500"));
        QVERIFY(!gone.active);
        QCOMPARE(gone.rowVersion, version + 1);
        QVERIFY(byMatricule(*school, QStringLiteral("00124")).active);
        QVERIFY(byMatricule(*school, QStringLiteral("EXT-1")).active);
        QCOMPARE(school->agents().count(), 6); // deactivated, never deleted

        // Back in a later export: active again.
        lines.append({QStringLiteral("00500"), QStringLiteral("Parti"), QStringLiteral("Jean")});
        const Result<AgentImportSummary> back = runImport(*school, lines);
        QVERIFY(back);
        QCOMPARE(back->updated, 1);
        QVERIFY(byMatricule(*school, QStringLiteral("00500")).active);
    }

    void nothingImportableDeactivatesNobody()
    {
        test::TestSchool school;
        QVERIFY(runImport(*school, threeAgents()));
        const Result<AgentImportSummary> refused =
            runImport(*school, {{QStringLiteral("9"), QString(), QStringLiteral("x")}},
                      {.deactivateMissing = true});
        QVERIFY(!refused);
        QVERIFY(byMatricule(*school, QStringLiteral("00123")).active);
    }

    void dryRunWritesNothing()
    {
        test::TestSchool school;
        QVERIFY(runImport(*school, threeAgents()));
        QList<Line> lines = threeAgents();
        lines[0].last = QStringLiteral("Martin-Dupuis");
        lines.append({QStringLiteral("00999"), QStringLiteral("Neuf"), QStringLiteral("Nina"),
                      QStringLiteral("Nouvelle direction"), QStringLiteral("Nouveau service")});
        const QByteArray before = directoryHash(*school);
        QSignalSpy reset(&school->agents(), &AgentStore::reset);
        const Result<AgentImportSummary> dry = runImport(*school, lines, {.dryRun = true});
        QVERIFY(dry);
        QCOMPARE(dry->created, 1);
        QCOMPARE(dry->updated, 1);
        QCOMPARE(dry->unchanged, 2);
        QCOMPARE(dry->directionsCreated, 1);
        QCOMPARE(dry->servicesCreated, 1);
        QCOMPARE(directoryHash(*school), before);
        QCOMPARE(reset.size(), 0);
    }

    void cancelLeavesTheSchoolAsItWas()
    {
        test::TestSchool school;
        QVERIFY(runImport(*school, threeAgents()));
        QList<Line> lines = threeAgents();
        lines[0].first = QStringLiteral("Élodie-Anne");
        for (int i = 0; i < 3000; ++i) {
            lines.append({QStringLiteral("1%1").arg(i, 5, 10, QLatin1Char('0')),
                          QStringLiteral("Agent"), QString::number(i),
                          QStringLiteral("Direction %1").arg(i % 7), QStringLiteral("Service")});
        }
        const QByteArray before = directoryHash(*school);
        QSignalSpy reset(&school->agents(), &AgentStore::reset);
        QSignalSpy organisation(&school->organisation(), &OrganisationStore::changed);
        QList<qint64> seen;
        qint64 announced = 0;
        const Result<AgentImportSummary> cancelled =
            runImport(*school, lines, {}, [&](qint64 done, qint64 total) {
                seen.append(done);
                announced = total;
                return done < 1500;
            });
        QCOMPARE(announced, 3000 + 1 + 7);
        QVERIFY(!cancelled);
        QVERIFY(cancelled.errorMessage().contains(QStringLiteral("cancelled")));
        QVERIFY(seen.size() >= 3);
        QCOMPARE(seen.first(), 0);
        QCOMPARE(directoryHash(*school), before);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(organisation.size(), 0);

        // Without cancelling, the same import goes through, and progress reaches the total.
        seen.clear();
        const Result<AgentImportSummary> done =
            runImport(*school, lines, {}, [&](qint64 written, qint64) {
                seen.append(written);
                return true;
            });
        QVERIFY(done);
        QCOMPARE(seen.last(), 3008);
        QCOMPARE(school->agents().count(), 3003);
    }

    void everyAgentOfALargeImportIsStoredAsRead()
    {
        // Enough agents for every size of multi-row statement (256, 128 … 1 rows on SQLite):
        // each row's values must land in its own row, whatever statement wrote it.
        test::TestSchool school;
        QVERIFY(runImport(*school, threeAgents()));
        const QStringList categories{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"),
                                     QString()};
        const QStringList civilities{QStringLiteral("Mme"), QStringLiteral("M."), QString()};
        constexpr int kAgents = 1024 + 255 + 3;
        QList<Line> lines;
        for (int i = 0; i < kAgents; ++i) {
            lines.append({QStringLiteral("3%1").arg(i, 5, 10, QLatin1Char('0')),
                          QStringLiteral("Nom%1").arg(i), QStringLiteral("Prénom %1").arg(i),
                          i % 5 == 0 ? QStringLiteral("Direction des finances")
                                     : QStringLiteral("Direction %1").arg(i % 3),
                          QStringLiteral("Service %1").arg(i % 4), categories.at(i % 4),
                          civilities.at(i % 3),
                          i % 2 ? QString() : QStringLiteral("agent%1@ville.fr").arg(i)});
        }
        const Result<AgentImportSummary> done = runImport(*school, lines);
        QVERIFY(done);
        QCOMPARE(done->created, kAgents);
        const Result<QList<AgentRow>> stored = school->agents().list();
        QVERIFY(stored);
        QHash<QString, AgentRow> byNumber;
        for (const AgentRow& row : *stored) {
            byNumber.insert(row.agent.matricule, row);
        }
        QCOMPARE(byNumber.size(), kAgents + 3);
        for (int i = 0; i < kAgents; ++i) {
            const Line& line = lines.at(i);
            QVERIFY2(byNumber.contains(line.matricule), qPrintable(line.matricule));
            const AgentRow& row = byNumber[line.matricule];
            QCOMPARE(row.agent.lastName, line.last);
            QCOMPARE(row.agent.firstName, line.first);
            QCOMPARE(row.agent.email, line.email);
            QCOMPARE(categoryCode(row.agent.category), line.category);
            QCOMPARE(row.agent.gender, i % 3 == 0   ? Gender::Female
                                       : i % 3 == 1 ? Gender::Male
                                                    : Gender::Unknown);
            QCOMPARE(row.agent.status, QStringLiteral("Titulaire"));
            QVERIFY(row.agent.active);
            QCOMPARE(row.directionName, line.direction);
            QCOMPARE(row.serviceName, line.service);
        }
    }

    void failureMidImportWritesNothing()
    {
        test::TestSchool school;
        QVERIFY(runImport(*school, threeAgents()));
        // Another rule of the database refuses one agent, after others have been written.
        if (test::onPostgres()) {
            test::serverAdminExecIn(
                school.path(),
                {QStringLiteral("CREATE FUNCTION refuse_agent() RETURNS trigger AS $$ BEGIN "
                                "IF NEW.matricule = '99999' THEN RAISE EXCEPTION 'refused'; "
                                "END IF; RETURN NEW; END $$ LANGUAGE plpgsql"),
                 QStringLiteral("CREATE TRIGGER refuse_agent BEFORE INSERT ON person FOR EACH ROW "
                                "EXECUTE FUNCTION refuse_agent()")});
        } else {
            QSqlQuery query(school->database().connection());
            QVERIFY(query.exec(QStringLiteral(
                "CREATE TRIGGER refuse_agent BEFORE INSERT ON person "
                "WHEN NEW.matricule = '99999' BEGIN SELECT RAISE(ABORT, 'refused'); END")));
        }
        QList<Line> lines = threeAgents();
        lines[2].last = QStringLiteral("Leroy-Martin"); // an update before the failure
        for (int i = 0; i < 2500; ++i) {
            lines.append({QStringLiteral("2%1").arg(i, 5, 10, QLatin1Char('0')),
                          QStringLiteral("Agent"), QString::number(i),
                          QStringLiteral("Nouvelle direction"), QStringLiteral("Service")});
        }
        lines.append({QStringLiteral("99999"), QStringLiteral("Refusé"), QStringLiteral("Roger")});
        const QByteArray before = directoryHash(*school);
        QSignalSpy reset(&school->agents(), &AgentStore::reset);
        const Result<AgentImportSummary> failed = runImport(*school, lines);
        QVERIFY(!failed);
        QCOMPARE(directoryHash(*school), before);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(school->agents().count(), 3);
    }

    void previewAndProblemModels()
    {
        test::TestSchool school;
        QVERIFY(runImport(*school, threeAgents()));
        QList<Line> lines = threeAgents();
        lines[1].category = QStringLiteral("Z");
        lines[2].first = QStringLiteral("Annie");
        lines.append({QStringLiteral("00300"), QStringLiteral("Petit"), QStringLiteral("Luc")});
        const AgentColumnMapping mapping = guessAgentMapping(kHeaders);
        const Result<AgentImportPlan> plan =
            AgentImporter(*school).plan(readAgentRows(table(lines), mapping), mapping);
        QVERIFY(plan);

        AgentImportPreviewModel preview;
        QAbstractItemModelTester previewTester(&preview);
        preview.setPlan(*plan, 3);
        QCOMPARE(preview.rowCount(), 3);
        const auto cell = [&](int row, int column) {
            return preview.index(row, column).data().toString();
        };
        QCOMPARE(cell(0, AgentImportPreviewModel::ActionColumn), QStringLiteral("Unchanged"));
        QCOMPARE(cell(1, AgentImportPreviewModel::ActionColumn), QStringLiteral("Rejected"));
        QCOMPARE(cell(2, AgentImportPreviewModel::ActionColumn), QStringLiteral("Changed"));
        QCOMPARE(cell(2, AgentImportPreviewModel::FirstNameColumn), QStringLiteral("Annie"));
        QCOMPARE(cell(0, AgentImportPreviewModel::MatriculeColumn), QStringLiteral("00123"));
        QCOMPARE(cell(0, AgentImportPreviewModel::CivilityColumn), QStringLiteral("F"));
        QCOMPARE(cell(0, AgentImportPreviewModel::ServiceColumn), QStringLiteral("Comptabilité"));
        QCOMPARE(cell(0, AgentImportPreviewModel::LineColumn), QStringLiteral("2"));
        QVERIFY(preview.index(1, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Z")));
        preview.setPlan(*plan);
        QCOMPARE(preview.rowCount(), 4);
        QCOMPARE(preview.index(3, AgentImportPreviewModel::ActionColumn)
                     .data(AgentImportPreviewModel::ActionRole)
                     .toInt(),
                 static_cast<int>(AgentImportAction::Create));

        AgentImportProblemModel problems;
        QAbstractItemModelTester problemsTester(&problems);
        problems.setRejected(plan->summary.rejected);
        QCOMPARE(problems.rowCount(), 1);
        QCOMPARE(problems.index(0, AgentImportProblemModel::LineColumn)
                     .data(AgentImportProblemModel::SortRole)
                     .toLongLong(),
                 3);
        QCOMPARE(problems.index(0, AgentImportProblemModel::MatriculeColumn).data().toString(),
                 QStringLiteral("00124"));
        problems.clear();
        QCOMPARE(problems.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAgentImporter)
#include "tst_agentimporter.moc"
