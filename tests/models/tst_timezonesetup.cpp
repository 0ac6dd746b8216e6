// settleTimeZone(): TZ set to the system's zone file when unset, left alone otherwise; local
// times, and the zone Qt names, read the same after it.

#include "core/TimeZoneSetup.h"

#include <QDateTime>
#include <QFileInfo>
#include <QTest>
#include <QTimeZone>

using namespace truc2;

class TestTimeZoneSetup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void settlesAnUnsetZone()
    {
        if (!QFileInfo::exists(QStringLiteral("/etc/localtime"))) {
            QSKIP("This system has no /etc/localtime.");
        }
        qunsetenv("TZ");
        const QByteArray zoneBefore = QTimeZone::systemTimeZoneId();
        const QDateTime summer(QDate(2026, 7, 14), QTime(15, 49, 23));
        const QDateTime winter(QDate(2026, 1, 14), QTime(8, 5));
        const qint64 summerBefore = summer.toMSecsSinceEpoch();
        const qint64 winterBefore = winter.toMSecsSinceEpoch();

        settleTimeZone();
        QCOMPARE(qgetenv("TZ"), QByteArray(":/etc/localtime"));
        QCOMPARE(QTimeZone::systemTimeZoneId(), zoneBefore);
        const QDateTime summerAfter(QDate(2026, 7, 14), QTime(15, 49, 23));
        const QDateTime winterAfter(QDate(2026, 1, 14), QTime(8, 5));
        QCOMPARE(summerAfter.toMSecsSinceEpoch(), summerBefore);
        QCOMPARE(winterAfter.toMSecsSinceEpoch(), winterBefore);
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(summerBefore).time(), QTime(15, 49, 23));
    }

    void leavesAChosenZone()
    {
        qputenv("TZ", "Europe/Paris");
        settleTimeZone();
        QCOMPARE(qgetenv("TZ"), QByteArray("Europe/Paris"));
        qputenv("TZ", "");
        settleTimeZone(); // set, even empty (UTC for the C library): the user's choice
        QCOMPARE(qgetenv("TZ"), QByteArray(""));
    }
};

QTEST_GUILESS_MAIN(TestTimeZoneSetup)
#include "tst_timezonesetup.moc"
