// The dashboard's charts built from hand-filled figures (tests/ui/HandFigures.h): the series'
// values, the formats' colours, "n < 5" in place of a hidden figure, tooltips, the empty
// period; the heat map's cells and tooltips; reportCharts()'s titles and images.
#include "HandFigures.h"
#include "charts/DashboardCharts.h"
#include "charts/MixingHeatMap.h"
#include "charts/ReportCharts.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QTest>
#include <QToolTip>

#include <memory>

using namespace truc2;
using namespace truc2::ui;
using C = DashboardCharts::Chart;

namespace {

QList<qreal> valuesOf(const QBarSet* set)
{
    QList<qreal> values;
    for (int i = 0; i < set->count(); ++i) {
        values << set->at(i);
    }
    return values;
}

QList<QPointF> pointsOf(const QAbstractSeries* series)
{
    return static_cast<const QXYSeries*>(series)->points();
}

QStringList categoriesOf(const QChart* chart, Qt::Orientation orientation)
{
    for (QAbstractAxis* axis : chart->axes(orientation)) {
        if (auto* categories = qobject_cast<QBarCategoryAxis*>(axis)) {
            return categories->categories();
        }
    }
    return {};
}

/// Pixels of the image that are not white.
int inkOf(const QImage& image)
{
    int ink = 0;
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < rgb.height(); y += 2) {
        for (int x = 0; x < rgb.width(); x += 2) {
            ink += rgb.pixel(x, y) != qRgb(255, 255, 255) ? 1 : 0;
        }
    }
    return ink;
}

} // namespace

class TestDashboardCharts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void participationIsStackedByFormatInItsColours()
    {
        std::unique_ptr<QChart> chart(
            DashboardCharts::build(C::Participation, test::handFigures()));
        QVERIFY(chart);
        QCOMPARE(chart->series().size(), 1);
        auto* series = qobject_cast<QStackedBarSeries*>(chart->series().constFirst());
        QVERIFY(series);
        // EC, never held, is left out.
        QCOMPARE(series->count(), 2);
        QCOMPARE(series->barSets().at(0)->label(), QStringLiteral("Ac'Truc²"));
        QCOMPARE(valuesOf(series->barSets().at(0)), (QList<qreal>{10, 0, 20}));
        QCOMPARE(series->barSets().at(0)->color(), QColor(0xc0, 0x30, 0x30));
        QCOMPARE(series->barSets().at(1)->label(), QStringLiteral("Un truc² en +"));
        QCOMPARE(valuesOf(series->barSets().at(1)), (QList<qreal>{0, 5, 7}));
        QCOMPARE(categoriesOf(chart.get(), Qt::Horizontal).size(), 3);
    }

    void participationTooltipTellsTheFigures()
    {
        std::unique_ptr<QChart> chart(
            DashboardCharts::build(C::Participation, test::handFigures()));
        auto* series = qobject_cast<QStackedBarSeries*>(chart->series().constFirst());
        QBarSet* ac = series->barSets().at(0);
        Q_EMIT ac->hovered(true, 2);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(QToolTip::text().startsWith(QStringLiteral("Ac'Truc², ")),
                 qPrintable(QToolTip::text()));
        QVERIFY2(QToolTip::text().contains(QStringLiteral("20 participants\n1 sessions held")),
                 qPrintable(QToolTip::text()));
        Q_EMIT ac->hovered(false, 2);
        QTRY_VERIFY(!QToolTip::isVisible());
    }

    void participantsVersusSessionsSumsTheFormats()
    {
        std::unique_ptr<QChart> chart(
            DashboardCharts::build(C::ParticipantsVsSessions, test::handFigures()));
        QVERIFY(chart);
        auto* bars = qobject_cast<QAbstractBarSeries*>(chart->series().at(0));
        QCOMPARE(valuesOf(bars->barSets().constFirst()), (QList<qreal>{1, 2, 2}));
        QCOMPARE(pointsOf(chart->series().at(1)), (QList<QPointF>{{0, 10}, {1, 5}, {2, 27}}));
    }

    void reachIsAShareOfTheHeadcount()
    {
        std::unique_ptr<QChart> chart(DashboardCharts::build(C::Reach, test::handFigures()));
        QCOMPARE(pointsOf(chart->series().constFirst()),
                 (QList<QPointF>{{0, 8}, {1, 13}, {2, 25}}));
        auto* line = static_cast<QLineSeries*>(chart->series().constFirst());
        Q_EMIT line->hovered(QPointF(2, 25), true);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(QToolTip::text().contains(QStringLiteral("25 agents reached")),
                 qPrintable(QToolTip::text()));
        QVERIFY2(QToolTip::text().contains(QStringLiteral("25%")), qPrintable(QToolTip::text()));
    }

    void reachByDirectionLeavesOutDirectionsWithoutAgents()
    {
        std::unique_ptr<QChart> chart(
            DashboardCharts::build(C::ReachByDirection, test::handFigures()));
        auto* series = qobject_cast<QHorizontalBarSeries*>(chart->series().constFirst());
        QVERIFY(series);
        // Culture at the top: drawn last.
        QCOMPARE(categoriesOf(chart.get(), Qt::Vertical),
                 (QStringList{QStringLiteral("Finance"), QStringLiteral("Culture")}));
        QCOMPARE(valuesOf(series->barSets().constFirst()), (QList<qreal>{25, 50}));
    }

    void mixingCountsSessionsByDirections()
    {
        std::unique_ptr<QChart> chart(
            DashboardCharts::build(C::MixingPerSession, test::handFigures()));
        auto* series = qobject_cast<QAbstractBarSeries*>(chart->series().constFirst());
        QCOMPARE(valuesOf(series->barSets().constFirst()), (QList<qreal>{1, 2}));
        QCOMPARE(categoriesOf(chart.get(), Qt::Horizontal),
                 (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
    }

    void satisfactionSaysNUnderFiveNeverAFigure()
    {
        std::unique_ptr<QChart> chart(DashboardCharts::build(C::Satisfaction, test::handFigures()));
        auto* series = qobject_cast<QAbstractBarSeries*>(chart->series().constFirst());
        QCOMPARE(valuesOf(series->barSets().at(0)), (QList<qreal>{0, 85}));
        const QList<qreal> useful = valuesOf(series->barSets().at(1));
        QCOMPARE(useful.size(), 2);
        QCOMPARE(useful.at(0), 0.0);
        QVERIFY(qFuzzyCompare(useful.at(1), 500.0 / 6.0));
        const QStringList categories = categoriesOf(chart.get(), Qt::Horizontal);
        QCOMPARE(categories.size(), 2);
        QVERIFY2(
            categories.at(0).contains(QStringLiteral("satisfaction n &lt; 5 · useful n &lt; 5")),
            qPrintable(categories.at(0)));
        QVERIFY2(categories.at(0).contains(QStringLiteral("4 answers, response rate 13.3%")),
                 qPrintable(categories.at(0)));
        QVERIFY(!categories.at(0).contains(QStringLiteral("75")));
        QVERIFY2(categories.at(1).contains(QStringLiteral("satisfaction 85% · useful 83.3%")),
                 qPrintable(categories.at(1)));
        Q_EMIT series->barSets().at(0)->hovered(true, 0);
        QTRY_VERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(), QStringLiteral("Ac'Truc²: satisfaction n < 5 (4 answers)"));
    }

    void yearOnYearHasALinePerHeadline()
    {
        std::unique_ptr<QChart> chart(DashboardCharts::build(C::YearOnYear, test::handFigures()));
        QCOMPARE(chart->series().size(), 4);
        QCOMPARE(chart->series().at(0)->name(), QStringLiteral("Participants"));
        QCOMPARE(pointsOf(chart->series().at(0)), (QList<QPointF>{{0, 0}, {1, 40}, {2, 42}}));
        QCOMPARE(pointsOf(chart->series().at(2)), (QList<QPointF>{{0, 0}, {1, 4}, {2, 5}}));
    }

    void anEmptyPeriodDrawsNoAxes()
    {
        const DashboardFigures empty = test::emptyFigures();
        for (const C which :
             {C::Participation, C::ParticipantsVsSessions, C::Reach, C::ReachByDirection,
              C::MixingPerSession, C::Satisfaction, C::YearOnYear}) {
            QVERIFY(!DashboardCharts::build(which, empty));
            QCOMPARE(DashboardCharts::emptyText(which, empty),
                     QStringLiteral("No session in this period"));
        }
        DashboardFigures noSurvey = test::handFigures();
        for (FormatFigures& f : noSurvey.current.formats) {
            f.responses = 0;
        }
        QVERIFY(!DashboardCharts::build(C::Satisfaction, noSurvey));
        QCOMPARE(DashboardCharts::emptyText(C::Satisfaction, noSurvey),
                 QStringLiteral("No survey answer in this period"));
    }

    void heatMapCellsAndTooltips()
    {
        MixingHeatMap map;
        map.resize(500, 300);
        map.setFigures(test::handFigures().mixing);
        const QPoint centre = map.cellCentre(0, 1);
        QCOMPARE(map.cellAt(centre), QPoint(0, 1));
        QCOMPARE(map.cellAt(QPoint(1, 1)), QPoint(-1, -1));
        QCOMPARE(MixingHeatMap::cellText(map.figures(), 0, 1),
                 QStringLiteral("Culture and Finance met at 2 sessions"));
        QCOMPARE(MixingHeatMap::cellText(map.figures(), 0, 0),
                 QStringLiteral("Culture was present at 3 sessions"));
        map.show();
        QVERIFY(QTest::qWaitForWindowExposed(&map));
        QHelpEvent help(QEvent::ToolTip, map.cellCentre(1, 0),
                        map.mapToGlobal(map.cellCentre(1, 0)));
        QCoreApplication::sendEvent(&map, &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(), QStringLiteral("Finance and Culture met at 2 sessions"));
        // The darkest cell is the most frequent meeting.
        const QImage image = map.grab().toImage();
        QVERIFY(
            QColor(image.pixel(map.cellCentre(0, 1) + QPoint(map.width() / 50, 0))).lightness() <
            150);
    }

    void reportChartsAreTitledAndDrawn()
    {
        const ReportCharts charts = reportCharts(test::handFigures(), QSize(1800, 1000));
        QStringList titles;
        for (const ReportChart& chart : charts) {
            titles << chart.title;
            QCOMPARE(chart.image.size(), QSize(1800, 1000));
            // Charts, not a white page nor a sentence.
            QVERIFY2(inkOf(chart.image) > 4000, qPrintable(chart.title));
            QCOMPARE(QColor(chart.image.pixel(1, 1)), QColor(Qt::white));
        }
        QCOMPARE(titles, (QStringList{QStringLiteral("Participation by format, month by month"),
                                      QStringLiteral("Participants and sessions"),
                                      QStringLiteral("Agents reached over the period"),
                                      QStringLiteral("Agents reached by direction"),
                                      QStringLiteral("Which directions met which"),
                                      QStringLiteral("Satisfaction and useful skills by format"),
                                      QStringLiteral("Year on year")}));
    }

    void reportChartsOfAnEmptyPeriodSaySo()
    {
        const ReportCharts charts = reportCharts(test::emptyFigures(), QSize(900, 500));
        QCOMPARE(charts.size(), 7);
        const ReportCharts full = reportCharts(test::handFigures(), QSize(900, 500));
        for (qsizetype i = 0; i < charts.size(); ++i) {
            const int ink = inkOf(charts.at(i).image);
            QVERIFY(ink > 0);                           // the sentence
            QVERIFY(ink < inkOf(full.at(i).image) / 2); // but no chart
        }
    }
};

QTEST_MAIN(TestDashboardCharts)
#include "tst_dashboardcharts.moc"
