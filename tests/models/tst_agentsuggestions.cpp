// What the animator type-ahead offers for what was typed.
#include "TestSchool.h"
#include "itemmodels/AgentSuggestions.h"
#include "itemmodels/AgentTableModel.h"

#include <QTest>

using namespace truc2;

class TestAgentSuggestions : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestSchool> m_school;
    std::unique_ptr<AgentTableModel> m_model;
    qint64 m_elodie = 0, m_lodier = 0, m_dupont = 0, m_old = 0, m_speaker = 0;

    qint64 add(const QString& last, const QString& first, const QString& matricule, qint64 service,
               bool active = true)
    {
        Agent a;
        a.lastName = last;
        a.firstName = first;
        a.matricule = matricule;
        a.serviceId = service;
        a.active = active;
        return *(*m_school)->agents().insert(a);
    }

    QStringList names(const QString& typed, int limit = 10, const QSet<qint64>& excluded = {})
    {
        QStringList found;
        for (int row : suggestAgents(*m_model, typed, limit, excluded)) {
            found << m_model->agentRow(row).agent.displayName();
        }
        return found;
    }

private Q_SLOTS:
    void initTestCase() { TRUC2_REQUIRE_BACKEND(); }

    void init()
    {
        m_school = std::make_unique<test::TestSchool>();
        const qint64 training = m_school->addService(QStringLiteral("Ressources humaines"),
                                                     QStringLiteral("Formation"));
        const qint64 library =
            m_school->addService(QStringLiteral("Culture"), QStringLiteral("Médiathèque"));
        m_elodie = add(QStringLiteral("Dupont"), QStringLiteral("Élodie"), QStringLiteral("00123"),
                       training);
        m_lodier =
            add(QStringLiteral("Lodier"), QStringLiteral("Marc"), QStringLiteral("00456"), library);
        m_dupont = add(QStringLiteral("Dupont"), QStringLiteral("Bernard"), QStringLiteral("00789"),
                       library);
        m_old = add(QStringLiteral("Lodève"), QStringLiteral("Ancien"), QStringLiteral("00999"),
                    library, false);
        Agent speaker;
        speaker.lastName = QStringLiteral("Élie");
        speaker.firstName = QStringLiteral("Sophie");
        speaker.external = true;
        speaker.organisation = QStringLiteral("CNFPT");
        m_speaker = *(*m_school)->agents().insert(speaker);
        m_model =
            std::make_unique<AgentTableModel>((*m_school)->agents(), (*m_school)->organisation());
        QCOMPARE(m_model->rowCount(), 5);
    }

    void cleanup()
    {
        m_model.reset();
        m_school.reset();
    }

    void accentsAndCaseIgnored()
    {
        QCOMPARE(names(QStringLiteral("elod")), QStringList{QStringLiteral("DUPONT Élodie")});
        QCOMPARE(names(QStringLiteral("ÉLODIE")), QStringList{QStringLiteral("DUPONT Élodie")});
    }

    void nameStartsFirstThenByName()
    {
        // "lod" starts Lodier's name and sits inside Élodie's; Lodève is inactive.
        QCOMPARE(names(QStringLiteral("lod")),
                 (QStringList{QStringLiteral("LODIER Marc"), QStringLiteral("DUPONT Élodie")}));
        QCOMPARE(names(QStringLiteral("dupont")),
                 (QStringList{QStringLiteral("DUPONT Bernard"), QStringLiteral("DUPONT Élodie")}));
    }

    void everyWordInNameMatriculeOrService()
    {
        QCOMPARE(names(QStringLiteral("00456")), QStringList{QStringLiteral("LODIER Marc")});
        QCOMPARE(names(QStringLiteral("mediatheque dup")),
                 QStringList{QStringLiteral("DUPONT Bernard")});
        QCOMPARE(names(QStringLiteral("formation")), QStringList{QStringLiteral("DUPONT Élodie")});
        QCOMPARE(names(QStringLiteral("dupont marc")), QStringList());
    }

    void externalSpeakersToo() { QCOMPARE(names(QStringLiteral("sophie")).size(), 1); }

    void limitExclusionsAndBlank()
    {
        QCOMPARE(names(QStringLiteral("dupont"), 1), QStringList{QStringLiteral("DUPONT Bernard")});
        QCOMPARE(names(QStringLiteral("dupont"), 10, {m_dupont}),
                 QStringList{QStringLiteral("DUPONT Élodie")});
        QCOMPARE(names(QStringLiteral("   ")), QStringList());
        QCOMPARE(names(QStringLiteral("ancien")), QStringList()); // inactive
    }

    void followsTheDirectory()
    {
        QVERIFY((*m_school)->agents().setActive({m_old}, true));
        QCOMPARE(names(QStringLiteral("ancien")), QStringList{QStringLiteral("LODÈVE Ancien")});
        add(QStringLiteral("Lodi"), QStringLiteral("Zoé"), QString(), 0);
        QCOMPARE(names(QStringLiteral("lod"), 2),
                 (QStringList{QStringLiteral("LODÈVE Ancien"), QStringLiteral("LODI Zoé")}));
    }
};

QTEST_GUILESS_MAIN(TestAgentSuggestions)
#include "tst_agentsuggestions.moc"
