// The list of sessions awaiting their attendance: read when shown, a double-click or Return
// chooses a session, and a session recorded through the attendance panel leaves the list.
#include "TestSchool.h"
#include "dialogs/AttendancePanel.h"
#include "i18n/Translations.h"
#include "itemmodels/PendingAttendanceModel.h"
#include "pages/PendingAttendanceWidget.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace truc2;
using namespace truc2::ui;

class TestPendingAttendanceWidget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        TRUC2_REQUIRE_BACKEND();
        installTranslations(Language::English);
        test::useTemporarySettings();
    }

    void chooseAndFollow()
    {
        test::TestSchool school;
        const qint64 action = test::addWorkshopAction(*school);
        Agent a;
        a.lastName = QStringLiteral("Martin");
        a.firstName = QStringLiteral("Paul");
        const qint64 agent = *school->agents().insert(a);
        QList<qint64> sessions;
        for (int day : {4, 10}) {
            Session s;
            s.actionId = action;
            s.startsAt = QDateTime(QDate(2025, 3, day), QTime(9, 0));
            s.endsAt = QDateTime(QDate(2025, 3, day), QTime(12, 0));
            sessions << school->sessions().insert(s)->id;
            QVERIFY(school->registrations().registerAgent(sessions.last(), agent));
        }

        PendingAttendanceWidget widget(*school);
        widget.model()->setNow(QDateTime(QDate(2025, 3, 20), QTime(12, 0)));
        QVERIFY(!widget.model()->isLoaded());
        widget.resize(700, 300);
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        auto* view = widget.findChild<QTableView*>(QStringLiteral("pendingAttendanceList"));
        QVERIFY(view);
        QCOMPARE(view->model()->rowCount(), 2);
        QCOMPARE(view->model()->index(0, PendingAttendanceModel::Date).data().toString(),
                 QLocale().toString(QDate(2025, 3, 10), QStringLiteral("ddd dd/MM/yyyy")));
        auto* summary = widget.findChild<QLabel*>(QStringLiteral("pendingSummaryLabel"));
        QVERIFY(summary->text().startsWith(u"2 past session"));

        QSignalSpy chosen(&widget, &PendingAttendanceWidget::sessionChosen);
        const QRect first = view->visualRect(view->model()->index(0, 1));
        // As a window system sends a double-click: a click, then the second press.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, first.center());
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, first.center());
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.last().first().toLongLong(), sessions.at(1)); // latest first
        view->setFocus();
        view->setCurrentIndex(view->model()->index(1, 0));
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(chosen.size(), 2);
        QCOMPARE(chosen.last().first().toLongLong(), sessions.at(0));

        // Recorded in the panel (all present, marked held): it leaves the list.
        QUndoStack undo;
        AttendancePanel panel(PageContext{*school, undo, false});
        panel.setSession(sessions.at(0));
        QTest::mouseClick(panel.findChild<QPushButton*>(QStringLiteral("allPresentButton")),
                          Qt::LeftButton);
        QVERIFY(panel.save());
        QTRY_COMPARE(view->model()->rowCount(), 1);
        QCOMPARE(widget.currentSessionId(), sessions.at(1));
        // Undone: back in the list.
        undo.undo();
        QTRY_COMPARE(view->model()->rowCount(), 2);
        // Both recorded: the list says so and hides.
        panel.setSession(sessions.at(1));
        QTest::mouseClick(panel.findChild<QPushButton*>(QStringLiteral("allPresentButton")),
                          Qt::LeftButton);
        QVERIFY(panel.save());
        panel.setSession(sessions.at(0));
        QTest::mouseClick(panel.findChild<QPushButton*>(QStringLiteral("allPresentButton")),
                          Qt::LeftButton);
        QVERIFY(panel.save());
        QTRY_COMPARE(view->model()->rowCount(), 0);
        QVERIFY(!view->isVisible());
        QVERIFY(summary->text().startsWith(u"Every session"));
    }
};

QTEST_MAIN(TestPendingAttendanceWidget)
#include "tst_pendingattendancewidget.moc"
