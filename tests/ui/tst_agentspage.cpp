// The Agents page, driven through its widgets: add through the dialog, search, sort, edit,
// deactivate, undo and redo.
#include "MessageBox.h"
#include "TestSchool.h"
#include "WidgetDriver.h"
#include "dialogs/AgentDialog.h"
#include "i18n/Translations.h"
#include "itemmodels/AgentTableModel.h"
#include "pages/AgentsPage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace truc2;
using namespace truc2::ui;
using truc2::test::column;
using truc2::test::type;

namespace {

void answerAgentDialog(const std::function<void(AgentDialog*)>& fill,
                       const std::function<void(AgentDialog*)>& stillOpen = {})
{
    test::answerDialog<AgentDialog>(fill, stillOpen);
}

} // namespace

class TestAgentsPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestSchool> m_school;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<AgentsPage> m_page;
    QTableView* m_table = nullptr;

    void addDirectly(const QString& last, const QString& first, const QString& matricule,
                     qint64 service)
    {
        Agent a;
        a.lastName = last;
        a.firstName = first;
        a.matricule = matricule;
        a.serviceId = service;
        QVERIFY((*m_school)->agents().insert(a));
    }

private Q_SLOTS:
    void initTestCase()
    {
        installTranslations(Language::English); // for the English plurals ("3 agents")
        MessageBox::setAutomaticAnswers(true);
        test::useTemporarySettings();
    }

    void init()
    {
        m_school = std::make_unique<test::TestSchool>();
        const qint64 culture =
            m_school->addService(QStringLiteral("Culture"), QStringLiteral("Médiathèque"));
        m_school->addService(QStringLiteral("Ressources humaines"), QStringLiteral("Formation"));
        addDirectly(QStringLiteral("Martin"), QStringLiteral("Paul"), QStringLiteral("00456"),
                    culture);
        addDirectly(QStringLiteral("Bernard"), QStringLiteral("Lucie"), QStringLiteral("00789"),
                    culture);
        m_undo = std::make_unique<QUndoStack>();
        m_page = std::make_unique<AgentsPage>(PageContext{m_school->school(), *m_undo, false});
        m_page->resize(1000, 600);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_table = m_page->findChild<QTableView*>(QStringLiteral("agentsTableView"));
        QVERIFY(m_table);
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
        addDirectly(QStringLiteral("Zola"), QStringLiteral("Émile"), QStringLiteral("00999"), 0);
        const qint64 id = (*m_school)->agents().list()->last().agent.id;
        QVERIFY((*m_school)->agents().setActive({id}, false));
        QTest::keyClicks(m_page->findChild<QLineEdit*>(QStringLiteral("searchLineEdit")),
                         QStringLiteral("mar"));
        QTRY_COMPARE(m_table->model()->rowCount(), 1);
        QVERIFY((*m_school)->agents().remove(id));
    }

    void addThroughDialogThenUndoAndRedo()
    {
        QCOMPARE(column(m_table, AgentTableModel::LastName),
                 (QStringList{QStringLiteral("Bernard"), QStringLiteral("Martin")}));
        answerAgentDialog([](AgentDialog* d) {
            type(d, "matriculeLineEdit", QStringLiteral("00123"));
            type(d, "lastNameLineEdit", QStringLiteral("Dupont"));
            type(d, "firstNameLineEdit", QStringLiteral("Élodie"));
            type(d, "emailLineEdit", QStringLiteral("elodie.dupont@ville-exemple.fr"));
            auto* direction = d->findChild<QComboBox*>(QStringLiteral("directionComboBox"));
            direction->setCurrentIndex(direction->findText(QStringLiteral("Ressources humaines")));
            auto* category = d->findChild<QComboBox*>(QStringLiteral("categoryComboBox"));
            category->setCurrentIndex(category->findText(QStringLiteral("B")));
        });
        QTest::mouseClick(m_page->findChild<QPushButton*>(QStringLiteral("addPushButton")),
                          Qt::LeftButton);

        // Sorted in by name, selected, with its service.
        QCOMPARE(column(m_table, AgentTableModel::LastName),
                 (QStringList{QStringLiteral("Bernard"), QStringLiteral("Dupont"),
                              QStringLiteral("Martin")}));
        QCOMPARE(m_table->currentIndex().row(), 1);
        QCOMPARE(m_table->model()->index(1, AgentTableModel::Service).data().toString(),
                 QStringLiteral("Formation"));
        QCOMPARE(m_table->model()->index(1, AgentTableModel::Matricule).data().toString(),
                 QStringLiteral("00123"));
        QCOMPARE(m_page->findChild<QLabel*>(QStringLiteral("countLabel"))->text(),
                 QStringLiteral("3 agents"));

        // Searchable at once (accents ignored).
        auto* search = m_page->findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
        QTest::keyClicks(search, QStringLiteral("elodie"));
        QTRY_COMPARE(m_table->model()->rowCount(), 1);
        QCOMPARE(m_table->model()->index(0, AgentTableModel::LastName).data().toString(),
                 QStringLiteral("Dupont"));
        search->clear();
        QTRY_COMPARE(m_table->model()->rowCount(), 3);

        // Undo: gone from the list and the database; redo: back, same id.
        const qint64 id =
            m_table->model()->index(1, 0).data(AgentTableModel::AgentIdRole).toLongLong();
        QCOMPARE(m_undo->count(), 1);
        m_undo->undo();
        QCOMPARE(column(m_table, AgentTableModel::LastName),
                 (QStringList{QStringLiteral("Bernard"), QStringLiteral("Martin")}));
        QVERIFY(!(*m_school)->agents().agent(id));
        m_undo->redo();
        QCOMPARE(m_table->model()->rowCount(), 3);
        QCOMPARE((*m_school)->agents().agent(id)->firstName, QStringLiteral("Élodie"));
    }

    void invalidDialogStaysOpenAndSavesNothing()
    {
        bool stayedOpen = false;
        QString shownProblems;
        answerAgentDialog(
            [](AgentDialog* d) {
                type(d, "firstNameLineEdit", QStringLiteral("Anonyme"));
                type(d, "emailLineEdit", QStringLiteral("pas une adresse"));
                type(d, "matriculeLineEdit", QStringLiteral("00456")); // Paul Martin's
            },
            [&](AgentDialog* d) {
                stayedOpen = true;
                shownProblems = d->findChild<QLabel*>(QStringLiteral("problemsLabel"))->text();
                QVERIFY(!d->findChild<QLineEdit*>(QStringLiteral("emailLineEdit"))
                             ->styleSheet()
                             .isEmpty());
            });
        QVERIFY(!m_page->addAgent());
        QVERIFY(stayedOpen);
        QVERIFY2(shownProblems.contains(QStringLiteral("last name is required")),
                 qPrintable(shownProblems));
        QVERIFY(shownProblems.contains(QStringLiteral("is not an e-mail address")));
        QVERIFY(shownProblems.contains(QStringLiteral("already belongs to Paul Martin")));
        QCOMPARE(m_table->model()->rowCount(), 2);
        QCOMPARE(m_undo->count(), 0);
    }

    void sortsOnEveryColumn()
    {
        m_table->sortByColumn(AgentTableModel::Matricule, Qt::DescendingOrder);
        QCOMPARE(column(m_table, AgentTableModel::Matricule),
                 (QStringList{QStringLiteral("00789"), QStringLiteral("00456")}));
        m_table->sortByColumn(AgentTableModel::FirstName, Qt::AscendingOrder);
        QCOMPARE(column(m_table, AgentTableModel::FirstName),
                 (QStringList{QStringLiteral("Lucie"), QStringLiteral("Paul")}));
    }

    void editThroughDialogAndUndo()
    {
        m_table->selectRow(1); // Martin
        answerAgentDialog(
            [](AgentDialog* d) { type(d, "firstNameLineEdit", QStringLiteral("Pierre")); });
        QTest::mouseClick(m_page->findChild<QPushButton*>(QStringLiteral("editPushButton")),
                          Qt::LeftButton);
        QCOMPARE(m_table->model()->index(1, AgentTableModel::FirstName).data().toString(),
                 QStringLiteral("Pierre"));
        m_undo->undo();
        QCOMPARE(m_table->model()->index(1, AgentTableModel::FirstName).data().toString(),
                 QStringLiteral("Paul"));
        m_undo->redo();
        QCOMPARE(m_table->model()->index(1, AgentTableModel::FirstName).data().toString(),
                 QStringLiteral("Pierre"));
    }

    void facilitationTrainingIsRecordedThenCleared()
    {
        m_table->selectRow(1); // Martin, never trained
        answerAgentDialog([](AgentDialog* d) {
            auto* trained = d->findChild<QCheckBox*>(QStringLiteral("trainedCheckBox"));
            auto* date = d->findChild<QDateEdit*>(QStringLiteral("trainedDateEdit"));
            QVERIFY(!trained->isChecked());
            QVERIFY(!date->isEnabled());
            QCOMPARE(date->displayFormat(), QStringLiteral("dd/MM/yyyy"));
            trained->click();
            QVERIFY(date->isEnabled());
            date->setFocus();
            date->setSelectedSection(QDateTimeEdit::DaySection);
            QTest::keyClicks(date, QStringLiteral("21092021")); // sections advance as they fill
        });
        QVERIFY(m_page->editSelectedAgent());
        const qint64 martin =
            m_table->model()->index(1, 0).data(AgentTableModel::AgentIdRole).toLongLong();
        QCOMPARE((*m_school)->agents().agent(martin)->facilitationTrainedOn, QDate(2021, 9, 21));

        // Opened again, the dialog shows the date; unticked, the date goes.
        answerAgentDialog([](AgentDialog* d) {
            auto* trained = d->findChild<QCheckBox*>(QStringLiteral("trainedCheckBox"));
            QVERIFY(trained->isChecked());
            QCOMPARE(d->findChild<QDateEdit*>(QStringLiteral("trainedDateEdit"))->date(),
                     QDate(2021, 9, 21));
            trained->click();
        });
        QVERIFY(m_page->editSelectedAgent());
        QVERIFY(!(*m_school)->agents().agent(martin)->facilitationTrainedOn.isValid());
        m_undo->undo();
        QCOMPARE((*m_school)->agents().agent(martin)->facilitationTrainedOn, QDate(2021, 9, 21));
    }

    void undoOfAnEditSurvivesOtherUndoneCommands()
    {
        m_table->selectRow(1); // Martin
        answerAgentDialog(
            [](AgentDialog* d) { type(d, "gradeLineEdit", QStringLiteral("Rédacteur")); });
        QVERIFY(m_page->editSelectedAgent());
        MessageBox::setNextAnswer(QMessageBox::Yes);
        m_page->toggleSelectedActive(); // deactivate: the row's version moves on
        m_undo->undo();                 // reactivate
        m_undo->undo();                 // the edit's undo still applies
        QCOMPARE(m_undo->index(), 0);
        QCOMPARE((*m_school)->agents().list()->last().agent.grade, QString());
        m_undo->redo();
        QCOMPARE((*m_school)->agents().list()->last().agent.grade, QStringLiteral("Rédacteur"));
    }

    void undoRefusesToOverwriteAnotherWorkstationsChange()
    {
        m_table->selectRow(1);
        answerAgentDialog(
            [](AgentDialog* d) { type(d, "gradeLineEdit", QStringLiteral("Rédacteur")); });
        QVERIFY(m_page->editSelectedAgent());
        // Another workstation changes the same agent.
        Agent theirs = (*m_school)->agents().list()->last().agent;
        theirs.grade = QStringLiteral("Attaché");
        QVERIFY((*m_school)->agents().update(theirs));
        MessageBox::takeShownTexts();
        m_undo->undo();
        QCOMPARE((*m_school)->agents().list()->last().agent.grade, QStringLiteral("Attaché"));
        QCOMPARE(m_undo->count(), 0);
    }

    void deactivateHidesThenShowInactiveReactivates()
    {
        m_table->selectRow(0); // Bernard
        auto* toggle = m_page->findChild<QPushButton*>(QStringLiteral("toggleActivePushButton"));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(
            MessageBox::takeShownTexts().first().contains(QStringLiteral("Deactivate 1 agent")));
        QCOMPARE(column(m_table, AgentTableModel::LastName), QStringList{QStringLiteral("Martin")});

        QTest::mouseClick(m_page->findChild<QCheckBox*>(QStringLiteral("showInactiveCheckBox")),
                          Qt::LeftButton);
        QCOMPARE(m_table->model()->rowCount(), 2);
        m_table->selectRow(0);
        QCOMPARE(toggle->text(), QStringLiteral("&Reactivate"));
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY((*m_school)->agents().list()->first().agent.active);
        QCOMPARE(m_undo->count(), 2);
        const qint64 bernard = (*m_school)->agents().list()->first().agent.id;
        m_undo->undo();
        QVERIFY(!(*m_school)->agents().agent(bernard)->active);
        m_undo->undo();
        QVERIFY((*m_school)->agents().agent(bernard)->active);
    }

    void undoOfAMixedSelectionRestoresEachAgent()
    {
        const QList<AgentRow> rows = *(*m_school)->agents().list();
        const qint64 bernard = rows.at(0).agent.id;
        const qint64 martin = rows.at(1).agent.id;
        QVERIFY((*m_school)->agents().setActive({bernard}, false));
        QTest::mouseClick(m_page->findChild<QCheckBox*>(QStringLiteral("showInactiveCheckBox")),
                          Qt::LeftButton);
        m_table->selectAll(); // Bernard inactive, Martin active: "Reactivate" both
        auto* toggle = m_page->findChild<QPushButton*>(QStringLiteral("toggleActivePushButton"));
        QCOMPARE(toggle->text(), QStringLiteral("&Reactivate"));
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY((*m_school)->agents().agent(bernard)->active);
        m_undo->undo();
        QVERIFY(!(*m_school)->agents().agent(bernard)->active);
        QVERIFY((*m_school)->agents().agent(martin)->active); // was active, stays active
    }

    void editingAnAgentOfARetiredDirectionKeepsTheService()
    {
        const QList<Direction> directions = *(*m_school)->organisation().directions();
        const Direction culture = directions.first(); // Bernard and Martin's
        QVERIFY((*m_school)->organisation().updateDirection(culture,
                                                            {culture.id, culture.name, false}));
        const Agent before = (*m_school)->agents().list()->first().agent;
        AgentDialog dialog(m_school->school(), before);
        QCOMPARE(dialog.agent().serviceId, before.serviceId);
        QVERIFY(dialog.agent() == before); // OK without a change saves nothing new
    }

    void readOnlyDisablesEditing()
    {
        AgentsPage page(PageContext{m_school->school(), *m_undo, true});
        page.show();
        QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("addPushButton"))->isEnabled());
        QVERIFY(
            !page.findChild<QPushButton*>(QStringLiteral("organisationPushButton"))->isEnabled());
        page.findChild<QTableView*>(QStringLiteral("agentsTableView"))->selectRow(0);
        QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("editPushButton"))->isEnabled());
        QVERIFY(!page.addAgent());
    }
};

QTEST_MAIN(TestAgentsPage)
#include "tst_agentspage.moc"
