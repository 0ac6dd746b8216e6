// The session dialog, driven through its widgets: defaults from the catalogue action, checks
// beside the fields, animators by type-ahead or as external speakers, live conflicts, series.
#include "MessageBox.h"
#include "TestSchool.h"
#include "WidgetDriver.h"
#include "dialogs/ExternalSpeakerDialog.h"
#include "dialogs/SessionDialog.h"
#include "i18n/Translations.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTimeEdit>
#include <QUndoStack>

using namespace truc2;
using namespace truc2::ui;
using truc2::test::type;

class TestSessionDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestSchool> m_school;
    std::unique_ptr<QUndoStack> m_undo;
    qint64 m_workshop = 0;   ///< "Excel", 2 h 30, 12 seats, in a format that counts seats
    qint64 m_conference = 0; ///< "Droit", 1 h 30, no default capacity, open headcount
    qint64 m_elodie = 0, m_marc = 0, m_former = 0;
    Session m_booked; ///< Salle du conseil, Tuesday 06/10/2026 10:00–12:00, Marc animating

    qint64 addAgent(const QString& last, const QString& first, bool active = true)
    {
        Agent a;
        a.lastName = last;
        a.firstName = first;
        a.active = active;
        return *(*m_school)->agents().insert(a);
    }

    std::unique_ptr<SessionDialog> open(const Session& session = {})
    {
        auto dialog = std::make_unique<SessionDialog>(
            PageContext{m_school->school(), *m_undo, false}, session);
        dialog->show();
        if (!QTest::qWaitForWindowExposed(dialog.get())) {
            qWarning("dialog not exposed");
        }
        return dialog;
    }

    template <typename W>
    static W* find(QWidget* dialog, const char* name)
    {
        return test::child<W>(dialog, name);
    }

    static void chooseAction(QWidget* d, qint64 id)
    {
        auto* combo = find<QComboBox>(d, "actionComboBox");
        combo->setCurrentIndex(combo->findData(id));
    }

    static void pressOk(QWidget* d)
    {
        QTest::mouseClick(find<QDialogButtonBox>(d, "buttonBox")->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
    }

    static QString problems(QWidget* d)
    {
        auto* label = find<QLabel>(d, "problemsLabel");
        return label->isVisible() ? label->text() : QString();
    }

    /// A session the dialog can accept as it stands: a workshop on a free day.
    Session plannable() const
    {
        Session s;
        s.actionId = m_workshop;
        s.startsAt = QDateTime(QDate(2026, 10, 13), QTime(9, 0));
        s.endsAt = QDateTime(QDate(2026, 10, 13), QTime(11, 30));
        s.capacity = 12;
        return s;
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
        CatalogueStore& catalogue = (*m_school)->catalogue();
        Format workshops;
        workshops.code = QStringLiteral("UT");
        workshops.name = QStringLiteral("Un truc² en +");
        workshops.registrationMode = RegistrationMode::Capacity;
        Format conferences;
        conferences.code = QStringLiteral("AC");
        conferences.name = QStringLiteral("Ac'Truc²");
        conferences.registrationMode = RegistrationMode::Open;
        conferences.position = 1;
        Action excel;
        excel.formatId = *catalogue.insertFormat(workshops);
        excel.title = QStringLiteral("Excel");
        excel.durationMinutes = 150;
        excel.defaultCapacity = 12;
        m_workshop = *catalogue.insertAction(excel);
        Action law;
        law.formatId = *catalogue.insertFormat(conferences);
        law.title = QStringLiteral("Droit");
        law.durationMinutes = 90;
        m_conference = *catalogue.insertAction(law);

        m_elodie = addAgent(QStringLiteral("Dupont"), QStringLiteral("Élodie"));
        m_marc = addAgent(QStringLiteral("Lodier"), QStringLiteral("Marc"));
        m_former = addAgent(QStringLiteral("Ancien"), QStringLiteral("Paul"), false);
        QVERIFY((*m_school)->settings().setClosedDay(QDate(2026, 12, 25), QStringLiteral("Noël")));
        QVERIFY((*m_school)->settings().setClosedDay(QDate(2026, 11, 3), QStringLiteral("Pont")));

        Session booked = plannable();
        booked.startsAt = QDateTime(QDate(2026, 10, 6), QTime(10, 0));
        booked.endsAt = QDateTime(QDate(2026, 10, 6), QTime(12, 0));
        booked.location = QStringLiteral("Salle du conseil");
        booked.animators = {{m_marc, AnimatorRole::Animator}};
        m_booked = *(*m_school)->sessions().insert(booked);
    }

    void cleanup()
    {
        m_undo.reset();
        m_school.reset();
    }

    void choosingAnActionFillsCapacityAndEndTime()
    {
        Session s;
        s.startsAt = QDateTime(QDate(2026, 10, 13), QTime(9, 0));
        s.endsAt = s.startsAt.addSecs(3600);
        auto d = open(s);
        auto* capacity = find<QSpinBox>(d.get(), "capacitySpinBox");
        auto* end = find<QTimeEdit>(d.get(), "endTimeEdit");
        auto* noLimit = find<QCheckBox>(d.get(), "noLimitCheckBox");
        // The formats are headers that cannot be chosen; the actions come under them.
        auto* combo = find<QComboBox>(d.get(), "actionComboBox");
        QCOMPARE(combo->currentIndex(), -1);
        QCOMPARE(combo->itemText(0), QStringLiteral("Un truc² en +"));
        QVERIFY(!(combo->model()->flags(combo->model()->index(0, 0)) & Qt::ItemIsSelectable));
        QCOMPARE(combo->itemText(1), QStringLiteral("Excel"));

        chooseAction(d.get(), m_workshop);
        QCOMPARE(capacity->value(), 12);
        QCOMPARE(end->time(), QTime(11, 30)); // 09:00 + 2 h 30
        QVERIFY(!noLimit->isEnabled());       // workshops count their seats
        QCOMPARE(find<QLabel>(d.get(), "halfDaysLabel")->text(), QStringLiteral("· Morning"));

        // Moving the start keeps the length.
        find<QTimeEdit>(d.get(), "startTimeEdit")->setTime(QTime(13, 30));
        QCOMPARE(end->time(), QTime(16, 0));
        QCOMPARE(find<QLabel>(d.get(), "halfDaysLabel")->text(), QStringLiteral("· Afternoon"));

        // A conference without a default capacity: open, no limit.
        chooseAction(d.get(), m_conference);
        QVERIFY(noLimit->isEnabled());
        QVERIFY(noLimit->isChecked());
        QVERIFY(!capacity->isEnabled());
        QCOMPARE(end->time(), QTime(15, 0)); // 13:30 + 1 h 30
        QCOMPARE(d->session().capacity, 0);

        // Once the user set them, another action leaves capacity and end alone.
        noLimit->setChecked(false);
        capacity->setValue(40);
        end->setTime(QTime(17, 0));
        chooseAction(d.get(), m_workshop);
        QCOMPARE(capacity->value(), 40);
        QCOMPARE(end->time(), QTime(17, 0));
        const Session entered = d->session();
        QCOMPARE(entered.actionId, m_workshop);
        QCOMPARE(entered.startsAt, QDateTime(QDate(2026, 10, 13), QTime(13, 30)));
        QCOMPARE(entered.endsAt, QDateTime(QDate(2026, 10, 13), QTime(17, 0)));
        QCOMPARE(entered.capacity, 40);
        QCOMPARE(find<QLabel>(d.get(), "halfDaysLabel")->text(), QStringLiteral("· Afternoon"));
        find<QTimeEdit>(d.get(), "startTimeEdit")->setTime(QTime(9, 0));
        end->setTime(QTime(17, 0));
        QCOMPARE(find<QLabel>(d.get(), "halfDaysLabel")->text(),
                 QStringLiteral("· Morning and afternoon"));
    }

    void aNewSessionGivenItsActionTakesItsDefaults()
    {
        Session s;
        s.actionId = m_workshop;
        s.startsAt = QDateTime(QDate(2026, 10, 13), QTime(14, 0));
        auto d = open(s);
        QCOMPARE(d->windowTitle(), QStringLiteral("New session"));
        QCOMPARE(find<QSpinBox>(d.get(), "capacitySpinBox")->value(), 12);
        QCOMPARE(d->session().endsAt, QDateTime(QDate(2026, 10, 13), QTime(16, 30)));
        // Given its own capacity and end, it keeps them.
        s.capacity = 8;
        s.endsAt = QDateTime(QDate(2026, 10, 13), QTime(15, 0));
        d = open(s);
        QCOMPARE(d->session().capacity, 8);
        QCOMPARE(d->session().endsAt, s.endsAt);
    }

    void aSessionOverSeveralDaysCountsItsHalfDays()
    {
        Session s = plannable();
        s.startsAt = QDateTime(QDate(2026, 9, 14), QTime(9, 0));
        s.endsAt = QDateTime(QDate(2026, 9, 15), QTime(12, 0));
        auto d = open(s);
        QVERIFY(find<QCheckBox>(d.get(), "severalDaysCheckBox")->isChecked());
        auto* endDate = find<QDateEdit>(d.get(), "endDateEdit");
        QVERIFY(endDate->isVisible());
        QCOMPARE(endDate->date(), QDate(2026, 9, 15));
        auto* halfDays = find<QLabel>(d.get(), "halfDaysLabel");
        QVERIFY2(halfDays->text().startsWith(QStringLiteral("· 3 half-day")),
                 qPrintable(halfDays->text()));
        QVERIFY2(halfDays->toolTip().contains(QStringLiteral("Tue 15/09 morning")),
                 qPrintable(halfDays->toolTip()));
        QCOMPARE(d->session(), s);
        // Back to one day: the end date goes.
        find<QCheckBox>(d.get(), "severalDaysCheckBox")->setChecked(false);
        QVERIFY(!endDate->isVisible());
        QCOMPARE(d->session().endsAt, QDateTime(QDate(2026, 9, 14), QTime(12, 0)));
        QCOMPARE(halfDays->text(), QStringLiteral("· Morning"));
    }

    void timesStepByFiveMinutes()
    {
        auto d = open(plannable());
        auto* start = find<QTimeEdit>(d.get(), "startTimeEdit");
        QCOMPARE(start->displayFormat(), QStringLiteral("HH:mm"));
        QCOMPARE(find<QDateEdit>(d.get(), "dateEdit")->displayFormat(),
                 QStringLiteral("dd/MM/yyyy"));
        start->setTime(QTime(12, 17));
        start->setCurrentSection(QDateTimeEdit::MinuteSection);
        start->stepBy(1);
        QCOMPARE(start->time(), QTime(12, 20));
        start->stepBy(-2);
        QCOMPARE(start->time(), QTime(12, 10));
        start->setTime(QTime(9, 55));
        start->setCurrentSection(QDateTimeEdit::MinuteSection);
        start->stepBy(1);
        QCOMPARE(start->time(), QTime(10, 0));
    }

    void anExistingSessionComesBackUnchanged()
    {
        Session s = m_booked;
        s.notes = QStringLiteral("Vidéoprojecteur");
        s.anonymousHeadcount = 3;
        auto d = open(s);
        QCOMPARE(d->windowTitle(), QStringLiteral("Session %1").arg(m_booked.code));
        QVERIFY(!find<QCheckBox>(d.get(), "repeatCheckBox")->isVisible());
        QCOMPARE(d->session(), s);
        QVERIFY(!d->recurrence());
        // Nothing wrong: OK closes it, although it collides with nothing but itself.
        QVERIFY(!find<QLabel>(d.get(), "conflictsLabel")->isVisible());
        pressOk(d.get());
        QVERIFY(!d->isVisible());
        QCOMPARE(d->result(), int(QDialog::Accepted));
    }

    void endBeforeStartIsRefusedOnTheEndTime()
    {
        auto d = open(plannable());
        find<QTimeEdit>(d.get(), "startTimeEdit")->setTime(QTime(14, 0));
        find<QTimeEdit>(d.get(), "endTimeEdit")->setTime(QTime(10, 0));
        QCOMPARE(find<QLabel>(d.get(), "halfDaysLabel")->text(), QString());
        pressOk(d.get());
        QVERIFY(d->isVisible());
        QVERIFY2(problems(d.get()).contains(QStringLiteral("must end after it starts")),
                 qPrintable(problems(d.get())));
        QCOMPARE(find<QTimeEdit>(d.get(), "endTimeEdit")->toolTip(),
                 QStringLiteral("The session must end after it starts."));
        QCOMPARE(d->focusWidget(), find<QTimeEdit>(d.get(), "endTimeEdit"));
    }

    void noSeatOnAWorkshopIsRefused()
    {
        auto d = open(plannable());
        find<QSpinBox>(d.get(), "capacitySpinBox")->setValue(0);
        pressOk(d.get());
        QVERIFY(d->isVisible());
        QVERIFY2(find<QSpinBox>(d.get(), "capacitySpinBox")
                     ->toolTip()
                     .contains(QStringLiteral("at least 1 seat")),
                 qPrintable(problems(d.get())));
        // The same capacity is fine for a conference: no limit.
        chooseAction(d.get(), m_conference);
        pressOk(d.get());
        QVERIFY(!d->isVisible());
        QCOMPARE(d->session().capacity, 0);
    }

    void aClosedDayIsRefusedWithItsLabel()
    {
        auto d = open(plannable());
        find<QDateEdit>(d.get(), "dateEdit")->setDate(QDate(2026, 12, 25));
        pressOk(d.get());
        QVERIFY(d->isVisible());
        const QString tip = find<QDateEdit>(d.get(), "dateEdit")->toolTip();
        QVERIFY2(tip.contains(QStringLiteral("25/12/2026")) && tip.contains(QStringLiteral("Noël")),
                 qPrintable(tip));
        find<QDateEdit>(d.get(), "dateEdit")->setDate(QDate(2026, 12, 24));
        pressOk(d.get());
        QVERIFY(!d->isVisible());
    }

    void anInactiveAnimatorIsRefused()
    {
        Session s = plannable();
        s.animators = {{m_former, AnimatorRole::Animator}};
        auto d = open(s);
        auto* list = find<QListWidget>(d.get(), "animatorsListWidget");
        QCOMPARE(list->count(), 1);
        QCOMPARE(list->item(0)->text(), QStringLiteral("ANCIEN Paul — Animator (inactive)"));
        pressOk(d.get());
        QVERIFY(d->isVisible());
        QVERIFY2(list->toolTip().contains(QStringLiteral("Paul Ancien is no longer active")),
                 qPrintable(list->toolTip()));
        // Removed, the session goes through.
        list->setCurrentRow(0);
        QTest::mouseClick(find<QPushButton>(d.get(), "removeAnimatorButton"), Qt::LeftButton);
        QCOMPARE(list->count(), 0);
        pressOk(d.get());
        QVERIFY(!d->isVisible());
        QVERIFY(d->session().animators.isEmpty());
    }

    void typeAheadFindsAgentsAsTyped()
    {
        auto d = open(plannable());
        auto* completer = d->findChild<QCompleter*>(QStringLiteral("animatorLineEditCompleter"));
        QVERIFY(completer);
        type(d.get(), "animatorLineEdit", QStringLiteral("elod"));
        QTRY_VERIFY(completer->popup()->isVisible());
        const QAbstractItemModel* shown = completer->popup()->model();
        QCOMPARE(shown->rowCount(), 1);
        QVERIFY(shown->index(0, 0).data().toString().startsWith(QStringLiteral("DUPONT Élodie")));
        QTest::keyClick(completer->popup(), Qt::Key_Return);

        auto* list = find<QListWidget>(d.get(), "animatorsListWidget");
        QCOMPARE(list->count(), 1);
        QCOMPARE(list->item(0)->text(), QStringLiteral("DUPONT Élodie — Animator"));
        QCOMPARE(find<QLineEdit>(d.get(), "animatorLineEdit")->text(), QString());
        QVERIFY(d->isVisible());

        // Return in the field takes the first suggestion (and does not press OK); the next
        // agent helps; those already chosen are not offered again; the inactive never.
        type(d.get(), "animatorLineEdit", QStringLiteral("lod"));
        QTRY_COMPARE(completer->popup()->model()->rowCount(), 1);
        QTest::keyClick(find<QLineEdit>(d.get(), "animatorLineEdit"), Qt::Key_Return);
        QVERIFY(d->isVisible());
        QCOMPARE(list->count(), 2);
        QCOMPARE(list->item(1)->text(), QStringLiteral("LODIER Marc — Co-animator"));
        type(d.get(), "animatorLineEdit", QStringLiteral("ancien"));
        QCOMPARE(completer->popup()->model()->rowCount(), 0);
        QCOMPARE(d->session().animators,
                 (QList<SessionAnimator>{{m_elodie, AnimatorRole::Animator},
                                         {m_marc, AnimatorRole::CoAnimator}}));

        // The role of the selected one can change.
        list->setCurrentRow(1);
        auto* role = find<QComboBox>(d.get(), "animatorRoleComboBox");
        role->setCurrentIndex(role->findData(int(AnimatorRole::Speaker)));
        QCOMPARE(d->session().animators.at(1).role, AnimatorRole::Speaker);
    }

    void anExternalSpeakerJoinsTheDirectoryUndoably()
    {
        auto d = open(plannable());
        // Refused without an organisation, then given one.
        QString refused;
        test::answerDialog<ExternalSpeakerDialog>(
            [](ExternalSpeakerDialog* e) {
                type(e, "lastNameLineEdit", QStringLiteral("Lefèvre"));
                type(e, "firstNameLineEdit", QStringLiteral("Anne"));
            },
            &refused);
        QTest::mouseClick(find<QPushButton>(d.get(), "externalSpeakerButton"), Qt::LeftButton);
        QVERIFY2(refused.contains(QStringLiteral("organisation")), qPrintable(refused));
        QCOMPARE(m_undo->count(), 0);

        test::answerDialog<ExternalSpeakerDialog>([](ExternalSpeakerDialog* e) {
            type(e, "lastNameLineEdit", QStringLiteral("Lefèvre"));
            type(e, "firstNameLineEdit", QStringLiteral("Anne"));
            type(e, "organisationLineEdit", QStringLiteral("CNFPT"));
            type(e, "emailLineEdit", QStringLiteral("anne.lefevre@cnfpt.fr"));
        });
        QTest::mouseClick(find<QPushButton>(d.get(), "externalSpeakerButton"), Qt::LeftButton);
        QCOMPARE(m_undo->count(), 1);
        QCOMPARE(d->session().animators.size(), 1);
        const SessionAnimator speaker = d->session().animators.first();
        QCOMPARE(speaker.role, AnimatorRole::Speaker);
        const Result<Agent> person = (*m_school)->agents().agent(speaker.personId);
        QVERIFY(person);
        QVERIFY(person->external);
        QVERIFY(person->active);
        QCOMPARE(person->lastName, QStringLiteral("Lefèvre"));
        QCOMPARE(person->organisation, QStringLiteral("CNFPT"));
        QCOMPARE(person->email, QStringLiteral("anne.lefevre@cnfpt.fr"));
        QCOMPARE(find<QListWidget>(d.get(), "animatorsListWidget")->item(0)->text(),
                 QStringLiteral("LEFÈVRE Anne — Speaker (external)"));

        d->reject();
        m_undo->undo();
        QVERIFY(!(*m_school)->agents().agent(speaker.personId));
    }

    void cancellingAsksForAReason()
    {
        auto d = open(plannable());
        auto* reason = find<QLineEdit>(d.get(), "cancelReasonLineEdit");
        QVERIFY(!reason->isEnabled());
        auto* status = find<QComboBox>(d.get(), "statusComboBox");
        status->setCurrentIndex(status->findData(int(SessionStatus::Cancelled)));
        QVERIFY(reason->isEnabled());
        QCOMPARE(d->focusWidget(), reason);
        pressOk(d.get());
        QVERIFY(d->isVisible());
        QCOMPARE(reason->toolTip(), QStringLiteral("Say why the session is cancelled."));
        type(d.get(), "cancelReasonLineEdit", QStringLiteral("Intervenant malade"));
        pressOk(d.get());
        QVERIFY(!d->isVisible());
        QCOMPARE(d->session().status, SessionStatus::Cancelled);
        QCOMPARE(d->session().cancelReason, QStringLiteral("Intervenant malade"));
        // Back to planned, the reason goes.
        status->setCurrentIndex(status->findData(int(SessionStatus::Confirmed)));
        QVERIFY(!reason->isEnabled());
        QCOMPARE(d->session().cancelReason, QString());
    }

    void conflictsShowLiveAndDoNotBlock()
    {
        Session s = plannable();
        s.startsAt = QDateTime(QDate(2026, 10, 6), QTime(11, 0));
        s.endsAt = QDateTime(QDate(2026, 10, 6), QTime(12, 30));
        auto d = open(s);
        auto* conflicts = find<QLabel>(d.get(), "conflictsLabel");
        QVERIFY(!conflicts->isVisible());
        // The room as another session spells it, overlapping.
        find<QComboBox>(d.get(), "roomComboBox")
            ->setCurrentText(QStringLiteral("salle du conseil"));
        QTRY_VERIFY(conflicts->isVisible());
        QVERIFY2(conflicts->text().contains(m_booked.code), qPrintable(conflicts->text()));
        QVERIFY(conflicts->text().contains(QStringLiteral("Salle du conseil")));
        // Only touching (from 12:00): no conflict.
        find<QTimeEdit>(d.get(), "startTimeEdit")->setTime(QTime(12, 0));
        QTRY_VERIFY(!conflicts->isVisible());
        // Marc, who animates the other session, at overlapping times elsewhere.
        find<QComboBox>(d.get(), "roomComboBox")->setCurrentText(QStringLiteral("Salle B"));
        find<QTimeEdit>(d.get(), "startTimeEdit")->setTime(QTime(11, 0));
        QTest::qWait(300);
        QVERIFY(!conflicts->isVisible());
        type(d.get(), "animatorLineEdit", QStringLiteral("marc"));
        QTest::keyClick(find<QLineEdit>(d.get(), "animatorLineEdit"), Qt::Key_Return);
        QTRY_VERIFY(conflicts->isVisible());
        QVERIFY2(conflicts->text().contains(QStringLiteral("Marc Lodier")),
                 qPrintable(conflicts->text()));
        pressOk(d.get());
        QVERIFY(!d->isVisible()); // a warning, not a refusal
    }

    void aRepeatGivesTheRuleAndCountsItsDates()
    {
        Session s = plannable();
        s.startsAt = QDateTime(QDate(2026, 9, 1), QTime(12, 15));
        s.endsAt = QDateTime(QDate(2026, 9, 1), QTime(13, 30));
        auto d = open(s);
        auto* repeat = find<QCheckBox>(d.get(), "repeatCheckBox");
        QVERIFY(repeat->isVisible());
        QVERIFY(!d->recurrence());
        repeat->setChecked(true);
        // The first Tuesday, taken from the date; until the end of the school year; no summer.
        auto* kind = find<QComboBox>(d.get(), "repeatKindComboBox");
        QCOMPARE(kind->currentData().toInt(), int(Recurrence::Kind::MonthlyByWeekday));
        QCOMPARE(find<QComboBox>(d.get(), "nthComboBox")->currentData().toInt(), 1);
        QCOMPARE(find<QComboBox>(d.get(), "weekdayComboBox")->currentData().toInt(),
                 int(Qt::Tuesday));
        QCOMPARE(find<QDateEdit>(d.get(), "untilDateEdit")->date(), QDate(2027, 6, 30));
        QVERIFY(find<QCheckBox>(d.get(), "skipSummerCheckBox")->isChecked());

        const std::optional<Recurrence> rule = d->recurrence();
        QVERIFY(rule);
        QCOMPARE(rule->toText(),
                 QStringLiteral("FREQ=MONTHLY;INTERVAL=1;BYDAY=1TU;DTSTART=2026-09-01;"
                                "UNTIL=2027-06-30;TIME=12:15-13:30;SKIPMONTHS=7,8"));
        // Ten first Tuesdays, the one on a closed day left out and named.
        const QString summary = find<QLabel>(d.get(), "repeatSummaryLabel")->text();
        QVERIFY2(summary.contains(QStringLiteral("9 session")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("03/11/2026 (Pont)")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("first Tuesday")), qPrintable(summary));

        // A weekly rule without a day is refused beside the days.
        kind->setCurrentIndex(kind->findData(int(Recurrence::Kind::Weekly)));
        find<QCheckBox>(d.get(), "tuesdayCheckBox")->setChecked(false);
        pressOk(d.get());
        QVERIFY(d->isVisible());
        QVERIFY2(problems(d.get()).contains(QStringLiteral("weekday")),
                 qPrintable(problems(d.get())));
        find<QCheckBox>(d.get(), "thursdayCheckBox")->setChecked(true);
        find<QSpinBox>(d.get(), "intervalSpinBox")->setValue(2);
        pressOk(d.get());
        QVERIFY(!d->isVisible());
        const std::optional<Recurrence> weekly = d->recurrence();
        QVERIFY(weekly);
        QCOMPARE(weekly->kind(), Recurrence::Kind::Weekly);
        QCOMPARE(weekly->interval, 2);
        QCOMPARE(std::get<Recurrence::Weekly>(weekly->pattern).weekdays,
                 QSet<Qt::DayOfWeek>{Qt::Thursday});
    }

    void aRepeatOnAClosedFirstDayIsNotRefused()
    {
        // The series starts on the closed 03/11/2026: that date is left out, not refused.
        Session s = plannable();
        s.startsAt = QDateTime(QDate(2026, 11, 3), QTime(12, 15));
        s.endsAt = QDateTime(QDate(2026, 11, 3), QTime(13, 30));
        auto d = open(s);
        pressOk(d.get());
        QVERIFY(d->isVisible()); // a single session that day is refused
        find<QCheckBox>(d.get(), "repeatCheckBox")->setChecked(true);
        pressOk(d.get());
        QVERIFY2(!d->isVisible(), qPrintable(problems(d.get())));
        QCOMPARE(d->recurrence()->dates({QDate(2026, 11, 3), QDate(2026, 12, 25)}).first(),
                 QDate(2026, 12, 1));
    }
};

QTEST_MAIN(TestSessionDialog)
#include "tst_sessiondialog.moc"
