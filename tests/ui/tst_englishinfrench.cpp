// The checker of tst_frenchwalk (support/EnglishInFrench.h): which texts a French user should
// not see, read against the real French translation file.
#include "EnglishInFrench.h"

#include <QTest>

#include <algorithm>
#include <memory>

class TestEnglishInFrench : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<truc2::test::EnglishInFrench> m_check;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        const QList<truc2::test::TsMessage> messages =
            truc2::test::readTsFile(QStringLiteral(TRUC2_FR_TS), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 1000);
        // Plural messages come with their two French forms.
        const auto numerus =
            std::find_if(messages.cbegin(), messages.cend(),
                         [](const truc2::test::TsMessage& m) { return m.numerus; });
        QVERIFY(numerus != messages.cend());
        QCOMPARE(numerus->translations.size(), 2);
        m_check = std::make_unique<truc2::test::EnglishInFrench>(messages);
        QVERIFY(m_check->untranslatedSourceCount() > 500);
        QString missing;
        QVERIFY(truc2::test::readTsFile(QStringLiteral("/nonexistent.ts"), &missing).isEmpty());
        QVERIFY(!missing.isEmpty());
    }

    void checkerTellsEnglishFromFrench()
    {
        const truc2::test::EnglishInFrench& check = *m_check;
        // Sources shown as they are, accelerators and arguments aside.
        QVERIFY(!check.problem(QStringLiteral("&Undo")).isEmpty());
        QVERIFY(!check.problem(QStringLiteral("17 agent(s)")).isEmpty());
        QVERIFY(check.problem(QStringLiteral("17 agents")).isEmpty());
        QVERIFY(check.problem(QStringLiteral("&Annuler")).isEmpty());
        // Words French shares with English, names of tools, file patterns.
        for (const char* french : {"Date",
                                   "Code",
                                   "Action",
                                   "Format",
                                   "Programme",
                                   "Catalogue",
                                   "Total",
                                   "Service",
                                   "Direction",
                                   "Note",
                                   "Statut",
                                   "Sessions",
                                   "Participants",
                                   "File d'attente",
                                   "Importer des agents",
                                   "Import des réponses…",
                                   "Exports Google Forms (*.csv)",
                                   "LimeSurvey, Microsoft Forms",
                                   "Satisfaction",
                                   "Fichier : /tmp/school/agents.csv",
                                   "(verify-full)"}) {
            QVERIFY2(check.problem(QString::fromUtf8(french)).isEmpty(), french);
        }
        // Strings that were never given to tr().
        QCOMPARE(
            truc2::test::EnglishInFrench::englishWords(QStringLiteral("Save the list of agents")),
            (QStringList{QStringLiteral("Save"), QStringLiteral("the"), QStringLiteral("list"),
                         QStringLiteral("of")}));
        QVERIFY(!check.problem(QStringLiteral("<b>Name:</b> Dupont")).isEmpty());
        QVERIFY(check.problem(QStringLiteral("Nom : Dupont")).isEmpty());
        QVERIFY(check.problem(QStringLiteral("Thé ou café ?")).isEmpty()); // "Thé" is not "the"
    }
};

QTEST_MAIN(TestEnglishInFrench)
#include "tst_englishinfrench.moc"
