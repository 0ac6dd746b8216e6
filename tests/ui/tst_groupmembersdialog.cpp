// The members of a closed-group format: the dialog driven through its widgets (members added
// by type-ahead, removed, undone and redone; external speakers never offered; read-only), and
// the Catalogue page's Members… button, open for closed-group formats only.
#include "MessageBox.h"
#include "TestSchool.h"
#include "WidgetDriver.h"
#include "commands/EditCommand.h"
#include "dialogs/GroupMembersDialog.h"
#include "i18n/Translations.h"
#include "pages/CataloguePage.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace truc2;
using namespace truc2::ui;
using truc2::test::type;

class TestGroupMembersDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestSchool> m_school;
    std::unique_ptr<QUndoStack> m_undo;
    Format m_managers;
    qint64 m_workshops = 0;
    qint64 m_claire = 0, m_luc = 0, m_guest = 0;
    QStringList m_errors;

    School& school() { return m_school->school(); }

    qint64 addPerson(const QString& last, const QString& first, bool external = false)
    {
        Agent a;
        a.lastName = last;
        a.firstName = first;
        a.external = external;
        a.organisation = external ? QStringLiteral("CNFPT") : QString();
        return *school().agents().insert(a);
    }

    static QStringList texts(const QListWidget* list)
    {
        QStringList all;
        for (int i = 0; i < list->count(); ++i) {
            all << list->item(i)->text();
        }
        return all;
    }

    QList<qint64> stored()
    {
        QList<qint64> ids = *school().catalogue().members(m_managers.id);
        std::sort(ids.begin(), ids.end());
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        installTranslations(Language::English);
        MessageBox::setAutomaticAnswers(true);
        EditCommand::setErrorSink([this](const QString& text) { m_errors << text; });
    }

    void cleanupTestCase() { EditCommand::setErrorSink({}); }

    void init()
    {
        test::useTemporarySettings();
        m_errors.clear();
        m_school = std::make_unique<test::TestSchool>();
        m_undo = std::make_unique<QUndoStack>();
        Format workshops;
        workshops.code = QStringLiteral("UT");
        workshops.name = QStringLiteral("Un truc² en +");
        workshops.position = 1;
        m_workshops = *school().catalogue().insertFormat(workshops);
        m_managers.code = QStringLiteral("CM");
        m_managers.name = QStringLiteral("Communauté des managers");
        m_managers.registrationMode = RegistrationMode::Closed;
        m_managers.position = 2;
        m_managers.id = *school().catalogue().insertFormat(m_managers);
        m_claire = addPerson(QStringLiteral("Martin"), QStringLiteral("Claire"));
        m_luc = addPerson(QStringLiteral("Durand"), QStringLiteral("Luc"));
        m_guest = addPerson(QStringLiteral("Martinez"), QStringLiteral("Paul"), true);
    }

    void cleanup()
    {
        m_undo.reset();
        m_school.reset();
    }

    void membersAddedRemovedUndone()
    {
        GroupMembersDialog dialog(PageContext{school(), *m_undo, false}, m_managers);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Members of Communauté des managers"));
        auto* list = dialog.findChild<QListWidget*>(QStringLiteral("membersListWidget"));
        auto* edit = dialog.findChild<QLineEdit*>(QStringLiteral("memberLineEdit"));
        auto* remove = dialog.findChild<QPushButton*>(QStringLiteral("removeMemberButton"));
        auto* count = dialog.findChild<QLabel*>(QStringLiteral("countLabel"));
        QVERIFY(list && edit && remove && count);
        QCOMPARE(list->count(), 0);
        QVERIFY(!remove->isEnabled());

        // "mart" finds Claire Martin, not the external speaker Paul Martinez.
        auto* completer = dialog.findChild<QCompleter*>(QStringLiteral("memberLineEditCompleter"));
        type(&dialog, "memberLineEdit", QStringLiteral("mart"));
        QCOMPARE(completer->model()->rowCount(), 1);
        QTest::keyClick(edit, Qt::Key_Return);
        type(&dialog, "memberLineEdit", QStringLiteral("luc"));
        QTest::keyClick(edit, Qt::Key_Return);
        QVERIFY(dialog.isVisible()); // Return adds, it does not close
        QCOMPARE(texts(list),
                 QStringList({QStringLiteral("DURAND Luc"), QStringLiteral("MARTIN Claire")}));
        QVERIFY(count->text().startsWith(QStringLiteral("2 member")));
        QCOMPARE(stored(), (QList<qint64>{m_claire, m_luc}));
        // Members are not offered again.
        type(&dialog, "memberLineEdit", QStringLiteral("mart"));
        QCOMPARE(completer->model()->rowCount(), 0);

        list->setCurrentRow(1);
        QVERIFY(remove->isEnabled());
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(texts(list), QStringList{QStringLiteral("DURAND Luc")});
        QCOMPARE(m_undo->count(), 3);
        QCOMPARE(m_undo->undoText(),
                 QStringLiteral("Remove MARTIN Claire from Communauté des managers"));
        m_undo->undo();
        QCOMPARE(texts(list),
                 QStringList({QStringLiteral("DURAND Luc"), QStringLiteral("MARTIN Claire")}));
        m_undo->undo();
        QCOMPARE(stored(), QList<qint64>{m_claire});
        QCOMPARE(texts(list), QStringList{QStringLiteral("MARTIN Claire")});
        m_undo->redo();
        m_undo->redo();
        QCOMPARE(stored(), QList<qint64>{m_luc});
        QVERIFY(m_errors.isEmpty());
    }

    void readOnlyShowsTheMembers()
    {
        QVERIFY(school().catalogue().addMembers(m_managers.id, {m_claire}));
        GroupMembersDialog dialog(PageContext{school(), *m_undo, true}, m_managers);
        auto* list = dialog.findChild<QListWidget*>(QStringLiteral("membersListWidget"));
        QCOMPARE(texts(list), QStringList{QStringLiteral("MARTIN Claire")});
        list->setCurrentRow(0);
        QVERIFY(!dialog.findChild<QLineEdit*>(QStringLiteral("memberLineEdit"))->isEnabled());
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("removeMemberButton"))->isEnabled());
        QVERIFY(!dialog.addMember(m_luc));
        QVERIFY(!dialog.removeSelected());
        QCOMPARE(m_undo->count(), 0);
    }

    void cataloguePageOpensTheMembersOfClosedGroups()
    {
        CataloguePage page(PageContext{school(), *m_undo, false});
        page.resize(1100, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* members = page.findChild<QPushButton*>(QStringLiteral("membersButton"));
        QVERIFY(members);
        page.selectFormat(m_workshops);
        QVERIFY(!members->isEnabled());
        page.selectFormat(m_managers.id);
        QVERIFY(members->isEnabled());

        bool seen = false;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<GroupMembersDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            seen = true;
            type(dialog, "memberLineEdit", QStringLiteral("durand"));
            QTest::keyClick(dialog->findChild<QLineEdit*>(QStringLiteral("memberLineEdit")),
                            Qt::Key_Return);
            dialog->reject();
        });
        QTest::mouseClick(members, Qt::LeftButton);
        QVERIFY(seen);
        QCOMPARE(stored(), QList<qint64>{m_luc});
        QCOMPARE(m_undo->undoText(), QStringLiteral("Add DURAND Luc to Communauté des managers"));
    }
};

QTEST_MAIN(TestGroupMembersDialog)
#include "tst_groupmembersdialog.moc"
