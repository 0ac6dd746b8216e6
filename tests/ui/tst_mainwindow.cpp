// The main window: navigation, the Edit menu's undo and redo by keyboard, remembered layout,
// the read-only banner, the first-run choices.
#include "MainWindow.h"
#include "MessageBox.h"
#include "StartUp.h"
#include "TestSchool.h"
#include "commands/AgentCommands.h"
#include "dialogs/FirstRunDialog.h"
#include "i18n/Translations.h"
#include "pages/AgentsPage.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace truc2;
using namespace truc2::ui;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        installTranslations(Language::English);
        MessageBox::setAutomaticAnswers(true);
        test::useTemporarySettings();
    }

    void speaksFrenchByDefault()
    {
        installTranslations(Language::French);
        const auto backToEnglish = qScopeGuard([] { installTranslations(Language::English); });
        test::TestSchool school;
        MainWindow window(*school);
        QStringList menus;
        for (QAction* action : window.menuBar()->actions()) {
            menus << action->text();
        }
        QCOMPARE(menus.mid(0, 3),
                 (QStringList{QStringLiteral("&Fichier"), QStringLiteral("&Édition"),
                              QStringLiteral("&Aide")}));
        auto* search = window.agentsPage()->findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
        QVERIFY2(search->placeholderText().startsWith(QStringLiteral("Rechercher")),
                 qPrintable(search->placeholderText()));
        auto* undo = window.findChild<QAction*>(QStringLiteral("undoAction"));
        QVERIFY(undo);
        QCOMPARE(undo->text(), QStringLiteral("&Annuler"));
        // Dates and numbers follow the French conventions too.
        QCOMPARE(QLocale().toString(QDate(2021, 5, 31), QLocale::ShortFormat),
                 QStringLiteral("31/05/2021"));
        QCOMPARE(QLocale().toString(41.6, 'f', 1), QStringLiteral("41,6"));
    }

    void navigationShowsEachPage()
    {
        test::TestSchool school;
        MainWindow window(*school);
        window.show();
        auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigationListWidget"));
        auto* pages = window.findChild<QStackedWidget*>(QStringLiteral("pagesStackedWidget"));
        QCOMPARE(navigation->count(), pages->count());
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("agentsPage"));
        const QStringList order{QStringLiteral("agentsPage"),    QStringLiteral("programmePage"),
                                QStringLiteral("cataloguePage"), QStringLiteral("animatorsPage"),
                                QStringLiteral("surveysPage"),   QStringLiteral("dashboardPage"),
                                QStringLiteral("reportsPage")};
        QCOMPARE(navigation->count(), order.size());
        for (int row = 0; row < order.size(); ++row) {
            navigation->setCurrentRow(row);
            QCOMPARE(pages->currentWidget()->objectName(), order.at(row));
        }
        window.showPage(QStringLiteral("agentsPage"));
        QCOMPARE(navigation->currentRow(), 0);

        // File ▸ Import agents… shows the Agents page under its dialog.
        navigation->setCurrentRow(1);
        QTimer::singleShot(0, [] {
            if (QWidget* dialog = QApplication::activeModalWidget()) {
                dialog->close();
            }
        });
        window.findChild<QAction*>(QStringLiteral("importAgentsAction"))->trigger();
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("agentsPage"));
    }

    void undoAndRedoByKeyboard()
    {
        test::TestSchool school;
        MainWindow window(*school);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        Agent agent;
        agent.lastName = QStringLiteral("Martin");
        agent.firstName = QStringLiteral("Élodie");
        // An edit pushed the way the pages push them.
        QVERIFY(school->agents().count() == 0);
        window.undoStack()->push(new AddAgentCommand(school->agents(), agent));
        QCOMPARE(school->agents().count(), 1);
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(school->agents().count(), 0);
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(school->agents().count(), 1);
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QTest::keyClick(&window, Qt::Key_Y, Qt::ControlModifier);
        QCOMPARE(school->agents().count(), 1);
    }

    void failedUndoIsReportedAndDropped()
    {
        test::TestSchool school;
        MainWindow window(*school);
        Agent agent;
        agent.lastName = QStringLiteral("Martin");
        agent.firstName = QStringLiteral("Paul");
        window.undoStack()->push(new AddAgentCommand(school->agents(), agent));
        // Meanwhile the agent got a registration elsewhere: removing it is refused.
        const qint64 id = school->agents().list()->first().agent.id;
        Session s;
        s.actionId = test::addWorkshopAction(*school);
        s.startsAt = QDateTime(QDate(2021, 3, 1), QTime(9, 0));
        s.endsAt = s.startsAt.addSecs(3600);
        Registration r;
        r.sessionId = school->sessions().insert(s)->id;
        r.personId = id;
        QVERIFY(school->sessions().insertRegistration(r));
        MessageBox::takeShownTexts();
        window.undoStack()->undo();
        QCOMPARE(school->agents().count(), 1);
        const QStringList shown = MessageBox::takeShownTexts();
        QCOMPARE(shown.size(), 1);
        QVERIFY(shown.first().contains(QStringLiteral("deactivate")));
        QCOMPARE(window.undoStack()->count(), 0); // dropped: the stack never lies
    }

    void statusBarNamesTheSchool()
    {
        test::TestSchool school;
        MainWindow window(*school);
        auto* location = window.findChild<QLabel*>(QStringLiteral("locationLabel"));
        QVERIFY(location);
        QCOMPARE(location->text(), school.path());
        QVERIFY(!window.windowTitle().contains(school.path()));
        QVERIFY(window.findChild<QAction*>(QStringLiteral("connectAction")));
        QVERIFY(window.nextDatabase().isEmpty());
    }

    void backUpNowWritesACopyInTheBackground()
    {
        test::TestSchool school; // SQLite: a shared school is backed up by its server
        QVERIFY(school->agents().insert([] {
            Agent a;
            a.lastName = QStringLiteral("Martin");
            a.firstName = QStringLiteral("Élodie");
            return a;
        }()));
        MainWindow window(*school);
        const QString copy = school.dir() + QStringLiteral("/copy.truc2");
        QVERIFY(window.backUpTo(copy));
        QVERIFY(window.backUpTo(copy)); // the save dialog already asked before replacing it
        auto reopened = School::open({copy});
        QVERIFY(reopened);
        QCOMPARE((*reopened)->agents().count(), 1);
        const Status refused = window.backUpTo(school.path());
        QVERIFY(!refused);
        QVERIFY(refused.errorMessage().contains(QStringLiteral("school file itself")));
        QCOMPARE(school->agents().count(), 1);
    }

    void remembersItsGeometry()
    {
        test::TestSchool school;
        {
            MainWindow window(*school);
            window.show();
            window.resize(900, 640);
            QTest::qWait(20);
            window.close();
        }
        MainWindow again(*school);
        QCOMPARE(again.size(), QSize(900, 640));
    }

    void readOnlySchoolShowsBanner()
    {
        test::TestSchool school;
        school.close();
        QFile::setPermissions(school.path(), QFile::ReadOwner);
        auto readOnly = School::open({school.path()});
        QVERIFY(readOnly);
        MainWindow window(**readOnly);
        auto* banner = window.findChild<QLabel*>(QStringLiteral("readOnlyBannerLabel"));
        QVERIFY(banner);
        QVERIFY(banner->text().contains(QStringLiteral("read-only")));
        QFile::setPermissions(school.path(), QFile::ReadOwner | QFile::WriteOwner);
    }

    void firstRunCreatesAnEmptySchool()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.truc2"));
        FirstRunDialog dialog(path);
        QTest::mouseClick(dialog.findChild<QRadioButton*>(QStringLiteral("emptyRadioButton")),
                          Qt::LeftButton);
        auto* organisation = dialog.findChild<QLineEdit*>(QStringLiteral("organisationLineEdit"));
        QVERIFY(organisation->isEnabled());
        dialog.accept(); // no organisation: refused, with a message
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!MessageBox::takeShownTexts().isEmpty());
        QTest::keyClicks(organisation, QStringLiteral("Ville d'Exemple"));
        auto* headcount = dialog.findChild<QSpinBox*>(QStringLiteral("headcountSpinBox"));
        headcount->setValue(420);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.choice(), FirstRunDialog::Choice::Empty);

        auto created = createSchool(path, false, dialog.organisationName(), dialog.schoolName(),
                                    dialog.headcount());
        QVERIFY2(created, created ? "" : qPrintable(created.errorMessage()));
        QCOMPARE((*created)->settings().identity()->organisationName,
                 QStringLiteral("Ville d'Exemple"));
        QCOMPARE((*created)->settings().identity()->schoolName, QStringLiteral("TRUC²"));
        QCOMPARE((*created)->settings().headcount(QDate::currentDate().year()), 420);
        QCOMPARE((*created)->agents().count(), 0);
    }

    void firstRunDemoFillsTheSchool()
    {
        QTemporaryDir dir;
        auto created = createSchool(dir.filePath(QStringLiteral("demo.truc2")), true);
        QVERIFY(created);
        QVERIFY((*created)->agents().count() >= 600);
        MainWindow window(**created);
        QVERIFY(window.windowTitle().contains(QStringLiteral("TRUC²")));
        QVERIFY(window.windowTitle().contains(QStringLiteral("Caluire")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
