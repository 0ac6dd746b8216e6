// The Animators page, driven through its widgets over AnimatorSchool (tests/support/
// AnimatorSchool.h): period list and buttons, custom dates, search, agents or external
// speakers, the summary, double-click to record a facilitation training (undoable), columns
// remembered, read-only.
#include "AnimatorSchool.h"
#include "MessageBox.h"
#include "PdfText.h"
#include "WidgetDriver.h"
#include "dialogs/AgentDialog.h"
#include "documents/PrintPreview.h"
#include "i18n/Translations.h"
#include "itemmodels/AnimatorTableModel.h"
#include "pages/AnimatorsPage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

using namespace truc2;
using namespace truc2::ui;
using truc2::test::column;
using truc2::test::type;

class TestAnimatorsPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::AnimatorSchool> m_school;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<AnimatorsPage> m_page;
    QTableView* m_table = nullptr;

    template <typename W>
    W* widget(const char* name) const
    {
        return test::child<W>(m_page.get(), name);
    }

    QString summary() const { return widget<QLabel>("summaryLabel")->text(); }

    /// Picks an entry of the period list as a user does.
    void choosePeriodKind(const QString& text)
    {
        auto* combo = widget<QComboBox>("periodComboBox");
        const int index = combo->findText(text);
        QVERIFY2(index >= 0, qPrintable(text));
        combo->setCurrentIndex(index);
        Q_EMIT combo->activated(index);
    }

    QStringList names() const { return column(m_table, AnimatorTableModel::Name); }

    void makePage(bool readOnly = false)
    {
        m_page = std::make_unique<AnimatorsPage>(PageContext{*m_school->school, *m_undo, readOnly});
        m_page->resize(1200, 600);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_table = widget<QTableView>("animatorsTableView");
    }

private Q_SLOTS:
    void initTestCase()
    {
        installTranslations(Language::English);
        MessageBox::setAutomaticAnswers(true);
        test::useTemporarySettings();
    }

    void init()
    {
        m_school = std::make_unique<test::AnimatorSchool>();
        m_undo = std::make_unique<QUndoStack>();
        makePage();
    }

    void cleanup()
    {
        m_page.reset();
        test::useTemporarySettings(); // the page remembered its columns: start afresh
        m_undo.reset();
        m_school.reset();
    }

    void modelsPassTheTester()
    {
        QAbstractItemModelTester source(m_page->model(),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester filter(m_page->filterModel(),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_page->showCalendarYear(2020);
        type(m_page.get(), "searchLineEdit", QStringLiteral("test"));
        m_page->showAllTime();
        QCOMPARE(m_table->model()->rowCount(), 4); // zoe is not a "Test"
    }

    void startsOnTheCurrentSchoolYear()
    {
        const Period shown = m_page->period();
        const QDate today = QDate::currentDate();
        QCOMPARE(m_page->periodKind(), AnimatorsPage::PeriodKind::SchoolYear);
        QVERIFY(shown.from <= today && today <= shown.to);
        QCOMPARE(widget<QComboBox>("periodComboBox")->currentText(), QStringLiteral("School year"));
        QCOMPARE(widget<QLabel>("periodLabel")->text(),
                 QStringLiteral("School year %1–%2").arg(shown.from.year()).arg(shown.to.year()));
        QCOMPARE(m_table->model()->rowCount(), 0);
        QCOMPARE(summary(), QStringLiteral("Nobody animated a session in this period."));
        QVERIFY(!widget<QDateEdit>("fromDateEdit")->isVisible());
    }

    void stepsThroughSchoolYears()
    {
        auto* previous = widget<QToolButton>("previousToolButton");
        const int back = m_page->period().from.year() - 2020;
        for (int i = 0; i < back; ++i) {
            QTest::mouseClick(previous, Qt::LeftButton);
        }
        QCOMPARE(widget<QLabel>("periodLabel")->text(), QStringLiteral("School year 2020–2021"));
        // October's Prépa'Truc² (gus), November's conference (ann, zoe), January's (cyd).
        QCOMPARE(names(), (QStringList{QStringLiteral("ANN Test"), QStringLiteral("CYD Test"),
                                       QStringLiteral("GUS Test"), QStringLiteral("ZOLA Zoé")}));
        QTest::mouseClick(previous, Qt::LeftButton);
        QCOMPARE(m_page->period().from, QDate(2019, 9, 1));
        QCOMPARE(m_page->period().to, QDate(2020, 8, 31));
        QCOMPARE(names(), (QStringList{QStringLiteral("ANN Test"), QStringLiteral("BOB Test"),
                                       QStringLiteral("GUS Test")}));
        QTest::mouseClick(widget<QToolButton>("nextToolButton"), Qt::LeftButton);
        QCOMPARE(m_page->period().from, QDate(2020, 9, 1));
    }

    void calendarYearsAndTheSummary()
    {
        m_page->showSchoolYear(2020);
        choosePeriodKind(QStringLiteral("Calendar year")); // the year the school year starts in
        QCOMPARE(m_page->periodKind(), AnimatorsPage::PeriodKind::CalendarYear);
        QCOMPARE(widget<QLabel>("periodLabel")->text(), QStringLiteral("2020"));
        QCOMPARE(m_table->model()->rowCount(), 4);
        // "4 animators, including 1 external speaker; 5 sessions held, 12.75 h" (plurals come
        // from the English translation).
        const QString text = summary();
        QVERIFY2(text.startsWith(QStringLiteral("4 animator")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral(", including 1 external speaker")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("; 5 session")), qPrintable(text));
        QVERIFY2(text.endsWith(QStringLiteral(", 12.75 h")), qPrintable(text));

        QTest::mouseClick(widget<QToolButton>("previousToolButton"), Qt::LeftButton);
        QCOMPARE(widget<QLabel>("periodLabel")->text(), QStringLiteral("2019"));
        QCOMPARE(summary(), QStringLiteral("Nobody animated a session in this period."));
        QTest::mouseClick(widget<QToolButton>("nextToolButton"), Qt::LeftButton);
        QTest::mouseClick(widget<QToolButton>("nextToolButton"), Qt::LeftButton);
        QCOMPARE(names(), QStringList{QStringLiteral("CYD Test")});
    }

    void allTimeAndCustomPeriods()
    {
        m_page->showCalendarYear(2020);
        choosePeriodKind(QStringLiteral("All time"));
        QVERIFY(!m_page->period().isValid());
        QCOMPARE(m_table->model()->rowCount(), 5);
        QVERIFY(!widget<QToolButton>("previousToolButton")->isVisible());
        QVERIFY(!widget<QLabel>("periodLabel")->isVisible());

        // Custom starts from the last dated period, then follows the dates typed.
        choosePeriodKind(QStringLiteral("Custom period"));
        auto* from = widget<QDateEdit>("fromDateEdit");
        auto* to = widget<QDateEdit>("toDateEdit");
        QVERIFY(from->isVisible() && to->isVisible());
        QCOMPARE(from->date(), QDate(2020, 1, 1));
        QCOMPARE(to->date(), QDate(2020, 12, 31));
        to->setDate(QDate(2020, 6, 30));
        QCOMPARE(m_page->period().to, QDate(2020, 6, 30));
        QCOMPARE(names(), (QStringList{QStringLiteral("ANN Test"), QStringLiteral("BOB Test"),
                                       QStringLiteral("GUS Test")}));
        const int ann = m_page->model()->rowOf(m_school->ann);
        QCOMPARE(m_page->model()->index(ann, AnimatorTableModel::Satisfaction).data().toString(),
                 QStringLiteral("n < 5"));
        from->setDate(QDate(2020, 3, 1));
        QCOMPARE(m_page->period().from, QDate(2020, 3, 1));
        QCOMPARE(names(), (QStringList{QStringLiteral("ANN Test"), QStringLiteral("BOB Test")}));
        // A start after the end is not offered: the end follows.
        from->setDate(QDate(2020, 8, 1));
        QVERIFY(m_page->period().isValid());
        QVERIFY(to->date() >= from->date());
    }

    void searchesAndFilters()
    {
        m_page->showCalendarYear(2020);
        type(m_page.get(), "searchLineEdit", QStringLiteral("zola"));
        QCOMPARE(names(), QStringList{QStringLiteral("ZOLA Zoé")});
        QVERIFY2(summary().contains(QStringLiteral("1 of 4 row")), qPrintable(summary()));
        type(m_page.get(), "searchLineEdit", QStringLiteral("prepa")); // Prépa'Truc²
        QCOMPARE(names(), QStringList{QStringLiteral("GUS Test")});
        type(m_page.get(), "searchLineEdit", QString());

        auto* kind = widget<QComboBox>("kindComboBox");
        kind->setCurrentIndex(kind->findText(QStringLiteral("External speakers only")));
        QCOMPARE(names(), QStringList{QStringLiteral("ZOLA Zoé")});
        QCOMPARE(m_table->model()->index(0, AnimatorTableModel::Affiliation).data().toString(),
                 QStringLiteral("CNFPT (external speaker)"));
        kind->setCurrentIndex(kind->findText(QStringLiteral("Agents only")));
        QCOMPARE(names().size(), 3);
        QVERIFY(!names().contains(QStringLiteral("ZOLA Zoé")));
    }

    void sortsByClickingHeaders()
    {
        m_page->showCalendarYear(2020);
        const QHeaderView* header = m_table->horizontalHeader();
        const int x = header->sectionViewportPosition(AnimatorTableModel::Hours) +
                      header->sectionSize(AnimatorTableModel::Hours) / 2;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, 5));
        QCOMPARE(column(m_table, AnimatorTableModel::Hours),
                 (QStringList{QStringLiteral("2.5 h"), QStringLiteral("3 h"),
                              QStringLiteral("4.25 h"), QStringLiteral("8.5 h")}));
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, 5));
        QCOMPARE(column(m_table, AnimatorTableModel::Hours).first(), QStringLiteral("8.5 h"));
    }

    void doubleClickRecordsTheFacilitationTraining()
    {
        m_page->showCalendarYear(2020);
        const int row = names().indexOf(QStringLiteral("BOB Test"));
        const QModelIndex cell = m_table->model()->index(row, AnimatorTableModel::Name);
        bool answered = false;
        test::answerDialog<AgentDialog>([&answered](AgentDialog* d) {
            answered = true;
            QCOMPARE(d->agent().lastName, QStringLiteral("Bob"));
            auto* trained = d->findChild<QCheckBox*>(QStringLiteral("trainedCheckBox"));
            auto* date = d->findChild<QDateEdit*>(QStringLiteral("trainedDateEdit"));
            QVERIFY(!trained->isChecked());
            QVERIFY(!date->isEnabled());
            trained->click();
            QVERIFY(date->isEnabled());
            date->setDate(QDate(2020, 10, 1));
        });
        m_table->scrollTo(cell);
        const QPoint centre = m_table->visualRect(cell).center();
        QTest::mouseClick(m_table->viewport(), Qt::LeftButton, {}, centre);
        QTest::mouseDClick(m_table->viewport(), Qt::LeftButton, {}, centre);
        QVERIFY(answered);
        QCOMPARE(m_undo->count(), 1);
        QCOMPARE((*m_school->school).agents().agent(m_school->bob)->facilitationTrainedOn,
                 QDate(2020, 10, 1));
        const auto shown = [this] {
            const int at = names().indexOf(QStringLiteral("BOB Test"));
            return m_table->model()
                ->index(at, AnimatorTableModel::FacilitationTraining)
                .data()
                .toString();
        };
        QTRY_COMPARE(shown(), QStringLiteral("01/10/2020"));
        m_undo->undo();
        QTRY_COMPARE(shown(), QString());
        QVERIFY(
            !(*m_school->school).agents().agent(m_school->bob)->facilitationTrainedOn.isValid());
    }

    void cancellingTheDialogChangesNothing()
    {
        m_page->showCalendarYear(2020);
        m_table->setCurrentIndex(m_table->model()->index(0, 0));
        QVERIFY(widget<QPushButton>("editPushButton")->isEnabled());
        QTimer::singleShot(0, [] { QApplication::activeModalWidget()->close(); });
        QVERIFY(!m_page->editSelectedAnimator());
        QCOMPARE(m_undo->count(), 0);
    }

    void remembersItsColumns()
    {
        m_table->setColumnWidth(AnimatorTableModel::Formats, 321);
        m_page.reset();
        makePage();
        QCOMPARE(m_table->columnWidth(AnimatorTableModel::Formats), 321);
    }

    void readOnlyOpensNothing()
    {
        m_page.reset();
        makePage(true);
        m_page->showCalendarYear(2020);
        m_table->setCurrentIndex(m_table->model()->index(0, 0));
        QVERIFY(!widget<QPushButton>("editPushButton")->isEnabled());
        QVERIFY(!m_page->editSelectedAnimator());
        QCOMPARE(m_page->selectedPersonId(),
                 m_table->model()->index(0, 0).data(AnimatorTableModel::PersonIdRole).toLongLong());
    }

    void attestationOfTheSelectedAnimator()
    {
        m_page->showCalendarYear(2020);
        auto* button = widget<QPushButton>("attestationPushButton");
        QVERIFY(!button->isEnabled());
        QTRY_VERIFY(names().contains(QStringLiteral("ANN Test")));
        const int row = int(names().indexOf(QStringLiteral("ANN Test")));
        m_table->setCurrentIndex(m_table->model()->index(row, 0));
        QVERIFY(button->isEnabled());

        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("attestation.pdf"));
        bool previewed = false;
        // Once the preview is the modal dialog: save it as PDF, then close it.
        auto* poll = new QTimer(this);
        poll->setInterval(20);
        connect(poll, &QTimer::timeout, poll, [poll, pdf, &previewed] {
            auto* dialog = qobject_cast<QPrintPreviewDialog*>(QApplication::activeModalWidget());
            if (!dialog) {
                return;
            }
            poll->stop();
            poll->deleteLater();
            previewed = true;
            PrintPreview::setNextSaveFileName(pdf);
            dialog->findChild<QAction*>(QStringLiteral("savePdfAction"))->trigger();
            dialog->reject();
        });
        poll->start();
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(previewed);
        const test::PdfText text = test::readPdf(pdf);
        QVERIFY(text.loaded);
        QVERIFY(text.contains(QStringLiteral("AC-2020-001")));
        QVERIFY(text.contains(QStringLiteral("AC-2020-002")));
        QVERIFY(!text.contains(QStringLiteral("PR-2020-001"))); // animated by gus
    }
};

QTEST_MAIN(TestAnimatorsPage)
#include "tst_animatorspage.moc"
