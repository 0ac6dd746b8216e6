// The Programme page, driven through its widgets: the month and week views over the sessions,
// keyboard navigation, a session created by a click on an empty slot, a session dragged to
// another time, series changed from one session on, the list's filters; all undone and redone.
#include "FileDialog.h"
#include "MessageBox.h"
#include "PdfText.h"
#include "TestSchool.h"
#include "WidgetDriver.h"
#include "calendar/MonthView.h"
#include "calendar/WeekView.h"
#include "commands/EditCommand.h"
#include "dialogs/ClosedDaysDialog.h"
#include "dialogs/SessionDialog.h"
#include "documents/PrintPreview.h"
#include "itemmodels/ProgrammeModel.h"
#include "pages/ProgrammePage.h"
#include "pages/RegistrationsPanel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

using namespace truc2;
using namespace truc2::ui;
using truc2::test::answerDialog;

namespace {

/// A mouse move with the left button held, as a drag sends it.
void dragTo(QWidget* widget, const QPoint& pos)
{
    QMouseEvent move(QEvent::MouseMove, QPointF(pos), widget->mapToGlobal(QPointF(pos)),
                     Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(widget, &move);
}

} // namespace

class TestProgrammePage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestSchool> m_school;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<ProgrammePage> m_page;
    QStringList m_errors;
    qint64 m_action = 0;

    SessionStore& store() { return (*m_school)->sessions(); }

    Session add(const QDateTime& start, int hours, const QString& room)
    {
        Session s;
        s.actionId = m_action;
        s.startsAt = start;
        s.endsAt = start.addSecs(hours * 3600);
        s.location = room;
        s.capacity = 12;
        const Result<Session> saved = store().insert(s);
        if (!saved) {
            qFatal("%s", qPrintable(saved.errorMessage()));
        }
        return *saved;
    }

    /// Sessions of a day, by code.
    QList<Session> sessionsOn(const QDate& day)
    {
        QList<Session> result;
        const auto entries = store().programme(day, day); // kept: the loop reads into it
        for (const ProgrammeEntry& e : *entries) {
            result.append(e.session);
        }
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        TRUC2_REQUIRE_BACKEND();
        test::useTemporarySettings();
        MessageBox::setAutomaticAnswers(true);
        EditCommand::setErrorSink([this](const QString& message) { m_errors << message; });
    }

    void init()
    {
        m_school = std::make_unique<test::TestSchool>();
        m_action = test::addWorkshopAction(**m_school);
        m_undo = std::make_unique<QUndoStack>();
        m_page = std::make_unique<ProgrammePage>(PageContext{**m_school, *m_undo, false});
        m_page->resize(1100, 760);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_errors.clear();
        MessageBox::takeShownTexts();
    }

    void cleanup()
    {
        m_page.reset();
        m_undo.reset();
        m_school.reset();
    }

    void monthShowsSessionsAndMovesWithTheKeyboard()
    {
        const Session march =
            add(QDateTime(QDate(2030, 3, 12), QTime(9, 0)), 2, QStringLiteral("A"));
        const Session april =
            add(QDateTime(QDate(2030, 4, 2), QTime(14, 0)), 2, QStringLiteral("A"));
        m_page->setView(ProgrammePage::View::Month);
        m_page->showDate(QDate(2030, 3, 15));
        MonthView* month = m_page->monthView();
        QCOMPARE(month->firstVisibleDay(), QDate(2030, 2, 25)); // the Monday before 1 March
        QVERIFY(!month->chipRect(march.id).isEmpty());
        // 2 April shows in March's last week, greyed.
        QVERIFY(!month->chipRect(april.id).isEmpty());
        QCOMPARE(month->sessionAt(month->chipRect(march.id).center()), march.id);
        auto* period = m_page->findChild<QLabel*>(QStringLiteral("periodLabel"));
        QVERIFY(period->text().contains(QStringLiteral("2030")));
        const QString marchLabel = period->text();

        month->setFocus();
        QTest::keyClick(month, Qt::Key_PageDown);
        QCOMPARE(m_page->currentDate(), QDate(2030, 4, 15));
        QVERIFY(period->text() != marchLabel);
        QVERIFY(month->chipRect(march.id).isEmpty());
        QTest::keyClick(month, Qt::Key_Right);
        QCOMPARE(m_page->currentDate(), QDate(2030, 4, 16));
        QTest::keyClick(month, Qt::Key_PageUp);
        QCOMPARE(m_page->currentDate(), QDate(2030, 3, 16));

        QTest::mouseClick(m_page->findChild<QToolButton*>(QStringLiteral("todayButton")),
                          Qt::LeftButton);
        QCOMPARE(m_page->currentDate(), QDate::currentDate());
        QTest::mouseClick(m_page->findChild<QToolButton*>(QStringLiteral("nextButton")),
                          Qt::LeftButton);
        QCOMPARE(m_page->currentDate(), QDate::currentDate().addMonths(1));
    }

    void weekCreatesASessionWhereClicked()
    {
        m_page->setView(ProgrammePage::View::Week);
        m_page->showDate(QDate(2030, 3, 4));
        WeekView* week = m_page->weekView();
        QCOMPARE(week->firstVisibleDay(), QDate(2030, 3, 4));
        const QDateTime slot(QDate(2030, 3, 5), QTime(10, 0));
        QPoint at = week->pointAt(slot) + QPoint(0, 3);
        QString problems;
        answerDialog<SessionDialog>(
            [](SessionDialog* dialog) {
                auto* action = dialog->findChild<QComboBox*>(QStringLiteral("actionComboBox"));
                QVERIFY(action);
                // The first selectable action.
                for (int i = 0; i < action->count(); ++i) {
                    if (action->itemData(i).toLongLong() > 0) {
                        action->setCurrentIndex(i);
                        break;
                    }
                }
                dialog->findChild<QSpinBox*>(QStringLiteral("capacitySpinBox"))->setValue(12);
            },
            &problems);
        QTest::mouseClick(week, Qt::LeftButton, Qt::NoModifier, at);
        QTRY_COMPARE(sessionsOn(slot.date()).size(), 1);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        QCOMPARE(sessionsOn(slot.date()).first().startsAt, slot);
        QCOMPARE(m_page->model()->rowCount(), 1);

        m_undo->undo();
        QCOMPARE(sessionsOn(slot.date()).size(), 0);
        QCOMPARE(m_page->model()->rowCount(), 0);
        m_undo->redo();
        QCOMPARE(sessionsOn(slot.date()).size(), 1);
        QCOMPARE(m_page->model()->rowCount(), 1);
        QVERIFY(m_errors.isEmpty());
    }

    void weekMovesADraggedSession()
    {
        const Session s = add(QDateTime(QDate(2030, 3, 4), QTime(9, 0)), 2, QStringLiteral("A"));
        m_page->setView(ProgrammePage::View::Week);
        m_page->showDate(QDate(2030, 3, 4));
        WeekView* week = m_page->weekView();
        const QRect block = week->blockRect(s.id);
        QVERIFY(!block.isEmpty());
        // Taken at 10:00 (its middle), dropped on Wednesday 15:00: it starts at 14:00.
        const QPoint from = week->pointAt(QDateTime(QDate(2030, 3, 4), QTime(10, 0)));
        const QPoint to = week->pointAt(QDateTime(QDate(2030, 3, 6), QTime(15, 0)));
        QTest::mousePress(week, Qt::LeftButton, Qt::NoModifier, from);
        dragTo(week, from + QPoint(20, 20));
        dragTo(week, to);
        QTest::mouseRelease(week, Qt::LeftButton, Qt::NoModifier, to);

        const Session moved = *store().session(s.id);
        QCOMPARE(moved.startsAt, QDateTime(QDate(2030, 3, 6), QTime(14, 0)));
        QCOMPARE(moved.endsAt, QDateTime(QDate(2030, 3, 6), QTime(16, 0)));
        QCOMPARE(moved.sequence, 1);
        QVERIFY(!week->blockRect(s.id).isEmpty());
        QVERIFY(week->blockRect(s.id).left() > block.left());

        m_undo->undo();
        QCOMPARE(store().session(s.id)->startsAt, s.startsAt);
        m_undo->redo();
        QCOMPARE(store().session(s.id)->startsAt, moved.startsAt);
        QVERIFY(m_errors.isEmpty());
    }

    void aMoveOntoAClosedDayIsRefused()
    {
        const Session s = add(QDateTime(QDate(2030, 3, 4), QTime(9, 0)), 2, QStringLiteral("A"));
        QVERIFY((*m_school)->settings().setClosedDay(QDate(2030, 3, 5), QStringLiteral("Grève")));
        QVERIFY(!m_page->moveSession(s.id, QDateTime(QDate(2030, 3, 5), QTime(9, 0))));
        QVERIFY(
            MessageBox::takeShownTexts().join(QLatin1Char(' ')).contains(QStringLiteral("Grève")));
        QCOMPARE(store().session(s.id)->startsAt, s.startsAt);
        QCOMPARE(m_undo->count(), 0);
    }

    void aChangeAppliesToTheRestOfASeries()
    {
        Session pattern;
        pattern.actionId = m_action;
        pattern.location = QStringLiteral("Salle A");
        pattern.capacity = 10;
        Recurrence rule;
        rule.pattern = Recurrence::MonthlyByWeekday{1, Qt::Tuesday};
        rule.first = QDate(2030, 1, 1);
        rule.until = QDate(2030, 4, 30);
        rule.startTime = QTime(12, 15);
        rule.endTime = QTime(13, 30);
        const auto series = store().insertSeries(pattern, rule, QStringLiteral("Midis"));
        QVERIFY2(series, series ? "" : qPrintable(series.errorMessage()));
        QCOMPARE(series->size(), 4); // 1 Jan, 5 Feb, 5 Mar, 2 Apr 2030
        QCOMPARE(series->at(1).startsAt, QDateTime(QDate(2030, 2, 5), QTime(12, 15)));

        answerDialog<SessionDialog>([](SessionDialog* dialog) {
            auto* room = dialog->findChild<QComboBox*>(QStringLiteral("roomComboBox"));
            QVERIFY(room);
            room->setEditText(QStringLiteral("Salle B"));
        });
        MessageBox::setNextAnswer(QMessageBox::YesToAll);
        QVERIFY(m_page->openSession(series->at(1).id));
        QCOMPARE(store().session(series->at(0).id)->location, QStringLiteral("Salle A"));
        for (int i = 1; i < 4; ++i) {
            QCOMPARE(store().session(series->at(i).id)->location, QStringLiteral("Salle B"));
        }
        m_undo->undo();
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(store().session(series->at(i).id)->location, QStringLiteral("Salle A"));
        }

        // This session only.
        answerDialog<SessionDialog>([](SessionDialog* dialog) {
            dialog->findChild<QComboBox*>(QStringLiteral("roomComboBox"))
                ->setEditText(QStringLiteral("Salle C"));
        });
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QVERIFY(m_page->openSession(series->at(2).id));
        QCOMPARE(store().session(series->at(2).id)->location, QStringLiteral("Salle C"));
        QCOMPARE(store().session(series->at(3).id)->location, QStringLiteral("Salle A"));
    }

    void listFiltersAndOpensOnDoubleClick()
    {
        add(QDateTime(QDate(2030, 3, 4), QTime(9, 0)), 2, QStringLiteral("Salle du conseil"));
        add(QDateTime(QDate(2030, 3, 11), QTime(9, 0)), 2, QStringLiteral("Salle B"));
        m_page->setView(ProgrammePage::View::List);
        m_page->findChild<QDateEdit*>(QStringLiteral("listFromDateEdit"))
            ->setDate(QDate(2030, 3, 1));
        m_page->findChild<QDateEdit*>(QStringLiteral("listToDateEdit"))
            ->setDate(QDate(2030, 3, 31));
        auto* table = m_page->findChild<QTableView*>(QStringLiteral("programmeTableView"));
        QCOMPARE(table->model()->rowCount(), 2);
        test::type(m_page.get(), "searchLineEdit", QStringLiteral("conseil"));
        QCOMPARE(table->model()->rowCount(), 1);
        auto* summary = m_page->findChild<QLabel*>(QStringLiteral("summaryLabel"));
        QVERIFY(summary->text().contains(QStringLiteral("1")));
        test::type(m_page.get(), "searchLineEdit", QString());
        auto* rooms = m_page->findChild<QComboBox*>(QStringLiteral("roomComboBox"));
        QCOMPARE(rooms->count(), 3); // all rooms, then the two of the period
        rooms->setCurrentIndex(rooms->findText(QStringLiteral("Salle B")));
        Q_EMIT rooms->activated(rooms->currentIndex());
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, ProgrammeModel::Room).data().toString(),
                 QStringLiteral("Salle B"));

        bool opened = false;
        answerDialog<SessionDialog>([&opened](SessionDialog*) { opened = true; });
        const QRect cell = table->visualRect(table->model()->index(0, ProgrammeModel::Title));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::NoModifier, cell.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, Qt::NoModifier, cell.center());
        QTRY_VERIFY(opened);
    }

    void exportsTheSessionsShownToACalendarFile()
    {
        add(QDateTime(QDate(2030, 3, 4), QTime(9, 0)), 2, QStringLiteral("A"));
        add(QDateTime(QDate(2030, 3, 20), QTime(9, 0)), 2, QStringLiteral("A"));
        add(QDateTime(QDate(2030, 5, 20), QTime(9, 0)), 2, QStringLiteral("A"));
        m_page->setView(ProgrammePage::View::Month);
        m_page->showDate(QDate(2030, 3, 10));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mars"));
        FileDialog::setNextSaveFileName(path);
        QTest::mouseClick(m_page->findChild<QPushButton*>(QStringLiteral("exportCalendarButton")),
                          Qt::LeftButton);
        QFile file(path + QStringLiteral(".ics"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray ics = file.readAll();
        QCOMPARE(ics.count("BEGIN:VEVENT"), 2); // the month shown, not May
        QVERIFY(ics.contains("TZID=Europe/Paris:20300304T090000"));
        QVERIFY(MessageBox::takeShownTexts().join(QLatin1Char(' ')).contains(QStringLiteral("2")));

        FileDialog::setNextSaveFileName(QString()); // cancelled: nothing written, nothing said
        QTest::mouseClick(m_page->findChild<QPushButton*>(QStringLiteral("exportCalendarButton")),
                          Qt::LeftButton);
        QCOMPARE(MessageBox::takeShownTexts(), QStringList());
    }

    void closedDaysOfTheSchoolYear()
    {
        m_page->showDate(QDate(2030, 3, 10)); // school year 2029–2030
        answerDialog<ClosedDaysDialog>([](ClosedDaysDialog* dialog) {
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("holidaysButton")),
                              Qt::LeftButton);
            dialog->findChild<QDateEdit*>(QStringLiteral("dayDateEdit"))
                ->setDate(QDate(2030, 3, 12));
            test::type(dialog, "labelLineEdit", QStringLiteral("Grève"));
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("addButton")),
                              Qt::LeftButton);
        });
        QTest::mouseClick(m_page->findChild<QPushButton*>(QStringLiteral("closedDaysButton")),
                          Qt::LeftButton);
        SettingsStore& settings = (*m_school)->settings();
        const auto days = *settings.closedDays(QDate(2029, 9, 1), QDate(2030, 8, 31));
        // 1 and 11 November, Christmas, 1 January, Easter Monday, 1 and 8 May, Ascension, Whit
        // Monday, 14 July, 15 August; and the strike.
        QCOMPARE(days.size(), 12);
        QCOMPARE(days.value(QDate(2030, 4, 22)), QStringLiteral("Lundi de Pâques"));
        QCOMPARE(days.value(QDate(2030, 3, 12)), QStringLiteral("Grève"));
        // The month view marks it, and no session can be planned on it.
        QVERIFY(m_page->monthView()->dayRect(QDate(2030, 3, 12)).isValid());
        Session s;
        s.actionId = m_action;
        s.startsAt = QDateTime(QDate(2030, 3, 12), QTime(9, 0));
        s.endsAt = s.startsAt.addSecs(3600);
        s.capacity = 5;
        QCOMPARE(store().problems(s).size(), 1);

        m_undo->undo();
        QCOMPARE(settings.closedDays(QDate(2029, 9, 1), QDate(2030, 8, 31))->size(), 0);
        m_undo->redo();
        QCOMPARE(settings.closedDays(QDate(2029, 9, 1), QDate(2030, 8, 31))->size(), 12);
    }

    void aClickedSessionShowsInTheDetailPanel()
    {
        const Session s =
            add(QDateTime(QDate(2030, 3, 12), QTime(9, 0)), 3, QStringLiteral("Salle A"));
        m_page->setView(ProgrammePage::View::Month);
        m_page->showDate(QDate(2030, 3, 12));
        auto* empty = m_page->findChild<QLabel*>(QStringLiteral("emptyDetailLabel"));
        QVERIFY(empty->isVisible());
        MonthView* month = m_page->monthView();
        QTest::mouseClick(month, Qt::LeftButton, Qt::NoModifier, month->chipRect(s.id).center());
        QVERIFY(!empty->isVisible());
        auto* title = m_page->findChild<QLabel*>(QStringLiteral("sessionTitleLabel"));
        QVERIFY(title->text().contains(s.code));
        auto* facts = m_page->findChild<QLabel*>(QStringLiteral("sessionFactsLabel"));
        QVERIFY(facts->text().contains(QStringLiteral("Salle A")));
        QVERIFY(facts->text().contains(QStringLiteral("0/12")));

        // A change made elsewhere shows at once.
        Session renamed = *store().session(s.id);
        renamed.location = QStringLiteral("Salle B");
        QVERIFY(store().update(renamed));
        QVERIFY(facts->text().contains(QStringLiteral("Salle B")));

        bool opened = false;
        answerDialog<SessionDialog>([&opened](SessionDialog*) { opened = true; });
        QTest::mouseClick(m_page->findChild<QPushButton*>(QStringLiteral("editSessionButton")),
                          Qt::LeftButton);
        QVERIFY(opened);

        // Its registrations tab registers; the facts follow.
        Agent agent;
        agent.firstName = QStringLiteral("Léa");
        agent.lastName = QStringLiteral("Zimmer");
        const qint64 lea = *(*m_school)->agents().insert(agent);
        auto* registrations = m_page->findChild<RegistrationsPanel*>();
        QVERIFY(registrations);
        registrations->registerAgent(lea);
        QVERIFY(facts->text().contains(QStringLiteral("1/12")));
        m_undo->undo();
        QVERIFY(facts->text().contains(QStringLiteral("0/12")));
        m_undo->redo();

        // Its attendance sheet, previewed and saved, lists the registrant.
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("sheet.pdf"));
        bool previewed = false;
        auto* poll = new QTimer(this);
        poll->setInterval(20);
        connect(poll, &QTimer::timeout, poll, [poll, pdf, &previewed] {
            auto* dialog = qobject_cast<QPrintPreviewDialog*>(QApplication::activeModalWidget());
            if (!dialog) {
                return;
            }
            poll->stop();
            poll->deleteLater();
            previewed = true;
            PrintPreview::setNextSaveFileName(pdf);
            dialog->findChild<QAction*>(QStringLiteral("savePdfAction"))->trigger();
            dialog->reject();
        });
        poll->start();
        QTest::mouseClick(m_page->findChild<QPushButton*>(QStringLiteral("sheetButton")),
                          Qt::LeftButton);
        QVERIFY(previewed);
        const test::PdfText text = test::readPdf(pdf);
        QVERIFY(text.loaded);
        QVERIFY(text.contains(s.code));
        QVERIFY(text.contains(QStringLiteral("ZIMMER")) || text.contains(QStringLiteral("Zimmer")));
    }
};

QTEST_MAIN(TestProgrammePage)
#include "tst_programmepage.moc"
