// Directions and services: added, renamed, retired and removed through the dialog's buttons,
// every change undoable; a used service is refused and says why.
#include "MessageBox.h"
#include "TestSchool.h"
#include "commands/EditCommand.h"
#include "dialogs/OrganisationDialog.h"
#include "i18n/Translations.h"

#include <QApplication>
#include <QInputDialog>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace truc2;
using namespace truc2::ui;

namespace {

/// Answers the next QInputDialog with `text`.
void answerName(const QString& text)
{
    QTimer::singleShot(0, [text] {
        auto* input = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
        QVERIFY(input);
        input->setTextValue(text);
        input->accept();
    });
}

QTreeWidgetItem* find(QTreeWidget* tree, const QString& text)
{
    const QList<QTreeWidgetItem*> found =
        tree->findItems(text, Qt::MatchExactly | Qt::MatchRecursive);
    return found.isEmpty() ? nullptr : found.first();
}

} // namespace

class TestOrganisationDialog : public QObject
{
    Q_OBJECT

private:
    QStringList m_errors;

private Q_SLOTS:
    void initTestCase()
    {
        installTranslations(Language::English);
        MessageBox::setAutomaticAnswers(true);
        EditCommand::setErrorSink([this](const QString& message) { m_errors << message; });
    }

    void editsThroughButtonsAndUndo()
    {
        test::TestSchool school;
        QUndoStack undo;
        OrganisationDialog dialog(PageContext{*school, undo, false});
        dialog.show();
        auto* tree = dialog.findChild<QTreeWidget*>(QStringLiteral("organisationTreeWidget"));
        auto click = [&dialog](const char* name) {
            QTest::mouseClick(dialog.findChild<QPushButton*>(QLatin1String(name)), Qt::LeftButton);
        };

        answerName(QStringLiteral("Culture"));
        click("addDirectionPushButton");
        QVERIFY(find(tree, QStringLiteral("Culture")));
        tree->setCurrentItem(find(tree, QStringLiteral("Culture")));
        answerName(QStringLiteral("Bibliothèque"));
        click("addServicePushButton");
        QTreeWidgetItem* service = find(tree, QStringLiteral("Bibliothèque"));
        QVERIFY(service);
        QCOMPARE(service->parent()->text(0), QStringLiteral("Culture"));

        tree->setCurrentItem(service);
        answerName(QStringLiteral("Médiathèque"));
        click("renamePushButton");
        QVERIFY(find(tree, QStringLiteral("Médiathèque")));
        QCOMPARE(school->organisation().services()->first().name, QStringLiteral("Médiathèque"));

        tree->setCurrentItem(find(tree, QStringLiteral("Médiathèque")));
        click("toggleActivePushButton");
        QVERIFY(!school->organisation().services()->first().active);
        QCOMPARE(find(tree, QStringLiteral("Médiathèque"))->text(1), QStringLiteral("retired"));

        QCOMPARE(undo.count(), 4);
        undo.undo(); // reactivated
        undo.undo(); // "Bibliothèque" again
        QCOMPARE(school->organisation().services()->first().name, QStringLiteral("Bibliothèque"));
        QVERIFY(school->organisation().services()->first().active);
        undo.undo();
        undo.undo();
        QVERIFY(school->organisation().directions()->isEmpty());
        QCOMPARE(tree->topLevelItemCount(), 0);
        undo.redo();
        undo.redo();
        QCOMPARE(school->organisation().services()->size(), 1);
    }

    void undoNeverOverwritesAnotherWorkstationsRename()
    {
        test::TestSchool school;
        school.addService(QStringLiteral("Culture"), QStringLiteral("Bibliothèque"));
        QUndoStack undo;
        OrganisationDialog dialog(PageContext{*school, undo, false});
        auto* tree = dialog.findChild<QTreeWidget*>(QStringLiteral("organisationTreeWidget"));
        tree->setCurrentItem(find(tree, QStringLiteral("Bibliothèque")));
        dialog.renameSelected(QStringLiteral("Médiathèque"));
        // Another workstation renames it again.
        const Service now = school->organisation().services()->first();
        QVERIFY(school->organisation().updateService(
            now, {now.id, now.directionId, QStringLiteral("Médiathèque Émile-Zola"), true}));
        m_errors.clear();
        undo.undo();
        QCOMPARE(m_errors.size(), 1);
        QVERIFY(m_errors.first().contains(QStringLiteral("another workstation")));
        QCOMPARE(school->organisation().services()->first().name,
                 QStringLiteral("Médiathèque Émile-Zola"));
    }

    void removingAUsedServiceIsRefused()
    {
        test::TestSchool school;
        const qint64 serviceId =
            school.addService(QStringLiteral("Sports"), QStringLiteral("Piscine"));
        Agent agent;
        agent.lastName = QStringLiteral("Roux");
        agent.firstName = QStringLiteral("Anne");
        agent.serviceId = serviceId;
        QVERIFY(school->agents().insert(agent));
        QUndoStack undo;
        OrganisationDialog dialog(PageContext{*school, undo, false});
        auto* tree = dialog.findChild<QTreeWidget*>(QStringLiteral("organisationTreeWidget"));
        tree->setCurrentItem(find(tree, QStringLiteral("Piscine")));
        m_errors.clear();
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("removePushButton")),
                          Qt::LeftButton);
        QCOMPARE(m_errors.size(), 1);
        QVERIFY(m_errors.first().contains(QStringLiteral("deactivate")));
        QCOMPARE(undo.count(), 0);
        QCOMPARE(school->organisation().services()->size(), 1);
    }

    void readOnlyDisablesEverything()
    {
        test::TestSchool school;
        QUndoStack undo;
        OrganisationDialog dialog(PageContext{*school, undo, true});
        for (QPushButton* b : dialog.findChildren<QPushButton*>()) {
            if (b->objectName().endsWith(QLatin1String("PushButton"))) {
                QVERIFY2(!b->isEnabled(), qPrintable(b->objectName()));
            }
        }
    }
};

QTEST_MAIN(TestOrganisationDialog)
#include "tst_organisationdialog.moc"
