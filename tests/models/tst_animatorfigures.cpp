// AnimatorCalculator on a school small enough to count by hand (tests/support/AnimatorSchool.h).
#include "AnimatorSchool.h"
#include "stats/AnimatorFigures.h"

#include <QTest>

using namespace truc2;

namespace {

const QDateTime kFirstOfDecember(QDate(2020, 12, 1), QTime(0, 0));

const AnimatorFigures* find(const AnimatorsOfPeriod& result, qint64 personId)
{
    for (const AnimatorFigures& f : result.animators) {
        if (f.personId == personId) {
            return &f;
        }
    }
    return nullptr;
}

} // namespace

class TestAnimatorFigures : public QObject
{
    Q_OBJECT

private:
    static AnimatorsOfPeriod compute(test::AnimatorSchool& school, const Period& period,
                                     const QDateTime& now = kFirstOfDecember, qint64 person = 0)
    {
        const AnimatorCalculator calculator(school.school->database());
        Result<AnimatorsOfPeriod> result = calculator.compute(period, now, person);
        if (!result) {
            qFatal("%s", qPrintable(result.errorMessage()));
        }
        return std::move(result).value();
    }

private Q_SLOTS:
    void initTestCase() { TRUC2_REQUIRE_BACKEND(); }

    void year2020()
    {
        test::AnimatorSchool school;
        const AnimatorsOfPeriod r = compute(school, Period::calendarYear(2020));
        // ann, bob, gus, zoe; not cyd (2021), nor dan (a past session never marked held).
        QCOMPARE(r.animators.size(), 4);
        QVERIFY(!find(r, school.cyd));
        QVERIFY(!find(r, school.dan));
        QVERIFY(std::is_sorted(r.animators.cbegin(), r.animators.cend(),
                               [](const AnimatorFigures& a, const AnimatorFigures& b) {
                                   return a.personId < b.personId;
                               }));

        const AnimatorFigures& ann = *find(r, school.ann);
        QCOMPARE(ann.displayName(), QStringLiteral("ANN Test"));
        QVERIFY(!ann.external);
        QCOMPARE(ann.directionName, QStringLiteral("Culture"));
        QCOMPARE(ann.serviceName, QStringLiteral("Médiathèque"));
        QCOMPARE(ann.sessions, 3);
        QCOMPARE(ann.upcoming, 0);
        QCOMPARE(ann.minutes, 510);
        QCOMPARE(ann.participants, 36); // 12 + 3 + 21
        QCOMPARE(ann.agentsReached, 5); // bob cyd eve fay, then dan
        QCOMPARE(ann.formats, QStringList{QStringLiteral("Ac'Truc²")});
        QCOMPARE(ann.firstSession, QDate(2020, 3, 2));
        QCOMPARE(ann.lastSession, QDate(2020, 11, 17));
        QCOMPARE(ann.satisfactionAnswers, 9);
        QCOMPARE(ann.satisfaction.value(), 8.0 / 9.0);
        QCOMPARE(ann.facilitationTrainedOn, QDate(2019, 6, 13));

        const AnimatorFigures& bob = *find(r, school.bob);
        QCOMPARE(bob.sessions, 1);
        QCOMPARE(bob.minutes, 180);
        QCOMPARE(bob.participants, 3);
        QCOMPARE(bob.agentsReached, 3);
        QCOMPARE(bob.upcoming, 1);
        QCOMPARE(bob.nextSession, QDate(2020, 12, 15));
        QCOMPARE(bob.formats,
                 (QStringList{QStringLiteral("Ac'Truc²"), QStringLiteral("Eco'Truc²")}));
        QCOMPARE(bob.firstSession, QDate(2020, 5, 1));
        QCOMPARE(bob.lastSession, QDate(2020, 5, 1));
        QCOMPARE(bob.satisfactionAnswers, 0);
        QVERIFY(!bob.satisfaction);
        QVERIFY(!bob.facilitationTrainedOn.isValid());

        // Two formats, in the formats' order (Prépa'Truc² before Eco'Truc²) though the
        // Eco'Truc² session came first; his cancelled Ac'Truc² counts for nothing.
        const AnimatorFigures& gus = *find(r, school.gus);
        QCOMPARE(gus.sessions, 2);
        QCOMPARE(gus.minutes, 255);
        QCOMPARE(gus.participants, 6);
        QCOMPARE(gus.agentsReached, 5); // eve came to both
        QCOMPARE(gus.formats,
                 (QStringList{QStringLiteral("Prépa'Truc²"), QStringLiteral("Eco'Truc²")}));
        QCOMPARE(gus.firstSession, QDate(2020, 2, 10));
        QCOMPARE(gus.lastSession, QDate(2020, 10, 5));
        QCOMPARE(gus.satisfactionAnswers, 6);
        QCOMPARE(gus.satisfaction.value(), 0.75);

        const AnimatorFigures& zoe = *find(r, school.zoe);
        QVERIFY(zoe.external);
        QCOMPARE(zoe.organisation, QStringLiteral("CNFPT"));
        QCOMPARE(zoe.directionName, QString());
        QCOMPARE(zoe.sessions, 1);
        QCOMPARE(zoe.minutes, 150);
        QCOMPARE(zoe.participants, 21);
        QCOMPARE(zoe.agentsReached, 1);
        QCOMPARE(zoe.satisfactionAnswers, 5); // exactly the minimum: shown
        QCOMPARE(zoe.satisfaction.value(), 0.8);

        QCOMPARE(r.animatorCount, 4);
        QCOMPARE(r.externalCount, 1);
        QCOMPARE(r.sessions, 5); // the co-animated ones once
        QCOMPARE(r.minutes, 765);
        QCOMPARE(r.upcoming, 1);
    }

    void fewerThanFiveAnswersAreSuppressed()
    {
        test::AnimatorSchool school;
        // January to June: ann's only answers are the 4 of AC-2020-001.
        const AnimatorsOfPeriod r = compute(school, {QDate(2020, 1, 1), QDate(2020, 6, 30)});
        const AnimatorFigures& ann = *find(r, school.ann);
        QCOMPARE(ann.sessions, 2);
        QCOMPARE(ann.satisfactionAnswers, 4);
        QVERIFY(!ann.satisfaction);
        QVERIFY(!find(r, school.zoe));
        QCOMPARE(find(r, school.gus)->sessions, 1); // the February meetup; PR is in October
        QVERIFY(!find(r, school.gus)->satisfaction);
    }

    void upcomingDependsOnNow()
    {
        test::AnimatorSchool school;
        // On 1 January 2020, dan's confirmed June session is still to come; the cancelled one
        // of gus never is.
        const AnimatorsOfPeriod r =
            compute(school, Period::calendarYear(2020), QDateTime(QDate(2020, 1, 1), QTime(8, 0)));
        const AnimatorFigures& dan = *find(r, school.dan);
        QCOMPARE(dan.sessions, 0);
        QCOMPARE(dan.upcoming, 1);
        QCOMPARE(dan.nextSession, QDate(2020, 6, 1));
        QVERIFY(!dan.firstSession.isValid());
        QCOMPARE(dan.formats, QStringList{QStringLiteral("Ac'Truc²")});
        QCOMPARE(find(r, school.gus)->upcoming, 0);
        QCOMPARE(r.upcoming, 2);
        QCOMPARE(r.animatorCount, 4); // dan animated nothing held yet
        QCOMPARE(r.animators.size(), 5);

        // Once the planned meetup has begun it no longer counts as upcoming.
        const AnimatorsOfPeriod later = compute(school, Period::calendarYear(2020),
                                                QDateTime(QDate(2020, 12, 15), QTime(12, 16)));
        QCOMPARE(find(later, school.bob)->upcoming, 0);
        QCOMPARE(later.upcoming, 0);
    }

    void allTimeWhenThePeriodIsInvalid()
    {
        test::AnimatorSchool school;
        const AnimatorsOfPeriod r = compute(school, Period{});
        QVERIFY(!r.period.isValid());
        QCOMPARE(r.animators.size(), 5); // cyd's 2021 conference now counts
        const AnimatorFigures& cyd = *find(r, school.cyd);
        QCOMPARE(cyd.sessions, 1);
        QCOMPARE(cyd.agentsReached, 1);
        QCOMPARE(cyd.firstSession, QDate(2021, 1, 12));
        QCOMPARE(r.sessions, 6);
        QCOMPARE(r.minutes, 765 + 180);
    }

    void periodBoundsAreInclusiveDays()
    {
        test::AnimatorSchool school;
        // AC-2020-001 (ann) starts on 2 March 2020 at 12:15.
        QCOMPARE(compute(school, {QDate(2020, 3, 2), QDate(2020, 3, 2)}).animators.size(), 1);
        QCOMPARE(compute(school, {QDate(2020, 3, 3), QDate(2020, 4, 30)}).animators.size(), 0);
    }

    void onePerson()
    {
        test::AnimatorSchool school;
        const AnimatorsOfPeriod all = compute(school, Period::calendarYear(2020));
        const AnimatorsOfPeriod one =
            compute(school, Period::calendarYear(2020), kFirstOfDecember, school.gus);
        QCOMPARE(one.animators.size(), 1);
        QVERIFY(one.animators.first() == *find(all, school.gus));
        QCOMPARE(one.sessions, 2);
        QCOMPARE(one.minutes, 255);
    }

    void schoolYears()
    {
        QCOMPARE(schoolYearContaining(QDate(2024, 9, 1)).from, QDate(2024, 9, 1));
        QCOMPARE(schoolYearContaining(QDate(2025, 8, 31)).from, QDate(2024, 9, 1));
        QCOMPARE(schoolYearContaining(QDate(2025, 1, 15)).to, QDate(2025, 8, 31));
    }
};

QTEST_GUILESS_MAIN(TestAnimatorFigures)
#include "tst_animatorfigures.moc"
