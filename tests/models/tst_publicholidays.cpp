// French public holidays: Easter and the holidays that follow it, checked against the
// published calendars.
#include "domain/PublicHolidays.h"

#include <QTest>

using namespace truc2;

class TestPublicHolidays : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void easter_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<QDate>("sunday");
        QTest::newRow("2019") << 2019 << QDate(2019, 4, 21);
        QTest::newRow("2024") << 2024 << QDate(2024, 3, 31);
        QTest::newRow("2025") << 2025 << QDate(2025, 4, 20);
        QTest::newRow("2026") << 2026 << QDate(2026, 4, 5);
        QTest::newRow("2027") << 2027 << QDate(2027, 3, 28);
        QTest::newRow("2038") << 2038 << QDate(2038, 4, 25); // the latest possible date
        QTest::newRow("2285") << 2285 << QDate(2285, 3, 22); // the earliest possible date
    }
    void easter()
    {
        QFETCH(int, year);
        QFETCH(QDate, sunday);
        QCOMPARE(easterSunday(year), sunday);
        QCOMPARE(easterSunday(year).dayOfWeek(), int(Qt::Sunday));
    }

    void theElevenHolidaysOf2026()
    {
        const QList<PublicHoliday> days = frenchPublicHolidays(2026);
        QCOMPARE(days.size(), 11);
        QStringList found;
        for (const PublicHoliday& h : days) {
            found << h.day.toString(Qt::ISODate) + QLatin1Char(' ') + h.name;
        }
        QCOMPARE(found, (QStringList{
                            QStringLiteral("2026-01-01 Jour de l'an"),
                            QStringLiteral("2026-04-06 Lundi de Pâques"),
                            QStringLiteral("2026-05-01 Fête du travail"),
                            QStringLiteral("2026-05-08 Victoire 1945"),
                            QStringLiteral("2026-05-14 Ascension"),
                            QStringLiteral("2026-05-25 Lundi de Pentecôte"),
                            QStringLiteral("2026-07-14 Fête nationale"),
                            QStringLiteral("2026-08-15 Assomption"),
                            QStringLiteral("2026-11-01 Toussaint"),
                            QStringLiteral("2026-11-11 Armistice 1918"),
                            QStringLiteral("2026-12-25 Noël"),
                        }));
    }
};

QTEST_GUILESS_MAIN(TestPublicHolidays)
#include "tst_publicholidays.moc"
