// FiguresCalculator on a school small enough to count by hand (tests/support/SmallSchool.h).
#include "SmallSchool.h"
#include "stats/PeriodFigures.h"

#include <QTest>

using namespace truc2;

class TestPeriodFigures : public QObject
{
    Q_OBJECT

private:
    static PeriodFigures compute(test::SmallSchool& small, const Period& period, qint64 format = 0)
    {
        const FiguresCalculator calculator(small.school->database(), small.school->settings());
        const Result<PeriodFigures> figures = calculator.compute(period, format);
        if (!figures) {
            qFatal("%s", qPrintable(figures.errorMessage()));
        }
        return *figures;
    }

private Q_SLOTS:
    void initTestCase() { TRUC2_REQUIRE_BACKEND(); }

    void year2020()
    {
        test::SmallSchool small;
        const PeriodFigures f = compute(small, Period::calendarYear(2020));
        QCOMPARE(f.formats.size(), 3);
        const FormatFigures& ac = f.formats.at(0);
        QCOMPARE(ac.code, QStringLiteral("AC"));
        QCOMPARE(ac.sessions, 2);      // the cancelled one does not count
        QCOMPARE(ac.participants, 15); // 2 present + 10 anonymous, then 3 present
        QCOMPARE(ac.agentsReached, 4); // bob cyd eve fay
        QCOMPARE(ac.responses, 4);
        QCOMPARE(ac.responseRate.value().value(), 4.0 / 15.0);
        QVERIFY(!ac.satisfaction); // n < 5
        QVERIFY(ac.usefulSkillsRate.suppressed);
        QVERIFY(!ac.usefulSkillsRate.value());

        const FormatFigures& pr = f.formats.at(1);
        QCOMPARE(pr.sessions, 1);
        QCOMPARE(pr.participants, 5); // the excused one is not a participant
        QCOMPARE(pr.agentsReached, 5);
        QCOMPARE(pr.responses, 6);
        QCOMPARE(pr.satisfactionAnswers, 6);
        QCOMPARE(pr.satisfaction.value(), 4.5 / 6.0);
        QCOMPARE(pr.usefulSkillsRate.numerator, 5);
        QCOMPARE(pr.usefulSkillsRate.denominator, 6);
        QCOMPARE(pr.usefulSkillsRate.value().value(), 5.0 / 6.0);

        const FormatFigures& ec = f.formats.at(2);
        QCOMPARE(ec.sessions, 0);
        QVERIFY(!ec.responseRate.value()); // nothing to divide by

        const TotalFigures& t = f.totals;
        QCOMPARE(t.sessions, 3);
        QCOMPARE(t.participants, 20);
        QCOMPARE(t.agentsReached, 5); // distinct over formats, not 4 + 5
        QCOMPARE(t.animators, 3);     // ann, bob, gus; gus's cancelled session aside
        QCOMPARE(t.headcount, 50);
        QCOMPARE(t.reachRate.value().value(), 5.0 / 50.0);
        QCOMPARE(t.activeAgents, 7);
        QCOMPARE(t.responses, 10);
        QCOMPARE(t.responseRate.value().value(), 10.0 / 20.0);
        QCOMPARE(t.usefulSkillsRate.value().value(), 9.0 / 10.0);
    }

    void periodBoundsAreInclusiveDays()
    {
        test::SmallSchool small;
        // AC-2020-001 starts on 2 March 2020 at 12:15.
        QCOMPARE(compute(small, {QDate(2020, 3, 2), QDate(2020, 3, 2)}).totals.sessions, 1);
        QCOMPARE(compute(small, {QDate(2020, 1, 1), QDate(2020, 3, 1)}).totals.sessions, 0);
        QCOMPARE(compute(small, {QDate(2020, 3, 3), QDate(2020, 4, 30)}).totals.sessions, 0);
    }

    void formatFilterKeepsOneFormat()
    {
        test::SmallSchool small;
        const PeriodFigures f = compute(small, Period::calendarYear(2020), small.pr);
        QCOMPARE(f.formats.size(), 1);
        QCOMPARE(f.totals.sessions, 1);
        QCOMPARE(f.totals.participants, 5);
        QCOMPARE(f.totals.animators, 1);
        QCOMPARE(f.totals.responses, 6);
    }

    void emptyPeriodHasZerosAndNoRates()
    {
        test::SmallSchool small;
        const PeriodFigures f = compute(small, Period::calendarYear(2019));
        QCOMPARE(f.totals.sessions, 0);
        QCOMPARE(f.totals.participants, 0);
        QVERIFY(!f.totals.responseRate.value());
        QVERIFY(!f.totals.usefulSkillsRate.value());
        QVERIFY(!f.totals.satisfaction);
        QCOMPARE(f.totals.reachRate.value().value(), 0.0); // headcount known (50), nobody reached
    }

    void headcountFallsBackToNearestYear()
    {
        test::SmallSchool small;
        QCOMPARE(compute(small, Period::calendarYear(2021)).totals.headcount, 50);
        QVERIFY(small.school->settings().setHeadcount(2021, 64));
        QCOMPARE(compute(small, Period::calendarYear(2021)).totals.headcount, 64);
        QCOMPARE(compute(small, Period::calendarYear(2018)).totals.headcount, 50);
    }

    void invalidPeriodIsRefused()
    {
        test::SmallSchool small;
        const FiguresCalculator calculator(small.school->database(), small.school->settings());
        QVERIFY(!calculator.compute({QDate(2021, 5, 1), QDate(2021, 4, 1)}));
    }
};

QTEST_GUILESS_MAIN(TestPeriodFigures)
#include "tst_periodfigures.moc"
