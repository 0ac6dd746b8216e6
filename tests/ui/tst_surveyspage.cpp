// The Surveys page, driven through its widgets over SurveySchool (tests/support/
// SurveySchool.h): nothing read until shown, the period selector, the format filter, the
// figures per session with "n < 5", comments searched by typing and narrowed to the selected
// session, the imports with their mapping, the import button's signal, reload(), read-only.
#include "FileDialog.h"
#include "MessageBox.h"
#include "SurveySchool.h"
#include "WidgetDriver.h"
#include "i18n/Translations.h"
#include "import/TableReader.h"
#include "itemmodels/SurveyCommentModel.h"
#include "itemmodels/SurveyImportTableModel.h"
#include "itemmodels/SurveySessionTableModel.h"
#include "pages/SurveysPage.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace truc2;
using namespace truc2::ui;
using truc2::test::column;
using truc2::test::type;
using S = SurveySessionTableModel;
using C = SurveyCommentModel;

class TestSurveysPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::SurveySchool> m_school;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<SurveysPage> m_page;

    template <typename W>
    W* widget(const char* name) const
    {
        return test::child<W>(m_page.get(), name);
    }

    QTableView* sessionsView() const { return widget<QTableView>("sessionsView"); }
    QTableView* commentsView() const { return widget<QTableView>("commentsView"); }
    QStringList sessions() const { return column(sessionsView(), S::Session); }
    QStringList comments() const { return column(commentsView(), C::Comment); }

    void makePage(bool readOnly = false)
    {
        m_page = std::make_unique<SurveysPage>(PageContext{*m_school->school, *m_undo, readOnly});
        m_page->resize(1200, 800);
    }

    void showPage()
    {
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    /// Picks an entry of a combo box as a user does.
    void choose(const char* name, const QString& text)
    {
        auto* combo = widget<QComboBox>(name);
        const int index = combo->findText(text);
        QVERIFY2(index >= 0, qPrintable(text));
        combo->setCurrentIndex(index);
        Q_EMIT combo->activated(index);
    }

    /// Clicks the row of the sessions view whose first column reads `session`.
    void clickSession(const QString& session)
    {
        const int row = int(sessions().indexOf(session));
        QVERIFY2(row >= 0, qPrintable(session));
        QTableView* view = sessionsView();
        const QRect cell = view->visualRect(view->model()->index(row, S::Action));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    }

    /// Shows 2020 with the period selector's widgets: calendar years, then back from 2021.
    void show2020()
    {
        choose("periodComboBox", QStringLiteral("Calendar year"));
        m_page->showCalendarYear(2021);
        QTest::mouseClick(widget<QToolButton>("previousToolButton"), Qt::LeftButton);
        QCOMPARE(widget<QLabel>("periodLabel")->text(), QStringLiteral("2020"));
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
        m_school = std::make_unique<test::SurveySchool>();
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

    void readsNothingUntilShown()
    {
        QVERIFY(!m_page->sessionModel()->isLoaded());
        QVERIFY(!m_page->commentModel()->isLoaded());
        QVERIFY(!m_page->importModel()->isLoaded());
        m_page->reload(); // the store's signals before the page was ever shown: still nothing
        QVERIFY(!m_page->sessionModel()->isLoaded());
        showPage();
        QVERIFY(m_page->sessionModel()->isLoaded());
        QVERIFY(m_page->commentModel()->isLoaded());
        QVERIFY(m_page->importModel()->isLoaded());
        // The school year of today: nothing in this school's past.
        QCOMPARE(sessionsView()->model()->rowCount(), 0);
        QCOMPARE(widget<QLabel>("surveysSummary")->text(),
                 QStringLiteral("No survey response for the sessions held in this period."));
    }

    void modelsPassTheTester()
    {
        QAbstractItemModelTester sessionTester(
            sessionsView()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester commentTester(
            commentsView()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester importTester(
            widget<QTableView>("importsView")->model(),
            QAbstractItemModelTester::FailureReportingMode::Fatal);
        showPage();
        show2020();
        choose("surveysFormat", QStringLiteral("Eco'Truc²"));
        type(m_page.get(), "commentSearch", QStringLiteral("cafe"));
        clickSession(QStringLiteral("EC-2020-001"));
        m_page->showAllTime();
        // The selection went with the reset; the format and the search stay.
        QCOMPARE(comments(), QStringList{QStringLiteral("Le café était froid")});
    }

    void showsTheYearsFigures()
    {
        showPage();
        show2020();
        QCOMPARE(sessions(),
                 (QStringList{QStringLiteral("AC-2020-001"), QStringLiteral("AC-2020-002"),
                              QStringLiteral("PR-2020-001"), QStringLiteral("EC-2020-001"),
                              QStringLiteral("(without a session)")}));
        QTableView* view = sessionsView();
        QCOMPARE(column(view, S::ResponseRate),
                 (QStringList{QStringLiteral("33.3%"), QStringLiteral("100%"),
                              QStringLiteral("120%"), QStringLiteral("60%"), QString()}));
        QCOMPARE(
            column(view, S::Satisfaction),
            (QStringList{QStringLiteral("n < 5"), QStringLiteral("n < 5"), QStringLiteral("75%"),
                         QStringLiteral("75%"), QStringLiteral("n < 5")}));
        QCOMPARE(column(view, S::UsefulSkills).at(3), QStringLiteral("80%"));
        QCOMPARE(column(view, S::WouldRecommend).at(3), QStringLiteral("50%"));
        QCOMPARE(comments().size(), 6);
        // The figures of the period, as FiguresCalculator gives them: 20 answers for 30
        // participants; satisfaction (4 + 2.25 + 4.5 + 4.5 + 0.25) / 20.
        QCOMPARE(widget<QLabel>("surveysSummary")->text(),
                 QStringLiteral("Figures of the period: 20 responses for 30 participants "
                                "(response rate 66.7%); satisfaction 77.5%; useful skills "
                                "acquired 78.9%."));
    }

    void formatFilter()
    {
        showPage();
        show2020();
        auto* format = widget<QComboBox>("surveysFormat");
        QCOMPARE(format->itemText(0), QStringLiteral("All formats"));
        QCOMPARE(format->count(), 4);
        choose("surveysFormat", QStringLiteral("Eco'Truc²"));
        QCOMPARE(m_page->formatId(), m_school->ec);
        QCOMPARE(sessions(), (QStringList{QStringLiteral("EC-2020-001"),
                                          QStringLiteral("(without a session)")}));
        QCOMPARE(comments().size(), 4);
        QVERIFY(widget<QLabel>("surveysSummary")
                    ->text()
                    .startsWith(QStringLiteral("Figures of the period: 7 responses for 10")));
        choose("surveysFormat", QStringLiteral("Prépa'Truc²"));
        QCOMPARE(sessions(), QStringList{QStringLiteral("PR-2020-001")});
        QCOMPARE(comments(), QStringList{});
        choose("surveysFormat", QStringLiteral("All formats"));
        QCOMPARE(sessions().size(), 5);
    }

    void periodSelector()
    {
        showPage();
        show2020();
        QTest::mouseClick(widget<QToolButton>("nextToolButton"), Qt::LeftButton);
        QCOMPARE(sessions(), QStringList{QStringLiteral("AC-2021-001")}); // nobody answered
        QCOMPARE(column(sessionsView(), S::Responses), QStringList{QStringLiteral("0")});
        QCOMPARE(comments(), QStringList{});
        choose("periodComboBox", QStringLiteral("All time"));
        QVERIFY(!m_page->period().isValid());
        QCOMPARE(sessions().size(), 6);
        QCOMPARE(comments().size(), 6);
        // Only the sessions with responses.
        widget<QCheckBox>("answeredOnlyCheckBox")->click();
        QCOMPARE(sessions().size(), 5);
        QVERIFY(!sessions().contains(QStringLiteral("AC-2021-001")));
    }

    void searchTypedIntoTheComments()
    {
        showPage();
        show2020();
        type(m_page.get(), "commentSearch", QStringLiteral("EVENEMENT équipe"));
        QCOMPARE(comments(),
                 QStringList{QStringLiteral("Événement très sympa, l'équipe était accueillante")});
        type(m_page.get(), "commentSearch", QStringLiteral("ac-2020-002"));
        QCOMPARE(comments().size(), 2);
        type(m_page.get(), "commentSearch", QStringLiteral("hyperlink"));
        // The formula is text: shown as typed, not as a link nor a result.
        QCOMPARE(comments(), QStringList{QStringLiteral("=HYPERLINK(\"http://x\")")});
        type(m_page.get(), "commentSearch", QString());
        QCOMPARE(comments().size(), 6);
    }

    void exportsTheCommentsFound()
    {
        showPage();
        show2020();
        type(m_page.get(), "commentSearch", QStringLiteral("hyperlink"));
        QTemporaryDir folder;
        const QString file = folder.filePath(QStringLiteral("comments.csv"));
        FileDialog::setNextSaveFileName(file);
        QTest::mouseClick(widget<QPushButton>("exportCommentsButton"), Qt::LeftButton);
        const Result<Table> table = readTable(file);
        QVERIFY2(table, table ? "" : qPrintable(table.errorMessage()));
        QCOMPARE(table->records.size(), 2); // the header and the one comment found
        QCOMPARE(table->records.at(0).cell(0), QStringLiteral("Comment"));
        // Neutralised for Excel: text, never a formula.
        QCOMPARE(table->records.at(1).cell(0), QStringLiteral("'=HYPERLINK(\"http://x\")"));
    }

    void selectingASessionShowsItsComments()
    {
        showPage();
        show2020();
        auto* title = widget<QLabel>("commentsTitle");
        auto* all = widget<QToolButton>("allCommentsButton");
        QCOMPARE(title->text(), QStringLiteral("Comments"));
        QVERIFY(!all->isVisible());
        clickSession(QStringLiteral("AC-2020-002"));
        QCOMPARE(comments(),
                 (QStringList{QStringLiteral("Très clair, merci à l'intervenante !"),
                              QStringLiteral("Un peu rapide sur la partie « marchés publics ».")}));
        QCOMPARE(title->text(), QStringLiteral("Comments on AC-2020-002"));
        QVERIFY(all->isVisible());
        // With a search too.
        type(m_page.get(), "commentSearch", QStringLiteral("marches"));
        QCOMPARE(comments().size(), 1);
        type(m_page.get(), "commentSearch", QString());
        clickSession(QStringLiteral("(without a session)"));
        QCOMPARE(comments(), QStringList{QStringLiteral("=HYPERLINK(\"http://x\")")});
        QCOMPARE(title->text(), QStringLiteral("Comments on Eco'Truc² without a session"));
        QTest::mouseClick(all, Qt::LeftButton);
        QCOMPARE(comments().size(), 6);
        QCOMPARE(title->text(), QStringLiteral("Comments"));
        QVERIFY(sessionsView()->selectionModel()->selectedRows().isEmpty());

        QVERIFY(m_page->selectSession(m_school->ec1));
        QCOMPARE(comments().size(), 3);
        QVERIFY(!m_page->selectSession(m_school->sessionId(QStringLiteral("AC-2020-003"))));
    }

    void importsAndTheirMapping()
    {
        showPage();
        m_page->showImports(true);
        auto* view = widget<QTableView>("importsView");
        QVERIFY(view->isVisible());
        using I = SurveyImportTableModel;
        QCOMPARE(column(view, I::File), (QStringList{QStringLiteral("eco-truc2.xlsx"),
                                                     QStringLiteral("ac-2020-002.csv")}));
        QCOMPARE(column(view, I::Tool),
                 (QStringList{QStringLiteral("Microsoft Forms"), QStringLiteral("LimeSurvey")}));
        QCOMPARE(column(view, I::ResponsesAdded),
                 (QStringList{QStringLiteral("7"), QStringLiteral("3")}));
        auto* mapping = widget<QPlainTextEdit>("importMapping");
        QVERIFY(mapping->toPlainText().isEmpty());
        const QRect cell = view->visualRect(view->model()->index(1, I::File));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(mapping->toPlainText(),
                 QStringLiteral("“code de session”: Session code\n“Q1”: Satisfaction\n"
                                "“Q2”: Useful skills (yes/no)\n“Q4”: Comment"));
    }

    void importButtonAsksTheWindow()
    {
        showPage();
        QSignalSpy requested(m_page.get(), &SurveysPage::importRequested);
        auto* button = widget<QPushButton>("importSurveyButton");
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(requested.size(), 1);

        makePage(true);
        showPage();
        QVERIFY(!widget<QPushButton>("importSurveyButton")->isEnabled());
    }

    void reloadTakesInWhatAnImportWrote()
    {
        showPage();
        show2020();
        clickSession(QStringLiteral("AC-2020-002"));
        // An import (another workstation's, say) writes behind the stores' back; the window
        // connects the survey store's signals to reload().
        const qint64 id = m_school->addImport(
            QStringLiteral("ac2.csv"), QStringLiteral("Framaforms"),
            QDateTime(QDate(2020, 6, 1), QTime(8, 0)), 2, 2, 0, QStringLiteral("Session: code"));
        for (int i = 0; i < 2; ++i) {
            m_school->respond(id, m_school->ac2, 0, QDateTime(QDate(2020, 5, 5), QTime(9, 0)), 1.0,
                              QStringLiteral("5"), true, true, QStringLiteral("Complet et clair"));
        }
        m_page->reload();
        QCOMPARE(column(sessionsView(), S::Satisfaction).at(1), QStringLiteral("85%"));
        QCOMPARE(comments().size(), 4); // still those of AC-2020-002
        QCOMPARE(widget<QTableView>("importsView")->model()->rowCount(), 3);
    }
};

QTEST_MAIN(TestSurveysPage)
#include "tst_surveyspage.moc"
