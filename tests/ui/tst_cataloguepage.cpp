// The Catalogue page, driven through its widgets: formats and actions added, edited, moved,
// retired and removed through the buttons and dialogs, then undone and redone.
#include "MessageBox.h"
#include "TestSchool.h"
#include "WidgetDriver.h"
#include "commands/EditCommand.h"
#include "dialogs/ActionDialog.h"
#include "dialogs/FormatDialog.h"
#include "itemmodels/ActionTableModel.h"
#include "itemmodels/FormatTableModel.h"
#include "pages/CataloguePage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace truc2;
using namespace truc2::ui;
using truc2::test::answerDialog;
using truc2::test::column;
using truc2::test::type;

namespace {

void setSpin(QWidget* root, const char* name, int value)
{
    auto* spin = root->findChild<QSpinBox*>(QLatin1String(name));
    QVERIFY2(spin, name);
    spin->setValue(value);
}

} // namespace

class TestCataloguePage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestSchool> m_school;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<CataloguePage> m_page;
    QTableView* m_formats = nullptr;
    QTableView* m_actions = nullptr;
    QStringList m_errors;
    qint64 m_workshops = 0;

    CatalogueStore& store() { return (*m_school)->catalogue(); }

    QPushButton* button(const char* name)
    {
        auto* b = m_page->findChild<QPushButton*>(QLatin1String(name));
        if (!b) {
            qFatal("No button %s", name);
        }
        return b;
    }

    qint64 addActionDirectly(qint64 format, const QString& title, const QString& tags, int minutes)
    {
        Action a;
        a.formatId = format;
        a.title = title;
        a.tags = tags;
        a.durationMinutes = minutes;
        return *store().insertAction(a);
    }

private Q_SLOTS:
    void initTestCase()
    {
        MessageBox::setAutomaticAnswers(true);
        EditCommand::setErrorSink([this](const QString& message) { m_errors << message; });
    }

    void cleanupTestCase() { EditCommand::setErrorSink({}); }

    void init()
    {
        m_errors.clear();
        // Column widths and sort orders are remembered: start each test from none.
        test::useTemporarySettings();
        m_school = std::make_unique<test::TestSchool>();
        Format workshops;
        workshops.code = QStringLiteral("UT");
        workshops.name = QStringLiteral("Un truc² en +");
        workshops.nounSingular = QStringLiteral("atelier");
        workshops.nounPlural = QStringLiteral("ateliers");
        workshops.position = 1;
        m_workshops = *store().insertFormat(workshops);
        addActionDirectly(m_workshops, QStringLiteral("Excel : premiers pas"),
                          QStringLiteral("bureautique, tableur"), 180);
        addActionDirectly(m_workshops, QStringLiteral("Écrire clair"), QStringLiteral("rédaction"),
                          75);
        m_undo = std::make_unique<QUndoStack>();
        m_page = std::make_unique<CataloguePage>(PageContext{m_school->school(), *m_undo, false});
        m_page->resize(1100, 700);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_formats = m_page->findChild<QTableView*>(QStringLiteral("formatsTableView"));
        m_actions = m_page->findChild<QTableView*>(QStringLiteral("actionsTableView"));
        QVERIFY(m_formats && m_actions);
    }

    void cleanup()
    {
        m_page.reset();
        m_undo.reset();
        m_school.reset();
    }

    void startsOnTheFirstFormat()
    {
        QCOMPARE(m_page->objectName(), QStringLiteral("cataloguePage"));
        QCOMPARE(m_page->selectedFormatId(), m_workshops);
        QCOMPARE(
            column(m_actions, ActionTableModel::Title),
            (QStringList{QStringLiteral("Écrire clair"), QStringLiteral("Excel : premiers pas")}));
        QCOMPARE(column(m_actions, ActionTableModel::Duration),
                 (QStringList{QStringLiteral("1 h 15"), QStringLiteral("3 h")}));
        QVERIFY(m_page->findChild<QLabel*>(QStringLiteral("countLabel"))
                    ->text()
                    .startsWith(QStringLiteral("2 action")));
        QVERIFY(m_page->findChild<QLabel*>(QStringLiteral("actionsLabel"))
                    ->text()
                    .contains(QStringLiteral("Un truc² en +")));
    }

    void addFormatThroughDialogThenUndoAndRedo()
    {
        QAbstractItemModelTester tester(m_page->formatModel(),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        answerDialog<FormatDialog>([](FormatDialog* d) {
            type(d, "nameLineEdit", QStringLiteral("Ac'Truc²"));
            type(d, "codeLineEdit", QStringLiteral("ac"));
            QCOMPARE(d->findChild<QLineEdit*>(QStringLiteral("codeLineEdit"))->text(),
                     QStringLiteral("AC"));
            type(d, "nounSingularLineEdit", QStringLiteral("conférence"));
            type(d, "nounPluralLineEdit", QStringLiteral("conférences"));
            d->setColour(QColor(0x8e, 0x44, 0xad));
            auto* mode = d->findChild<QComboBox*>(QStringLiteral("registrationModeComboBox"));
            mode->setCurrentIndex(mode->findData(int(RegistrationMode::Open)));
        });
        QTest::mouseClick(button("addFormatPushButton"), Qt::LeftButton);

        QCOMPARE(column(m_formats, FormatTableModel::Name),
                 (QStringList{QStringLiteral("Un truc² en +"), QStringLiteral("Ac'Truc²")}));
        QCOMPARE(m_formats->currentIndex().row(), 1);
        const qint64 id = m_page->selectedFormatId();
        const Format saved = *store().format(id);
        QCOMPARE(saved.code, QStringLiteral("AC"));
        QCOMPARE(saved.nounPlural, QStringLiteral("conférences"));
        QCOMPARE(saved.colour, QColor(0x8e, 0x44, 0xad));
        QCOMPARE(saved.registrationMode, RegistrationMode::Open);
        QCOMPARE(saved.position, 2);
        QCOMPARE(m_formats->model()->index(1, FormatTableModel::Nouns).data().toString(),
                 QStringLiteral("conférence / conférences"));
        QCOMPARE(m_actions->model()->rowCount(), 0); // the new format has none yet

        QCOMPARE(m_undo->count(), 1);
        m_undo->undo();
        QCOMPARE(m_formats->model()->rowCount(), 1);
        QVERIFY(!store().format(id));
        QCOMPARE(m_page->selectedFormatId(), m_workshops);
        m_undo->redo();
        QCOMPARE(m_formats->model()->rowCount(), 2);
        QCOMPARE(store().format(id)->name, QStringLiteral("Ac'Truc²"));
        QVERIFY(m_errors.isEmpty());
    }

    void addActionThroughDialogThenUndoAndRedo()
    {
        QAbstractItemModelTester source(m_page->actionModel(),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester filter(m_page->actionFilter(),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        answerDialog<ActionDialog>([this](ActionDialog* d) {
            auto* format = d->findChild<QComboBox*>(QStringLiteral("formatComboBox"));
            QCOMPARE(format->currentData().toLongLong(), m_workshops);
            type(d, "titleLineEdit", QStringLiteral("Outlook : dompter sa boîte"));
            type(d, "audienceLineEdit", QStringLiteral("Tous les agents"));
            type(d, "tagsLineEdit", QStringLiteral("bureautique ,messagerie"));
            setSpin(d, "durationHoursSpinBox", 1);
            setSpin(d, "durationMinutesSpinBox", 30);
            setSpin(d, "capacitySpinBox", 10);
        });
        QTest::mouseClick(button("addActionPushButton"), Qt::LeftButton);

        QCOMPARE(m_actions->model()->rowCount(), 3);
        const qint64 id = m_page->selectedActionId();
        QVERIFY(id > 0);
        const int row = m_actions->currentIndex().row();
        QCOMPARE(m_actions->model()->index(row, ActionTableModel::Title).data().toString(),
                 QStringLiteral("Outlook : dompter sa boîte"));
        QCOMPARE(m_actions->model()->index(row, ActionTableModel::Duration).data().toString(),
                 QStringLiteral("1 h 30"));
        QCOMPARE(m_actions->model()->index(row, ActionTableModel::Capacity).data().toString(),
                 QStringLiteral("10"));
        QCOMPARE(store().action(id)->tags, QStringLiteral("bureautique, messagerie"));
        QCOMPARE(store().action(id)->durationMinutes, 90);

        m_undo->undo();
        QCOMPARE(m_actions->model()->rowCount(), 2);
        QVERIFY(!store().action(id));
        m_undo->redo();
        QCOMPARE(m_actions->model()->rowCount(), 3);
        QCOMPARE(store().action(id)->title, QStringLiteral("Outlook : dompter sa boîte"));
    }

    void emptyTitleKeepsTheDialogOpen()
    {
        QString problems;
        answerDialog<ActionDialog>(
            [](ActionDialog* d) {
                type(d, "titleLineEdit", QString());
                setSpin(d, "durationHoursSpinBox", 2);
            },
            &problems);
        QVERIFY(!m_page->addAction());
        QVERIFY2(problems.contains(QStringLiteral("The action needs a title.")),
                 qPrintable(problems));
        QCOMPARE(m_actions->model()->rowCount(), 2);
        QCOMPARE(m_undo->count(), 0);
    }

    void duplicateCodeKeepsTheFormatDialogOpen()
    {
        QString problems;
        answerDialog<FormatDialog>(
            [](FormatDialog* d) {
                type(d, "nameLineEdit", QStringLiteral("Autre"));
                type(d, "codeLineEdit", QStringLiteral("UT"));
            },
            &problems);
        QVERIFY(!m_page->addFormat());
        QVERIFY2(problems.contains(QStringLiteral("already used")), qPrintable(problems));
        QCOMPARE(m_formats->model()->rowCount(), 1);
    }

    void editActionThenUndo()
    {
        m_actions->selectRow(1); // Excel
        answerDialog<ActionDialog>(
            [](ActionDialog* d) { type(d, "titleLineEdit", QStringLiteral("Excel : les bases")); });
        QTest::mouseClick(button("editActionPushButton"), Qt::LeftButton);
        QCOMPARE(
            column(m_actions, ActionTableModel::Title),
            (QStringList{QStringLiteral("Écrire clair"), QStringLiteral("Excel : les bases")}));
        m_undo->undo();
        QCOMPARE(
            column(m_actions, ActionTableModel::Title),
            (QStringList{QStringLiteral("Écrire clair"), QStringLiteral("Excel : premiers pas")}));
        m_undo->redo();
        QCOMPARE(m_actions->model()->index(1, 0).data().toString(),
                 QStringLiteral("Excel : les bases"));
        QVERIFY(m_errors.isEmpty());
    }

    void editFormatByDoubleClick()
    {
        const QRect cell = m_formats->visualRect(m_formats->model()->index(0, 0));
        answerDialog<FormatDialog>(
            [](FormatDialog* d) { type(d, "nounPluralLineEdit", QStringLiteral("ateliers²")); });
        QTest::mouseClick(m_formats->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(m_formats->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(store().format(m_workshops)->nounPlural, QStringLiteral("ateliers²"));
        m_undo->undo();
        QCOMPARE(store().format(m_workshops)->nounPlural, QStringLiteral("ateliers"));
    }

    void duplicateRetireReactivateAndRemove()
    {
        m_actions->selectRow(1); // Excel
        answerDialog<ActionDialog>([](ActionDialog* d) {
            QCOMPARE(d->findChild<QLineEdit*>(QStringLiteral("titleLineEdit"))->text(),
                     QStringLiteral("Excel : premiers pas (copy)"));
        });
        QTest::mouseClick(button("duplicateActionPushButton"), Qt::LeftButton);
        QCOMPARE(m_actions->model()->rowCount(), 3);
        const qint64 copy = m_page->selectedActionId();
        QCOMPARE(store().action(copy)->durationMinutes, 180);

        QPushButton* toggle = button("toggleActivePushButton");
        QCOMPARE(toggle->text(), QStringLiteral("Re&tire"));
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(!store().action(copy)->active);
        QCOMPARE(toggle->text(), QStringLiteral("Reac&tivate"));
        auto* showRetired = m_page->findChild<QCheckBox*>(QStringLiteral("showRetiredCheckBox"));
        showRetired->setChecked(false);
        QCOMPARE(m_actions->model()->rowCount(), 2);
        showRetired->setChecked(true);
        m_page->selectAction(copy);
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(store().action(copy)->active);

        QTest::mouseClick(button("removeActionPushButton"), Qt::LeftButton);
        QVERIFY(!store().action(copy));
        QCOMPARE(m_actions->model()->rowCount(), 2);
        m_undo->undo(); // back, same id, still active
        QVERIFY(store().action(copy)->active);
        m_undo->undo(); // reactivate undone
        QVERIFY(!store().action(copy)->active);
        m_undo->undo(); // retire undone
        QVERIFY(store().action(copy)->active);
        m_undo->undo(); // duplicate undone
        QVERIFY(!store().action(copy));
        QVERIFY(m_errors.isEmpty());
    }

    void formatWithActionsIsRetiredNotRemoved()
    {
        QTest::mouseClick(button("removeFormatPushButton"), Qt::LeftButton);
        QCOMPARE(m_errors.size(), 1);
        QVERIFY2(m_errors.first().contains(QStringLiteral("retire")), qPrintable(m_errors.first()));
        QVERIFY(store().format(m_workshops));
        QCOMPARE(m_undo->count(), 0);
    }

    void formatWithoutActionsIsRemovedAndComesBack()
    {
        Format empty;
        empty.code = QStringLiteral("CM");
        empty.name = QStringLiteral("Communauté des managers");
        empty.position = 2;
        const qint64 id = *store().insertFormat(empty);
        m_page->selectFormat(id);
        QTest::mouseClick(button("removeFormatPushButton"), Qt::LeftButton);
        QVERIFY(!store().format(id));
        QCOMPARE(m_formats->model()->rowCount(), 1);
        QCOMPARE(m_page->selectedFormatId(), m_workshops);
        m_undo->undo();
        QCOMPARE(store().format(id)->name, QStringLiteral("Communauté des managers"));
        QCOMPARE(m_formats->model()->rowCount(), 2);
        QVERIFY(m_errors.isEmpty());
    }

    void moveUpAndDownChangeTheOrder()
    {
        Format second;
        second.code = QStringLiteral("AC");
        second.name = QStringLiteral("Ac'Truc²");
        second.position = 2;
        const qint64 id = *store().insertFormat(second);
        m_page->selectFormat(id);
        QVERIFY(button("moveUpFormatPushButton")->isEnabled());
        QVERIFY(!button("moveDownFormatPushButton")->isEnabled());
        QTest::mouseClick(button("moveUpFormatPushButton"), Qt::LeftButton);
        QCOMPARE(column(m_formats, FormatTableModel::Name),
                 (QStringList{QStringLiteral("Ac'Truc²"), QStringLiteral("Un truc² en +")}));
        QCOMPARE(m_page->selectedFormatId(), id);
        QCOMPARE(store().format(id)->position, 1);
        QVERIFY(!button("moveUpFormatPushButton")->isEnabled());

        m_undo->undo();
        QCOMPARE(column(m_formats, FormatTableModel::Name),
                 (QStringList{QStringLiteral("Un truc² en +"), QStringLiteral("Ac'Truc²")}));
        m_undo->redo();
        QCOMPARE(m_formats->model()->index(0, 0).data().toString(), QStringLiteral("Ac'Truc²"));

        // Sorted by name, Move down first comes back to the school's own order.
        m_formats->sortByColumn(FormatTableModel::Code, Qt::DescendingOrder);
        QCOMPARE(m_formats->model()->index(0, 0).data().toString(),
                 QStringLiteral("Un truc² en +"));
        m_page->selectFormat(id);
        QTest::mouseClick(button("moveDownFormatPushButton"), Qt::LeftButton);
        QCOMPARE(m_formats->horizontalHeader()->sortIndicatorSection(), -1);
        QCOMPARE(column(m_formats, FormatTableModel::Name),
                 (QStringList{QStringLiteral("Un truc² en +"), QStringLiteral("Ac'Truc²")}));
        QVERIFY(m_errors.isEmpty());
    }

    void undoPutsBackExactPositionsAndLaterEdits()
    {
        // Two formats both at position 0 (ordered by name), the first one renamed, then moved.
        Format f = *store().format(m_workshops);
        f.position = 0;
        QVERIFY(store().updateFormat(f));
        Format other;
        other.code = QStringLiteral("EC");
        other.name = QStringLiteral("Eco'Truc²");
        const qint64 id = *store().insertFormat(other);
        m_page->selectFormat(id);
        answerDialog<FormatDialog>([](FormatDialog* d) {
            type(d, "nameLineEdit", QStringLiteral("Eco'Truc² (mensuel)"));
        });
        QVERIFY(m_page->editSelectedFormat());
        QVERIFY(m_page->moveSelectedFormat(+1)); // "Eco…" sorts first by name
        QCOMPARE(store().format(id)->position, 2);
        QCOMPARE(store().format(m_workshops)->position, 1);

        m_undo->undo(); // the move: both back at 0
        QCOMPARE(store().format(id)->position, 0);
        QCOMPARE(store().format(m_workshops)->position, 0);
        m_undo->undo(); // the rename, although the move changed the row version twice
        QCOMPARE(store().format(id)->name, QStringLiteral("Eco'Truc²"));
        m_undo->redo();
        m_undo->redo();
        QCOMPARE(store().format(id)->name, QStringLiteral("Eco'Truc² (mensuel)"));
        QCOMPARE(store().format(id)->position, 2);
        QCOMPARE(m_undo->count(), 2);
        QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(QLatin1Char('\n'))));
    }

    void changeMadeElsewhereIsNotOverwritten()
    {
        m_actions->selectRow(0); // Écrire clair
        const qint64 id = m_page->selectedActionId();
        answerDialog<ActionDialog>(
            [](ActionDialog* d) { type(d, "titleLineEdit", QStringLiteral("Écrire simple")); });
        QVERIFY(m_page->editSelectedAction());
        // Another workstation changes the title meanwhile: undo refuses and says why.
        Action elsewhere = *store().action(id);
        elsewhere.title = QStringLiteral("Écrire court");
        QVERIFY(store().updateAction(elsewhere));
        m_undo->undo();
        QCOMPARE(m_errors.size(), 1);
        QCOMPARE(store().action(id)->title, QStringLiteral("Écrire court"));
        QCOMPARE(m_undo->count(), 0);
    }

    void searchesTitlesAndTagsWithoutAccents()
    {
        auto* search = m_page->findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
        type(m_page.get(), "searchLineEdit", QStringLiteral("ecrire"));
        QCOMPARE(column(m_actions, ActionTableModel::Title),
                 QStringList{QStringLiteral("Écrire clair")});
        search->clear();
        type(m_page.get(), "searchLineEdit", QStringLiteral("TABLEUR"));
        QCOMPARE(column(m_actions, ActionTableModel::Title),
                 QStringList{QStringLiteral("Excel : premiers pas")});
        QVERIFY(m_page->findChild<QLabel*>(QStringLiteral("countLabel"))
                    ->text()
                    .startsWith(QStringLiteral("1 action")));
        search->clear();
        QCOMPARE(m_actions->model()->rowCount(), 2);
    }

    void sortsOnEveryColumn()
    {
        m_actions->sortByColumn(ActionTableModel::Duration, Qt::DescendingOrder);
        QCOMPARE(column(m_actions, ActionTableModel::Duration),
                 (QStringList{QStringLiteral("3 h"), QStringLiteral("1 h 15")}));
        m_actions->sortByColumn(ActionTableModel::Tags, Qt::AscendingOrder);
        QCOMPARE(
            column(m_actions, ActionTableModel::Tags),
            (QStringList{QStringLiteral("bureautique, tableur"), QStringLiteral("rédaction")}));
        for (int c = 0; c < FormatTableModel::ColumnCount; ++c) {
            m_formats->sortByColumn(c, Qt::AscendingOrder);
            QCOMPARE(m_formats->model()->rowCount(), 1);
        }
    }

    void readOnlyDisablesEditing()
    {
        CataloguePage page(PageContext{m_school->school(), *m_undo, true});
        page.show();
        page.findChild<QTableView*>(QStringLiteral("actionsTableView"))->selectRow(0);
        for (const char* name :
             {"addFormatPushButton", "editFormatPushButton", "moveUpFormatPushButton",
              "moveDownFormatPushButton", "removeFormatPushButton", "addActionPushButton",
              "editActionPushButton", "duplicateActionPushButton", "toggleActivePushButton",
              "removeActionPushButton"}) {
            QVERIFY2(!page.findChild<QPushButton*>(QLatin1String(name))->isEnabled(), name);
        }
        QVERIFY(!page.addFormat());
        QVERIFY(!page.editSelectedAction());
        QVERIFY(!page.removeSelectedFormat());
        QCOMPARE(m_undo->count(), 0);
    }
};

QTEST_MAIN(TestCataloguePage)
#include "tst_cataloguepage.moc"
