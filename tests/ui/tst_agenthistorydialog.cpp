// The agent history dialog, opened from the Agents page over HistorySchool
// (tests/support/HistorySchool.h): the History… button follows the selection, the dialog shows
// the agent's name and service, their sessions newest first and the summary, follows its period,
// refuses an attestation of nothing and prints the attestation de formation, saved from the
// print preview and read back.
#include "HistorySchool.h"
#include "MessageBox.h"
#include "PdfText.h"
#include "WidgetDriver.h"
#include "dialogs/AgentHistoryDialog.h"
#include "documents/DocumentText.h"
#include "documents/PrintPreview.h"
#include "i18n/Translations.h"
#include "itemmodels/AgentHistoryModel.h"
#include "pages/AgentsPage.h"
#include "widgets/PeriodSelector.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace truc2;
using namespace truc2::ui;
using truc2::test::column;
using truc2::test::type;

namespace {

QString historyText(const char* context, const char* source, const char* comment = nullptr,
                    int n = -1)
{
    return QCoreApplication::translate(context, source, comment, n);
}

/// Once a print preview is the modal dialog: saves it as `pdf`, then closes it.
void savePreviewAs(const QString& pdf, bool* seen)
{
    auto* poll = new QTimer;
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, pdf, seen] {
        auto* dialog = qobject_cast<QPrintPreviewDialog*>(QApplication::activeModalWidget());
        if (!dialog) {
            return;
        }
        poll->stop();
        poll->deleteLater();
        *seen = true;
        PrintPreview::setNextSaveFileName(pdf);
        dialog->findChild<QAction*>(QStringLiteral("savePdfAction"))->trigger();
        dialog->reject();
    });
    poll->start();
}

} // namespace

class TestAgentHistoryDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::HistorySchool> m_school;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<AgentsPage> m_page;
    QTableView* m_agents = nullptr;
    QPushButton* m_historyButton = nullptr;

    School& school() { return *m_school->school; }

    /// Shows the agents matching `search` and selects the first.
    void selectAgent(const QString& search)
    {
        type(m_page.get(), "searchLineEdit", search);
        QTRY_COMPARE(m_agents->model()->rowCount(), 1);
        m_agents->selectRow(0);
    }

    /// Clicks History… and runs `act` on the dialog it opens, then closes it.
    void withHistoryDialog(const std::function<void(AgentHistoryDialog*)>& act)
    {
        bool opened = false;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<AgentHistoryDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            opened = true;
            act(dialog);
            dialog->reject();
        });
        QTest::mouseClick(m_historyButton, Qt::LeftButton);
        QVERIFY(opened);
    }

private Q_SLOTS:
    void initTestCase()
    {
        TRUC2_REQUIRE_BACKEND();
        installTranslations(Language::English); // the English plurals
        MessageBox::setAutomaticAnswers(true);
        test::useTemporarySettings();
    }

    void init()
    {
        m_school = std::make_unique<test::HistorySchool>();
        QVERIFY(school().settings().setIdentity(
            {QStringLiteral("Ville de Testville"), QStringLiteral("TRUC²"), QByteArray()}));
        m_undo = std::make_unique<QUndoStack>();
        // Read-only: looking at a history and printing it change nothing.
        m_page = std::make_unique<AgentsPage>(PageContext{school(), *m_undo, true});
        m_page->resize(1000, 600);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_agents = m_page->findChild<QTableView*>(QStringLiteral("agentsTableView"));
        m_historyButton = m_page->findChild<QPushButton*>(QStringLiteral("historyButton"));
        QVERIFY(m_agents && m_historyButton);
        MessageBox::takeShownTexts();
    }

    void cleanup()
    {
        m_page.reset();
        test::useTemporarySettings(); // the dialog remembered its columns: start afresh
        m_undo.reset();
        m_school.reset();
    }

    void buttonFollowsTheSelection()
    {
        QVERIFY(!m_historyButton->isEnabled());
        m_agents->selectRow(0);
        QVERIFY(m_historyButton->isEnabled());
        m_agents->selectAll();
        QVERIFY(!m_historyButton->isEnabled()); // one agent at a time
        m_agents->clearSelection();
        QVERIFY(!m_historyButton->isEnabled());
    }

    void historyOfAnAgent()
    {
        selectAgent(QStringLiteral("hal"));
        withHistoryDialog([&](AgentHistoryDialog* dialog) {
            QAbstractItemModelTester tester(dialog->model(),
                                            QAbstractItemModelTester::FailureReportingMode::Fatal);
            QCOMPARE(
                dialog->windowTitle(),
                historyText("truc2::ui::AgentHistoryDialog", "History of %1 (%2)", "name, service")
                    .arg(QStringLiteral("HAL Test"), QStringLiteral("Comptabilité")));
            QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("affiliationLabel"))->text(),
                     QStringLiteral("Direction des finances / Comptabilité"));
            auto* table = dialog->findChild<QTableView*>(QStringLiteral("historyTableView"));
            QCOMPARE(column(table, AgentHistoryModel::Code),
                     (QStringList{QStringLiteral("AC-2020-005"), QStringLiteral("AC-2020-004"),
                                  QStringLiteral("PR-2020-002"), QStringLiteral("AC-2020-002"),
                                  QStringLiteral("AC-2020-001")}));
            QCOMPARE(
                column(table, AgentHistoryModel::Hours),
                (QStringList{QString(), QString(), hoursText(720), QString(), hoursText(180)}));
            // "2 sessions attended, 15 h of training; 0 sessions animated"
            const char* model = "truc2::AgentHistoryModel";
            const QString summary =
                historyText(model, "%1; %2", "sessions attended; sessions animated")
                    .arg(historyText(model, "%n session(s) attended", nullptr, 2) +
                             historyText(model, ", %1 of training", "hours").arg(hoursText(900)),
                         historyText(model, "%n session(s) animated", nullptr, 0));
            auto* summaryLabel = dialog->findChild<QLabel*>(QStringLiteral("summaryLabel"));
            QCOMPARE(summaryLabel->text(), summary);

            // Sorted by hours, most first, as the header is clicked.
            table->sortByColumn(AgentHistoryModel::Hours, Qt::DescendingOrder);
            QCOMPARE(column(table, AgentHistoryModel::Code).first(), QStringLiteral("PR-2020-002"));

            // Over the autumn only.
            dialog->periodSelector()->showPeriod({QDate(2020, 9, 1), QDate(2020, 11, 30)});
            QCOMPARE(column(table, AgentHistoryModel::Code),
                     QStringList{QStringLiteral("PR-2020-002")});
            QVERIFY(summaryLabel->text().contains(hoursText(720)));
            dialog->periodSelector()->showCalendarYear(2019);
            QCOMPARE(table->model()->rowCount(), 0);
            QCOMPARE(summaryLabel->text(),
                     historyText("truc2::ui::AgentHistoryDialog", "No session in this period."));
        });
    }

    void attestationOfThePeriod()
    {
        selectAgent(QStringLiteral("hal"));
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("attestation.pdf"));
        bool previewed = false;
        withHistoryDialog([&](AgentHistoryDialog* dialog) {
            auto* button = dialog->findChild<QPushButton*>(QStringLiteral("attestationButton"));
            QVERIFY(button && button->isEnabled());

            // Nothing attended in 2019: refused, with a message that says so and why.
            auto* kind = dialog->findChild<QComboBox*>(QStringLiteral("periodComboBox"));
            QCOMPARE(kind->currentText(), historyText("truc2::ui::PeriodSelector", "All time"));
            dialog->periodSelector()->showCalendarYear(2019);
            savePreviewAs(pdf, &previewed);
            QTest::mouseClick(button, Qt::LeftButton);
            const QStringList refused = MessageBox::takeShownTexts();
            QCOMPARE(refused.size(), 1);
            QVERIFY2(refused.first().contains(QStringLiteral("Test Hal")),
                     qPrintable(refused.first()));
            QVERIFY(refused.first().contains(QStringLiteral("31/12/2019")));
            QVERIFY(!previewed);

            // Back to 2020 with the arrow: the preview opens, and saves the PDF.
            QTest::mouseClick(dialog->findChild<QWidget*>(QStringLiteral("nextToolButton")),
                              Qt::LeftButton);
            QCOMPARE(dialog->periodSelector()->period().from, QDate(2020, 1, 1));
            QTest::mouseClick(button, Qt::LeftButton);
            QTRY_VERIFY(previewed);
        });
        QCOMPARE(MessageBox::takeShownTexts(), QStringList());
        QCOMPARE(PrintPreview::lastSavedFileName(), pdf);
        const test::PdfText text = test::readPdf(pdf);
        QVERIFY(text.loaded);
        QCOMPARE(text.title, historyText("TrainingAttestation", "Attestation of training"));
        QVERIFY(text.contains(QStringLiteral("Test Hal")));
        QVERIFY(text.contains(QStringLiteral("01/01/2020")));
        QVERIFY(text.contains(QStringLiteral("AC-2020-001")));
        QVERIFY(text.contains(QStringLiteral("PR-2020-002")));
        QVERIFY(!text.contains(QStringLiteral("AC-2020-002"))); // cancelled
        QVERIFY(!text.contains(QStringLiteral("AC-2020-004"))); // waiting list
        QVERIFY(text.contains(historyText("Attestation", "Total: %n session(s)", nullptr, 2) +
                              QStringLiteral(" 15 h")));
    }

    void followsChangesWhileOpen()
    {
        selectAgent(QStringLiteral("hal"));
        withHistoryDialog([&](AgentHistoryDialog* dialog) {
            auto* table = dialog->findChild<QTableView*>(QStringLiteral("historyTableView"));
            QCOMPARE(table->model()->rowCount(), 5);
            // Hal registers for January's conference from another screen.
            QVERIFY(school().registrations().registerAgent(m_school->ac2021, m_school->hal));
            QTRY_COMPARE(table->model()->rowCount(), 6);
            QCOMPARE(column(table, AgentHistoryModel::Code).first(), QStringLiteral("AC-2021-001"));
        });
    }
};

QTEST_MAIN(TestAgentHistoryDialog)
#include "tst_agenthistorydialog.moc"
