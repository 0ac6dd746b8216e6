// The survey import dialog driven through its widgets: the tool recognised, the mapping table
// and the preview, a role changed in its combo box, one session for a whole file, the import
// with its summary and its undo, a template saved and offered again, a cancelled import that
// leaves the school as it was.
#include "ImportSchool.h"
#include "MessageBox.h"
#include "WidgetDriver.h"
#include "dialogs/SurveyImportDialog.h"
#include "itemmodels/SurveyMappingModel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QInputDialog>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace truc2;
using namespace truc2::ui;

namespace {

QString survey(const char* name)
{
    return test::fixture(QStringLiteral("import/surveys/") + QLatin1String(name));
}

using test::child;

QString summaryOf(QWidget* dialog)
{
    return child<QPlainTextEdit>(dialog, "summaryTextEdit")->toPlainText();
}

void clickImport(QWidget* dialog)
{
    auto* buttons = child<QDialogButtonBox>(dialog, "buttonBox");
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

qint64 responses(test::ImportSchool& s)
{
    return s.rowCounts().value(QStringLiteral("survey_response"));
}

} // namespace

class TestSurveyImportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        TRUC2_REQUIRE_BACKEND();
        test::useTemporarySettings();
        MessageBox::setAutomaticAnswers(true);
    }

    void importsAndUndoes()
    {
        test::ImportSchool s;
        QUndoStack stack;
        SurveyImportDialog dialog({*s.school, stack});
        QVERIFY(dialog.setFile(survey("googleforms_horodateur.csv")));
        QCOMPARE(child<QLabel>(&dialog, "toolLabel")->text(), QStringLiteral("Google Forms"));
        auto* mapping = child<QTableView>(&dialog, "mappingTableView");
        QAbstractItemModelTester mappingTester(
            mapping->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto* preview = child<QTableView>(&dialog, "previewTableView");
        QAbstractItemModelTester previewTester(
            preview->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(mapping->model()->rowCount(), 7);
        QCOMPARE(mapping->model()->index(1, SurveyMappingModel::Role).data().toString(),
                 QStringLiteral("Ignored (personal data, never stored)"));
        QCOMPARE(preview->model()->rowCount(), 3);
        QCOMPARE(test::column(preview, 0),
                 QStringList({QStringLiteral("UT-2021-001"), QStringLiteral("UT-2021-001"),
                              QStringLiteral("UT-2021-002")}));
        QVERIFY(summaryOf(&dialog).contains(QStringLiteral("Responses to add: 3")));

        // The comment column ignored through its combo box: the preview follows.
        const QModelIndex role = mapping->model()->index(6, SurveyMappingModel::Role);
        mapping->setCurrentIndex(role);
        mapping->edit(role);
        auto* combo = mapping->findChild<QComboBox*>(QStringLiteral("roleComboBox"));
        QVERIFY(combo);
        combo->setCurrentIndex(0);
        Q_EMIT combo->activated(0); // as a click on the first choice
        QCOMPARE(dialog.mapping().columns.at(6).role, SurveyRole::Ignored);
        QCOMPARE(test::column(preview, 5).first(), QString());

        clickImport(&dialog);
        QVERIFY(summaryOf(&dialog).contains(QStringLiteral("Responses added: 3")));
        QCOMPARE(responses(s), 3);
        QCOMPARE(stack.count(), 1);
        QCOMPARE(stack.undoText(), QStringLiteral("Import of googleforms_horodateur.csv"));
        stack.undo();
        QCOMPARE(responses(s), 0);
        QCOMPARE(s.rowCounts().value(QStringLiteral("survey_import")), 0);
        stack.redo();
        QCOMPARE(responses(s), 3);
        QCOMPARE(s.rowCounts().value(QStringLiteral("survey_import")), 1);
        stack.undo();
        stack.redo();
        QCOMPARE(responses(s), 3);
    }

    void oneSessionForTheWholeFile()
    {
        test::ImportSchool s;
        QUndoStack stack;
        const QString path = QDir(s.school.dir()).filePath(QStringLiteral("atelier.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Horodateur,Satisfaction,Commentaire\n12/03/2021 15:49:23,Très satisfait(e),\n");
        file.close();
        SurveyImportDialog dialog({*s.school, stack});
        QVERIFY(dialog.setFile(path));
        auto* fixed = child<QCheckBox>(&dialog, "fixedSessionCheckBox");
        QVERIFY(fixed->isChecked());
        auto* sessions = child<QComboBox>(&dialog, "sessionComboBox");
        QCOMPARE(sessions->count(), 3);
        QCOMPARE(sessions->itemData(0).toString(), QStringLiteral("UT-2021-003")); // latest first
        sessions->setCurrentIndex(sessions->findData(QStringLiteral("UT-2021-002")));
        auto* preview = child<QTableView>(&dialog, "previewTableView");
        QCOMPARE(test::column(preview, 0), QStringList{QStringLiteral("UT-2021-002")});
        clickImport(&dialog);
        QCOMPARE(responses(s), 1);
    }

    void templateOfferedAgain()
    {
        test::ImportSchool s;
        QUndoStack stack;
        {
            SurveyImportDialog dialog({*s.school, stack});
            QVERIFY(dialog.setFile(survey("googlesheets_fr.csv")));
            auto* mapping = child<QTableView>(&dialog, "mappingTableView");
            mapping->model()->setData(
                mapping->model()->index(2, SurveyMappingModel::Role),
                SurveyMappingModel::choiceOf(
                    {QString(), SurveyRole::Satisfaction, SatisfactionScale::ZeroToTen, false}));
            QTimer::singleShot(0, [] {
                auto* input = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
                QVERIFY(input);
                input->setTextValue(QStringLiteral("Sheets des ateliers"));
                input->accept();
            });
            QTest::mouseClick(child<QPushButton>(&dialog, "saveTemplateButton"), Qt::LeftButton);
            QCOMPARE(s.school->surveys().templates()->size(), 1);
        }
        SurveyImportDialog again({*s.school, stack});
        QVERIFY(again.setFile(survey("googlesheets_fr.csv")));
        auto* templates = child<QComboBox>(&again, "templateComboBox");
        QCOMPARE(templates->count(), 2);
        QCOMPARE(templates->currentText(), QStringLiteral("Template “Sheets des ateliers”"));
        QCOMPARE(again.mapping().columns.at(2).scale, SatisfactionScale::ZeroToTen);
    }

    void cancelLeavesTheSchoolAsItWas()
    {
        test::ImportSchool s;
        QUndoStack stack;
        const QString path = QDir(s.school.dir()).filePath(QStringLiteral("gros.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("id,submitdate,lastpage,SESSION,SATIS\n");
        for (int i = 1; i <= 9000; ++i) {
            file.write(QStringLiteral("%1,2021-03-12 15:49:23,2,UT-2021-001,A4\n").arg(i).toUtf8());
        }
        file.close();
        const auto before = s.rowCounts();
        SurveyImportDialog dialog({*s.school, stack});
        QVERIFY(dialog.setFile(path));
        MessageBox::takeShownTexts();
        SurveyImportDialog::setNextCancelAt(5000);
        clickImport(&dialog);
        const QStringList shown = MessageBox::takeShownTexts();
        QCOMPARE(shown.size(), 1);
        QVERIFY2(shown.first().contains(QStringLiteral("cancelled")), qPrintable(shown.first()));
        QCOMPARE(s.rowCounts(), before);
        QCOMPARE(stack.count(), 0);
        // Then the whole file, without a cancel.
        clickImport(&dialog);
        QCOMPARE(responses(s), 9000);
    }

    void unreadableFile()
    {
        test::ImportSchool s;
        QUndoStack stack;
        SurveyImportDialog dialog({*s.school, stack});
        QVERIFY(!dialog.setFile(QDir(s.school.dir()).filePath(QStringLiteral("absent.csv"))));
        QVERIFY(!summaryOf(&dialog).isEmpty());
        auto* buttons = child<QDialogButtonBox>(&dialog, "buttonBox");
        QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
    }
};

QTEST_MAIN(TestSurveyImportDialog)
#include "tst_surveyimportdialog.moc"
