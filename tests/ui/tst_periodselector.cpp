// The period selector on its own: the quarter (chosen in the list, stepped with the arrows
// across years, labelled "Q1 2021"), beside the school and calendar years it already had.
#include "WidgetDriver.h"
#include "widgets/PeriodSelector.h"

#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace truc2;
using namespace truc2::ui;

class TestPeriodSelector : public QObject
{
    Q_OBJECT

private:
    template <typename W>
    static W* widget(const PeriodSelector& selector, const char* name)
    {
        return test::child<W>(&selector, name);
    }

    static void choose(PeriodSelector& selector, const QString& text)
    {
        auto* combo = widget<QComboBox>(selector, "periodComboBox");
        const int index = combo->findText(text);
        QVERIFY2(index >= 0, qPrintable(text));
        combo->setCurrentIndex(index);
        Q_EMIT combo->activated(index);
    }

private Q_SLOTS:
    void theListOffersTheQuarter()
    {
        PeriodSelector selector;
        auto* combo = widget<QComboBox>(selector, "periodComboBox");
        QStringList entries;
        for (int i = 0; i < combo->count(); ++i) {
            entries << combo->itemText(i);
        }
        QCOMPARE(entries,
                 (QStringList{QStringLiteral("School year"), QStringLiteral("Calendar year"),
                              QStringLiteral("Quarter"), QStringLiteral("All time"),
                              QStringLiteral("Custom period")}));
    }

    void aQuarterIsChosenFromTheYearShown()
    {
        PeriodSelector selector;
        selector.show();
        selector.showSchoolYear(2020); // from September 2020: the first quarter is in 2020
        QSignalSpy changed(&selector, &PeriodSelector::periodChanged);
        choose(selector, QStringLiteral("Quarter"));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(selector.kind(), PeriodSelector::Kind::Quarter);
        QCOMPARE(selector.period().from, QDate(2020, 7, 1));
        QCOMPARE(selector.period().to, QDate(2020, 9, 30));
        QCOMPARE(widget<QLabel>(selector, "periodLabel")->text(), QStringLiteral("Q3 2020"));
        QVERIFY(widget<QToolButton>(selector, "previousToolButton")->isVisible());
        QCOMPARE(widget<QToolButton>(selector, "previousToolButton")->toolTip(),
                 QStringLiteral("Previous quarter"));
    }

    void theArrowsStepThroughQuartersAcrossYears()
    {
        PeriodSelector selector;
        selector.show();
        selector.showQuarter(2021, 1);
        QCOMPARE(widget<QLabel>(selector, "periodLabel")->text(), QStringLiteral("Q1 2021"));
        QTest::mouseClick(widget<QToolButton>(selector, "previousToolButton"), Qt::LeftButton);
        QCOMPARE(selector.period().from, QDate(2020, 10, 1));
        QCOMPARE(selector.period().to, QDate(2020, 12, 31));
        QCOMPARE(widget<QLabel>(selector, "periodLabel")->text(), QStringLiteral("Q4 2020"));
        QTest::mouseClick(widget<QToolButton>(selector, "nextToolButton"), Qt::LeftButton);
        QTest::mouseClick(widget<QToolButton>(selector, "nextToolButton"), Qt::LeftButton);
        QCOMPARE(selector.period().from, QDate(2021, 4, 1));
        QCOMPARE(selector.period().to, QDate(2021, 6, 30));
        QCOMPARE(widget<QLabel>(selector, "periodLabel")->text(), QStringLiteral("Q2 2021"));
    }

    void theYearsStillStepByYear()
    {
        PeriodSelector selector;
        selector.show();
        selector.showQuarter(2021, 2);
        choose(selector, QStringLiteral("Calendar year"));
        QCOMPARE(selector.period().from, QDate(2021, 1, 1));
        QTest::mouseClick(widget<QToolButton>(selector, "previousToolButton"), Qt::LeftButton);
        QCOMPARE(selector.period().to, QDate(2020, 12, 31));
        choose(selector, QStringLiteral("School year"));
        QCOMPARE(selector.period().from, QDate(2019, 9, 1));
        QCOMPARE(widget<QLabel>(selector, "periodLabel")->text(),
                 QStringLiteral("School year 2019–2020"));
    }

    void quarterContainingADay()
    {
        QCOMPARE(PeriodSelector::quarterContaining(QDate(2021, 12, 31)).from, QDate(2021, 10, 1));
        QCOMPARE(PeriodSelector::quarterContaining(QDate(2021, 3, 31)).to, QDate(2021, 3, 31));
        QCOMPARE(PeriodSelector::quarterContaining(QDate(2021, 4, 1)).to, QDate(2021, 6, 30));
    }
};

QTEST_MAIN(TestPeriodSelector)
#include "tst_periodselector.moc"
