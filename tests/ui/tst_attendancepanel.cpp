// The attendance panel driven like a user: keys (Space, P, A, E, arrows, Delete) and clicks on
// the checklist, "All present", a walk-in in two keystrokes and Return, Save as one undoable
// edit, undo and redo, a refused save, a cancelled session; the figures after recording; the
// dialog that wraps the panel.
#include "MessageBox.h"
#include "TestSchool.h"
#include "WidgetDriver.h"
#include "dialogs/AttendanceDialog.h"
#include "dialogs/AttendancePanel.h"
#include "i18n/Translations.h"
#include "itemmodels/AttendanceModel.h"
#include "stats/PeriodFigures.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace truc2;
using namespace truc2::ui;
using truc2::test::type;

namespace {

constexpr int H0 = AttendanceModel::FirstHalfDay;

} // namespace

class TestAttendancePanel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestSchool> m_school;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<AttendancePanel> m_panel;
    qint64 m_dupont = 0, m_martin = 0, m_zola = 0, m_marchand = 0, m_lodier = 0, m_xavier = 0;
    qint64 m_morning = 0, m_twoDays = 0;

    School& school() { return m_school->school(); }

    qint64 addAgent(const char* last, const char* first, qint64 service, bool external = false)
    {
        Agent a;
        a.lastName = QString::fromUtf8(last);
        a.firstName = QString::fromUtf8(first);
        a.serviceId = external ? 0 : service;
        a.external = external;
        a.organisation = external ? QStringLiteral("CNFPT") : QString();
        return *school().agents().insert(a);
    }

    qint64 addSession(const QDateTime& start, const QDateTime& end, qint64 action)
    {
        Session s;
        s.actionId = action;
        s.startsAt = start;
        s.endsAt = end;
        s.status = SessionStatus::Confirmed;
        s.animators = {{m_lodier, AnimatorRole::Animator}};
        const qint64 id = school().sessions().insert(s)->id;
        for (qint64 p : {m_zola, m_martin, m_dupont}) {
            if (!school().registrations().registerAgent(id, p)) {
                qFatal("cannot register");
            }
        }
        return id;
    }

    AttendancePanel* open(qint64 session, bool readOnly = false)
    {
        m_panel = std::make_unique<AttendancePanel>(PageContext{school(), *m_undo, readOnly});
        m_panel->resize(900, 520);
        m_panel->setSession(session);
        m_panel->show();
        if (!QTest::qWaitForWindowExposed(m_panel.get())) {
            qWarning("panel not exposed");
        }
        table()->setFocus();
        return m_panel.get();
    }

    QTableView* table() const
    {
        return test::child<QTableView>(m_panel.get(), "attendanceTableView");
    }
    AttendanceModel* model() const { return m_panel->model(); }
    Attendance at(int row, int halfDay = 0) const { return model()->attendance(row, halfDay); }
    void key(Qt::Key k) { QTest::keyClick(table(), k); }
    void click(int row, int column, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        const QRect cell = table()->visualRect(model()->index(row, column));
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, modifiers, cell.center());
    }
    QString figures() const { return test::child<QLabel>(m_panel.get(), "figuresLabel")->text(); }

    PeriodFigures periodFigures()
    {
        const FiguresCalculator calculator(school().database(), school().settings());
        return *calculator.compute(Period::calendarYear(2025));
    }

private Q_SLOTS:
    void initTestCase()
    {
        TRUC2_REQUIRE_BACKEND();
        installTranslations(Language::English);
        MessageBox::setAutomaticAnswers(true);
        test::useTemporarySettings();
    }

    void init()
    {
        m_school = std::make_unique<test::TestSchool>();
        m_undo = std::make_unique<QUndoStack>();
        const qint64 action = test::addWorkshopAction(school());
        const qint64 service =
            m_school->addService(QStringLiteral("Culture"), QStringLiteral("Médiathèque"));
        m_dupont = addAgent("Dupont", "Élodie", service);
        m_martin = addAgent("Martin", "Paul", service);
        m_zola = addAgent("Zola", "Émile", service);
        m_marchand = addAgent("Marchand", "Anne", service);
        m_lodier = addAgent("Lodier", "Marc", service);
        m_xavier = addAgent("Xavier", "Xénia", service, true);
        m_morning = addSession(QDateTime(QDate(2025, 3, 4), QTime(9, 0)),
                               QDateTime(QDate(2025, 3, 4), QTime(12, 0)), action);
        m_twoDays = addSession(QDateTime(QDate(2025, 3, 10), QTime(9, 0)),
                               QDateTime(QDate(2025, 3, 11), QTime(17, 0)), action);
    }

    void cleanup()
    {
        m_panel.reset();
        m_undo.reset();
        m_school.reset();
    }

    void opensAsTheSheet()
    {
        open(m_morning);
        QCOMPARE(test::column(table(), AttendanceModel::Name),
                 (QStringList{QStringLiteral("DUPONT Élodie"), QStringLiteral("MARTIN Paul"),
                              QStringLiteral("ZOLA Émile")}));
        QCOMPARE(test::column(table(), H0),
                 QStringList(3, QStringLiteral("\u2013"))); // nothing entered yet
        QVERIFY(test::child<QLabel>(m_panel.get(), "titleLabel")->text().endsWith(u" · Excel"));
        // Over: marking it held is proposed; Save would do that much already.
        auto* held = test::child<QCheckBox>(m_panel.get(), "markHeldCheckBox");
        QVERIFY(held->isChecked());
        QVERIFY(held->isEnabled());
        QVERIFY(test::child<QPushButton>(m_panel.get(), "saveButton")->isEnabled());
        QVERIFY(!m_panel->isDirty());
        QVERIFY2(figures().startsWith(u"0 present out of 3 registered"), qPrintable(figures()));
        QCOMPARE(table()->currentIndex(), model()->index(0, H0));
        // Declining the proposal saves nothing and loses nothing.
        held->click();
        QVERIFY(!held->isChecked());
        QVERIFY(!m_panel->isDirty());
        QVERIFY(!test::child<QPushButton>(m_panel.get(), "saveButton")->isEnabled());
    }

    void keyboardFillsTheChecklist()
    {
        open(m_morning);
        key(Qt::Key_P); // Dupont present, down to Martin
        QCOMPARE(table()->currentIndex().row(), 1);
        key(Qt::Key_A); // Martin absent
        key(Qt::Key_E); // Zola excused; the last row stays current
        QCOMPARE(table()->currentIndex().row(), 2);
        QCOMPARE(at(0), Attendance::Present);
        QCOMPARE(at(1), Attendance::Absent);
        QCOMPARE(at(2), Attendance::Excused);
        QVERIFY(m_panel->isDirty());
        QVERIFY(figures().startsWith(u"1 present out of 3 registered"));
        QVERIFY(figures().contains(u"1 absent"));
        QVERIFY(figures().contains(u"1 excused"));
        // Space cycles in place: excused → present → absent.
        key(Qt::Key_Up);
        key(Qt::Key_Space);
        QCOMPARE(at(1), Attendance::Excused);
        key(Qt::Key_Space);
        QCOMPARE(at(1), Attendance::Present);
        QCOMPARE(table()->currentIndex().row(), 1);
        QVERIFY(figures().startsWith(u"2 present out of 3 registered"));
    }

    void keyboardOverHalfDays()
    {
        open(m_twoDays);
        QCOMPARE(model()->columnCount(), H0 + 4);
        QCOMPARE(model()->headerData(H0 + 1, Qt::Horizontal).toString(),
                 QStringLiteral("Afternoon 10/03"));
        key(Qt::Key_Right);
        key(Qt::Key_A); // Dupont absent on the first afternoon; down a row, same column
        QCOMPARE(table()->currentIndex(), model()->index(1, H0 + 1));
        QCOMPARE(at(0, 1), Attendance::Absent);
        QCOMPARE(at(0, 0), Attendance::Unknown);
        // On a name, a key sets the whole row.
        table()->setCurrentIndex(model()->index(2, AttendanceModel::Name));
        key(Qt::Key_E);
        for (int h = 0; h < 4; ++h) {
            QCOMPARE(at(2, h), Attendance::Excused);
        }
        // Ctrl+A selects everything, then P sets every cell.
        QTest::keyClick(table(), Qt::Key_A, Qt::ControlModifier);
        key(Qt::Key_P);
        for (int row = 0; row < 3; ++row) {
            for (int h = 0; h < 4; ++h) {
                QCOMPARE(at(row, h), Attendance::Present);
            }
        }
    }

    void mouseChangesCells()
    {
        open(m_morning);
        click(1, H0);
        QCOMPARE(at(1), Attendance::Present);
        click(1, H0);
        QCOMPARE(at(1), Attendance::Absent);
        click(1, AttendanceModel::Name); // a name does not change
        QCOMPARE(at(1), Attendance::Absent);
        click(2, H0, Qt::ControlModifier); // choosing cells does not change them
        QCOMPARE(at(2), Attendance::Unknown);
        QTest::mouseClick(test::child<QPushButton>(m_panel.get(), "allPresentButton"),
                          Qt::LeftButton);
        for (int row = 0; row < 3; ++row) {
            QCOMPARE(at(row), Attendance::Present);
        }
        QCOMPARE(test::column(table(), H0), QStringList(3, QStringLiteral("\u2713 Present")));
        QVERIFY(table()->hasFocus()); // ready for the keys of the absent ones
    }

    void walkInInTwoKeystrokes()
    {
        open(m_morning);
        auto* edit = test::child<QLineEdit>(m_panel.get(), "walkInLineEdit");
        auto* completer =
            m_panel->findChild<QCompleter*>(QStringLiteral("walkInLineEditCompleter"));
        QVERIFY(completer);
        type(m_panel.get(), "walkInLineEdit", QStringLiteral("march"));
        QTRY_COMPARE(completer->popup()->model()->rowCount(), 1);
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(model()->rowCount(), 4);
        QCOMPARE(test::column(table(), AttendanceModel::Name).at(1),
                 QStringLiteral("MARCHAND Anne (walk-in)")); // in sheet order
        QCOMPARE(at(1), Attendance::Present);
        QCOMPARE(table()->currentIndex().row(), 1);
        QCOMPARE(edit->text(), QString());
        QVERIFY(figures().contains(u"walk-in"));
        QVERIFY(m_panel->isDirty());
        // Not offered: those on the sheet, the animator, an external speaker.
        for (const char* typed : {"march", "dupont", "lodier", "xavier"}) {
            type(m_panel.get(), "walkInLineEdit", QString::fromUtf8(typed));
            QCOMPARE(completer->popup()->model()->rowCount(), 0);
        }
        // Delete takes an unsaved walk-in back, and nothing else.
        table()->setFocus();
        table()->setCurrentIndex(model()->index(0, H0));
        key(Qt::Key_Delete);
        QCOMPARE(model()->rowCount(), 4);
        table()->setCurrentIndex(model()->index(1, H0));
        key(Qt::Key_Delete);
        QCOMPARE(model()->rowCount(), 3);
        QVERIFY(!model()->isDirty());
    }

    void saveUndoRedoAndFigures()
    {
        open(m_morning);
        QCOMPARE(periodFigures().totals.sessions, 0);
        QTest::mouseClick(test::child<QPushButton>(m_panel.get(), "allPresentButton"),
                          Qt::LeftButton);
        table()->setCurrentIndex(model()->index(2, H0));
        key(Qt::Key_A); // Zola absent
        type(m_panel.get(), "walkInLineEdit", QStringLiteral("march"));
        QTest::keyClick(test::child<QLineEdit>(m_panel.get(), "walkInLineEdit"), Qt::Key_Return);
        QVERIFY(figures().startsWith(u"2 present out of 3 registered"));
        QVERIFY(figures().contains(u"3 participant"));

        QSignalSpy saved(m_panel.get(), &AttendancePanel::saved);
        QTest::mouseClick(test::child<QPushButton>(m_panel.get(), "saveButton"), Qt::LeftButton);
        QCOMPARE(saved.size(), 1);
        QCOMPARE(m_undo->count(), 1);
        QCOMPARE(m_undo->undoText(), QStringLiteral("Record the attendance of UT-2025-001"));
        // Read again from the store: saved, held, nothing left to save.
        QVERIFY(!m_panel->isDirty());
        QCOMPARE(model()->rowCount(), 4);
        QVERIFY(model()->index(1, 0).data(AttendanceModel::RegistrationIdRole).toLongLong() > 0);
        QCOMPARE(model()->sheet().session.status, SessionStatus::Held);
        QVERIFY(!test::child<QPushButton>(m_panel.get(), "saveButton")->isEnabled());
        QVERIFY(!test::child<QCheckBox>(m_panel.get(), "markHeldCheckBox")->isEnabled());
        QVERIFY(test::child<QLabel>(m_panel.get(), "stateLabel")->text().contains(u"marked held"));
        PeriodFigures f = periodFigures();
        QCOMPARE(f.totals.sessions, 1);
        QCOMPARE(f.totals.participants, 3); // Dupont, Martin and the walk-in
        QCOMPARE(f.totals.agentsReached, 3);

        // Undo: as before, the walk-in gone, not held; the panel follows.
        m_undo->undo();
        QTRY_COMPARE(model()->rowCount(), 3);
        QCOMPARE(model()->sheet().session.status, SessionStatus::Confirmed);
        QCOMPARE(test::column(table(), H0), QStringList(3, QStringLiteral("\u2013")));
        f = periodFigures();
        QCOMPARE(f.totals.sessions, 0);
        QCOMPARE(f.totals.participants, 0);
        QVERIFY(test::child<QCheckBox>(m_panel.get(), "markHeldCheckBox")->isChecked());

        m_undo->redo();
        QTRY_COMPARE(model()->rowCount(), 4);
        QCOMPARE(at(3), Attendance::Absent);
        QCOMPARE(periodFigures().totals.participants, 3);
    }

    void refusedSaveKeepsTheEdits()
    {
        open(m_morning);
        QTest::mouseClick(test::child<QPushButton>(m_panel.get(), "allPresentButton"),
                          Qt::LeftButton);
        // Meanwhile another workstation records Martin as excused.
        {
            std::unique_ptr<School> other = m_school->openAgain();
            AttendanceStore store(*other);
            const AttendanceSheet sheet = *store.sheet(m_morning);
            AttendanceChange change;
            change.sessionId = m_morning;
            change.halfDays = sheet.halfDays;
            change.marks = {{sheet.lines.at(1).registrationId,
                             sheet.lines.at(1).rowVersion,
                             {Attendance::Excused}}};
            QVERIFY(store.save(change));
        }
        QVERIFY(!m_panel->save());
        QCOMPARE(m_undo->count(), 0);
        QVERIFY(test::child<QLabel>(m_panel.get(), "stateLabel")->text().startsWith(u"Not saved"));
        QVERIFY(m_panel->isDirty());
        QCOMPARE(at(1), Attendance::Present); // the user's edits are still there
        QTest::mouseClick(test::child<QPushButton>(m_panel.get(), "discardButton"), Qt::LeftButton);
        QCOMPARE(at(1), Attendance::Excused);
        QCOMPARE(at(0), Attendance::Unknown);
        QVERIFY(!m_panel->isDirty());
    }

    void cancelledOrReadOnlyChangesNothing()
    {
        Session s = *school().sessions().session(m_morning);
        s.status = SessionStatus::Cancelled;
        s.cancelReason = QStringLiteral("Grève");
        QVERIFY(school().sessions().update(s));
        open(m_morning);
        QVERIFY(!test::child<QPushButton>(m_panel.get(), "allPresentButton")->isEnabled());
        QVERIFY(!test::child<QLineEdit>(m_panel.get(), "walkInLineEdit")->isEnabled());
        QVERIFY(!test::child<QPushButton>(m_panel.get(), "saveButton")->isEnabled());
        QVERIFY(!test::child<QCheckBox>(m_panel.get(), "markHeldCheckBox")->isChecked());
        QVERIFY(test::child<QLabel>(m_panel.get(), "stateLabel")->text().contains(u"cancelled"));
        key(Qt::Key_P);
        click(1, H0);
        QCOMPARE(at(0), Attendance::Unknown);
        QCOMPARE(at(1), Attendance::Unknown);

        open(m_twoDays, true);
        QVERIFY(!test::child<QPushButton>(m_panel.get(), "saveButton")->isEnabled());
        key(Qt::Key_Space);
        QCOMPARE(at(0), Attendance::Unknown);
        QVERIFY(!m_panel->isDirty());
    }

    void aFutureSessionIsNotMarkedHeldByDefault()
    {
        Session s = *school().sessions().session(m_morning);
        s.startsAt = QDateTime::currentDateTime().addDays(2);
        s.endsAt = s.startsAt.addSecs(3600);
        QVERIFY(school().sessions().update(s));
        open(m_morning);
        auto* held = test::child<QCheckBox>(m_panel.get(), "markHeldCheckBox");
        QVERIFY(!held->isChecked());
        QVERIFY(!test::child<QPushButton>(m_panel.get(), "saveButton")->isEnabled());
        held->click(); // held ahead of time: the user's choice, and a change to save
        QVERIFY(m_panel->isDirty());
        QVERIFY(test::child<QPushButton>(m_panel.get(), "saveButton")->isEnabled());
        held->click();
        QVERIFY(!m_panel->isDirty());
        key(Qt::Key_P);
        QVERIFY(test::child<QPushButton>(m_panel.get(), "saveButton")->isEnabled());
        QVERIFY(m_panel->save());
        QCOMPARE(model()->sheet().session.status, SessionStatus::Confirmed);
        QCOMPARE(at(0), Attendance::Present);
    }

    void dialogAsksBeforeLosingChanges()
    {
        AttendanceDialog dialog(PageContext{school(), *m_undo, false}, m_morning);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Attendance of UT-2025-001"));
        auto* view = test::child<QTableView>(&dialog, "attendanceTableView");
        view->setFocus();
        QTest::keyClick(view, Qt::Key_P);
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        dialog.reject();
        QVERIFY(dialog.isVisible());
        MessageBox::setNextAnswer(QMessageBox::Save);
        dialog.reject();
        QVERIFY(!dialog.isVisible());
        QCOMPARE(m_undo->count(), 1);
        const AttendanceSheet sheet = *AttendanceStore(school()).sheet(m_morning);
        QCOMPARE(sheet.lines.first().summary, Attendance::Present);
        QCOMPARE(sheet.session.status, SessionStatus::Held);
        MessageBox::takeShownTexts();
    }
};

QTEST_MAIN(TestAttendancePanel)
#include "tst_attendancepanel.moc"
