// The agents import dialog, driven through its widgets: guessed mapping, preview and problems,
// a field changed by hand, the mapping saved and loaded, the import with its summary, the
// confirmed deactivation, and a cancel that leaves the school as it was.
#include "FileDialog.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "TestSchool.h"
#include "WidgetDriver.h"
#include "dialogs/AgentImportDialog.h"
#include "itemmodels/AgentImportModels.h"
#include "pages/AgentsPage.h"
#include "storage/AgentStore.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace truc2;
using namespace truc2::ui;

namespace {

const QStringList kHeaders{
    QStringLiteral("N° agent"), QStringLiteral("Civilité"),     QStringLiteral("Nom d'usage"),
    QStringLiteral("Prénom"),   QStringLiteral("Direction"),    QStringLiteral("Service"),
    QStringLiteral("Cat."),     QStringLiteral("Adresse mail"), QStringLiteral("Date d'entrée")};

QStringList agentLine(const QString& matricule, const QString& last, const QString& first,
                      const QString& category = QStringLiteral("B"))
{
    return {matricule,
            QStringLiteral("Mme"),
            last,
            first,
            QStringLiteral("Direction des finances"),
            QStringLiteral("Paie"),
            category,
            last.toLower() + QStringLiteral("@ville.fr"),
            QStringLiteral("01/09/2015")};
}

/// An export with a title row above its headers, as HR systems write them.
Table hrExport(int extraAgents = 0)
{
    Table table;
    table.path = QStringLiteral("/tmp/export-rh.csv");
    table.records.append({{QStringLiteral("Liste des agents au 01/09/2026")}, 1});
    table.records.append({kHeaders, 2});
    table.records.append(
        {agentLine(QStringLiteral("00123"), QStringLiteral("Martin"), QStringLiteral("Élodie")),
         3});
    table.records.append(
        {agentLine(QStringLiteral("00124"), QStringLiteral("Durand"), QStringLiteral("Paul")), 4});
    table.records.append({agentLine(QStringLiteral("00125"), QStringLiteral("Leroy"),
                                    QStringLiteral("Anne"), QStringLiteral("Z")),
                          5});
    for (int i = 0; i < extraAgents; ++i) {
        table.records.append({agentLine(QStringLiteral("9%1").arg(i, 5, 10, QLatin1Char('0')),
                                        QStringLiteral("Agent"), QString::number(i)),
                              table.records.size() + 1});
    }
    return table;
}

} // namespace

class TestAgentImportDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestSchool> m_school;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<AgentImportDialog> m_dialog;

    PageContext context() { return {m_school->school(), *m_undo, false}; }

    template <typename W>
    W* child(const char* name)
    {
        return test::child<W>(m_dialog.get(), name);
    }
    QPushButton* importButton()
    {
        return child<QDialogButtonBox>("buttonBox")->button(QDialogButtonBox::Ok);
    }
    QString summary() { return child<QLabel>("summaryLabel")->text(); }

private Q_SLOTS:
    void initTestCase()
    {
        TRUC2_REQUIRE_BACKEND();
        MessageBox::setAutomaticAnswers(true);
    }

    void init()
    {
        m_school = std::make_unique<test::TestSchool>();
        m_undo = std::make_unique<QUndoStack>();
        m_dialog = std::make_unique<AgentImportDialog>(context());
        m_dialog->show();
        MessageBox::takeShownTexts();
    }

    void cleanup()
    {
        m_dialog.reset();
        m_undo.reset();
        m_school.reset();
    }

    void guessesTheMappingAndPreviews()
    {
        QVERIFY(!importButton()->isEnabled());
        m_dialog->setTable(hrExport());
        QCOMPARE(child<QSpinBox>("headerRowSpinBox")->value(), 2);
        QCOMPARE(child<QComboBox>("fieldComboBox0")->currentText(), QStringLiteral("Matricule"));
        QCOMPARE(child<QComboBox>("fieldComboBox2")->currentText(), QStringLiteral("Last name"));
        QCOMPARE(child<QComboBox>("fieldComboBox6")->currentText(), QStringLiteral("Category"));
        QCOMPARE(child<QComboBox>("fieldComboBox8")->currentText(), QStringLiteral("(ignored)"));

        auto* preview = child<QTableView>("previewTableView");
        auto* problems = child<QTableView>("problemsTableView");
        QAbstractItemModelTester previewTester(preview->model());
        QAbstractItemModelTester problemsTester(problems->model());
        QCOMPARE(preview->model()->rowCount(), 3);
        QCOMPARE(test::column(preview, AgentImportPreviewModel::MatriculeColumn),
                 (QStringList{QStringLiteral("00123"), QStringLiteral("00124"),
                              QStringLiteral("00125")}));
        QCOMPARE(test::column(preview, AgentImportPreviewModel::ActionColumn),
                 (QStringList{QStringLiteral("New"), QStringLiteral("New"),
                              QStringLiteral("Rejected")}));
        QCOMPARE(problems->model()->rowCount(), 1);
        QCOMPARE(test::column(problems, AgentImportProblemModel::LineColumn),
                 QStringList{QStringLiteral("5")});
        QVERIFY(summary().startsWith(QStringLiteral("2 new agent(s), 0 changed, 0 unchanged")));
        QVERIFY(summary().contains(QStringLiteral("New directions: 1; new services: 1.")));
        QVERIFY(importButton()->isEnabled());
        QVERIFY(!child<QCheckBox>("deactivateCheckBox")->isEnabled()); // nobody to deactivate
    }

    void aFieldChosenByHandRefreshes()
    {
        m_dialog->setTable(hrExport());
        auto* lastName = child<QComboBox>("fieldComboBox2");
        lastName->setCurrentIndex(lastName->findText(QStringLiteral("(ignored)")));
        QVERIFY(!importButton()->isEnabled());
        QCOMPARE(summary(), QStringLiteral("Choose the column that holds the last name."));
        QCOMPARE(child<QTableView>("previewTableView")->model()->rowCount(), 0);

        lastName->setCurrentIndex(lastName->findText(QStringLiteral("Last name")));
        auto* category = child<QComboBox>("fieldComboBox6");
        category->setCurrentIndex(category->findText(QStringLiteral("(ignored)")));
        QVERIFY(importButton()->isEnabled());
        QVERIFY(summary().startsWith(QStringLiteral("3 new agent(s)")));
        QCOMPARE(child<QTableView>("problemsTableView")->model()->rowCount(), 0);
    }

    void headerRowCanBeChosen()
    {
        m_dialog->setTable(hrExport());
        child<QSpinBox>("headerRowSpinBox")->setValue(1);
        QCOMPARE(child<QComboBox>("fieldComboBox0")->currentText(), QStringLiteral("(ignored)"));
        QVERIFY(!importButton()->isEnabled());
        child<QSpinBox>("headerRowSpinBox")->setValue(2);
        QVERIFY(importButton()->isEnabled());
    }

    void savesAndLoadsTheMapping()
    {
        m_dialog->setTable(hrExport());
        auto* category = child<QComboBox>("fieldComboBox6");
        category->setCurrentIndex(category->findText(QStringLiteral("(ignored)")));
        const QString path = m_school->dir() + QStringLiteral("/mapping.json");
        FileDialog::setNextSaveFileName(path);
        QTest::mouseClick(child<QPushButton>("saveMappingButton"), Qt::LeftButton);
        QVERIFY(QFile::exists(path));

        m_dialog = std::make_unique<AgentImportDialog>(context());
        m_dialog->show();
        m_dialog->setTable(hrExport());
        QCOMPARE(child<QComboBox>("fieldComboBox6")->currentText(), QStringLiteral("Category"));
        FileDialog::setNextOpenFileName(path);
        QTest::mouseClick(child<QPushButton>("loadMappingButton"), Qt::LeftButton);
        QCOMPARE(child<QComboBox>("fieldComboBox6")->currentText(), QStringLiteral("(ignored)"));
        QCOMPARE(m_dialog->mapping().column(AgentField::Category), -1);
        QVERIFY(MessageBox::takeShownTexts().isEmpty());
    }

    void importsAndSummarises()
    {
        QSignalSpy reset(&m_school->school().agents(), &AgentStore::reset);
        m_dialog->setTable(hrExport());
        QTest::mouseClick(importButton(), Qt::LeftButton);
        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
        QCOMPARE(m_dialog->summary().created, 2);
        QCOMPARE(m_dialog->summary().rejected.size(), 1);
        QCOMPARE(m_school->school().agents().count(), 2);
        QCOMPARE(reset.size(), 1);
        const QStringList shown = MessageBox::takeShownTexts();
        QCOMPARE(shown.size(), 1);
        QVERIFY(shown.first().startsWith(QStringLiteral("2 new agent(s)")));
    }

    void deactivationIsConfirmedFirst()
    {
        Agent gone;
        gone.matricule = QStringLiteral("00099");
        gone.lastName = QStringLiteral("Parti");
        gone.firstName = QStringLiteral("Jean");
        QVERIFY(m_school->school().agents().insert(gone));
        m_dialog = std::make_unique<AgentImportDialog>(context());
        m_dialog->show();
        m_dialog->setTable(hrExport());
        auto* deactivate = child<QCheckBox>("deactivateCheckBox");
        QVERIFY(deactivate->isEnabled());
        QVERIFY(deactivate->text().contains(QStringLiteral("1 agent(s)")));
        deactivate->setChecked(true);
        QVERIFY(summary().contains(QStringLiteral("1 deactivated")));

        MessageBox::setNextAnswer(QMessageBox::No);
        QTest::mouseClick(importButton(), Qt::LeftButton);
        QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
        QCOMPARE(m_school->school().agents().count(), 1);
        QStringList shown = MessageBox::takeShownTexts();
        QCOMPARE(shown.size(), 1);
        QVERIFY(shown.first().startsWith(QStringLiteral("1 agent(s) missing from this file")));

        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(importButton(), Qt::LeftButton);
        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
        QCOMPARE(m_dialog->summary().deactivated, 1);
        const Result<QList<AgentRow>> rows = m_school->school().agents().list();
        for (const AgentRow& row : *rows) {
            QCOMPARE(row.agent.active, row.agent.matricule != QLatin1String("00099"));
        }
    }

    void cancelLeavesTheSchoolAsItWas()
    {
        m_dialog->setTable(hrExport(3000));
        QVERIFY(summary().startsWith(QStringLiteral("3002 new agent(s)")));
        bool cancelled = false;
        QTimer::singleShot(0, this, [&] {
            auto* progress =
                m_dialog->findChild<QProgressDialog*>(QStringLiteral("importProgressDialog"));
            QVERIFY(progress);
            progress->cancel();
            cancelled = true;
        });
        QTest::mouseClick(importButton(), Qt::LeftButton);
        QVERIFY(cancelled);
        QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
        QCOMPARE(m_school->school().agents().count(), 0);
        const QStringList shown = MessageBox::takeShownTexts();
        QCOMPARE(shown.size(), 1);
        QVERIFY(shown.first().contains(QStringLiteral("cancelled")));
        QVERIFY(importButton()->isEnabled()); // it can be tried again
    }

    void agentsPageOpensTheDialog()
    {
        AgentsPage page(context());
        auto* button = page.findChild<QPushButton*>(QStringLiteral("importButton"));
        QVERIFY(button);
        QVERIFY(button->isEnabled());
        bool opened = false;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<AgentImportDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            opened = true;
            dialog->reject();
        });
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(opened);

        AgentsPage readOnly({m_school->school(), *m_undo, true});
        QVERIFY(!readOnly.findChild<QPushButton*>(QStringLiteral("importButton"))->isEnabled());
    }

    void fileMenuOpensTheDialogOnTheAgentsPage()
    {
        m_dialog.reset();
        MainWindow window(m_school->school());
        auto* action = window.findChild<QAction*>(QStringLiteral("importAgentsAction"));
        QVERIFY(action);
        QVERIFY(action->isEnabled());
        bool opened = false;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<AgentImportDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QCOMPARE(dialog->parentWidget(), window.agentsPage());
            opened = true;
            dialog->reject();
        });
        action->trigger();
        QVERIFY(opened);
    }
};

QTEST_MAIN(TestAgentImportDialog)
#include "tst_agentimportdialog.moc"
