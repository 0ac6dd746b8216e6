// DashboardCalculator on a school small enough to count by hand (tests/support/DashboardSchool.h),
// and a few sanity checks on the demo school.
#include "DashboardSchool.h"
#include "demo/DemoSchool.h"
#include "stats/DashboardFigures.h"

#include <QTest>

using namespace truc2;
using namespace Qt::StringLiterals;

namespace {

const Period kSchoolYear = Period::schoolYear(2020);

DashboardFigures compute(School& school, const Period& period, qint64 format = 0)
{
    const DashboardCalculator calculator(school.database(), school.settings());
    Result<DashboardFigures> figures = calculator.compute(period, format);
    if (!figures) {
        qFatal("%s", qPrintable(figures.errorMessage()));
    }
    return std::move(figures).value();
}

PeriodFigures periodFigures(School& school, const Period& period, qint64 format = 0)
{
    const FiguresCalculator calculator(school.database(), school.settings());
    Result<PeriodFigures> figures = calculator.compute(period, format);
    if (!figures) {
        qFatal("%s", qPrintable(figures.errorMessage()));
    }
    return std::move(figures).value();
}

using Cell = TrainingIndicators::Cell;

} // namespace

class TestDashboardCalculator : public QObject
{
    Q_OBJECT

private:
    /// `f.current` as FiguresCalculator computes it alone (the dashboard counts its sessions
    /// from its own scan of the period).
    static void checkSameAsFiguresCalculator(School& school, const PeriodFigures& current,
                                             qint64 format)
    {
        const PeriodFigures p = periodFigures(school, current.period, format);
        QCOMPARE(current.formats.size(), p.formats.size());
        for (qsizetype i = 0; i < p.formats.size(); ++i) {
            const FormatFigures& a = current.formats.at(i);
            const FormatFigures& b = p.formats.at(i);
            QCOMPARE(a.formatId, b.formatId);
            QCOMPARE(a.code, b.code);
            QCOMPARE(a.name, b.name);
            QCOMPARE(a.colour, b.colour);
            QCOMPARE(a.sessions, b.sessions);
            QCOMPARE(a.participants, b.participants);
            QCOMPARE(a.agentsReached, b.agentsReached);
            QCOMPARE(a.responses, b.responses);
            QCOMPARE(a.responseRate, b.responseRate);
            QCOMPARE(a.satisfactionAnswers, b.satisfactionAnswers);
            QCOMPARE(a.satisfaction, b.satisfaction);
            QCOMPARE(a.usefulSkillsRate, b.usefulSkillsRate);
        }
        const TotalFigures& a = current.totals;
        const TotalFigures& b = p.totals;
        QCOMPARE(a.sessions, b.sessions);
        QCOMPARE(a.participants, b.participants);
        QCOMPARE(a.agentsReached, b.agentsReached);
        QCOMPARE(a.headcount, b.headcount);
        QCOMPARE(a.reachRate, b.reachRate);
        QCOMPARE(a.animators, b.animators);
        QCOMPARE(a.activeAgents, b.activeAgents);
        QCOMPARE(a.responses, b.responses);
        QCOMPARE(a.responseRate, b.responseRate);
        QCOMPARE(a.satisfactionAnswers, b.satisfactionAnswers);
        QCOMPARE(a.satisfaction, b.satisfaction);
        QCOMPARE(a.usefulSkillsRate, b.usefulSkillsRate);
    }

    /// The figures every part of the dashboard shares with FiguresCalculator.
    static void checkConsistent(School& school, const DashboardFigures& f, qint64 format)
    {
        checkSameAsFiguresCalculator(school, f.current, format);
        if (QTest::currentTestFailed()) {
            return;
        }
        int participants = 0;
        int sessions = 0;
        for (const MonthFigures& m : f.months) {
            QCOMPARE(m.sessions.size(), f.current.formats.size());
            QCOMPARE(m.participants.size(), f.current.formats.size());
            for (qsizetype i = 0; i < m.sessions.size(); ++i) {
                sessions += m.sessions.at(i);
                participants += m.participants.at(i);
            }
        }
        QCOMPARE(sessions, f.current.totals.sessions);
        QCOMPARE(participants, f.current.totals.participants);
        QCOMPARE(f.months.last().agentsReachedToDate, f.current.totals.agentsReached);
        QCOMPARE(f.animators.animators, f.current.totals.animators);
        QCOMPARE(f.mixing.sessions.size(), f.current.totals.sessions);
        QVERIFY(!f.years.isEmpty());
        QCOMPARE(f.years.last().period.from, f.current.period.from);
        QCOMPARE(f.years.last().period.to, f.current.period.to);
        QVERIFY(f.years.size() <= 10);
        for (const HeadlineFigures& h : f.years) {
            const PeriodFigures p = periodFigures(school, h.period, format);
            QCOMPARE(h.sessions, p.totals.sessions);
            QCOMPARE(h.participants, p.totals.participants);
            QCOMPARE(h.agentsReached, p.totals.agentsReached);
            QCOMPARE(h.animators, p.totals.animators);
            QCOMPARE(h.responseRate, p.totals.responseRate);
            QCOMPARE(h.satisfaction, p.totals.satisfaction);
            QCOMPARE(h.usefulSkillsRate, p.totals.usefulSkillsRate);
        }
        for (qsizetype i = 1; i < f.years.size(); ++i) {
            QCOMPARE(f.years.at(i - 1).period.from, f.years.at(i).period.from.addYears(-1));
        }
    }

private Q_SLOTS:
    void initTestCase() { TRUC2_REQUIRE_BACKEND(); }

    void currentAndPreviousComeFromFiguresCalculator()
    {
        test::DashboardSchool d;
        const DashboardFigures f = compute(*d.school, kSchoolYear);
        QCOMPARE(f.formatId, 0);
        QCOMPARE(f.current.totals.sessions, 4);      // s5 cancelled
        QCOMPARE(f.current.totals.participants, 21); // 3 + 3 + (2 + 10) + 3
        QCOMPARE(f.current.totals.agentsReached, 8);
        QCOMPARE(f.current.totals.animators, 4);
        QCOMPARE(f.previous.period.from, QDate(2019, 9, 1));
        QCOMPARE(f.previous.period.to, QDate(2020, 8, 31));
        QCOMPARE(f.previous.totals.sessions, 1); // s0
        QCOMPARE(f.previous.totals.participants, 1);
        checkConsistent(*d.school, f, 0);
    }

    void monthsPerFormatAndCumulativeReach()
    {
        test::DashboardSchool d;
        const DashboardFigures f = compute(*d.school, kSchoolYear);
        QCOMPARE(f.months.size(), 12);
        QCOMPARE(f.months.first().month, QDate(2020, 9, 1));
        QCOMPARE(f.months.last().month, QDate(2021, 8, 1));
        // Formats: AT, CF, EC.
        QCOMPARE(f.months.at(0).sessions, QList<int>({1, 0, 0}));
        QCOMPARE(f.months.at(0).participants, QList<int>({3, 0, 0}));
        QCOMPARE(f.months.at(0).agentsReachedToDate, 3); // bob dan fay
        QCOMPARE(f.months.at(1).sessions, QList<int>({1, 1, 0}));
        QCOMPARE(f.months.at(1).participants, QList<int>({3, 12, 0}));
        QCOMPARE(f.months.at(1).agentsReachedToDate, 8);          // + eve gus sam ann hal
        QCOMPARE(f.months.at(3).sessions, QList<int>({0, 0, 0})); // December: s5 cancelled
        QCOMPARE(f.months.at(6).sessions, QList<int>({1, 0, 0})); // March: s4
        QCOMPARE(f.months.at(6).participants, QList<int>({3, 0, 0}));
        QCOMPARE(f.months.at(6).agentsReachedToDate, 8); // bob eve gus came before
        QCOMPARE(f.months.at(11).agentsReachedToDate, 8);

        // Partial months at both ends of a custom period.
        const DashboardFigures part = compute(*d.school, {QDate(2020, 9, 20), QDate(2020, 10, 10)});
        QCOMPARE(part.months.size(), 2);
        QCOMPARE(part.months.at(0).sessions, QList<int>({0, 0, 0}));
        QCOMPARE(part.months.at(1).sessions, QList<int>({1, 0, 0}));
        QCOMPARE(part.months.at(1).agentsReachedToDate, 3); // eve gus sam
    }

    void reachByDirection()
    {
        test::DashboardSchool d;
        const DashboardFigures f = compute(*d.school, kSchoolYear);
        QCOMPARE(f.reachByDirection.size(), 4); // by name; the speaker has no direction
        const DirectionReach& culture = f.reachByDirection.at(0);
        QCOMPARE(culture.name, u"Culture"_s);
        QCOMPARE(culture.directionId, d.culture);
        QCOMPARE(culture.agents, 3);
        QCOMPARE(culture.reached, 2); // ann bob; cyd always absent
        QCOMPARE(culture.rate.value().value(), 2.0 / 3.0);
        QCOMPARE(f.reachByDirection.at(1).name, u"Finances"_s);
        QCOMPARE(f.reachByDirection.at(1).reached, 2);
        QCOMPARE(f.reachByDirection.at(1).rate.value().value(), 1.0);
        const DirectionReach& sports = f.reachByDirection.at(2);
        QCOMPARE(sports.name, u"Sports"_s);
        QCOMPARE(sports.agents, 1);
        QCOMPARE(sports.reached, 0);
        QCOMPARE(sports.rate.value().value(), 0.0);
        QCOMPARE(f.reachByDirection.at(3).name, u"Voirie"_s);
        QCOMPARE(f.reachByDirection.at(3).agents, 3);
        QCOMPARE(f.reachByDirection.at(3).reached, 3);
    }

    void mixingPerSessionAndMatrix()
    {
        test::DashboardSchool d;
        const MixingFigures m = compute(*d.school, kSchoolYear).mixing;
        QCOMPARE(m.sessions.size(), 4);
        QCOMPARE(m.sessions.at(0).sessionId, d.s1);
        QCOMPARE(m.sessions.at(0).date, QDate(2020, 9, 15));
        QCOMPARE(m.sessions.at(0).title, u"Excel"_s);
        QCOMPARE(m.sessions.at(0).formatId, d.at);
        QCOMPARE(m.sessions.at(0).present, 3);
        QCOMPARE(m.sessions.at(0).directions, 3);
        QCOMPARE(m.sessions.at(0).outsideAnimatorDirection, (Rate{2, 3, false})); // dan fay
        // s2: the external participant counts as present, not in the share.
        QCOMPARE(m.sessions.at(1).sessionId, d.s2);
        QCOMPARE(m.sessions.at(1).present, 3);
        QCOMPARE(m.sessions.at(1).directions, 2);
        QCOMPARE(m.sessions.at(1).outsideAnimatorDirection, (Rate{1, 2, false})); // gus
        // s3: an external speaker has no direction: nothing to divide by.
        QCOMPARE(m.sessions.at(2).sessionId, d.s3);
        QCOMPARE(m.sessions.at(2).present, 2);
        QCOMPARE(m.sessions.at(2).directions, 2);
        QCOMPARE(m.sessions.at(2).outsideAnimatorDirection.denominator, 0);
        QVERIFY(!m.sessions.at(2).outsideAnimatorDirection.value());
        // s4: two animators (Culture, Voirie): only eve comes from elsewhere.
        QCOMPARE(m.sessions.at(3).sessionId, d.s4);
        QCOMPARE(m.sessions.at(3).directions, 3);
        QCOMPARE(m.sessions.at(3).outsideAnimatorDirection, (Rate{1, 3, false}));

        QCOMPARE(m.meanDirections.value(), 2.5);
        QCOMPARE(m.outsideAnimatorDirection, (Rate{4, 8, false}));
        QCOMPARE(m.directionIds, QList<qint64>({d.culture, d.finances, d.voirie}));
        QCOMPARE(m.directionNames, QStringList({u"Culture"_s, u"Finances"_s, u"Voirie"_s}));
        const QList<QList<int>> expected{{3, 2, 3}, {2, 3, 3}, {3, 3, 4}};
        QCOMPARE(m.matrix, expected);
        for (qsizetype i = 0; i < m.matrix.size(); ++i) {
            for (qsizetype j = 0; j < m.matrix.size(); ++j) {
                QCOMPARE(m.matrix[i][j], m.matrix[j][i]);
                QVERIFY(m.matrix[i][j] <= m.matrix[i][i]);
            }
        }
    }

    void animatorsNewAndCredits()
    {
        test::DashboardSchool d;
        const AnimatorSummary a = compute(*d.school, kSchoolYear).animators;
        QCOMPARE(a.animators, 4);    // ann dan fay sam; cyd's session was cancelled
        QCOMPARE(a.newAnimators, 3); // dan animated s0 in 2019
        QCOMPARE(a.sessionsPerAnimator.value(), 5.0 / 4.0);
        QCOMPARE(a.credits.size(), 4);
        QCOMPARE(a.credits.at(0).displayName, u"Test ANN"_s);
        QCOMPARE(a.credits.at(0).personId, d.ann);
        QCOMPARE(a.credits.at(0).sessions, 2);
        QVERIFY(a.credits.at(0).isNew);
        QCOMPARE(a.credits.at(1).displayName, u"Test DAN"_s);
        QVERIFY(!a.credits.at(1).isNew);
        QCOMPARE(a.credits.at(2).displayName, u"Test FAY"_s);
        QCOMPARE(a.credits.at(3).displayName, u"Sam SPEAKER"_s);
        QCOMPARE(a.credits.at(3).sessions, 1);
        QVERIFY(a.credits.at(3).isNew);

        // The next school year: bob is new, nobody else animates.
        const AnimatorSummary next = compute(*d.school, Period::schoolYear(2021)).animators;
        QCOMPARE(next.animators, 1);
        QCOMPARE(next.newAnimators, 1);
        QCOMPARE(next.credits.at(0).personId, d.bob);
    }

    void actionsRanking()
    {
        test::DashboardSchool d;
        const QList<ActionFigures> actions = compute(*d.school, kSchoolYear).actions;
        QCOMPARE(actions.size(), 3);
        QCOMPARE(actions.at(0).actionId, d.excel); // satisfaction 0.8
        QCOMPARE(actions.at(0).formatName, u"Un truc² en +"_s);
        QCOMPARE(actions.at(0).sessions, 2);
        QCOMPARE(actions.at(0).participants, 6);
        QCOMPARE(actions.at(0).satisfactionAnswers, 5);
        QCOMPARE(actions.at(0).satisfaction.value(), 0.8);
        QCOMPARE(actions.at(0).usefulSkillsRate, (Rate{4, 5, false}));
        QCOMPARE(actions.at(1).actionId, d.word); // 0.75
        QCOMPARE(actions.at(1).satisfaction.value(), 0.75);
        QCOMPARE(actions.at(1).usefulSkillsRate.value().value(), 0.5);
        // n < 5: no figure, ranked last despite the most participants.
        QCOMPARE(actions.at(2).actionId, d.talk);
        QCOMPARE(actions.at(2).participants, 12);
        QCOMPARE(actions.at(2).satisfactionAnswers, 3);
        QVERIFY(!actions.at(2).satisfaction);
        QVERIFY(actions.at(2).usefulSkillsRate.suppressed);
        QVERIFY(!actions.at(2).usefulSkillsRate.value());
    }

    void trainingByCategoryAndGender()
    {
        test::DashboardSchool d;
        const TrainingIndicators t = compute(*d.school, kSchoolYear).training;
        QCOMPARE(t.hoursPerDay, 6.0);
        using T = TrainingIndicators;
        QCOMPARE(t.cells[T::CategoryA][T::Women], (Cell{1, 120})); // ann at s3 (12:00-14:00)
        QCOMPARE(t.cells[T::CategoryA][T::Men], (Cell{1, 180}));   // dan at s1
        QCOMPARE(t.cells[T::CategoryB][T::Women], (Cell{1, 900})); // eve: s2 + 3 half-days of s4
        QCOMPARE(t.cells[T::CategoryB][T::Men], (Cell{1, 1140}));  // bob: s1 + s4's four
        QCOMPARE(t.cells[T::CategoryC][T::Women], (Cell{1, 180})); // fay at s1
        QCOMPARE(t.cells[T::CategoryC][T::Men], (Cell{1, 1140}));  // gus: s2 + all of s4
        QCOMPARE(t.cells[T::NoCategory][T::NoGender], (Cell{1, 120})); // hal at s3
        QCOMPARE(t.cells[T::CategoryB][T::NoGender], (Cell{}));
        QCOMPARE(t.total(), (Cell{7, 3780})); // sam, external, does not count
        QCOMPARE(t.category(T::CategoryA), (Cell{2, 300}));
        QCOMPARE(t.category(T::CategoryC), (Cell{2, 1320}));
        QCOMPARE(t.category(T::NoCategory), (Cell{1, 120}));
        QCOMPARE(t.gender(T::Women), (Cell{3, 1200}));
        QCOMPARE(t.gender(T::Men), (Cell{3, 2460}));
        QCOMPARE(t.gender(T::NoGender), (Cell{1, 120}));
        QCOMPARE(t.hours(t.total()), 63.0);
        QCOMPARE(t.days(t.total()), 10.5);

        QVERIFY(d.school->settings().setHoursPerDay(7));
        const TrainingIndicators seven = compute(*d.school, kSchoolYear).training;
        QCOMPARE(seven.hoursPerDay, 7.0);
        QCOMPARE(seven.total(), t.total());
        QCOMPARE(seven.days(seven.total()), 9.0);
    }

    void hoursPerDaySetting()
    {
        test::DashboardSchool d;
        SettingsStore& settings = d.school->settings();
        QCOMPARE(settings.hoursPerDay(), 6.0);
        QVERIFY(settings.setHoursPerDay(7));
        QCOMPARE(settings.hoursPerDay(), 7.0);
        QVERIFY(!settings.setHoursPerDay(0));
        QVERIFY(!settings.setHoursPerDay(25));
        QCOMPARE(settings.hoursPerDay(), 7.0);
        QVERIFY(settings.setHoursPerDay(7.5));
        QCOMPARE(d.school.openAgain()->settings().hoursPerDay(), 7.5);
    }

    void emptyPeriodHasZerosAndNoFigures()
    {
        test::DashboardSchool d;
        const DashboardFigures f = compute(*d.school, Period::calendarYear(2010));
        QCOMPARE(f.current.totals.sessions, 0);
        QCOMPARE(f.months.size(), 12);
        for (const MonthFigures& m : f.months) {
            QCOMPARE(m.sessions, QList<int>({0, 0, 0}));
            QCOMPARE(m.participants, QList<int>({0, 0, 0}));
            QCOMPARE(m.agentsReachedToDate, 0);
        }
        QCOMPARE(f.reachByDirection.size(), 4);
        for (const DirectionReach& r : f.reachByDirection) {
            QCOMPARE(r.reached, 0);
            QCOMPARE(r.rate.value().value(), 0.0);
        }
        QVERIFY(f.mixing.sessions.isEmpty());
        QVERIFY(!f.mixing.meanDirections);
        QVERIFY(!f.mixing.outsideAnimatorDirection.value());
        QVERIFY(f.mixing.directionIds.isEmpty());
        QVERIFY(f.mixing.matrix.isEmpty());
        QCOMPARE(f.animators.animators, 0);
        QCOMPARE(f.animators.newAnimators, 0);
        QVERIFY(!f.animators.sessionsPerAnimator);
        QVERIFY(f.animators.credits.isEmpty());
        QVERIFY(f.actions.isEmpty());
        QCOMPARE(f.training.total(), Cell{});
        QCOMPARE(f.training.days(f.training.total()), 0.0);
        QCOMPARE(f.years.size(), 1); // nothing was held before 2019
        QCOMPARE(f.years.at(0).sessions, 0);
        QVERIFY(!f.years.at(0).responseRate.value());
        QVERIFY(!f.years.at(0).satisfaction);
        checkConsistent(*d.school, f, 0);
    }

    void periodWithoutSurveys()
    {
        test::DashboardSchool d;
        const DashboardFigures f = compute(*d.school, {QDate(2020, 10, 1), QDate(2020, 10, 10)});
        QCOMPARE(f.current.totals.sessions, 1); // s2
        QCOMPARE(f.current.totals.responses, 0);
        QCOMPARE(f.current.totals.responseRate.value().value(), 0.0);
        QVERIFY(!f.current.totals.satisfaction);
        QVERIFY(!f.current.totals.usefulSkillsRate.value());
        QCOMPARE(f.actions.size(), 1);
        QCOMPARE(f.actions.at(0).satisfactionAnswers, 0);
        QVERIFY(!f.actions.at(0).satisfaction);
        QVERIFY(!f.actions.at(0).usefulSkillsRate.value());
        QCOMPARE(f.years.last().responseRate, (Rate{0, 3, false}));
        QVERIFY(!f.years.last().satisfaction);
        checkConsistent(*d.school, f, 0);
    }

    void formatFilterAndFormatWithOneSession()
    {
        test::DashboardSchool d;
        const DashboardFigures f = compute(*d.school, kSchoolYear, d.cf);
        QCOMPARE(f.formatId, d.cf);
        QCOMPARE(f.current.formats.size(), 1);
        QCOMPARE(f.current.totals.sessions, 1);
        QCOMPARE(f.months.at(1).sessions, QList<int>({1}));
        QCOMPARE(f.months.at(1).participants, QList<int>({12}));
        QCOMPARE(f.months.at(1).agentsReachedToDate, 2);
        QCOMPARE(f.mixing.sessions.size(), 1);
        QCOMPARE(f.mixing.sessions.at(0).sessionId, d.s3);
        QCOMPARE(f.mixing.meanDirections.value(), 2.0);
        QCOMPARE(f.mixing.matrix, (QList<QList<int>>{{1, 1}, {1, 1}}));
        QCOMPARE(f.animators.animators, 1);
        QCOMPARE(f.animators.credits.at(0).personId, d.sam);
        QCOMPARE(f.animators.sessionsPerAnimator.value(), 1.0);
        QCOMPARE(f.actions.size(), 1);
        QCOMPARE(f.actions.at(0).actionId, d.talk);
        QCOMPARE(f.training.total(), (Cell{2, 240}));
        QCOMPARE(f.reachByDirection.at(0).reached, 1); // Culture: ann
        QCOMPARE(f.reachByDirection.at(1).reached, 0); // Finances
        QCOMPARE(f.years.size(), 1);                   // CF's first session is in the period
        QCOMPARE(f.current.formats.at(0).satisfactionAnswers, 3);
        QVERIFY(!f.current.formats.at(0).satisfaction); // n < 5
        checkConsistent(*d.school, f, d.cf);

        const DashboardFigures at = compute(*d.school, kSchoolYear, d.at);
        QCOMPARE(at.current.totals.sessions, 3);
        QCOMPARE(at.years.size(), 2);
        checkConsistent(*d.school, at, d.at);
    }

    void yearsLineAgreesWithFiguresCalculator()
    {
        test::DashboardSchool d;
        const DashboardFigures f = compute(*d.school, kSchoolYear);
        QCOMPARE(f.years.size(), 2);
        QCOMPARE(f.years.at(0).period.from, QDate(2019, 9, 1));
        QCOMPARE(f.years.at(0).sessions, 1);
        QCOMPARE(f.years.at(1).sessions, 4);
        QCOMPARE(f.years.at(1).participants, 21);
        QCOMPARE(f.years.at(1).agentsReached, 8);
        QCOMPARE(f.years.at(1).animators, 4);
        QCOMPARE(f.years.at(1).responseRate, (Rate{15, 21, false}));
        QCOMPARE(f.years.at(1).satisfaction.value(), 12.0 / 15.0);
        QCOMPARE(f.years.at(1).usefulSkillsRate, (Rate{11, 15, false}));
        checkConsistent(*d.school, f, 0);

        const DashboardFigures later = compute(*d.school, Period::schoolYear(2022));
        QCOMPARE(later.years.size(), 4);         // 2019–20 to 2022–23
        QCOMPARE(later.years.at(2).sessions, 1); // s6
        checkConsistent(*d.school, later, 0);

        // Overlapping periods (longer than a year) still count each on its own.
        const DashboardFigures long_ = compute(*d.school, {QDate(2019, 6, 1), QDate(2021, 9, 30)});
        checkConsistent(*d.school, long_, 0);

        // At most ten years, oldest first.
        const DashboardFigures far = compute(*d.school, Period::schoolYear(2035));
        QCOMPARE(far.years.size(), 10);
        QCOMPARE(far.years.first().period.from, QDate(2026, 9, 1));
        QCOMPARE(far.years.last().period.to, QDate(2036, 8, 31));
    }

    /// The dashboard computes its two halves on two connections at once: together they make
    /// compute()'s figures.
    void twoHalvesMakeTheWhole()
    {
        test::DashboardSchool d;
        const DashboardCalculator calculator(d.school->database(), d.school->settings());
        for (const Period& period :
             {kSchoolYear, Period::schoolYear(2022), Period::schoolYear(2035)}) {
            const DashboardFigures whole = compute(*d.school, period);
            Result<DashboardFigures> recent = calculator.computeRecent(period);
            const Result<QList<HeadlineFigures>> older = calculator.olderYears(period);
            QVERIFY(recent && older);
            QVERIFY(recent->years.size() <= 2);
            QCOMPARE(recent->years.last().period.from, period.from);
            QCOMPARE(recent->current.totals.participants, whole.current.totals.participants);
            QCOMPARE(recent->mixing.sessions.size(), whole.mixing.sessions.size());
            recent->addOlderYears(*older);
            QCOMPARE(recent->years.size(), whole.years.size());
            for (qsizetype i = 0; i < whole.years.size(); ++i) {
                QCOMPARE(recent->years.at(i).period.from, whole.years.at(i).period.from);
                QCOMPARE(recent->years.at(i).participants, whole.years.at(i).participants);
                QCOMPARE(recent->years.at(i).agentsReached, whole.years.at(i).agentsReached);
            }
        }
        // One year ago has no held session: the line is the period alone.
        const Period first = Period::schoolYear(2019);
        const Result<DashboardFigures> alone = calculator.computeRecent(first);
        QVERIFY(alone);
        QCOMPARE(alone->years.size(), 1);
        QCOMPARE(calculator.olderYears(first)->size(), 0);
    }

    void invalidPeriodIsRefused()
    {
        test::DashboardSchool d;
        const DashboardCalculator calculator(d.school->database(), d.school->settings());
        const Period reversed{QDate(2021, 5, 1), QDate(2021, 4, 1)};
        QVERIFY(!calculator.compute(reversed));
        QVERIFY(!calculator.computeRecent(reversed));
        QVERIFY(!calculator.olderYears(reversed));
    }

    void demoSchool2021()
    {
        test::TestSchool school;
        const Status built = buildDemoSchool(*school, DemoOptions{});
        QVERIFY2(built.ok(), qPrintable(built.ok() ? QString() : built.errorMessage()));
        const DashboardFigures f = compute(*school, Period::calendarYear(2021));
        const auto ut = std::find_if(f.current.formats.cbegin(), f.current.formats.cend(),
                                     [](const FormatFigures& x) { return x.code == u"UT"_s; });
        QVERIFY(ut != f.current.formats.cend());
        QCOMPARE(ut->name, u"Un truc² en +"_s);
        QCOMPARE(ut->usefulSkillsRate, (Rate{85, 100, false}));
        QCOMPARE(ut->responseRate.value().value(), 0.416);
        QVERIFY(f.current.totals.sessions > 0);
        QCOMPARE(f.previous.period.from, QDate(2020, 1, 1));
        QVERIFY(f.previous.totals.sessions > 0);
        QVERIFY(f.training.total().agents > 0);
        QVERIFY(f.training.total().agents <= f.current.totals.agentsReached);
        QVERIFY(f.training.total().minutes > 0);
        QVERIFY(f.mixing.meanDirections.value() >= 1.0);
        QVERIFY(!f.actions.isEmpty());
        QVERIFY(f.animators.animators > 0);
        checkConsistent(*school, f, 0);
    }
};

QTEST_GUILESS_MAIN(TestDashboardCalculator)
#include "tst_dashboardcalculator.moc"
