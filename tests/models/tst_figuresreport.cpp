// The report's words: periods, the municipality's sentence, the JSON.
#include "SmallSchool.h"
#include "documents/FiguresReport.h"
#include "i18n/Translations.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace truc2;

class TestFiguresReport : public QObject
{
    Q_OBJECT

private:
    static PeriodFigures figures(test::SmallSchool& small, const Period& period)
    {
        return *FiguresCalculator(small.school->database(), small.school->settings())
                    .compute(period);
    }

private Q_SLOTS:
    void initTestCase() { TRUC2_REQUIRE_BACKEND(); }

    void init() { installTranslations(Language::French); }

    void periodsInFrench_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QString>("words");
        QTest::newRow("year") << QDate(2020, 1, 1) << QDate(2020, 12, 31)
                              << QStringLiteral("En 2020");
        QTest::newRow("months") << QDate(2021, 1, 1) << QDate(2021, 5, 31)
                                << QStringLiteral("De janvier à mai 2021");
        QTest::newRow("vowel") << QDate(2021, 4, 1) << QDate(2021, 6, 30)
                               << QStringLiteral("D'avril à juin 2021");
        QTest::newRow("one month")
            << QDate(2021, 3, 1) << QDate(2021, 3, 31) << QStringLiteral("En mars 2021");
        QTest::newRow("school year") << QDate(2020, 9, 1) << QDate(2021, 8, 31)
                                     << QStringLiteral("De septembre 2020 à août 2021");
        QTest::newRow("october") << QDate(2020, 10, 1) << QDate(2021, 2, 28)
                                 << QStringLiteral("D'octobre 2020 à février 2021");
        QTest::newRow("dates") << QDate(2021, 2, 3) << QDate(2021, 4, 15)
                               << QStringLiteral("Du 03/02/2021 au 15/04/2021");
        QTest::newRow("day") << QDate(2021, 2, 3) << QDate(2021, 2, 3)
                             << QStringLiteral("Le 03/02/2021");
    }

    void periodsInFrench()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QString, words);
        QCOMPARE(describePeriod({from, to}), words);
    }

    void sentenceInFrench()
    {
        test::SmallSchool small;
        QCOMPARE(summarySentence(figures(small, Period::calendarYear(2020))),
                 QStringLiteral("En 2020 : 2 conférences Ac'Truc² (15 participants au total) ; "
                                "1 Prépa'Truc² (5 participants). 3 animateurs."));
        QCOMPARE(summarySentence(figures(small, Period::calendarYear(2021))),
                 QStringLiteral("En 2021 : 1 conférence Ac'Truc² (1 participant). 1 animateur."));
        QCOMPARE(summarySentence(figures(small, Period::calendarYear(2019))),
                 QStringLiteral("En 2019 : aucune session n'a eu lieu."));
    }

    void sentenceInEnglish()
    {
        installTranslations(Language::English);
        test::SmallSchool small;
        QCOMPARE(summarySentence(figures(small, Period::calendarYear(2020))),
                 QStringLiteral("In 2020: 2 conférences Ac'Truc² (15 participants in total); "
                                "1 Prépa'Truc² (5 participants). 3 animators."));
        QCOMPARE(describePeriod({QDate(2021, 1, 1), QDate(2021, 5, 31)}),
                 QStringLiteral("From January to May 2021"));
    }

    void json()
    {
        test::SmallSchool small;
        const QJsonObject root =
            QJsonDocument::fromJson(figuresJson(figures(small, Period::calendarYear(2020))))
                .object();
        QCOMPARE(root.value(QStringLiteral("period"))
                     .toObject()
                     .value(QStringLiteral("from"))
                     .toString(),
                 QStringLiteral("2020-01-01"));
        QCOMPARE(root.value(QStringLiteral("headcount")).toInt(), 50);
        const QJsonArray formats = root.value(QStringLiteral("formats")).toArray();
        QCOMPARE(formats.size(), 3);
        const QJsonObject ac = formats.at(0).toObject();
        QCOMPARE(ac.value(QStringLiteral("code")).toString(), QStringLiteral("AC"));
        QCOMPARE(ac.value(QStringLiteral("sessions")).toInt(), 2);
        QCOMPARE(ac.value(QStringLiteral("participants")).toInt(), 15);
        QCOMPARE(ac.value(QStringLiteral("agents_reached")).toInt(), 4);
        QVERIFY(ac.value(QStringLiteral("satisfaction")).isNull()); // n < 5
        QVERIFY(ac.value(QStringLiteral("useful_skills_rate")).isNull());
        const QJsonObject ec = formats.at(2).toObject();
        QVERIFY(ec.value(QStringLiteral("response_rate")).isNull()); // nothing to divide by
        const QJsonObject pr = formats.at(1).toObject();
        QCOMPARE(pr.value(QStringLiteral("useful_skills_rate")).toDouble(), 5.0 / 6.0);
        const QJsonObject totals = root.value(QStringLiteral("totals")).toObject();
        QCOMPARE(totals.value(QStringLiteral("sessions")).toInt(), 3);
        QCOMPARE(totals.value(QStringLiteral("agents_reached")).toInt(), 5);
        QCOMPARE(totals.value(QStringLiteral("reach_rate")).toDouble(), 0.1);
        QCOMPARE(totals.value(QStringLiteral("animators")).toInt(), 3);
        QCOMPARE(totals.value(QStringLiteral("active_agents")).toInt(), 7);
        QCOMPARE(totals.value(QStringLiteral("response_rate")).toDouble(), 0.5);
        for (const char* key : {"participants", "responses", "useful_skills_rate"}) {
            QVERIFY2(totals.contains(QLatin1String(key)), key);
        }
    }
};

QTEST_GUILESS_MAIN(TestFiguresReport)
#include "tst_figuresreport.moc"
