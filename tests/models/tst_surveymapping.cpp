// Guessing the mapping of survey exports from their headers and answers: each tool's shapes,
// personal columns kept out, templates applied by header name, the mapping as JSON.
#include "ImportSchool.h"
#include "import/SurveyMapping.h"

#include <QTest>

using namespace truc2;
using test::tableOf;

namespace {

QStringList split(const char* cells)
{
    return QString::fromUtf8(cells).split(QLatin1Char('|'));
}

/// The roles of a mapping as codes, one per column, for comparisons.
QStringList roles(const SurveyMapping& mapping)
{
    QStringList list;
    for (const SurveyColumn& column : mapping.columns) {
        list << surveyRoleCode(column.role);
    }
    return list;
}

} // namespace

class TestSurveyMapping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void limeSurveyCodes()
    {
        const Table table = tableOf(
            {split("id|submitdate|lastpage|startlanguage|seed|SESSION|SATIS|UTILE|RECO|COMMENT"),
             split("1|2021-03-12 15:49:23|3|fr|123|UT-2021-001|A4|Y|Y|Très bien"),
             split("2||1|fr|456|UT-2021-001|||| ")});
        const SurveyMapping m = guessSurveyMapping(table.records);
        QCOMPARE(m.tool, SurveyTool::LimeSurvey);
        QCOMPARE(m.headerRow, 0);
        QCOMPARE(roles(m), split("id|submitted|ignored|ignored|ignored|session|satisfaction|"
                                 "useful|recommend|comment"));
    }

    void limeSurveyFullText()
    {
        const Table table = tableOf(
            {split("ID de la réponse|Date de soumission|Dernière page|Langue de départ|Tête de "
                   "série|Adresse IP|Code de la session|Êtes-vous satisfait(e) de cet atelier ?|"
                   "Avez-vous acquis des compétences utiles ?|Recommanderiez-vous cet atelier ?|"
                   "Commentaires"),
             split("1|2021-03-12 15:49:23|3|fr|1|127.0.0.1|UT-2021-001|Très satisfait(e)|Oui|"
                   "Oui|Merci"),
             split("2|2021-03-12 16:01:02|3|fr|2|127.0.0.1|UT-2021-001|Plutôt satisfait(e)|"
                   "Non|Oui|")});
        const SurveyMapping m = guessSurveyMapping(table.records);
        QCOMPARE(m.tool, SurveyTool::LimeSurvey);
        QCOMPARE(roles(m), split("id|submitted|ignored|ignored|ignored|ignored|session|"
                                 "satisfaction|useful|recommend|comment"));
        QVERIFY(m.columns.at(5).personal); // the IP address
        QCOMPARE(m.columns.at(7).scale, SatisfactionScale::Labels4);
    }

    void limeSurveyCodeAndText()
    {
        const Table table =
            tableOf({split("id. ID de la réponse|submitdate. Date de soumission|lastpage. Dernière "
                           "page|ipaddr. Adresse IP|Q01. Session suivie|Q02. Note globale (1 à 5)|"
                           "Q03. Commentaire"),
                     split("7|2021-03-12 15:49:23|2|10.0.0.1|UT-2021-002|4|RAS")});
        const SurveyMapping m = guessSurveyMapping(table.records);
        QCOMPARE(m.tool, SurveyTool::LimeSurvey);
        QCOMPARE(roles(m), split("id|submitted|ignored|ignored|session|satisfaction|comment"));
        QVERIFY(m.columns.at(3).personal);
        QCOMPARE(m.columns.at(5).scale, SatisfactionScale::OneToFive);
    }

    void googleForms()
    {
        const Table table = tableOf(
            {split("Horodateur|Adresse e-mail|Quelle session avez-vous suivie ?|Sur une échelle "
                   "de 0 à 10, quelle note donnez-vous ?|Cet atelier vous a-t-il apporté des "
                   "compétences utiles ?|Remarques"),
             split("2021/03/12 3:49:23 PM UTC+1|a.b@ville.fr|UT-2021-001|8|Oui|"),
             split("2021/03/12 4:02:10 PM UTC+1|c.d@ville.fr|UT-2021-001|10|Oui|Super")});
        const SurveyMapping m = guessSurveyMapping(table.records);
        QCOMPARE(m.tool, SurveyTool::GoogleForms);
        QCOMPARE(roles(m), split("submitted|ignored|session|satisfaction|useful|comment"));
        QVERIFY(m.columns.at(1).personal);
        QCOMPARE(m.columns.at(3).scale, SatisfactionScale::ZeroToTen);
    }

    void microsoftForms()
    {
        const Table table = tableOf(
            {split("ID|Heure de début|Heure de fin|Adresse de messagerie|Nom|Heure de la dernière "
                   "modification|Session|Satisfaction globale|Recommanderiez-vous ?"),
             split("1|2021-03-12 15:40:00|2021-03-12 15:49:23|anonymous||\x01|UT-2021-003|5|"
                   "Oui")});
        const SurveyMapping m = guessSurveyMapping(table.records);
        QCOMPARE(m.tool, SurveyTool::MicrosoftForms);
        QCOMPARE(roles(m), split("id|ignored|submitted|ignored|ignored|ignored|session|"
                                 "satisfaction|recommend"));
        QVERIFY(m.columns.at(3).personal);
        QVERIFY(m.columns.at(4).personal);
    }

    void framaformsThreeHeaderRows()
    {
        const Table table = tableOf(
            {split("Questionnaire de satisfaction||||||||"),
             split("Serial|SID|Date de soumission|Brouillon|Adresse IP|UID|Nom d'utilisateur|"
                   "Code session|Votre satisfaction"),
             split("||||||||satisfaction"),
             split("1|41|12/03/2021 - 15:49|0|1.2.3.4|0||UT-2021-001|Satisfait(e)")});
        const SurveyMapping m = guessSurveyMapping(table.records);
        QCOMPARE(m.headerRow, 1);
        QCOMPARE(m.subHeaderRows, 1);
        QCOMPARE(m.tool, SurveyTool::Framaforms);
        QCOMPARE(roles(m), split("ignored|id|submitted|ignored|ignored|ignored|ignored|session|"
                                 "satisfaction"));
    }

    void framaformsOptionsInColumnsOfTheirOwn()
    {
        const Table table =
            tableOf({split("Satisfaction — Atelier Excel|||||||||"),
                     split("Submission Details||||||Avez-vous acquis des compétences utiles ?||"
                           "Recommanderiez-vous cette formation ?||"),
                     split("Serial|SID|Submitted Time|IP Address|Code de la session|Satisfaction "
                           "globale (1 à 5)|Oui|Non|Oui|Non"),
                     split("1|4127|12/03/2021 - 15:49|192.0.2.10|UT-2021-001|5|X||X|")});
        SurveyMapping m = guessSurveyMapping(table.records);
        QCOMPARE(m.tool, SurveyTool::Framaforms);
        QCOMPARE(m.headerRow, 2);
        QCOMPARE(roles(m), split("ignored|id|submitted|ignored|session|satisfaction|useful|useful|"
                                 "recommend|recommend"));
        QVERIFY(m.problems().isEmpty());
        m.setRole(4, SurveyRole::UsefulSkills);
        QVERIFY(!m.problems().isEmpty()); // a plain column beside the option columns
    }

    void sessionColumnFoundByItsCodes()
    {
        const Table table = tableOf({split("Horodateur|Atelier suivi|Q2"),
                                     split("12/03/2021 15:49:23|UT-2021-001|Oui"),
                                     split("12/03/2021 15:50:23|UT-2021-002|Non")});
        const SurveyMapping m = guessSurveyMapping(table.records, {QStringLiteral("UT-2021-001")});
        QCOMPARE(roles(m), split("submitted|session|ignored"));
    }

    void personalColumnCannotBeMapped()
    {
        const Table table = tableOf(
            {split("Horodateur|Nom|Commentaire"), split("12/03/2021 15:49:23|Martin|Bien")});
        SurveyMapping m = guessSurveyMapping(table.records);
        QVERIFY(!m.setRole(1, SurveyRole::Comment));
        QCOMPARE(m.columns.at(1).role, SurveyRole::Ignored);
        QVERIFY(m.setRole(2, SurveyRole::Comment));
    }

    void problems()
    {
        const Table table =
            tableOf({split("Horodateur|Note|Autre note"), split("12/03/2021 15:49:23|4|5")});
        SurveyMapping m = guessSurveyMapping(table.records);
        QCOMPARE(m.problems().size(), 1); // no session
        m.sessionCode = QStringLiteral("UT-2021-001");
        QVERIFY(m.problems().isEmpty());
        m.setRole(1, SurveyRole::Satisfaction);
        m.setRole(2, SurveyRole::Satisfaction);
        QCOMPARE(m.problems().size(), 1); // twice the same role
    }

    void jsonRoundTrip()
    {
        const Table table = tableOf({split("id|submitdate|lastpage|SESSION|SATIS|ipaddr"),
                                     split("1|2021-03-12 15:49:23|2|UT-2021-001|3|1.1.1.1")});
        SurveyMapping m = guessSurveyMapping(table.records);
        m.columns[4].scale = SatisfactionScale::OneToFour;
        m.sessionCode = QStringLiteral("UT-2021-002");
        const std::optional<SurveyMapping> back = SurveyMapping::fromJson(m.toJson());
        QVERIFY(back);
        QCOMPARE(*back, m);
        QVERIFY(!SurveyMapping::fromJson(QStringLiteral("{not json")));
    }

    void templateAppliedByHeaderName()
    {
        const Table first = tableOf({split("Horodateur|Session|Note|Remarques"),
                                     split("12/03/2021 15:49:23|UT-2021-001|4|")});
        SurveyMapping saved = guessSurveyMapping(first.records);
        saved.columns[2].scale = SatisfactionScale::OneToFour;
        // The same headers in another order, and one more.
        const QStringList headers = split("Session|Remarques|Horodateur|Note|Adresse e-mail");
        QCOMPARE(headerSignature(split("Horodateur|Session|Note|Remarques")),
                 headerSignature(split(" remarques|Horodateur|session|Note")));
        QVERIFY(headerSignature(headers) != headerSignature(saved.headers()));
        const SurveyMapping applied = saved.appliedTo(headers, 0);
        QCOMPARE(roles(applied), split("session|comment|submitted|satisfaction|ignored"));
        QCOMPARE(applied.columns.at(3).scale, SatisfactionScale::OneToFour);
        QVERIFY(applied.columns.at(4).personal);
    }

    void toolNamesAndCodes()
    {
        for (SurveyTool tool : {SurveyTool::LimeSurvey, SurveyTool::GoogleForms,
                                SurveyTool::MicrosoftForms, SurveyTool::Framaforms}) {
            QCOMPARE(surveyToolFromCode(surveyToolCode(tool)), tool);
            QVERIFY(!surveyToolName(tool).isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestSurveyMapping)
#include "tst_surveymapping.moc"
