// SurveyResults over SurveySchool (tests/support/SurveySchool.h), every figure counted by
// hand: the imports, the sessions of a period with their answers (n < 5 rule), the responses
// naming only a format, the comments; and agreement with FiguresCalculator.
#include "SurveySchool.h"
#include "storage/SurveyResults.h"

#include <QTest>

using namespace truc2;

namespace {

template <typename T>
T must(Result<T> result)
{
    if (!result) {
        qFatal("%s", qPrintable(result.errorMessage()));
    }
    return std::move(result).value();
}

const SurveySessionResult* find(const QList<SurveySessionResult>& rows, const QString& code)
{
    for (const SurveySessionResult& r : rows) {
        if (r.sessionCode == code) {
            return &r;
        }
    }
    return nullptr;
}

} // namespace

class TestSurveyResults : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::SurveySchool> m_school;

    SurveyResults results() const { return SurveyResults(m_school->school->database()); }
    QList<SurveySessionResult> sessions(const Period& period, qint64 format = 0) const
    {
        return must(results().sessions(period, format));
    }
    QList<SurveyComment> comments(const Period& period, qint64 format = 0) const
    {
        return must(results().comments(period, format));
    }

private Q_SLOTS:
    void initTestCase() { TRUC2_REQUIRE_BACKEND(); }
    void init() { m_school = std::make_unique<test::SurveySchool>(); }
    void cleanup() { m_school.reset(); }

    void importsLatestFirst()
    {
        const QList<SurveyImportRecord> imports = must(results().imports());
        QCOMPARE(imports.size(), 2);
        const SurveyImportRecord& forms = imports.at(0);
        QCOMPARE(forms.id, m_school->formsImport);
        QCOMPARE(forms.fileName, QStringLiteral("eco-truc2.xlsx"));
        QCOMPARE(forms.tool, QStringLiteral("microsoftforms")); // As stored: the code.
        QCOMPARE(forms.importedAt, QDateTime(QDate(2020, 12, 1), QTime(9, 30)));
        QCOMPARE(forms.rowsRead, 8);
        QCOMPARE(forms.responsesAdded, 7);
        QCOMPARE(forms.rowsSkipped, 1);
        QVERIFY(forms.mapping.contains(QStringLiteral("EC-2020-001"))); // The JSON stored.
        const SurveyImportRecord& lime = imports.at(1);
        QCOMPARE(lime.fileName, QStringLiteral("ac-2020-002.csv"));
        QCOMPARE(lime.tool, QStringLiteral("limesurvey"));
        QCOMPARE(lime.rowsRead, 4);
        QCOMPARE(lime.responsesAdded, 3);
        QCOMPARE(lime.rowsSkipped, 1);
        QVERIFY(lime.mapping.contains(QStringLiteral("\"Q1\"")));
    }

    void sessionsOfTheYear()
    {
        const QList<SurveySessionResult> rows = sessions(Period::calendarYear(2020));
        QStringList codes;
        for (const SurveySessionResult& r : rows) {
            codes << r.sessionCode;
        }
        // By start; the cancelled AC-2020-003 without answers is not listed; the responses
        // naming only Eco'Truc² come last.
        QCOMPARE(codes, (QStringList{QStringLiteral("AC-2020-001"), QStringLiteral("AC-2020-002"),
                                     QStringLiteral("PR-2020-001"), QStringLiteral("EC-2020-001"),
                                     QString()}));
        const SurveySessionResult& ac1 = rows.at(0);
        QCOMPARE(ac1.sessionId, m_school->ac1);
        QCOMPARE(ac1.formatId, m_school->ac);
        QCOMPARE(ac1.formatName, QStringLiteral("Ac'Truc²"));
        QCOMPARE(ac1.actionTitle, QStringLiteral("Actualité juridique"));
        QCOMPARE(ac1.startsAt, QDateTime(QDate(2020, 3, 2), QTime(12, 15)));
        QVERIFY(ac1.held);
        QCOMPARE(ac1.participants, 12); // bob, cyd present + 10 anonymous
        QCOMPARE(ac1.responses, 4);
        QCOMPARE(ac1.responseRate.value().value(), 4.0 / 12.0); // never suppressed
        QCOMPARE(ac1.satisfactionAnswers, 4);
        QVERIFY(!ac1.satisfaction); // n < 5
        QCOMPARE(ac1.usefulSkillsRate.denominator, 4);
        QVERIFY(ac1.usefulSkillsRate.suppressed);
        QVERIFY(!ac1.usefulSkillsRate.value());
        QCOMPARE(ac1.wouldRecommendRate.denominator, 0); // nobody was asked
        QVERIFY(!ac1.wouldRecommendRate.value());
    }

    void threeAnswersGiveOnlyTheResponseRate()
    {
        const SurveySessionResult* ac2 =
            find(sessions(Period::calendarYear(2020)), QStringLiteral("AC-2020-002"));
        QVERIFY(ac2);
        QCOMPARE(ac2->participants, 3);
        QCOMPARE(ac2->responses, 3);
        QCOMPARE(ac2->responseRate.value().value(), 1.0);
        QCOMPARE(ac2->satisfactionAnswers, 3);
        QVERIFY(!ac2->satisfaction);
        QCOMPARE(ac2->usefulSkillsRate.numerator, 2);
        QCOMPARE(ac2->usefulSkillsRate.denominator, 3);
        QVERIFY(!ac2->usefulSkillsRate.value());
        QCOMPARE(ac2->wouldRecommendRate.denominator, 2);
        QVERIFY(!ac2->wouldRecommendRate.value());
        QCOMPARE(ac2->firstSubmitted, QDateTime(QDate(2020, 5, 4), QTime(9, 0)));
        QCOMPARE(ac2->lastSubmitted, QDateTime(QDate(2020, 5, 4), QTime(9, 20)));
    }

    void sixAnswersGiveEveryFigure()
    {
        const QList<SurveySessionResult> rows = sessions(Period::calendarYear(2020));
        const SurveySessionResult* ec1 = find(rows, QStringLiteral("EC-2020-001"));
        QVERIFY(ec1);
        QCOMPARE(ec1->actionTitle, QStringLiteral("Fresque du climat"));
        QCOMPARE(ec1->participants, 10); // ann, gus + 8 anonymous
        QCOMPARE(ec1->responses, 6);
        QCOMPARE(ec1->responseRate.value().value(), 0.6);
        QCOMPARE(ec1->satisfactionAnswers, 6);
        QCOMPARE(ec1->satisfaction.value(), 0.75);    // (3 × 1 + 3 × 0.5) / 6
        QCOMPARE(ec1->usefulSkillsRate.numerator, 4); // the blank one counts for neither
        QCOMPARE(ec1->usefulSkillsRate.denominator, 5);
        QCOMPARE(ec1->usefulSkillsRate.value().value(), 0.8);
        QCOMPARE(ec1->wouldRecommendRate.numerator, 3);
        QCOMPARE(ec1->wouldRecommendRate.denominator, 6);
        QCOMPARE(ec1->wouldRecommendRate.value().value(), 0.5);

        // SmallSchool's PR-2020-001: more answers than participants, said as it is.
        const SurveySessionResult* pr1 = find(rows, QStringLiteral("PR-2020-001"));
        QVERIFY(pr1);
        QCOMPARE(pr1->participants, 5);
        QCOMPARE(pr1->responses, 6);
        QCOMPARE(pr1->responseRate.value().value(), 1.2);
        QCOMPARE(pr1->satisfaction.value(), 4.5 / 6.0);
        QCOMPARE(pr1->usefulSkillsRate.value().value(), 5.0 / 6.0);
    }

    void responsesWithoutASessionUnderTheirFormat()
    {
        const QList<SurveySessionResult> rows = sessions(Period::calendarYear(2020));
        const SurveySessionResult& alone = rows.last();
        QCOMPARE(alone.sessionId, 0);
        QCOMPARE(alone.formatId, m_school->ec);
        QCOMPARE(alone.key(), -m_school->ec);
        QCOMPARE(alone.formatName, QStringLiteral("Eco'Truc²"));
        QVERIFY(alone.sessionCode.isEmpty());
        QVERIFY(!alone.startsAt.isValid());
        QCOMPARE(alone.participants, 0);
        QCOMPARE(alone.responses, 1);
        QVERIFY(!alone.responseRate.value()); // nobody to divide by
        QVERIFY(!alone.satisfaction);
        QCOMPARE(alone.firstSubmitted, QDateTime(QDate(2020, 11, 20), QTime(14, 0)));

        // They count by the day they were submitted.
        QVERIFY(sessions(Period{QDate(2020, 11, 21), QDate(2020, 12, 31)}).isEmpty());
        const QList<SurveySessionResult> week =
            sessions(Period{QDate(2020, 11, 19), QDate(2020, 11, 25)});
        QCOMPARE(week.size(), 1);
        QCOMPARE(week.at(0).sessionId, 0);
    }

    void oneFormat()
    {
        const QList<SurveySessionResult> ec = sessions(Period::calendarYear(2020), m_school->ec);
        QCOMPARE(ec.size(), 2);
        QCOMPARE(ec.at(0).sessionCode, QStringLiteral("EC-2020-001"));
        QCOMPARE(ec.at(1).sessionId, 0);
        const QList<SurveySessionResult> pr = sessions(Period::calendarYear(2020), m_school->pr);
        QCOMPARE(pr.size(), 1);
        QCOMPARE(pr.at(0).sessionCode, QStringLiteral("PR-2020-001"));
    }

    void heldSessionsWithoutAnswersAndOthersWithAnswers()
    {
        // 2021: AC-2021-001 was held, nobody answered.
        const QList<SurveySessionResult> year = sessions(Period::calendarYear(2021));
        QCOMPARE(year.size(), 1);
        QCOMPARE(year.at(0).sessionCode, QStringLiteral("AC-2021-001"));
        QCOMPARE(year.at(0).participants, 1);
        QCOMPARE(year.at(0).responses, 0);
        QCOMPARE(year.at(0).responseRate.value().value(), 0.0);
        QVERIFY(!year.at(0).satisfaction);

        // An answer for the cancelled AC-2020-003 (a file naming the wrong session) shows it.
        const qint64 ac3 = m_school->sessionId(QStringLiteral("AC-2020-003"));
        m_school->respond(0, ac3, 0, QDateTime(QDate(2020, 6, 2), QTime(9, 0)), 1.0,
                          QStringLiteral("5"), true, true);
        const SurveySessionResult* cancelled =
            find(sessions(Period::calendarYear(2020)), QStringLiteral("AC-2020-003"));
        QVERIFY(cancelled);
        QVERIFY(!cancelled->held);
        QCOMPARE(cancelled->responses, 1);
    }

    void allTime()
    {
        // Undated responses naming a format count only when the period is all time.
        m_school->respond(0, 0, m_school->pr, QDateTime(), std::nullopt, {}, true, std::nullopt,
                          QStringLiteral("Sans date"));
        const QList<SurveySessionResult> all = sessions(Period{});
        QCOMPARE(all.size(), 7); // 5 sessions, then PR and EC without a session
        QCOMPARE(all.at(5).formatId, m_school->pr);
        QCOMPARE(all.at(5).responses, 1);
        QCOMPARE(all.at(6).formatId, m_school->ec);
        QCOMPARE(comments(Period{}).size(), 7);
        QCOMPARE(comments(Period::calendarYear(2020)).size(), 6);
    }

    void agreesWithThePeriodFigures()
    {
        // The participants and responses of the held sessions, plus the responses without
        // a session, are what FiguresCalculator counts.
        const FiguresCalculator calculator(m_school->school->database(),
                                           m_school->school->settings());
        const PeriodFigures figures = must(calculator.compute(Period::calendarYear(2020)));
        int participants = 0;
        int responses = 0;
        for (const SurveySessionResult& r : sessions(Period::calendarYear(2020))) {
            participants += r.participants;
            responses += r.responses;
        }
        QCOMPARE(participants, figures.totals.participants);
        QCOMPARE(participants, 30); // 20 of SmallSchool + 10 at EC-2020-001
        QCOMPARE(responses, figures.totals.responses);
        QCOMPARE(responses, 20);
    }

    void commentsOfThePeriod()
    {
        const QList<SurveyComment> all = comments(Period::calendarYear(2020));
        QStringList texts;
        for (const SurveyComment& c : all) {
            texts << c.text;
        }
        // By the session's day (the answer's without one); blank comments are left out.
        QCOMPARE(texts, (QStringList{
                            QStringLiteral("Très clair, merci à l'intervenante !"),
                            QStringLiteral("Un peu rapide sur la partie « marchés publics »."),
                            QStringLiteral("Événement très sympa, l'équipe était accueillante"),
                            QStringLiteral("Idée géniale, à refaire"),
                            QStringLiteral("Le café était froid"),
                            QStringLiteral("=HYPERLINK(\"http://x\")"),
                        }));
        const SurveyComment& first = all.at(0);
        QCOMPARE(first.sessionId, m_school->ac2);
        QCOMPARE(first.formatId, m_school->ac);
        QCOMPARE(first.sessionCode, QStringLiteral("AC-2020-002"));
        QCOMPARE(first.actionTitle, QStringLiteral("Actualité juridique"));
        QCOMPARE(first.formatName, QStringLiteral("Ac'Truc²"));
        QCOMPARE(first.date, QDate(2020, 5, 1));
        QCOMPARE(first.submittedAt, QDateTime(QDate(2020, 5, 4), QTime(9, 0)));
        QCOMPARE(first.satisfaction.value(), 1.0);
        QCOMPARE(first.satisfactionRaw, QStringLiteral("5"));

        const SurveyComment& link = all.last();
        QCOMPARE(link.responseId, m_school->hyperlinkResponse);
        QCOMPARE(link.sessionId, 0);
        QCOMPARE(link.formatId, m_school->ec);
        QCOMPARE(link.formatName, QStringLiteral("Eco'Truc²"));
        QVERIFY(link.sessionCode.isEmpty());
        QCOMPARE(link.date, QDate(2020, 11, 20));
        QCOMPARE(link.satisfaction.value(), 0.25);

        const QList<SurveyComment> ec = comments(Period::calendarYear(2020), m_school->ec);
        QCOMPARE(ec.size(), 4);
        QVERIFY(comments(Period::calendarYear(2020), m_school->pr).isEmpty());
        QVERIFY(comments(Period::calendarYear(2021)).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSurveyResults)
#include "tst_surveyresults.moc"
