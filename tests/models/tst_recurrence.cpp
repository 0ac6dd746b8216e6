// The rules of recurring series: their dates (month ends, summer, closed days, daylight
// saving), their stored text, their description and what makes them unusable.
#include "domain/Recurrence.h"

#include <QLocale>
#include <QTest>
#include <QTimeZone>
#include <QTranslator>

#include <ctime>

using namespace truc2;
using namespace Qt::StringLiterals;

namespace {

QList<QDate> isoDates(const QStringList& texts)
{
    QList<QDate> dates;
    for (const QString& text : texts)
        dates << QDate::fromString(text, Qt::ISODate);
    return dates;
}

Recurrence rule(Recurrence::Weekly pattern, int interval, QDate first, QDate until)
{
    Recurrence r;
    r.pattern = std::move(pattern);
    r.interval = interval;
    r.first = first;
    r.until = until;
    r.startTime = QTime(12, 15);
    r.endTime = QTime(13, 30);
    return r;
}

/// The first Tuesday of each month of the 2026–2027 school year, 12:15–13:30, not in summer.
Recurrence firstTuesdays()
{
    Recurrence r = rule({}, 1, QDate(2026, 9, 1), QDate(2027, 6, 30));
    r.pattern = Recurrence::MonthlyByWeekday{1, Qt::Tuesday};
    r.skippedMonths = {7, 8};
    return r;
}

Recurrence lastFridays()
{
    Recurrence r = rule({}, 1, QDate(2026, 1, 1), QDate(2026, 12, 31));
    r.pattern = Recurrence::MonthlyByWeekday{Recurrence::Last, Qt::Friday};
    return r;
}

Recurrence thirtyFirsts()
{
    Recurrence r = rule({}, 1, QDate(2027, 1, 1), QDate(2027, 6, 30));
    r.pattern = Recurrence::MonthlyByDay{31};
    return r;
}

Recurrence everyOtherMondayAndThursday()
{
    return rule({{Qt::Thursday, Qt::Monday}}, 2, QDate(2026, 9, 2), QDate(2026, 10, 31));
}

/// The French pieces the translator is expected to write, to show they give French word order.
class FrenchPieces : public QTranslator
{
public:
    QString translate(const char* context, const char* source, const char* /*disambiguation*/,
                      int /*n*/) const override
    {
        if (QLatin1String(context) != QLatin1String("truc2::Recurrence"))
            return {};
        static const QHash<QString, QString> pieces{
            {u"the first %1"_s, u"le premier %1"_s},
            {u"%1 of each month"_s, u"%1 de chaque mois"_s},
            {u"%1 every %n months"_s, u"%1 tous les %n mois"_s},
            {u"the last %1"_s, u"le dernier %1"_s},
            {u"HH:mm"_s, u"HH' h 'mm"_s},
            {u"%1–%2"_s, u"de %1 à %2"_s},
            {u"from %1 to %2"_s, u"du %1 au %2"_s},
            {u"%1, except in %2"_s, u"%1, sauf en %2"_s},
            {u"%1 and %2"_s, u"%1 et %2"_s},
        };
        return pieces.value(QString::fromUtf8(source));
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestRecurrence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstTuesdayOfEachMonthSkipsTheSummer()
    {
        QCOMPARE(firstTuesdays().dates(),
                 isoDates({u"2026-09-01"_s, u"2026-10-06"_s, u"2026-11-03"_s, u"2026-12-01"_s,
                           u"2027-01-05"_s, u"2027-02-02"_s, u"2027-03-02"_s, u"2027-04-06"_s,
                           u"2027-05-04"_s, u"2027-06-01"_s}));
        // Across a summer: July and August are left out, the rhythm carries on in September.
        Recurrence r = firstTuesdays();
        r.first = QDate(2027, 5, 1);
        r.until = QDate(2027, 10, 31);
        QCOMPARE(r.dates(),
                 isoDates({u"2027-05-04"_s, u"2027-06-01"_s, u"2027-09-07"_s, u"2027-10-05"_s}));
        // A first day after the month's first Tuesday starts with the next month.
        r.first = QDate(2027, 5, 5);
        QCOMPARE(r.dates().constFirst(), QDate(2027, 6, 1));
    }

    void lastFridayOfEachMonth()
    {
        QCOMPARE(lastFridays().dates(),
                 isoDates({u"2026-01-30"_s, u"2026-02-27"_s, u"2026-03-27"_s, u"2026-04-24"_s,
                           u"2026-05-29"_s, u"2026-06-26"_s, u"2026-07-31"_s, u"2026-08-28"_s,
                           u"2026-09-25"_s, u"2026-10-30"_s, u"2026-11-27"_s, u"2026-12-25"_s}));
    }

    void everyThreeMonthsCountsFromTheFirstMonth()
    {
        Recurrence r = lastFridays();
        r.interval = 3;
        QCOMPARE(r.dates(),
                 isoDates({u"2026-01-30"_s, u"2026-04-24"_s, u"2026-07-31"_s, u"2026-10-30"_s}));
    }

    void dayThirtyOneIsClampedToTheMonthsLastDay()
    {
        QCOMPARE(thirtyFirsts().dates(),
                 isoDates({u"2027-01-31"_s, u"2027-02-28"_s, u"2027-03-31"_s, u"2027-04-30"_s,
                           u"2027-05-31"_s, u"2027-06-30"_s}));
        Recurrence leap = thirtyFirsts();
        leap.pattern = Recurrence::MonthlyByDay{30};
        leap.first = QDate(2028, 2, 1);
        leap.until = QDate(2028, 3, 31);
        QCOMPARE(leap.dates(), isoDates({u"2028-02-29"_s, u"2028-03-30"_s}));
    }

    void everyTwoWeeksOnMondayAndThursday()
    {
        // The series starts on Wednesday 2 September: that week's Monday is before it.
        QCOMPARE(everyOtherMondayAndThursday().dates(),
                 isoDates({u"2026-09-03"_s, u"2026-09-14"_s, u"2026-09-17"_s, u"2026-09-28"_s,
                           u"2026-10-01"_s, u"2026-10-12"_s, u"2026-10-15"_s, u"2026-10-26"_s,
                           u"2026-10-29"_s}));
    }

    void wallClockTimesSurviveDaylightSaving()
    {
        QCOMPARE(QTimeZone::systemTimeZoneId(), QByteArray("Europe/Paris"));
        // Every Sunday and Monday from October 2026 to April 2027: both changes fall on a Sunday.
        const Recurrence r =
            rule({{Qt::Sunday, Qt::Monday}}, 1, QDate(2026, 10, 18), QDate(2027, 4, 5));
        const auto occurrences = r.occurrences();
        QCOMPARE(occurrences.size(), 2 * 25);
        for (const auto& [start, end] : occurrences) {
            QCOMPARE(start.timeSpec(), Qt::LocalTime);
            QCOMPARE(start.time(), QTime(12, 15));
            QCOMPARE(end.time(), QTime(13, 30));
            QCOMPARE(start.date(), end.date());
            const bool summer =
                start.date() < QDate(2026, 10, 25) || start.date() >= QDate(2027, 3, 28);
            QCOMPARE(start.offsetFromUtc(), summer ? 7200 : 3600);
            QCOMPARE(end.offsetFromUtc(), summer ? 7200 : 3600);
        }
        const auto at = [&](QDate day) {
            for (const auto& occurrence : occurrences) {
                if (occurrence.first.date() == day)
                    return occurrence.first.toUTC().time();
            }
            return QTime();
        };
        QCOMPARE(at(QDate(2026, 10, 19)), QTime(10, 15));
        QCOMPARE(at(QDate(2026, 10, 25)), QTime(11, 15)); // the day clocks go back
        QCOMPARE(at(QDate(2027, 3, 22)), QTime(11, 15));
        QCOMPARE(at(QDate(2027, 3, 28)), QTime(10, 15)); // the day clocks go forward
    }

    void closedDaysAreLeftOutAndReported()
    {
        const QSet<QDate> closed{QDate(2026, 12, 25), QDate(2026, 5, 29), QDate(2026, 5, 1),
                                 QDate(2026, 7, 14)};
        const Recurrence::Expansion expansion = lastFridays().expand(closed);
        QCOMPARE(expansion.closedDates, (QList<QDate>{QDate(2026, 5, 29), QDate(2026, 12, 25)}));
        QCOMPARE(expansion.dates.size(), 10);
        QVERIFY(!expansion.dates.contains(QDate(2026, 12, 25)));
        QCOMPARE(expansion.dates.constLast(), QDate(2026, 11, 27));
        QVERIFY(!expansion.truncated);
        QCOMPARE(lastFridays().dates(closed), expansion.dates);
        QCOMPARE(lastFridays().occurrences(closed).size(), 10);
        QCOMPARE(lastFridays().occurrences(closed).at(4).first,
                 QDateTime(QDate(2026, 6, 26), QTime(12, 15), Qt::LocalTime));
    }

    void absurdRulesStopAtTheCap()
    {
        const Recurrence::Weekly everyDay{{Qt::Monday, Qt::Tuesday, Qt::Wednesday, Qt::Thursday,
                                           Qt::Friday, Qt::Saturday, Qt::Sunday}};
        Recurrence exactly = rule(everyDay, 1, QDate(2026, 1, 1), QDate(2026, 1, 1).addDays(499));
        QCOMPARE(exactly.dates().size(), Recurrence::MaxOccurrences);
        QVERIFY(!exactly.expand().truncated);
        QVERIFY(exactly.problem().isEmpty());

        Recurrence tooMany = rule(everyDay, 1, QDate(2026, 1, 1), QDate(9999, 12, 31));
        const auto expansion = tooMany.expand({QDate(2026, 1, 2)});
        QVERIFY(expansion.truncated);
        QCOMPARE(expansion.dates.size() + expansion.closedDates.size(), Recurrence::MaxOccurrences);
        QCOMPARE(expansion.dates.constLast(), QDate(2026, 1, 1).addDays(499));
        QCOMPARE(tooMany.problem(), u"This rule gives more than 500 dates: shorten the period."_s);

        // Every month skipped over eight thousand years: gives up, finds nothing.
        Recurrence never = thirtyFirsts();
        never.until = QDate(9999, 12, 31);
        never.skippedMonths = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
        QVERIFY(never.dates().isEmpty());
        QCOMPARE(never.problem(), u"No date matches this rule."_s);
    }

    void textRoundTrips_data()
    {
        QTest::addColumn<Recurrence>("rule");
        QTest::addColumn<QString>("text");
        QTest::newRow("first Tuesday")
            << firstTuesdays()
            << u"FREQ=MONTHLY;INTERVAL=1;BYDAY=1TU;DTSTART=2026-09-01;UNTIL=2027-06-30;"
               "TIME=12:15-13:30;SKIPMONTHS=7,8"_s;
        Recurrence last = lastFridays();
        last.interval = 2;
        last.startTime = QTime(9, 0);
        last.endTime = QTime(17, 5);
        QTest::newRow("last Friday")
            << last
            << u"FREQ=MONTHLY;INTERVAL=2;BYDAY=-1FR;DTSTART=2026-01-01;UNTIL=2026-12-31;"
               "TIME=09:00-17:05"_s;
        Recurrence day = thirtyFirsts();
        day.skippedMonths = {12, 8};
        QTest::newRow("day 31")
            << day
            << u"FREQ=MONTHLY;INTERVAL=1;BYMONTHDAY=31;DTSTART=2027-01-01;UNTIL=2027-06-30;"
               "TIME=12:15-13:30;SKIPMONTHS=8,12"_s;
        QTest::newRow("weekly")
            << everyOtherMondayAndThursday()
            << u"FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;DTSTART=2026-09-02;UNTIL=2026-10-31;"
               "TIME=12:15-13:30"_s;
    }

    void textRoundTrips()
    {
        QFETCH(Recurrence, rule);
        QFETCH(QString, text);
        QCOMPARE(rule.toText(), text);
        const auto read = Recurrence::fromText(text);
        QVERIFY(read);
        QVERIFY(*read == rule);
        QCOMPARE(read->toText(), text);
        QCOMPARE(read->dates(), rule.dates());
    }

    void malformedTextIsRefused_data()
    {
        QTest::addColumn<QString>("text");
        const QString tail = u";DTSTART=2026-09-01;UNTIL=2027-06-30;TIME=12:15-13:30"_s;
        QTest::newRow("empty") << QString();
        QTest::newRow("garbage") << u"hello;world"_s;
        QTest::newRow("no equals") << u"FREQ;INTERVAL;BYDAY;DTSTART;UNTIL;TIME"_s;
        QTest::newRow("yearly") << u"FREQ=YEARLY;INTERVAL=1;BYDAY=1TU"_s + tail;
        QTest::newRow("interval 0") << u"FREQ=MONTHLY;INTERVAL=0;BYDAY=1TU"_s + tail;
        QTest::newRow("interval 01") << u"FREQ=MONTHLY;INTERVAL=01;BYDAY=1TU"_s + tail;
        QTest::newRow("interval text") << u"FREQ=MONTHLY;INTERVAL=two;BYDAY=1TU"_s + tail;
        QTest::newRow("fifth Tuesday") << u"FREQ=MONTHLY;INTERVAL=1;BYDAY=5TU"_s + tail;
        QTest::newRow("+1TU") << u"FREQ=MONTHLY;INTERVAL=1;BYDAY=+1TU"_s + tail;
        QTest::newRow("no ordinal") << u"FREQ=MONTHLY;INTERVAL=1;BYDAY=TU"_s + tail;
        QTest::newRow("bad weekday") << u"FREQ=WEEKLY;INTERVAL=1;BYDAY=MO,XX"_s + tail;
        QTest::newRow("no weekday") << u"FREQ=WEEKLY;INTERVAL=1;BYDAY="_s + tail;
        QTest::newRow("days out of order") << u"FREQ=WEEKLY;INTERVAL=1;BYDAY=TH,MO"_s + tail;
        QTest::newRow("weekday twice") << u"FREQ=WEEKLY;INTERVAL=1;BYDAY=MO,MO"_s + tail;
        QTest::newRow("weekly by month day") << u"FREQ=WEEKLY;INTERVAL=1;BYMONTHDAY=3"_s + tail;
        QTest::newRow("day 32") << u"FREQ=MONTHLY;INTERVAL=1;BYMONTHDAY=32"_s + tail;
        QTest::newRow("day 0") << u"FREQ=MONTHLY;INTERVAL=1;BYMONTHDAY=0"_s + tail;
        QTest::newRow("bad date")
            << u"FREQ=MONTHLY;INTERVAL=1;BYDAY=1TU;DTSTART=2026-02-30;UNTIL=2027-06-30;"
               "TIME=12:15-13:30"_s;
        QTest::newRow("short date")
            << u"FREQ=MONTHLY;INTERVAL=1;BYDAY=1TU;DTSTART=2026-9-1;UNTIL=2027-06-30;"
               "TIME=12:15-13:30"_s;
        QTest::newRow("bad time")
            << u"FREQ=MONTHLY;INTERVAL=1;BYDAY=1TU;DTSTART=2026-09-01;UNTIL=2027-06-30;"
               "TIME=12:15"_s;
        QTest::newRow("25 o'clock")
            << u"FREQ=MONTHLY;INTERVAL=1;BYDAY=1TU;DTSTART=2026-09-01;UNTIL=2027-06-30;"
               "TIME=25:00-26:00"_s;
        QTest::newRow("parts swapped")
            << u"FREQ=MONTHLY;INTERVAL=1;BYDAY=1TU;UNTIL=2027-06-30;DTSTART=2026-09-01;"
               "TIME=12:15-13:30"_s;
        QTest::newRow("month 13") << u"FREQ=MONTHLY;INTERVAL=1;BYDAY=1TU"_s + tail +
                                         u";SKIPMONTHS=7,13"_s;
        QTest::newRow("months out of order")
            << u"FREQ=MONTHLY;INTERVAL=1;BYDAY=1TU"_s + tail + u";SKIPMONTHS=8,7"_s;
        QTest::newRow("empty skip")
            << u"FREQ=MONTHLY;INTERVAL=1;BYDAY=1TU"_s + tail + u";SKIPMONTHS="_s;
        QTest::newRow("unknown part")
            << u"FREQ=MONTHLY;INTERVAL=1;BYDAY=1TU"_s + tail + u";COLOUR=blue"_s;
        QTest::newRow("trailing semicolon")
            << u"FREQ=MONTHLY;INTERVAL=1;BYDAY=1TU"_s + tail + u";"_s;
        QTest::newRow("lower case") << u"freq=monthly;interval=1;byday=1tu"_s + tail;
        QTest::newRow("huge interval") << u"FREQ=MONTHLY;INTERVAL=99999999999;BYDAY=1TU"_s + tail;
    }

    void malformedTextIsRefused()
    {
        QFETCH(QString, text);
        QVERIFY(!Recurrence::fromText(text));
    }

    void describesRulesInWords()
    {
        QCOMPARE(firstTuesdays().describe(),
                 u"the first Tuesday of each month, 12:15–13:30, from 01/09/2026 to "
                 "30/06/2027, except in July and August"_s);
        Recurrence last = lastFridays();
        last.interval = 2;
        QCOMPARE(last.describe(), u"the last Friday every 2 months, 12:15–13:30, from "
                                  "01/01/2026 to 31/12/2026"_s);
        QCOMPARE(everyOtherMondayAndThursday().describe(),
                 u"every 2 weeks on Monday and Thursday, 12:15–13:30, from 02/09/2026 to "
                 "31/10/2026"_s);
        QCOMPARE(thirtyFirsts().describe(),
                 u"day 31 of each month (the last day in shorter months), 12:15–13:30, from "
                 "01/01/2027 to 30/06/2027"_s);
        Recurrence weekly = rule({{Qt::Monday, Qt::Wednesday, Qt::Friday}}, 1, QDate(2026, 9, 7),
                                 QDate(2026, 12, 18));
        QCOMPARE(weekly.describe(), u"every Monday, Wednesday and Friday, 12:15–13:30, from "
                                    "07/09/2026 to 18/12/2026"_s);
    }

    void theDescriptionsPiecesAllowFrenchWordOrder()
    {
        FrenchPieces french;
        QCoreApplication::installTranslator(&french);
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        Recurrence r = firstTuesdays();
        r.skippedMonths.clear();
        const QString schoolYear = r.describe();
        const QString summers = firstTuesdays().describe();
        Recurrence last = lastFridays();
        last.interval = 2;
        const QString everyOtherMonth = last.describe();
        QCoreApplication::removeTranslator(&french);
        QLocale::setDefault(QLocale::c());
        QCOMPARE(schoolYear, u"le premier mardi de chaque mois, de 12 h 15 à 13 h 30, du "
                             "01/09/2026 au 30/06/2027"_s);
        QCOMPARE(summers, schoolYear + u", sauf en juillet et août"_s);
        QCOMPARE(everyOtherMonth, u"le dernier vendredi tous les 2 mois, de 12 h 15 à 13 h 30, "
                                  "du 01/01/2026 au 31/12/2026"_s);
    }

    void problemsSayWhatToChange()
    {
        QVERIFY(firstTuesdays().problem().isEmpty());
        QVERIFY(lastFridays().problem().isEmpty());
        QVERIFY(thirtyFirsts().problem().isEmpty());
        QVERIFY(everyOtherMondayAndThursday().problem().isEmpty());

        Recurrence r = firstTuesdays();
        r.until = QDate();
        QCOMPARE(r.problem(), u"Choose the first and last days of the series."_s);
        r = firstTuesdays();
        r.until = QDate(2026, 8, 31);
        QCOMPARE(r.problem(), u"The series ends before it starts."_s);
        r = firstTuesdays();
        r.startTime = QTime();
        QCOMPARE(r.problem(), u"Choose the start and end times."_s);
        const QString endBeforeStart =
            u"The end time must be after the start time: a session ends on the day it starts."_s;
        r = firstTuesdays();
        r.endTime = QTime(12, 15);
        QCOMPARE(r.problem(), endBeforeStart);
        r.endTime = QTime(0, 30); // would cross midnight
        QCOMPARE(r.problem(), endBeforeStart);
        r = firstTuesdays();
        r.interval = 0;
        QCOMPARE(r.problem(), u"The interval must be at least 1."_s);
        QVERIFY(r.dates().isEmpty());
        r = everyOtherMondayAndThursday();
        r.pattern = Recurrence::Weekly{};
        QCOMPARE(r.problem(), u"Choose at least one weekday."_s);
        r = firstTuesdays();
        r.pattern = Recurrence::MonthlyByWeekday{5, Qt::Tuesday};
        QCOMPARE(r.problem(),
                 u"Choose the first, second, third, fourth or last weekday of the month."_s);
        QVERIFY(r.dates().isEmpty());
        r.pattern = Recurrence::MonthlyByDay{0};
        QCOMPARE(r.problem(), u"Choose a day of the month from 1 to 31."_s);
        // A Friday-only week that holds no Friday.
        r = rule({{Qt::Friday}}, 1, QDate(2026, 9, 7), QDate(2026, 9, 10));
        QCOMPARE(r.problem(), u"No date matches this rule."_s);
        // Only summer months, all skipped.
        r = firstTuesdays();
        r.first = QDate(2027, 7, 1);
        r.until = QDate(2027, 8, 31);
        QCOMPARE(r.problem(), u"No date matches this rule."_s);
    }
};

int main(int argc, char** argv)
{
    // Wall-clock times are checked against the school's own time zone.
    qputenv("TZ", "Europe/Paris");
    tzset();
    QCoreApplication app(argc, argv);
    TestRecurrence test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_recurrence.moc"
