// The half-days a session covers: what its attendance sheet has a column for and what the
// session dialog shows beside its times.
#include "domain/HalfDays.h"
#include "domain/Session.h"

#include <QLocale>
#include <QTest>

using namespace truc2;

namespace {

Session session(const QDateTime& starts, const QDateTime& ends)
{
    Session s;
    s.startsAt = starts;
    s.endsAt = ends;
    return s;
}

Session sameDay(QTime starts, QTime ends)
{
    const QDate day(2026, 9, 14);
    return session(QDateTime(day, starts), QDateTime(day, ends));
}

using Halves = QList<HalfDay>;
const QDate kMonday(2026, 9, 14);

} // namespace

class TestHalfDays : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::France)); }

    void oneDay_data()
    {
        QTest::addColumn<QTime>("starts");
        QTest::addColumn<QTime>("ends");
        QTest::addColumn<Halves>("expected");
        const HalfDay morning{kMonday, HalfDay::Morning};
        const HalfDay afternoon{kMonday, HalfDay::Afternoon};
        QTest::newRow("whole day") << QTime(9, 0) << QTime(17, 0) << Halves{morning, afternoon};
        QTest::newRow("morning") << QTime(9, 0) << QTime(12, 0) << Halves{morning};
        QTest::newRow("ends at the boundary") << QTime(9, 0) << QTime(13, 0) << Halves{morning};
        QTest::newRow("starts at the boundary")
            << QTime(13, 0) << QTime(16, 0) << Halves{afternoon};
        QTest::newRow("overruns the morning by half an hour")
            << QTime(9, 0) << QTime(13, 30) << Halves{morning};
        QTest::newRow("an hour on each side")
            << QTime(12, 0) << QTime(14, 0) << Halves{morning, afternoon};
        QTest::newRow("lunch meetup, mostly before 13:00")
            << QTime(12, 15) << QTime(13, 30) << Halves{morning};
        QTest::newRow("lunch meetup, mostly after 13:00")
            << QTime(12, 45) << QTime(13, 45) << Halves{afternoon};
        QTest::newRow("short, a tie: the morning")
            << QTime(12, 30) << QTime(13, 30) << Halves{morning};
        QTest::newRow("short afternoon") << QTime(14, 0) << QTime(14, 30) << Halves{afternoon};
        QTest::newRow("short morning") << QTime(8, 0) << QTime(8, 15) << Halves{morning};
        QTest::newRow("evening") << QTime(18, 0) << QTime(20, 0) << Halves{afternoon};
        QTest::newRow("ends before it starts") << QTime(14, 0) << QTime(10, 0) << Halves{};
        QTest::newRow("no length") << QTime(10, 0) << QTime(10, 0) << Halves{};
    }

    void oneDay()
    {
        QFETCH(QTime, starts);
        QFETCH(QTime, ends);
        QFETCH(Halves, expected);
        QCOMPARE(halfDaysOf(sameDay(starts, ends)), expected);
    }

    void severalDaysCountPerDay()
    {
        const QDate tuesday = kMonday.addDays(1);
        const QDate wednesday = kMonday.addDays(2);
        // Monday 14:00 to Wednesday 12:00: Monday afternoon, all Tuesday, Wednesday morning.
        QCOMPARE(halfDaysOf(
                     session(QDateTime(kMonday, QTime(14, 0)), QDateTime(wednesday, QTime(12, 0)))),
                 (Halves{{kMonday, HalfDay::Afternoon},
                         {tuesday, HalfDay::Morning},
                         {tuesday, HalfDay::Afternoon},
                         {wednesday, HalfDay::Morning}}));
        // Ending at midnight adds nothing of the next day.
        QCOMPARE(
            halfDaysOf(session(QDateTime(kMonday, QTime(20, 0)), QDateTime(tuesday, QTime(0, 0)))),
            (Halves{{kMonday, HalfDay::Afternoon}}));
        // A few minutes after midnight still count for that morning (nothing else is there).
        QCOMPARE(
            halfDaysOf(session(QDateTime(kMonday, QTime(9, 0)), QDateTime(tuesday, QTime(0, 30)))),
            (Halves{{kMonday, HalfDay::Morning},
                    {kMonday, HalfDay::Afternoon},
                    {tuesday, HalfDay::Morning}}));
    }

    void invalidTimesGiveNothing()
    {
        QVERIFY(halfDaysOf(Session{}).isEmpty());
        QVERIFY(halfDaysOf(session(QDateTime(kMonday, QTime(9, 0)), QDateTime())).isEmpty());
    }

    void describesOneDayInWordsAndSeveralDayByDay()
    {
        QCOMPARE(HalfDay::describe(halfDaysOf(sameDay(QTime(9, 0), QTime(12, 0)))),
                 QStringLiteral("Morning"));
        QCOMPARE(HalfDay::describe(halfDaysOf(sameDay(QTime(14, 0), QTime(17, 0)))),
                 QStringLiteral("Afternoon"));
        QCOMPARE(HalfDay::describe(halfDaysOf(sameDay(QTime(9, 0), QTime(17, 0)))),
                 QStringLiteral("Morning and afternoon"));
        QCOMPARE(HalfDay::describe({}), QString());
        const QString two = HalfDay::describe(halfDaysOf(
            session(QDateTime(kMonday, QTime(9, 0)), QDateTime(kMonday.addDays(1), QTime(12, 0)))));
        QVERIFY2(two.startsWith(QStringLiteral("3 half-day")), qPrintable(two));
        QVERIFY2(
            two.endsWith(QStringLiteral(": Mon 14/09 morning and afternoon, Tue 15/09 morning")),
            qPrintable(two));
    }
};

QTEST_GUILESS_MAIN(TestHalfDays)
#include "tst_halfdays.moc"
