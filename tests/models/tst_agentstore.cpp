// AgentStore and OrganisationStore against a temporary database.
#include "TestSchool.h"

#include <QSignalSpy>
#include <QTest>

using namespace truc2;

class TestAgentStore : public QObject
{
    Q_OBJECT

private:
    static Agent elodie(qint64 serviceId)
    {
        Agent a;
        a.matricule = QStringLiteral("00123");
        a.lastName = QStringLiteral("Martin");
        a.firstName = QStringLiteral("Élodie");
        a.email = QStringLiteral("elodie.martin@ville-exemple.fr");
        a.serviceId = serviceId;
        a.category = Category::B;
        a.gender = Gender::Female;
        a.status = QStringLiteral("Titulaire");
        return a;
    }

private Q_SLOTS:
    void initTestCase() { TRUC2_REQUIRE_BACKEND(); }

    void insertAndReadBack()
    {
        test::TestSchool school;
        const qint64 service =
            school.addService(QStringLiteral("Ressources humaines"), QStringLiteral("Formation"));
        QSignalSpy inserted(&school->agents(), &AgentStore::agentInserted);
        const Result<qint64> id = school->agents().insert(elodie(service));
        QVERIFY2(id, id ? "" : qPrintable(id.errorMessage()));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().first().toLongLong(), *id);

        const Result<AgentRow> row = school->agents().row(*id);
        QVERIFY(row);
        QCOMPARE(row->agent.matricule, QStringLiteral("00123"));
        QCOMPARE(row->agent.firstName, QStringLiteral("Élodie"));
        QCOMPARE(row->agent.category, Category::B);
        QCOMPARE(row->agent.gender, Gender::Female);
        QCOMPARE(row->serviceName, QStringLiteral("Formation"));
        QCOMPARE(row->directionName, QStringLiteral("Ressources humaines"));
        QCOMPARE(row->agent.displayName(), QStringLiteral("MARTIN Élodie"));
    }

    void problemsNameTheField()
    {
        test::TestSchool school;
        QVERIFY(school->agents().insert(elodie(0)));
        Agent twin = elodie(0);
        twin.lastName.clear();
        twin.email = QStringLiteral("not-an-address");
        const QList<FieldProblem> problems = school->agents().problems(twin);
        QStringList fields;
        for (const FieldProblem& p : problems) {
            fields << p.field;
        }
        QCOMPARE(fields, (QStringList{QStringLiteral("lastName"), QStringLiteral("email"),
                                      QStringLiteral("matricule")}));
        QVERIFY(problems.last().message.contains(QStringLiteral("Élodie Martin")));
        QVERIFY(!school->agents().insert(twin));
        QCOMPARE(school->agents().count(), 1);
    }

    void emptyMatriculesDoNotCollide()
    {
        test::TestSchool school;
        Agent a = elodie(0);
        a.matricule.clear();
        QVERIFY(school->agents().insert(a));
        a.firstName = QStringLiteral("Paul");
        QVERIFY(school->agents().insert(a));
        QCOMPARE(school->agents().count(), 2);
    }

    void updateRefusesStaleRow()
    {
        test::TestSchool school;
        const qint64 id = *school->agents().insert(elodie(0));
        Agent read = *school->agents().agent(id);
        Agent mine = read;
        mine.grade = QStringLiteral("Rédacteur");
        const Result<Agent> saved = school->agents().update(mine);
        QVERIFY(saved);
        QCOMPARE(saved->rowVersion, read.rowVersion + 1);
        // Another workstation saves what it read before that change.
        Agent theirs = read;
        theirs.grade = QStringLiteral("Attaché");
        const Result<Agent> refused = school->agents().update(theirs);
        QVERIFY(!refused);
        QVERIFY(refused.errorMessage().contains(QStringLiteral("another workstation")));
        QCOMPARE(school->agents().agent(id)->grade, QStringLiteral("Rédacteur"));
    }

    void deactivateIsAllOrNothing()
    {
        test::TestSchool school;
        const qint64 a = *school->agents().insert(elodie(0));
        QVERIFY(school->agents().setActive({a}, false));
        QVERIFY(!school->agents().agent(a)->active);
        const Status refused = school->agents().setActive({a, 999}, true);
        QVERIFY(!refused);
        QVERIFY(!school->agents().agent(a)->active); // rolled back with the missing one
    }

    void removeOnlyWhatNothingRefersTo()
    {
        test::TestSchool school;
        const qint64 id = *school->agents().insert(elodie(0));
        QSignalSpy removed(&school->agents(), &AgentStore::agentRemoved);
        QVERIFY(school->agents().remove(id));
        QCOMPARE(removed.size(), 1);
        // Re-inserted under the same id (redo of an undone add).
        Agent back = elodie(0);
        back.id = id;
        QCOMPARE(*school->agents().insert(back), id);
    }

    void signalsWaitForTheCommit()
    {
        test::TestSchool school;
        QSignalSpy inserted(&school->agents(), &AgentStore::agentInserted);
        qsizetype seenInside = -1;
        const Status rolledBack = school->database().transaction([&]() -> Status {
            if (const Result<qint64> id = school->agents().insert(elodie(0)); !id) {
                return id.error();
            }
            seenInside = inserted.size();
            return Error{QStringLiteral("changed my mind")};
        });
        QVERIFY(!rolledBack);
        QCOMPARE(seenInside, 0); // not inside: the transaction might still roll back
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(school->agents().count(), 0);
        QVERIFY(school->database().transaction([&]() -> Status {
            const Result<qint64> id = school->agents().insert(elodie(0));
            return id ? Status{} : Status{id.error()};
        }));
        QCOMPARE(inserted.size(), 1);
    }

    void sessionCodesFollowFormatAndYear()
    {
        test::TestSchool school;
        const qint64 action = test::addWorkshopAction(*school);
        const qint64 formatId = school->catalogue().action(action)->formatId;
        auto add = [&](const QDate& day) {
            Session s;
            s.actionId = action;
            s.startsAt = QDateTime(day, QTime(9, 0));
            s.endsAt = s.startsAt.addSecs(3600);
            return school->sessions().insert(s)->code;
        };
        QCOMPARE(add(QDate(2021, 3, 1)), QStringLiteral("UT-2021-001"));
        QCOMPARE(add(QDate(2021, 1, 5)), QStringLiteral("UT-2021-002")); // codes never change
        QCOMPARE(add(QDate(2022, 1, 5)), QStringLiteral("UT-2022-001"));
        QCOMPARE(*school->sessions().nextCode(formatId, 2021), QStringLiteral("UT-2021-003"));
    }

    void organisationEnsureServiceCreatesOnce()
    {
        test::TestSchool school;
        OrganisationStore& org = school->organisation();
        const qint64 first =
            *org.ensureService(QStringLiteral("Culture"), QStringLiteral("Médiathèque"));
        const qint64 again =
            *org.ensureService(QStringLiteral("Culture"), QStringLiteral("Médiathèque"));
        QCOMPARE(first, again);
        QCOMPARE(org.directions()->size(), 1);
        QCOMPARE(org.services()->size(), 1);
        const Result<qint64> duplicate = org.insertDirection({0, QStringLiteral("Culture"), true});
        QVERIFY(!duplicate);
        QVERIFY(duplicate.errorMessage().contains(QStringLiteral("already exists")));
        // A used service cannot be removed, only retired.
        Agent a = elodie(first);
        QVERIFY(school->agents().insert(a));
        const Status refused = org.removeService(first);
        QVERIFY(!refused);
        QVERIFY(refused.errorMessage().contains(QStringLiteral("deactivate")));
    }
};

QTEST_GUILESS_MAIN(TestAgentStore)
#include "tst_agentstore.moc"
