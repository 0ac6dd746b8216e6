// How dates and times are written to and read from the database (storage/DbValues.h).
#include "storage/DbValues.h"

#include <QTest>

using namespace truc2;
using namespace Qt::StringLiterals;

class TestDbValues : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isoDateTimeRoundTrips()
    {
        for (const QDateTime& value :
             {QDateTime(QDate(2021, 3, 12), QTime(15, 49, 23)),
              QDateTime(QDate(2026, 10, 25), QTime(2, 30)), // the hour that happens twice
              QDateTime(QDate(1999, 12, 31), QTime(23, 59, 59)),
              QDateTime(QDate(2024, 2, 29), QTime(0, 0))}) {
            const QString text = db::isoDateTime(value);
            QCOMPARE(text, value.toString(u"yyyy-MM-ddTHH:mm:ss"_s));
            // The wall clock is what is kept: in the hour that happens twice, which of the
            // two it was is not (DESIGN.md §3 stores local time).
            QCOMPARE(db::toDateTime(text).date(), value.date());
            QCOMPARE(db::toDateTime(text).time(), value.time());
        }
    }

    /// The wall clock reads the same date and time as the local QDateTime, whatever the time
    /// zone's changes (the days around 2026-10-25 and 2027-03-28 in Paris, for one).
    void wallClockReadsWhatIsWritten_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QTime>("time");
        QTest::newRow("morning") << u"2021-03-12T09:00:00"_s << QDate(2021, 3, 12) << QTime(9, 0);
        QTest::newRow("seconds") << u"2021-03-12T15:49:23"_s << QDate(2021, 3, 12)
                                 << QTime(15, 49, 23);
        QTest::newRow("autumn change")
            << u"2026-10-25T02:30:00"_s << QDate(2026, 10, 25) << QTime(2, 30);
        QTest::newRow("spring change")
            << u"2027-03-28T02:30:00"_s << QDate(2027, 3, 28) << QTime(2, 30);
        QTest::newRow("leap day") << u"2024-02-29T23:59:59"_s << QDate(2024, 2, 29)
                                  << QTime(23, 59, 59);
    }
    void wallClockReadsWhatIsWritten()
    {
        QFETCH(QString, text);
        QFETCH(QDate, date);
        QFETCH(QTime, time);
        const QDateTime wall = db::toWallClock(text);
        QVERIFY(wall.isValid());
        QCOMPARE(wall.date(), date);
        QCOMPARE(wall.time(), time);
        QCOMPARE(db::isoDateTime(wall), text);
    }

    void wallClockRefusesOtherForms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("date only") << u"2021-03-12"_s;
        QTest::newRow("space") << u"2021-03-12 09:00:00"_s;
        QTest::newRow("no seconds") << u"2021-03-12T09:00"_s;
        QTest::newRow("letters") << u"2021-0a-12T09:00:00"_s;
        QTest::newRow("13th month") << u"2021-13-12T09:00:00"_s;
        QTest::newRow("25 o'clock") << u"2021-03-12T25:00:00"_s;
        QTest::newRow("30 February") << u"2021-02-30T09:00:00"_s;
        QTest::newRow("sign") << u"2021-03-12T+9:00:00"_s;
    }
    void wallClockRefusesOtherForms()
    {
        QFETCH(QString, text);
        QVERIFY(!db::toWallClock(text).isValid());
    }
};

QTEST_GUILESS_MAIN(TestDbValues)
#include "tst_dbvalues.moc"
