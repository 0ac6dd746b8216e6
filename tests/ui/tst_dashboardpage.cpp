// The Dashboard page over SurveySchool (tests/support/SurveySchool.h), driven through its
// period selector and format list: the charts' series against figures counted by hand, the
// tiles, tooltips, "n < 5", the empty period, saving a chart (PNG, SVG, PDF read back), the
// figures arriving asynchronously from the thread's own connection, stale answers dropped,
// recomputing when the school changes and only while shown.
#include "DashboardSchool.h"
#include "FileDialog.h"
#include "PdfText.h"
#include "SurveySchool.h"
#include "WidgetDriver.h"
#include "charts/ChartPanel.h"
#include "charts/MixingHeatMap.h"
#include "pages/DashboardComputer.h"
#include "pages/DashboardPage.h"
#include "pages/DashboardTiles.h"

#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QHelpEvent>
#include <QLabel>
#include <QLineSeries>
#include <QProgressBar>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QToolTip>
#include <QUndoStack>
#include <QXmlStreamReader>

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

} // namespace

class TestDashboardPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::SurveySchool> m_school;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<DashboardPage> m_page;

    template <typename W>
    W* widget(const char* name) const
    {
        return test::child<W>(m_page.get(), name);
    }

    void choose(const char* comboName, const QString& text)
    {
        auto* combo = widget<QComboBox>(comboName);
        const int index = combo->findText(text);
        QVERIFY2(index >= 0, qPrintable(text));
        combo->setCurrentIndex(index);
        Q_EMIT combo->activated(index);
    }

    void click(const char* name) { QTest::mouseClick(widget<QToolButton>(name), Qt::LeftButton); }

    /// Waits for the figures of the latest request.
    void waitForFigures()
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_page->hasFigures() && !m_page->isBusy(), 10000);
    }

    QStackedBarSeries* participation() const
    {
        QChart* chart = m_page->chart(C::Participation);
        return chart ? qobject_cast<QStackedBarSeries*>(chart->series().constFirst()) : nullptr;
    }

    QString tile(const char* key) const { return m_page->tiles()->value(QLatin1String(key)); }

private Q_SLOTS:
    void initTestCase()
    {
        TRUC2_REQUIRE_BACKEND();
        test::useTemporarySettings();
    }

    void init()
    {
        m_school = std::make_unique<test::SurveySchool>();
        m_undo = std::make_unique<QUndoStack>();
        m_page = std::make_unique<DashboardPage>(PageContext{*m_school->school, *m_undo});
        m_page->resize(1300, 900);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        waitForFigures();
    }

    void cleanup()
    {
        m_page.reset();
        m_undo.reset();
        m_school.reset();
    }

    void anEmptyPeriodSaysSoRatherThanEmptyAxes()
    {
        // The current school year: nothing held.
        QCOMPARE(m_page->periodSelector()->kind(), PeriodSelector::Kind::SchoolYear);
        for (const C which : {C::Participation, C::Reach, C::Satisfaction}) {
            QCOMPARE(m_page->panel(which)->emptyText(),
                     QStringLiteral("No session in this period"));
            QVERIFY(!m_page->chart(which));
        }
        QCOMPARE(m_page->heatMapPanel()->emptyText(), QStringLiteral("No session in this period"));
        QCOMPARE(tile("sessions"), QStringLiteral("0"));
    }

    void theFiguresArriveFromTheThreadWithoutBlocking()
    {
        QVERIFY(m_page->computer()->inBackground());
        QSignalSpy shown(m_page.get(), &DashboardPage::figuresShown);
        m_page->periodSelector()->showCalendarYear(2020);
        QCoreApplication::processEvents(); // the coalescing timer
        QVERIFY(m_page->isBusy());
        QVERIFY(widget<QProgressBar>("busyIndicator")->isVisible());
        // The previous figures stay until the new ones come.
        QCOMPARE(shown.size(), 0);
        QCOMPARE(tile("sessions"), QStringLiteral("0"));
        waitForFigures();
        QCOMPARE(shown.size(), 1);
        QVERIFY(!widget<QProgressBar>("busyIndicator")->isVisible());
        QVERIFY(m_page->computer()->inBackground());
        // 2020: AC-2020-001, AC-2020-002, PR-2020-001, EC-2020-001.
        QCOMPARE(tile("sessions"), QStringLiteral("4"));
        QCOMPARE(tile("participants"), QStringLiteral("30"));
        QCOMPARE(tile("animators"), QStringLiteral("3"));
    }

    /// The years line's older years come from the second thread, with the rest from the
    /// first: the page shows them together.
    void theYearsLineJoinsBothThreads()
    {
        m_page->periodSelector()->showCalendarYear(2022);
        waitForFigures();
        QVERIFY(m_page->computer()->inBackground());
        const QList<HeadlineFigures>& years = m_page->figures().years;
        QCOMPARE(years.size(), 3);
        QCOMPARE(years.at(0).period.from, QDate(2020, 1, 1)); // from the second thread
        QCOMPARE(years.at(0).sessions, 4);
        QCOMPARE(years.at(0).participants, 30);
        QCOMPARE(years.at(1).period.from, QDate(2021, 1, 1));
        QCOMPARE(years.at(1).sessions, m_page->figures().previous.totals.sessions);
        QCOMPARE(years.at(2).period.from, QDate(2022, 1, 1));
        QCOMPARE(years.at(2).sessions, 0);
    }

    void theLatestRequestWins()
    {
        QSignalSpy shown(m_page.get(), &DashboardPage::figuresShown);
        auto* selector = m_page->periodSelector();
        selector->showCalendarYear(2020);
        QCoreApplication::processEvents();
        selector->showCalendarYear(2019);
        QCoreApplication::processEvents();
        selector->showCalendarYear(2021);
        waitForFigures();
        const auto count = shown.size();
        QTest::qWait(200); // nothing older comes after
        QCOMPARE(shown.size(), count);
        QCOMPARE(m_page->figures().current.period.from, QDate(2021, 1, 1));
        QCOMPARE(tile("sessions"), QStringLiteral("1"));
    }

    void schoolYearThenQuartersThroughTheSelector()
    {
        m_page->periodSelector()->showSchoolYear(2020);
        waitForFigures();
        // September 2020 to August 2021: PR-2020-001 (October, 5), EC-2020-001 (November,
        // 10), AC-2021-001 (January, 1).
        QStackedBarSeries* series = participation();
        QVERIFY(series);
        QCOMPARE(series->barSets().size(), 3);
        QCOMPARE(series->barSets().at(0)->label(), QStringLiteral("Ac'Truc²"));
        QCOMPARE(valuesOf(series->barSets().at(0)),
                 (QList<qreal>{0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0}));
        QCOMPARE(valuesOf(series->barSets().at(1)),
                 (QList<qreal>{0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}));
        QCOMPARE(valuesOf(series->barSets().at(2)),
                 (QList<qreal>{0, 0, 10, 0, 0, 0, 0, 0, 0, 0, 0, 0}));

        choose("periodComboBox", QStringLiteral("Quarter"));
        waitForFigures();
        // July–September 2020: nothing held.
        QCOMPARE(widget<QLabel>("periodLabel")->text(), QStringLiteral("Q3 2020"));
        QCOMPARE(m_page->panel(C::Participation)->emptyText(),
                 QStringLiteral("No session in this period"));

        click("previousToolButton");
        waitForFigures();
        // April–June 2020: AC-2020-002 on 1 May, 3 participants, 3 answers (n < 5).
        QCOMPARE(widget<QLabel>("periodLabel")->text(), QStringLiteral("Q2 2020"));
        QVERIFY(participation());
        QCOMPARE(participation()->barSets().size(), 1);
        QCOMPARE(valuesOf(participation()->barSets().constFirst()), (QList<qreal>{0, 3, 0}));
        QCOMPARE(tile("participants"), QStringLiteral("3"));
        QCOMPARE(tile("satisfaction"), QStringLiteral("n < 5"));
        const QString note = m_page->panel(C::Satisfaction)->note();
        QVERIFY2(note.contains(QStringLiteral("n &lt; 5")), qPrintable(note));
        QVERIFY2(!note.contains(QStringLiteral("75")), qPrintable(note));

        click("previousToolButton");
        waitForFigures();
        // January–March 2020: AC-2020-001, 12 participants (2 present + 10 anonymous).
        QCOMPARE(valuesOf(participation()->barSets().constFirst()), (QList<qreal>{0, 0, 12}));
        // A year earlier (January–March 2019): nothing.
        QCOMPARE(m_page->figures().previous.period.from, QDate(2019, 1, 1));
        QCOMPARE(widget<QLabel>("sessionsPreviousLabel")->text(),
                 QStringLiteral("a year before: 0"));
        QCOMPARE(widget<QLabel>("sessionsChangeLabel")->text(), QStringLiteral("+1"));
    }

    void theFormatFilterKeepsOneFormat()
    {
        m_page->periodSelector()->showCalendarYear(2020);
        waitForFigures();
        choose("formatComboBox", QStringLiteral("Ac'Truc²"));
        waitForFigures();
        QCOMPARE(m_page->formatId(), m_school->ac);
        QCOMPARE(m_page->figures().formatId, m_school->ac);
        QCOMPARE(participation()->barSets().size(), 1);
        QCOMPARE(valuesOf(participation()->barSets().constFirst()),
                 (QList<qreal>{0, 0, 12, 0, 3, 0, 0, 0, 0, 0, 0, 0}));
        QCOMPARE(tile("sessions"), QStringLiteral("2"));
        QCOMPARE(tile("participants"), QStringLiteral("15"));
        choose("formatComboBox", QStringLiteral("All formats"));
        waitForFigures();
        QCOMPARE(tile("sessions"), QStringLiteral("4"));
    }

    void tooltipsAndSatisfactionOfTheYear()
    {
        m_page->periodSelector()->showCalendarYear(2020);
        waitForFigures();
        QBarSet* ac = participation()->barSets().constFirst();
        Q_EMIT ac->hovered(true, 4);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(QToolTip::text().contains(QStringLiteral("3 participants\n1 sessions held")),
                 qPrintable(QToolTip::text()));
        Q_EMIT ac->hovered(false, 4);

        // PR-2020-001: 6 answers, satisfaction 75 %, useful 5 of 6; AC: 7 answers for 15.
        QChart* satisfaction = m_page->chart(C::Satisfaction);
        QVERIFY(satisfaction);
        const QString note = m_page->panel(C::Satisfaction)->note();
        QVERIFY2(note.contains(QStringLiteral("Prépa'Truc²")), qPrintable(note));
        QVERIFY2(note.contains(QStringLiteral("83.3%")), qPrintable(note));

        // The heat map: one direction, Culture, present at the four sessions.
        QCOMPARE(m_page->heatMap()->figures().directionNames,
                 QStringList{QStringLiteral("Culture")});
        QCOMPARE(MixingHeatMap::cellText(m_page->heatMap()->figures(), 0, 0),
                 QStringLiteral("Culture was present at 4 sessions"));
    }

    void chartsAreSavedAsPngSvgAndPdf()
    {
        m_page->periodSelector()->showCalendarYear(2020);
        waitForFigures();
        ChartPanel* panel = m_page->panel(C::Participation);
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("participation.png"));
        FileDialog::setNextSaveFileName(png);
        panel->findChild<QAction*>(QStringLiteral("savePngAction"))->trigger();
        QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), panel->content()->size() * panel->content()->devicePixelRatioF());

        const QString svg = dir.filePath(QStringLiteral("participation.svg"));
        FileDialog::setNextSaveFileName(svg);
        panel->findChild<QAction*>(QStringLiteral("saveSvgAction"))->trigger();
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        // Well-formed SVG whose texts are the chart's labels.
        QXmlStreamReader xml(&svgFile);
        QStringList texts;
        QString root;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement) {
                if (root.isEmpty()) {
                    root = xml.name().toString();
                }
                if (xml.name() == QLatin1String("text")) {
                    texts << xml.readElementText(QXmlStreamReader::IncludeChildElements);
                }
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(root, QStringLiteral("svg"));
        QVERIFY2(texts.join(QLatin1Char('|')).contains(QStringLiteral("Prépa'Truc²")),
                 qPrintable(texts.join(QLatin1Char('|'))));

        panel->findChild<QAction*>(QStringLiteral("copyChartAction"))->trigger();
        const QImage copied = QGuiApplication::clipboard()->image();
        QCOMPARE(copied.size(), image.size());
        QCOMPARE(copied.convertToFormat(QImage::Format_RGB32),
                 image.convertToFormat(QImage::Format_RGB32));

        const QString pdf = dir.filePath(QStringLiteral("participation.pdf"));
        FileDialog::setNextSaveFileName(pdf);
        panel->findChild<QAction*>(QStringLiteral("savePdfAction"))->trigger();
        const test::PdfText text = test::readPdf(pdf);
        QVERIFY(text.loaded);
        QCOMPARE(text.pageCount(), 1);
        // QtPdf spaces out the glyphs a chart places one by one: compared without spaces.
        QString glyphs = text.all();
        glyphs.remove(QLatin1Char(' '));
        QVERIFY2(glyphs.contains(test::flat(QStringLiteral("Prépa'Truc²"))), qPrintable(glyphs));
        QVERIFY2(glyphs.contains(test::flat(QStringLiteral("Eco'Truc²"))), qPrintable(glyphs));
        QVERIFY2(glyphs.contains(QStringLiteral("Participants")), qPrintable(glyphs));
    }

    void theSchoolChangingRecomputesOnlyWhileShown()
    {
        m_page->periodSelector()->showCalendarYear(2020);
        waitForFigures();
        QCOMPARE(tile("participants"), QStringLiteral("30"));
        QSignalSpy shown(m_page.get(), &DashboardPage::figuresShown);
        // Two changes at once: one computation.
        Session session = *m_school->school->sessions().session(m_school->ec1);
        session.anonymousHeadcount = 18;
        QVERIFY(m_school->school->sessions().update(session));
        QVERIFY(m_school->school->settings().setHeadcount(2020, 40));
        QTRY_COMPARE(tile("participants"), QStringLiteral("40"));
        QCOMPARE(shown.size(), 1);

        m_page->hide();
        session = *m_school->school->sessions().session(m_school->ec1);
        session.anonymousHeadcount = 8;
        QVERIFY(m_school->school->sessions().update(session));
        QTest::qWait(50);
        QVERIFY(!m_page->isBusy());
        QCOMPARE(tile("participants"), QStringLiteral("40"));
        m_page->show();
        waitForFigures();
        QTRY_COMPARE(tile("participants"), QStringLiteral("30"));
    }

    void mixingAndReachOfSeveralDirections()
    {
        // DashboardSchool (tests/support/DashboardSchool.h), school year 2020–2021: Culture,
        // Finances and Voirie met; Sports has one agent, never come.
        test::DashboardSchool d;
        QUndoStack undo;
        DashboardPage page(PageContext{*d.school, undo});
        page.resize(1300, 900);
        page.show();
        page.periodSelector()->showSchoolYear(2020);
        QTRY_VERIFY_WITH_TIMEOUT(page.hasFigures() && !page.isBusy() &&
                                     page.figures().current.period.from == QDate(2020, 9, 1),
                                 10000);

        // Reach by direction, the first at the top: Voirie 3/3, Sports 0/1, Finances 2/2,
        // Culture 2/3.
        QChart* reach = page.chart(C::ReachByDirection);
        QVERIFY(reach);
        auto* names = qobject_cast<QBarCategoryAxis*>(reach->axes(Qt::Vertical).constFirst());
        QCOMPARE(names->categories(),
                 (QStringList{QStringLiteral("Voirie"), QStringLiteral("Sports"),
                              QStringLiteral("Finances"), QStringLiteral("Culture")}));
        const QList<qreal> shares =
            valuesOf(qobject_cast<QAbstractBarSeries*>(reach->series().constFirst())
                         ->barSets()
                         .constFirst());
        QCOMPARE(shares.size(), 4);
        QCOMPARE(shares.at(0), 100.0);
        QCOMPARE(shares.at(1), 0.0);
        QCOMPARE(shares.at(2), 100.0);
        QVERIFY(qFuzzyCompare(shares.at(3), 200.0 / 3.0));

        // Per session: s2 and s3 gathered 2 directions, s1 and s4 3.
        QChart* mixing = page.chart(C::MixingPerSession);
        QVERIFY(mixing);
        QCOMPARE(valuesOf(qobject_cast<QAbstractBarSeries*>(mixing->series().constFirst())
                              ->barSets()
                              .constFirst()),
                 (QList<qreal>{0, 2, 2}));
        QVERIFY2(mixing->title().contains(QStringLiteral("mean 2.5 directions per session")),
                 qPrintable(mixing->title()));
        QVERIFY2(mixing->title().contains(QStringLiteral("50% of participants from outside")),
                 qPrintable(mixing->title()));

        // The heat map, and its tooltip over Culture × Voirie.
        MixingHeatMap* map = page.heatMap();
        QCOMPARE(map->figures().directionNames,
                 (QStringList{QStringLiteral("Culture"), QStringLiteral("Finances"),
                              QStringLiteral("Voirie")}));
        QCOMPARE(page.heatMapPanel()->emptyText(), QString());
        page.heatMapPanel()->window()->raise();
        const QPoint cell = map->cellCentre(0, 2);
        QCOMPARE(map->cellAt(cell), QPoint(0, 2));
        QHelpEvent help(QEvent::ToolTip, cell, map->mapToGlobal(cell));
        QCoreApplication::sendEvent(map, &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(), QStringLiteral("Culture and Voirie met at 3 sessions"));
    }

    void withoutASecondConnectionTheMainThreadComputes()
    {
        // A request the threads were computing when the page turned to the main thread is
        // still answered.
        m_page->periodSelector()->showCalendarYear(2020);
        QCoreApplication::processEvents(); // the coalescing timer: the threads have it
        QVERIFY(m_page->isBusy());
        m_page->computer()->computeOnMainThread();
        waitForFigures();
        QCOMPARE(m_page->figures().current.period.from, QDate(2020, 1, 1));
        QCOMPARE(tile("sessions"), QStringLiteral("4"));
        QVERIFY(!m_page->isBusy());

        m_page->computer()->computeOnMainThread();
        m_page->periodSelector()->showCalendarYear(2021);
        QCoreApplication::processEvents();
        QVERIFY(m_page->isBusy()); // still answered later, from the event loop
        waitForFigures();
        QCOMPARE(tile("sessions"), QStringLiteral("1"));
        QVERIFY(!m_page->computer()->inBackground());
    }
};

QTEST_MAIN(TestDashboardPage)
#include "tst_dashboardpage.moc"
