// An agent's history over HistorySchool (tests/support/HistorySchool.h), on both backends: the
// store's rows, hours and totals as counted by hand (walk-in, cancelled, waiting list, half-days,
// animation); the minutes of half-days; AgentHistoryModel under QAbstractItemModelTester,
// following registrations, moved and removed sessions row by row, and letting other people's
// changes by.
#include "HistorySchool.h"
#include "documents/DocumentText.h"
#include "itemmodels/AgentHistoryModel.h"
#include "storage/AgentHistoryStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace truc2;

namespace {

template <typename T>
T must(Result<T> result)
{
    if (!result) {
        qFatal("%s", qPrintable(result.errorMessage()));
    }
    return std::move(result).value();
}

QString modelText(const char* source, const char* comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("truc2::AgentHistoryModel", source, comment, n);
}

Session sessionAt(const QDateTime& start, const QDateTime& end)
{
    Session s;
    s.startsAt = start;
    s.endsAt = end;
    return s;
}

QDateTime at(int year, int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute));
}

} // namespace

class TestAgentHistory : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::HistorySchool> m_school;
    std::unique_ptr<AgentHistoryModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    School& school() { return *m_school->school; }
    AgentHistoryStore store()
    {
        return AgentHistoryStore(school().database(), school().settings());
    }

    QStringList column(int column) const
    {
        QStringList values;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            values << m_model->index(row, column).data().toString();
        }
        return values;
    }

    void makeModel()
    {
        m_model = std::make_unique<AgentHistoryModel>(school(), m_school->hal);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    }

private Q_SLOTS:
    void initTestCase() { TRUC2_REQUIRE_BACKEND(); }

    void init() { m_school = std::make_unique<test::HistorySchool>(); }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_school.reset();
    }

    void minutesOfHalfDays()
    {
        // A lunchtime talk counts for the morning only, which gets all of it.
        const Session lunch = sessionAt(at(2020, 3, 2, 12, 15), at(2020, 3, 2, 13, 30));
        QCOMPARE(halfDayMinutes(lunch, {QDate(2020, 3, 2), HalfDay::Morning}), 75);
        QCOMPARE(halfDayMinutes(lunch, {QDate(2020, 3, 2), HalfDay::Afternoon}), 0);
        // A day splits at 13:00.
        const Session day = sessionAt(at(2020, 3, 2, 9), at(2020, 3, 2, 17, 30));
        QCOMPARE(halfDayMinutes(day, {QDate(2020, 3, 2), HalfDay::Morning}), 240);
        QCOMPARE(halfDayMinutes(day, {QDate(2020, 3, 2), HalfDay::Afternoon}), 270);
        QCOMPARE(halfDayMinutes(day, {QDate(2020, 3, 3), HalfDay::Morning}), 0);
        // Over several days, each day from the start time to the end time, as documents count.
        const Session days = sessionAt(at(2020, 11, 16, 9), at(2020, 11, 18, 12));
        QCOMPARE(sessionMinutesByHalfDays(days), sessionMinutes(days.startsAt, days.endsAt));
        QCOMPARE(sessionMinutesByHalfDays(days), 9 * 60);
        QCOMPARE(sessionMinutesByHalfDays(day), 510);

        const QList<HalfDayAttendance> sheet{
            {{QDate(2020, 3, 2), HalfDay::Morning}, Attendance::Absent},
            {{QDate(2020, 3, 2), HalfDay::Afternoon}, Attendance::Present}};
        QCOMPARE(attendedMinutes(day, Attendance::Present, sheet), 270);
        QCOMPARE(attendedMinutes(day, Attendance::Present, {}), 510);
        QCOMPARE(attendedMinutes(day, Attendance::Absent, {}), 0);
        QCOMPARE(attendedMinutes(day, Attendance::Excused, sheet), 0);
        // Half-days of another date (recorded before the session moved) say nothing.
        const QList<HalfDayAttendance> stale{
            {{QDate(2020, 2, 28), HalfDay::Morning}, Attendance::Absent}};
        QCOMPARE(attendedMinutes(day, Attendance::Present, stale), 510);

        const HalfDayTally tally = tallyHalfDays(day, sheet);
        QCOMPARE(tally.present, 1);
        QCOMPARE(tally.total, 2);
        QVERIFY(tally.partial());
        QVERIFY(!tallyHalfDays(day, stale).recorded);
        QVERIFY(!tallyHalfDays(lunch, {}).partial());
    }

    void historyOfAParticipantAndAnimator()
    {
        // Cyd: present at three sessions of 2020, animator of one in 2021.
        const AgentHistory cyd = must(store().history(m_school->cyd));
        QCOMPARE(cyd.person.displayName(), QStringLiteral("CYD Test"));
        QCOMPARE(cyd.person.affiliation(), QStringLiteral("Culture / Médiathèque"));
        QVERIFY(!cyd.period.isValid());
        QCOMPARE(cyd.participations.size(), 3);
        QCOMPARE(cyd.participations[0].session.code, QStringLiteral("PR-2020-001"));
        QCOMPARE(cyd.participations[0].session.actionTitle,
                 QStringLiteral("Concours de rédacteur"));
        QCOMPARE(cyd.participations[0].session.formatName, QStringLiteral("Prépa'Truc²"));
        QCOMPARE(cyd.participations[1].session.code, QStringLiteral("AC-2020-002"));
        QCOMPARE(cyd.participations[2].session.code, QStringLiteral("AC-2020-001"));
        for (const Participation& p : cyd.participations) {
            QVERIFY(p.attended());
            QCOMPARE(p.minutesAttended, 180);
        }
        QCOMPARE(cyd.animations.size(), 1);
        QCOMPARE(cyd.animations[0].session.code, QStringLiteral("AC-2021-001"));
        QCOMPARE(cyd.animations[0].role, AnimatorRole::Animator);
        QCOMPARE(cyd.animations[0].minutes, 180);
        QCOMPARE(cyd.sessionsAttended(), 3);
        QCOMPARE(cyd.minutesAttended(), 540);
        QCOMPARE(cyd.sessionsAnimated(), 1);
        QCOMPARE(cyd.minutesAnimated(), 180);

        // A period keeps the sessions that start in it.
        const AgentHistory in2020 =
            must(store().history(m_school->cyd, Period::calendarYear(2020)));
        QCOMPARE(in2020.participations.size(), 3);
        QCOMPARE(in2020.animations.size(), 0);
        const AgentHistory spring = must(
            store().history(m_school->cyd, {QDate(2020, 3, 2), QDate(2020, 5, 1)})); // both ends
        QCOMPARE(spring.participations.size(), 2);
        const AgentHistory in2021 =
            must(store().history(m_school->cyd, Period::calendarYear(2021)));
        QCOMPARE(in2021.participations.size(), 0);
        QCOMPARE(in2021.sessionsAnimated(), 1);
    }

    void absentExcusedAndCancelledSessionsCountForNothing()
    {
        const AgentHistory dan = must(store().history(m_school->dan));
        QCOMPARE(dan.participations.size(), 2);
        QCOMPARE(dan.participations[1].session.code, QStringLiteral("AC-2020-001"));
        QCOMPARE(dan.participations[1].attendance, Attendance::Absent);
        QCOMPARE(dan.participations[1].minutesAttended, 0);
        QCOMPARE(dan.sessionsAttended(), 1);
        QCOMPARE(dan.minutesAttended(), 180);

        // Fay's third conference was cancelled: listed, but neither attended nor counted.
        const AgentHistory fay = must(store().history(m_school->fay));
        QCOMPARE(fay.participations.size(), 3);
        QCOMPARE(fay.participations[0].session.code, QStringLiteral("PR-2020-001"));
        QCOMPARE(fay.participations[1].session.code, QStringLiteral("AC-2020-003"));
        QCOMPARE(fay.participations[1].session.status, SessionStatus::Cancelled);
        QVERIFY(!fay.participations[1].attended());
        QCOMPARE(fay.sessionsAttended(), 2);

        // Gus animated a cancelled conference and a held preparation: one counts.
        const AgentHistory gus = must(store().history(m_school->gus));
        QCOMPARE(gus.animations.size(), 2);
        QCOMPARE(gus.sessionsAnimated(), 1);
        QCOMPARE(gus.minutesAnimated(), 180);

        const AgentHistory old = must(store().history(m_school->old));
        QCOMPARE(old.participations.size(), 1);
        QCOMPARE(old.participations[0].attendance, Attendance::Excused);
        QCOMPARE(old.sessionsAttended(), 0);
        QVERIFY(!old.person.active);

        QVERIFY(!store().history(987654));
    }

    void everyCaseOfHal()
    {
        const AgentHistory hal = must(store().history(m_school->hal));
        QCOMPARE(hal.person.affiliation(), QStringLiteral("Direction des finances / Comptabilité"));
        QCOMPARE(hal.participations.size(), 4);
        const Participation& waiting = hal.participations[0];
        QCOMPARE(waiting.session.code, QStringLiteral("AC-2020-004"));
        QCOMPARE(waiting.status, RegistrationStatus::Waitlisted);
        QCOMPARE(waiting.waitingPosition, 2);
        QCOMPARE(waiting.minutesAttended, 0);

        const Participation& twoDays = hal.participations[1];
        QCOMPARE(twoDays.session.code, QStringLiteral("PR-2020-002"));
        QCOMPARE(twoDays.registrationId, m_school->twoDaysRegistration);
        QCOMPARE(twoDays.halfDays.size(), 4);
        QCOMPARE(twoDays.halfDays[2].halfDay, (HalfDay{QDate(2020, 11, 17), HalfDay::Morning}));
        QCOMPARE(twoDays.halfDays[2].attendance, Attendance::Absent);
        QCOMPARE(twoDays.minutesAttended, 3 * 240); // 16 h of the session, 12 attended

        const Participation& cancelled = hal.participations[2];
        QCOMPARE(cancelled.session.code, QStringLiteral("AC-2020-002"));
        QCOMPARE(cancelled.status, RegistrationStatus::Cancelled);
        QVERIFY(!cancelled.attended());

        const Participation& walkIn = hal.participations[3];
        QCOMPARE(walkIn.session.code, QStringLiteral("AC-2020-001"));
        QCOMPARE(walkIn.status, RegistrationStatus::WalkIn);
        QVERIFY(walkIn.attended());
        QCOMPARE(walkIn.minutesAttended, 180);

        QCOMPARE(hal.animations.size(), 1);
        QCOMPARE(hal.animations[0].session.code, QStringLiteral("AC-2020-005"));
        QCOMPARE(hal.animations[0].role, AnimatorRole::CoAnimator);
        QCOMPARE(hal.animations[0].minutes, 90);
        QVERIFY(!hal.animations[0].counts()); // planned, not held

        QCOMPARE(hal.sessionsAttended(), 2);
        QCOMPARE(hal.minutesAttended(), 15 * 60);
        QCOMPARE(hal.sessionsAnimated(), 0);

        // What the attestation de formation lists: attended, oldest first.
        const TrainingAttestationSource source =
            must(store().trainingAttestation(m_school->hal, Period{}));
        QCOMPARE(source.sessions.size(), 2);
        QCOMPARE(source.sessions[0].session.code, QStringLiteral("AC-2020-001"));
        QCOMPARE(source.sessions[1].session.code, QStringLiteral("PR-2020-002"));
        // All time runs from the first to the last session attended.
        QCOMPARE(source.period.from, QDate(2020, 3, 2));
        QCOMPARE(source.period.to, QDate(2020, 11, 16));
        const TrainingAttestationSource autumn = must(
            store().trainingAttestation(m_school->hal, {QDate(2020, 9, 1), QDate(2020, 12, 31)}));
        QCOMPARE(autumn.sessions.size(), 1);
        QCOMPARE(autumn.period.from, QDate(2020, 9, 1));
        QVERIFY(
            !store().trainingAttestation(m_school->hal, {QDate(2020, 9, 1), QDate(2020, 1, 1)}));
    }

    void involvement()
    {
        QCOMPARE(must(store().involves(m_school->hal, m_school->twoDays)), true);
        QCOMPARE(must(store().involves(m_school->hal, m_school->coAnimated)), true);
        QCOMPARE(must(store().involves(m_school->hal, m_school->ac2021)), false);
        QCOMPARE(must(store().involves(m_school->cyd, m_school->ac2021)), true);
    }

    void modelRowsAndTexts()
    {
        makeModel();
        QCOMPARE(m_model->rowCount(), 5);
        QCOMPARE(column(AgentHistoryModel::Code),
                 (QStringList{QStringLiteral("AC-2020-005"), QStringLiteral("AC-2020-004"),
                              QStringLiteral("PR-2020-002"), QStringLiteral("AC-2020-002"),
                              QStringLiteral("AC-2020-001")}));
        QCOMPARE(column(AgentHistoryModel::Date),
                 (QStringList{QStringLiteral("10/12/2020"), QStringLiteral("01/12/2020"),
                              QStringLiteral("16/11/2020 – 17/11/2020"),
                              QStringLiteral("01/05/2020"), QStringLiteral("02/03/2020")}));
        QCOMPARE(column(AgentHistoryModel::Times).at(2), QStringLiteral("09:00–17:00"));
        QCOMPARE(column(AgentHistoryModel::Role),
                 (QStringList{modelText("Co-animator"), modelText("Participant"),
                              modelText("Participant"), modelText("Participant"),
                              modelText("Participant")}));
        QCOMPARE(
            column(AgentHistoryModel::Registration),
            (QStringList{QString(), modelText("Waiting list (no. %1)").arg(2),
                         modelText("Registered"), modelText("Cancelled"), modelText("Walk-in")}));
        QCOMPARE(
            column(AgentHistoryModel::Attendance),
            (QStringList{
                QString(), QString(),
                modelText("%1 (%2 of %n half-day(s))", nullptr, 4).arg(modelText("Present")).arg(3),
                QString(), modelText("Present")}));
        QCOMPARE(column(AgentHistoryModel::Hours),
                 (QStringList{QString(), QString(), hoursText(720), QString(), hoursText(180)}));
        QCOMPARE(m_model->index(2, AgentHistoryModel::Action).data().toString(),
                 QStringLiteral("Oral du concours"));
        QCOMPARE(m_model->index(2, AgentHistoryModel::Format).data().toString(),
                 QStringLiteral("Prépa'Truc²"));
        // The half-days in the tooltip, one a line.
        const QString tip =
            m_model->index(2, AgentHistoryModel::Attendance).data(Qt::ToolTipRole).toString();
        QCOMPARE(tip.count(QLatin1Char('\n')), 3);
        QVERIFY(tip.contains(modelText("Absent")));
        // Raw values for sorting; roles.
        QCOMPARE(m_model->index(2, AgentHistoryModel::Hours).data(AgentHistoryModel::SortRole),
                 QVariant(720));
        QVERIFY(m_model->index(0, AgentHistoryModel::Date)
                    .data(AgentHistoryModel::SortRole)
                    .toLongLong() > m_model->index(1, AgentHistoryModel::Date)
                                        .data(AgentHistoryModel::SortRole)
                                        .toLongLong());
        QCOMPARE(m_model->index(0, 0).data(AgentHistoryModel::AnimatingRole).toBool(), true);
        QCOMPARE(m_model->index(4, 0).data(AgentHistoryModel::AttendedRole).toBool(), true);
        QCOMPARE(m_model->index(3, 0).data(AgentHistoryModel::AttendedRole).toBool(), false);
        QCOMPARE(m_model->index(2, 0).data(AgentHistoryModel::SessionIdRole).toLongLong(),
                 m_school->twoDays);

        QCOMPARE(AgentHistoryModel::summaryText(m_model->history()),
                 modelText("%1; %2").arg(modelText("%n session(s) attended", nullptr, 2) +
                                             modelText(", %1 of training").arg(hoursText(900)),
                                         modelText("%n session(s) animated", nullptr, 0)));

        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        m_model->setPeriod({QDate(2020, 11, 1), QDate(2020, 11, 30)});
        QCOMPARE(reset.size(), 1);
        QCOMPARE(column(AgentHistoryModel::Code), QStringList{QStringLiteral("PR-2020-002")});
        QCOMPARE(m_model->history().minutesAttended(), 720);
        m_model->setPeriod(Period::calendarYear(2019));
        QCOMPARE(m_model->rowCount(), 0);
        m_model->setPeriod(Period{});
        QCOMPARE(m_model->rowCount(), 5);
    }

    void modelFollowsTheAgentsSessions()
    {
        makeModel();
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy moved(m_model.get(), &QAbstractItemModel::rowsMoved);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy refreshed(m_model.get(), &AgentHistoryModel::refreshed);

        // Hal registers for January's conference: a row at the top.
        const RegistrationOutcome seat =
            must(school().registrations().registerAgent(m_school->ac2021, m_school->hal));
        QTRY_COMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 0);
        QCOMPARE(m_model->index(0, AgentHistoryModel::Code).data().toString(),
                 QStringLiteral("AC-2021-001"));
        QCOMPARE(m_model->index(0, AgentHistoryModel::Registration).data().toString(),
                 modelText("Registered"));
        // … and cancels: the row changes.
        QVERIFY(school().registrations().cancel(seat.registrationId));
        QTRY_COMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
        QCOMPARE(m_model->index(0, AgentHistoryModel::Registration).data().toString(),
                 modelText("Cancelled"));

        // The two-day session moves to February 2021: its row moves to the top.
        Session two = must(school().sessions().session(m_school->twoDays));
        two.startsAt = at(2021, 2, 1, 9);
        two.endsAt = at(2021, 2, 2, 17);
        QVERIFY(school().sessions().update(two));
        QTRY_COMPARE(moved.size(), 1);
        QCOMPARE(m_model->index(0, AgentHistoryModel::Code).data().toString(),
                 QStringLiteral("PR-2020-002"));
        QCOMPARE(m_model->index(0, AgentHistoryModel::Date).data().toString(),
                 QStringLiteral("01/02/2021 – 02/02/2021"));

        // The session hal co-animates is removed: its row goes.
        QVERIFY(school().sessions().remove(m_school->coAnimated));
        QTRY_COMPARE(removed.size(), 1);
        QCOMPARE(m_model->rowCount(), 5);
        QVERIFY(!column(AgentHistoryModel::Code).contains(QStringLiteral("AC-2020-005")));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(reset.size(), 0);

        // Someone else's session changes: hal's history is not read again.
        const int readings = int(refreshed.size());
        Session other = must(school().sessions().session(m_school->pr1));
        other.location = QStringLiteral("Salle du conseil");
        QVERIFY(school().sessions().update(other));
        QTest::qWait(20);
        QCOMPARE(refreshed.size(), readings);

        // A burst of changes to hal's sessions is read once.
        Registration r;
        r.sessionId = m_school->pr1;
        r.personId = m_school->hal;
        r.attendance = Attendance::Present;
        must(school().sessions().insertRegistration(r));
        QVERIFY(school().sessions().update(must(school().sessions().session(m_school->waiting))));
        QTRY_COMPARE(refreshed.size(), readings + 1);
        QTest::qWait(20);
        QCOMPARE(refreshed.size(), readings + 1);
        QCOMPARE(m_model->history().sessionsAttended(), 3);
        // The moved session's half-days were recorded for its old dates: it counts whole.
        QCOMPARE(m_model->history().minutesAttended(), (3 + 3 + 16) * 60);

        // A new name shows in the person.
        Agent hal = must(school().agents().agent(m_school->hal));
        hal.lastName = QStringLiteral("Halévy");
        QVERIFY(school().agents().update(hal));
        QTRY_COMPARE(m_model->person().lastName, QStringLiteral("Halévy"));
        QCOMPARE(reset.size(), 0);
    }
};

QTEST_MAIN(TestAgentHistory)
#include "tst_agenthistory.moc"
