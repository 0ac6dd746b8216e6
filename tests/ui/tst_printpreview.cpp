// Printing from the screens: the Catalogue page's Brochure… button asks for the school year,
// opens the print preview, and its "Save as PDF…" writes the brochure, read back as text; a
// session's attendance sheet, whose blank rows are chosen in the preview and remembered.
#include "AppSettings.h"
#include "MessageBox.h"
#include "PdfText.h"
#include "TestSchool.h"
#include "WidgetDriver.h"
#include "documents/AttendanceSheet.h"
#include "documents/CatalogueBrochure.h"
#include "documents/PrintPreview.h"
#include "documents/SchoolYearDialog.h"
#include "i18n/Translations.h"
#include "pages/CataloguePage.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace truc2;
using namespace truc2::ui;

namespace {

/// Once a print preview is the modal dialog: `act` on it, then close it. Returns the poll, which
/// deletes itself once it has answered; a test that expects no preview deletes it.
QTimer* answerPreview(const std::function<void(QPrintPreviewDialog*)>& act, bool* seen)
{
    auto* poll = new QTimer;
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, act, seen] {
        auto* dialog = qobject_cast<QPrintPreviewDialog*>(QApplication::activeModalWidget());
        if (!dialog) {
            return;
        }
        poll->stop();
        poll->deleteLater();
        *seen = true;
        act(dialog);
        dialog->reject();
    });
    poll->start();
    return poll;
}

} // namespace

class TestPrintPreview : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestSchool> m_school;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<CataloguePage> m_page;
    qint64 m_session = 0;

private Q_SLOTS:
    void initTestCase()
    {
        TRUC2_REQUIRE_BACKEND();
        MessageBox::setAutomaticAnswers(true);
        installTranslations(Language::French);
        test::useTemporarySettings();
        m_school = std::make_unique<test::TestSchool>();
        School& s = **m_school;
        QVERIFY(s.settings().setIdentity(
            {QStringLiteral("Ville de Testville"), QStringLiteral("TRUC²"), QByteArray()}));
        Format f;
        f.code = QStringLiteral("UT");
        f.name = QStringLiteral("Un truc² en +");
        f.position = 1;
        Action a;
        a.formatId = *s.catalogue().insertFormat(f);
        a.title = QStringLiteral("Excel : premiers pas");
        a.durationMinutes = 180;
        Session x;
        x.actionId = *s.catalogue().insertAction(a);
        x.startsAt = QDateTime(QDate(2020, 10, 6), QTime(9, 0));
        x.endsAt = QDateTime(QDate(2020, 10, 6), QTime(12, 0));
        x.location = QStringLiteral("salle informatique");
        const Result<Session> inserted = s.sessions().insert(x);
        QVERIFY(inserted);
        m_session = inserted->id;
        for (const QString& name : {QStringLiteral("Zidane"), QStringLiteral("Abbas")}) {
            Agent agent;
            agent.lastName = name;
            agent.firstName = QStringLiteral("Sam");
            Registration r;
            r.sessionId = m_session;
            r.personId = *s.agents().insert(agent);
            QVERIFY(s.sessions().insertRegistration(r));
        }

        m_undo = std::make_unique<QUndoStack>();
        m_page = std::make_unique<CataloguePage>(PageContext{s, *m_undo, true}); // read-only
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanupTestCase()
    {
        m_page.reset();
        m_undo.reset();
        m_school.reset();
    }

    void brochureSavedFromThePreview()
    {
        auto* button = m_page->findChild<QPushButton*>(QStringLiteral("brochureButton"));
        QVERIFY(button);
        QVERIFY(button->isEnabled()); // printing changes nothing: allowed read-only
        const QString pdf = QDir(m_school->dir()).filePath(QStringLiteral("brochure.pdf"));
        int offeredByDefault = 0;
        test::answerDialog<SchoolYearDialog>([&](SchoolYearDialog* dialog) {
            auto* years = dialog->findChild<QComboBox*>(QStringLiteral("schoolYearComboBox"));
            offeredByDefault = years->currentData().toInt();
            QCOMPARE(years->itemData(0).toInt(), 2020); // from the first session's year
            years->setCurrentIndex(years->findData(2020));
        });
        bool previewed = false;
        answerPreview(
            [&](QPrintPreviewDialog* dialog) {
                auto* save = dialog->findChild<QAction*>(QStringLiteral("savePdfAction"));
                QVERIFY(save);
                PrintPreview::setNextSaveFileName(pdf);
                save->trigger();
            },
            &previewed);
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(previewed);
        QCOMPARE(offeredByDefault, schoolYearOf(QDate::currentDate()).from.year());
        QCOMPARE(MessageBox::takeShownTexts(), QStringList());
        QCOMPARE(PrintPreview::lastSavedFileName(), pdf);

        const test::PdfText text = test::readPdf(pdf);
        QVERIFY(text.loaded);
        QCOMPARE(text.title, QStringLiteral("Programme 2020–2021"));
        QVERIFY(text.pages.first().contains(test::flat(QStringLiteral("Programme 2020–2021"))));
        QVERIFY(text.contains(QStringLiteral("Ville de Testville")));
        QVERIFY(text.contains(QStringLiteral("Excel : premiers pas")));
        QVERIFY(text.contains(QStringLiteral("mardi 6 octobre 2020, 9 h 00 – 12 h 00, "
                                             "salle informatique")));
        QVERIFY(text.contains(QStringLiteral("page 2 / 2")));
    }

    void cancelledYearShowsNothing()
    {
        auto* button = m_page->findChild<QPushButton*>(QStringLiteral("brochureButton"));
        QTimer::singleShot(0, [] {
            auto* dialog = qobject_cast<SchoolYearDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->reject();
        });
        bool previewed = false;
        QTimer* poll = answerPreview([](QPrintPreviewDialog*) {}, &previewed);
        QTest::mouseClick(button, Qt::LeftButton);
        QTest::qWait(50);
        QVERIFY(!previewed);
        delete poll;
    }

    void attendanceSheetWithChosenBlankRows()
    {
        const QString pdf = QDir(m_school->dir()).filePath(QStringLiteral("sheet.pdf"));
        int offered = -1;
        bool previewed = false;
        answerPreview(
            [&](QPrintPreviewDialog* dialog) {
                auto* rows = dialog->findChild<QSpinBox*>(QStringLiteral("blankRowsSpinBox"));
                QVERIFY(rows);
                offered = rows->value();
                rows->setValue(12); // the preview now shows the sheet with 12 blank rows
                PrintPreview::setNextSaveFileName(pdf);
                dialog->findChild<QAction*>(QStringLiteral("savePdfAction"))->trigger();
            },
            &previewed);
        showAttendanceSheet(**m_school, m_session, m_page.get());
        QVERIFY(previewed);
        QCOMPARE(offered, AttendanceSheet::DefaultBlankRows);
        QCOMPARE(PrintPreview::lastSavedFileName(), pdf);
        const test::PdfText text = test::readPdf(pdf);
        QVERIFY(text.loaded);
        QCOMPARE(text.title, QCoreApplication::translate("AttendanceSheet", "Attendance sheet"));
        // Abbas before Zidane, then blank rows 3 to 14.
        QVERIFY2(text.contains(QStringLiteral("1 ABBAS Sam")), qPrintable(text.all()));
        QVERIFY(text.contains(QStringLiteral("2 ZIDANE Sam")));
        QVERIFY(text.contains(QStringLiteral("13 14")));
        QVERIFY(!text.contains(QStringLiteral("14 15")));

        // The choice is remembered for the next sheet.
        QCOMPARE(AppSettings::sheetBlankRows(AttendanceSheet::DefaultBlankRows), 12);
        previewed = false;
        answerPreview(
            [&](QPrintPreviewDialog* dialog) {
                offered = dialog->findChild<QSpinBox*>(QStringLiteral("blankRowsSpinBox"))->value();
            },
            &previewed);
        showAttendanceSheet(**m_school, m_session, m_page.get());
        QVERIFY(previewed);
        QCOMPARE(offered, 12);
        QCOMPARE(MessageBox::takeShownTexts(), QStringList());
    }

    void noSheetForACancelledSession()
    {
        School& s = **m_school;
        Session cancelled = *s.sessions().session(m_session);
        cancelled.status = SessionStatus::Cancelled;
        cancelled.cancelReason = QStringLiteral("Salle indisponible");
        QVERIFY(s.sessions().update(cancelled));
        bool previewed = false;
        QTimer* poll = answerPreview([](QPrintPreviewDialog*) {}, &previewed);
        showAttendanceSheet(s, m_session, m_page.get());
        QTest::qWait(50);
        QVERIFY(!previewed);
        delete poll;
        const QStringList shown = MessageBox::takeShownTexts();
        QCOMPARE(shown.size(), 1);
        QVERIFY(shown.first().contains(cancelled.code));
        // Unknown sessions are said too.
        showAttendanceSheet(s, 987654, m_page.get());
        QCOMPARE(MessageBox::takeShownTexts().size(), 1);
        cancelled = *s.sessions().session(m_session);
        cancelled.status = SessionStatus::Planned;
        cancelled.cancelReason.clear();
        QVERIFY(s.sessions().update(cancelled));
    }

    void failedSaveIsSaid()
    {
        Result<PagedDocument> made =
            CatalogueBrochure::make((*m_school)->database(), (*m_school)->settings(),
                                    Period::schoolYear(2020), QDate(2020, 9, 1));
        QVERIFY(made);
        const PagedDocument& document = *made;
        const QString target =
            QDir(m_school->dir()).filePath(QStringLiteral("no/such/folder/brochure.pdf"));
        PrintPreview::setNextSaveFileName(target);
        QVERIFY(!PrintPreview::saveAsPdf(document, QStringLiteral("x.pdf"), m_page.get()));
        const QStringList shown = MessageBox::takeShownTexts();
        QCOMPARE(shown.size(), 1);
        QVERIFY(shown.first().contains(QDir::toNativeSeparators(target)));
        // An empty answer is a cancelled dialog: nothing said, nothing written.
        PrintPreview::setNextSaveFileName(QString());
        QVERIFY(!PrintPreview::saveAsPdf(document, QStringLiteral("x.pdf"), m_page.get()));
        QVERIFY(MessageBox::takeShownTexts().isEmpty());
    }
};

QTEST_MAIN(TestPrintPreview)
#include "tst_printpreview.moc"
