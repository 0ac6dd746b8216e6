// Recording attendance: the sheet in order, values per half-day and their summary, walk-ins,
// the held status, one transaction for a whole record, the figures that follow, and the rule
// of the sessions still awaiting their attendance.
#include "TestSchool.h"
#include "stats/PeriodFigures.h"
#include "storage/AttendanceStore.h"
#include "storage/SqlError.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace truc2;

namespace {

/// "PAEU" → present, absent, excused, unknown.
QList<Attendance> marks(const char* codes)
{
    QList<Attendance> values;
    for (const char* c = codes; *c; ++c) {
        values << (*c == 'P'   ? Attendance::Present
                   : *c == 'A' ? Attendance::Absent
                   : *c == 'E' ? Attendance::Excused
                               : Attendance::Unknown);
    }
    return values;
}

template <typename T>
T must(Result<T> result)
{
    if (!result) {
        qFatal("%s", qPrintable(result.errorMessage()));
    }
    return std::move(result).value();
}

} // namespace

class TestAttendanceStore : public QObject
{
    Q_OBJECT

private:
    /// Five agents on the sheet (named to test the order), one waiting, one who cancelled, one
    /// spare, an inactive one and an animator; a morning workshop and one over two days, both
    /// in March 2025 and not marked held yet.
    struct Fixture
    {
        test::TestSchool school;
        AttendanceStore store{*school};
        qint64 action = 0;
        qint64 animator = 0, martin = 0, elie = 0, dupontE = 0, dupontA = 0, faure = 0;
        qint64 waiting = 0, quitter = 0, spare = 0, former = 0;
        qint64 morning = 0, twoDays = 0;

        Fixture()
        {
            action = test::addWorkshopAction(*school);
            const qint64 service =
                school.addService(QStringLiteral("Culture"), QStringLiteral("Médiathèque"));
            const auto agent = [&](const char* last, const char* first) {
                Agent a;
                a.lastName = QString::fromUtf8(last);
                a.firstName = QString::fromUtf8(first);
                a.serviceId = service;
                return must(school->agents().insert(a));
            };
            animator = agent("Anim", "Anna");
            martin = agent("Martin", "Paul");
            elie = agent("Élie", "Sophie");
            dupontE = agent("Dupont", "Élodie");
            dupontA = agent("dupont", "Alain");
            faure = agent("Faure", "Jean");
            waiting = agent("Wait", "Walter");
            quitter = agent("Quit", "Quentin");
            spare = agent("Spare", "Sam");
            former = agent("Former", "Fred");
            QVERIFY(school->agents().setActive({former}, false));
            morning = addSession(QDateTime(QDate(2025, 3, 4), QTime(9, 0)),
                                 QDateTime(QDate(2025, 3, 4), QTime(12, 0)), 5);
            twoDays = addSession(QDateTime(QDate(2025, 3, 10), QTime(9, 0)),
                                 QDateTime(QDate(2025, 3, 11), QTime(17, 0)), 5);
            for (qint64 session : {morning, twoDays}) {
                for (qint64 p : {martin, elie, dupontE, dupontA, faure}) {
                    must(school->registrations().registerAgent(session, p));
                }
            }
            // The morning's waiting list: Walter first, then Quentin, who gives up.
            must(school->registrations().registerAgent(morning, waiting));
            const qint64 quit =
                must(school->registrations().registerAgent(morning, quitter)).registrationId;
            must(school->registrations().cancel(quit));
            must(school->registrations().registerAgent(morning, spare)); // waiting, 2nd
        }

        qint64 addSession(const QDateTime& start, const QDateTime& end, int capacity)
        {
            Session s;
            s.actionId = action;
            s.startsAt = start;
            s.endsAt = end;
            s.capacity = capacity;
            s.status = SessionStatus::Confirmed;
            s.animators = {{animator, AnimatorRole::Animator}};
            return must(school->sessions().insert(s)).id;
        }

        AttendanceSheet sheet(qint64 session) { return must(store.sheet(session)); }

        /// A change setting every line of a sheet, in order, to the values given.
        AttendanceChange record(const AttendanceSheet& sheet, const QList<const char*>& values)
        {
            AttendanceChange change;
            change.sessionId = sheet.session.id;
            change.halfDays = sheet.halfDays;
            for (int i = 0; i < values.size(); ++i) {
                const AttendanceLine& line = sheet.lines.at(i);
                change.marks.append({line.registrationId, line.rowVersion, marks(values.at(i))});
            }
            return change;
        }

        int count(const QString& sql, qint64 id)
        {
            QSqlQuery query(school->database().connection());
            query.prepare(sql);
            query.bindValue(QStringLiteral(":id"), id);
            if (!query.exec() || !query.next()) {
                qFatal("count failed");
            }
            return query.value(0).toInt();
        }

        PeriodFigures figures()
        {
            const FiguresCalculator calculator(school->database(), school->settings());
            return must(calculator.compute(Period::calendarYear(2025)));
        }
    };

    static QList<qint64> people(const AttendanceSheet& sheet)
    {
        QList<qint64> ids;
        for (const AttendanceLine& line : sheet.lines) {
            ids << line.personId;
        }
        return ids;
    }

private Q_SLOTS:
    void initTestCase() { TRUC2_REQUIRE_BACKEND(); }

    void summaryRule()
    {
        QCOMPARE(attendanceSummary({}), Attendance::Unknown);
        QCOMPARE(attendanceSummary(marks("UUUU")), Attendance::Unknown);
        QCOMPARE(attendanceSummary(marks("AAAP")), Attendance::Present);
        QCOMPARE(attendanceSummary(marks("UAUP")), Attendance::Present);
        QCOMPARE(attendanceSummary(marks("AEAA")), Attendance::Excused);
        QCOMPARE(attendanceSummary(marks("AAAA")), Attendance::Absent);
        QCOMPARE(attendanceSummary(marks("AUAA")), Attendance::Unknown); // may have come
        QCOMPARE(attendanceSummary(marks("E")), Attendance::Excused);
    }

    void sheetInOrderWithoutWaitingListOrCancellations()
    {
        Fixture f;
        const AttendanceSheet sheet = f.sheet(f.morning);
        QCOMPARE(sheet.session.id, f.morning);
        QCOMPARE(sheet.actionTitle, QStringLiteral("Excel"));
        QCOMPARE(sheet.halfDays, (QList<HalfDay>{{QDate(2025, 3, 4), HalfDay::Morning}}));
        // Accents and case ignored: dupont Alain, Dupont Élodie, Élie, Faure, Martin.
        QCOMPARE(people(sheet), (QList<qint64>{f.dupontA, f.dupontE, f.elie, f.faure, f.martin}));
        const AttendanceLine& first = sheet.lines.first();
        QCOMPARE(first.displayName(), QStringLiteral("DUPONT Alain"));
        QCOMPARE(first.affiliation(), QStringLiteral("Culture / Médiathèque"));
        QCOMPARE(first.status, RegistrationStatus::Registered);
        QCOMPARE(first.halfDays, marks("U"));
        QCOMPARE(first.summary, Attendance::Unknown);

        const AttendanceSheet two = f.sheet(f.twoDays);
        QCOMPARE(two.halfDays.size(), 4);
        QCOMPARE(two.halfDays.at(2), (HalfDay{QDate(2025, 3, 11), HalfDay::Morning}));
        QCOMPARE(two.lines.size(), 5);
        QCOMPARE(two.lines.at(3).halfDays, marks("UUUU"));
    }

    void halfDaysAndSummaries()
    {
        Fixture f;
        const AttendanceSheet before = f.sheet(f.twoDays);
        QSignalSpy registrations(&f.school->registrations(),
                                 &RegistrationStore::registrationsChanged);
        QSignalSpy sessions(&f.school->sessions(), &SessionStore::sessionUpdated);
        const AttendanceSaved saved =
            must(f.store.save(f.record(before, {"PAAA", "AEAA", "AAAA", "UAUA", "EEEE"})));
        QCOMPARE(registrations.size(), 1);
        QCOMPARE(registrations.first().first().toLongLong(), f.twoDays);
        QCOMPARE(sessions.size(), 0); // the status did not change
        QCOMPARE(saved.rowVersions.size(), 5);
        QVERIFY(!saved.previousStatus);

        const AttendanceSheet after = f.sheet(f.twoDays);
        QCOMPARE(after.lines.at(0).halfDays, marks("PAAA"));
        QCOMPARE(after.lines.at(0).summary, Attendance::Present);
        QCOMPARE(after.lines.at(1).summary, Attendance::Excused);
        QCOMPARE(after.lines.at(2).summary, Attendance::Absent);
        QCOMPARE(after.lines.at(3).halfDays, marks("UAUA"));
        QCOMPARE(after.lines.at(3).summary, Attendance::Unknown);
        QCOMPARE(after.lines.at(4).summary, Attendance::Excused);
        for (const AttendanceLine& line : after.lines) {
            QCOMPARE(line.rowVersion, saved.rowVersions.value(line.registrationId));
            QCOMPARE(line.rowVersion, before.lines.at(after.lines.indexOf(line)).rowVersion + 1);
            QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM attendance_halfday "
                                            "WHERE registration_id = :id"),
                             line.registrationId),
                     4);
        }
        // Saved again with other values: the half-days are replaced, not added to.
        QVERIFY(f.store.save(f.record(after, {"PPPP"})));
        QCOMPARE(f.sheet(f.twoDays).lines.at(0).halfDays, marks("PPPP"));
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM attendance_halfday "
                                        "WHERE registration_id = :id"),
                         after.lines.at(0).registrationId),
                 4);
    }

    void oneHalfDayKeepsTheSummaryOnly()
    {
        Fixture f;
        QVERIFY(f.store.save(f.record(f.sheet(f.morning), {"P", "A", "E", "P", "U"})));
        const AttendanceSheet after = f.sheet(f.morning);
        QCOMPARE(after.lines.at(0).summary, Attendance::Present);
        QCOMPARE(after.lines.at(1).summary, Attendance::Absent);
        QCOMPARE(after.lines.at(2).halfDays, marks("E"));
        QCOMPARE(after.lines.at(4).summary, Attendance::Unknown);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM attendance_halfday h JOIN "
                                        "registration g ON g.id = h.registration_id "
                                        "WHERE g.session_id = :id"),
                         f.morning),
                 0);
    }

    void summaryAloneStandsForEachHalfDay()
    {
        // Loaded in bulk with a summary and no half-day values (an import, older data).
        Fixture f;
        Registration r;
        r.sessionId = f.twoDays;
        r.personId = f.spare;
        r.attendance = Attendance::Excused;
        must(f.school->sessions().insertRegistration(r));
        const AttendanceSheet sheet = f.sheet(f.twoDays);
        QCOMPARE(sheet.lines.at(5).personId, f.spare); // after Martin
        QCOMPARE(sheet.lines.at(5).halfDays, marks("EEEE"));
    }

    void walkIns()
    {
        Fixture f;
        QSignalSpy registrations(&f.school->registrations(),
                                 &RegistrationStore::registrationsChanged);
        // Someone new, present on the only half-day, on the sheet in name order.
        const RecordedWalkIn sam = must(f.store.addWalkIn(f.morning, f.spare));
        QCOMPARE(registrations.size(), 1);
        QVERIFY(!sam.created); // Sam was second on the waiting list
        QCOMPARE(sam.previousStatus, RegistrationStatus::Waitlisted);
        QCOMPARE(sam.previousWaitingPosition, 2);
        AttendanceSheet sheet = f.sheet(f.morning);
        QCOMPARE(people(sheet).size(), 6);
        QCOMPARE(sheet.lines.at(5).personId, f.spare); // after Martin
        QCOMPARE(sheet.lines.at(5).status, RegistrationStatus::WalkIn);
        QCOMPARE(sheet.lines.at(5).summary, Attendance::Present);

        // Walter, first on the waiting list, came too: nobody waits any more.
        const RecordedWalkIn walter = must(f.store.addWalkIn(f.morning, f.waiting));
        QCOMPARE(walter.previousWaitingPosition, 1);
        QCOMPARE(f.school->registrations().counts(f.morning)->waiting, 0);
        // Quentin had cancelled: his registration is taken over, not duplicated.
        const RecordedWalkIn quentin = must(f.store.addWalkIn(f.morning, f.quitter));
        QVERIFY(!quentin.created);
        QCOMPARE(quentin.previousStatus, RegistrationStatus::Cancelled);
        // Anna animates; Paul is on the sheet already; Fred is inactive.
        QVERIFY(f.store.addWalkIn(f.morning, f.animator).errorMessage().contains(u"animates"));
        QVERIFY(f.store.addWalkIn(f.morning, f.martin).errorMessage().contains(u"already"));
        QVERIFY(f.store.addWalkIn(f.morning, f.former).errorMessage().contains(u"inactive"));
        // On the other session, Sam is new: a new registration, present on every half-day.
        const RecordedWalkIn created = must(f.store.addWalkIn(f.twoDays, f.spare));
        QVERIFY(created.created);
        QCOMPARE(f.sheet(f.twoDays).lines.at(5).halfDays, marks("PPPP"));
        QCOMPARE(f.school->registrations().counts(f.morning)->seatsTaken, 8);

        // Taken back (an undo): Walter waits again first, Sam second; the new one goes.
        AttendanceChange undo;
        undo.sessionId = f.morning;
        undo.withdrawnWalkIns = {sam, walter, quentin}; // in the order recorded
        QVERIFY(f.store.save(undo));
        const QList<Registration> all = must(f.school->sessions().registrations(f.morning));
        for (const Registration& r : all) {
            if (r.personId == f.waiting) {
                QCOMPARE(r.status, RegistrationStatus::Waitlisted);
                QCOMPARE(r.waitingPosition, 1);
            } else if (r.personId == f.spare) {
                QCOMPARE(r.status, RegistrationStatus::Waitlisted);
                QCOMPARE(r.waitingPosition, 2);
            } else if (r.personId == f.quitter) {
                QCOMPARE(r.status, RegistrationStatus::Cancelled);
            }
        }
        QCOMPARE(f.sheet(f.morning).lines.size(), 5);
        AttendanceChange removeCreated;
        removeCreated.sessionId = f.twoDays;
        removeCreated.withdrawnWalkIns = {created};
        QVERIFY(f.store.save(removeCreated));
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM registration "
                                        "WHERE id = :id"),
                         created.registrationId),
                 0);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM attendance_halfday "
                                        "WHERE registration_id = :id"),
                         created.registrationId),
                 0);
        // Withdrawn twice: the second finds it gone.
        QVERIFY(!f.store.save(removeCreated));
    }

    void twoWaitingAgentsComeInOneSave()
    {
        Fixture f;
        AttendanceChange change;
        change.sessionId = f.morning;
        change.halfDays = f.sheet(f.morning).halfDays;
        change.walkIns = {{f.waiting, marks("P")}, {f.spare, marks("A")}};
        const AttendanceSaved saved = must(f.store.save(change));
        QCOMPARE(saved.walkIns.size(), 2);
        QCOMPARE(saved.walkIns.at(0).previousWaitingPosition, 1);
        QCOMPARE(saved.walkIns.at(1).previousWaitingPosition, 1); // moved up behind Walter
        QCOMPARE(f.sheet(f.morning).lines.size(), 7);
        AttendanceChange undo;
        undo.sessionId = f.morning;
        undo.withdrawnWalkIns = saved.walkIns;
        QVERIFY(f.store.save(undo));
        for (const Registration& r : must(f.school->sessions().registrations(f.morning))) {
            if (r.personId == f.waiting || r.personId == f.spare) {
                QCOMPARE(r.status, RegistrationStatus::Waitlisted);
                QCOMPARE(r.waitingPosition, r.personId == f.waiting ? 1 : 2);
            }
        }
    }

    void heldStatus()
    {
        Fixture f;
        const Session before = must(f.school->sessions().session(f.morning));
        QSignalSpy updated(&f.school->sessions(), &SessionStore::sessionUpdated);
        const int version = must(f.store.markHeld(f.morning, before.rowVersion));
        QCOMPARE(updated.size(), 1);
        const Session after = must(f.school->sessions().session(f.morning));
        QCOMPARE(after.status, SessionStatus::Held);
        QCOMPARE(after.rowVersion, version);
        QCOMPARE(version, before.rowVersion + 1);
        QCOMPARE(after.sequence, before.sequence + 1); // calendar clients hear of it
        // A stale version is refused; already held with the current one changes nothing.
        const Result<int> stale = f.store.markHeld(f.morning, before.rowVersion);
        QVERIFY(stale.ok()); // already held: nothing to change, nothing refused
        QCOMPARE(*stale, version);
        QCOMPARE(updated.size(), 1);

        // Back to confirmed (an undo) with a version read before someone edited it: refused.
        Session edited = after;
        edited.notes = QStringLiteral("Salle changée");
        QVERIFY(f.school->sessions().update(edited));
        AttendanceChange back;
        back.sessionId = f.morning;
        back.status = SessionStatus::Confirmed;
        back.sessionRowVersion = version;
        const Result<AttendanceSaved> refused = f.store.save(back);
        QVERIFY(!refused);
        QVERIFY(refused.errorMessage().contains(u"meanwhile") ||
                refused.errorMessage().contains(u"changed"));
        QCOMPARE(must(f.school->sessions().session(f.morning)).status, SessionStatus::Held);
    }

    void aWholeRecordOrNothing()
    {
        Fixture f;
        const AttendanceSheet sheet = f.sheet(f.twoDays);
        AttendanceChange change = f.record(sheet, {"PPPP", "PPPP", "AAAA", "EEEE", "PPPP"});
        change.walkIns.append({f.spare, marks("PPAA")});
        change.status = SessionStatus::Held;
        change.sessionRowVersion = sheet.session.rowVersion;
        // Meanwhile, another workstation records Faure (4th on the sheet) as absent.
        std::unique_ptr<School> other = f.school.openAgain();
        AttendanceStore otherStore(*other);
        AttendanceChange theirs = f.record(sheet, {});
        theirs.marks = {
            {sheet.lines.at(3).registrationId, sheet.lines.at(3).rowVersion, marks("AAAA")}};
        QVERIFY(otherStore.save(theirs));
        other.reset();

        QSignalSpy registrations(&f.school->registrations(),
                                 &RegistrationStore::registrationsChanged);
        QSignalSpy sessions(&f.school->sessions(), &SessionStore::sessionUpdated);
        const Result<AttendanceSaved> refused = f.store.save(change);
        QVERIFY(!refused);
        QCOMPARE(refused.errorMessage(), changedMeanwhileError().message);
        QCOMPARE(registrations.size(), 0);
        QCOMPARE(sessions.size(), 0);
        const AttendanceSheet after = f.sheet(f.twoDays);
        QCOMPARE(after.lines.size(), 5); // no walk-in
        QCOMPARE(after.lines.at(0).halfDays, marks("UUUU"));
        QCOMPARE(after.lines.at(0).rowVersion, sheet.lines.at(0).rowVersion);
        QCOMPARE(after.lines.at(3).halfDays, marks("AAAA")); // theirs stands
        QCOMPARE(after.session.status, SessionStatus::Confirmed);
        QCOMPARE(after.session.rowVersion, sheet.session.rowVersion);

        // A stale session version spoils the whole record too.
        AttendanceChange second = f.record(after, {"PPPP"});
        second.status = SessionStatus::Held;
        second.sessionRowVersion = after.session.rowVersion - 1;
        QVERIFY(!f.store.save(second));
        QCOMPARE(f.sheet(f.twoDays).lines.at(0).halfDays, marks("UUUU"));
        // Values that do not fit the session's half-days are refused before anything.
        AttendanceChange misfit = f.record(after, {"PP"});
        QVERIFY(!f.store.save(misfit));
    }

    void cancelledSessionRefused()
    {
        Fixture f;
        Session s = must(f.school->sessions().session(f.morning));
        s.status = SessionStatus::Cancelled;
        s.cancelReason = QStringLiteral("Grève");
        QVERIFY(f.school->sessions().update(s));
        const Result<AttendanceSaved> refused = f.store.save(f.record(f.sheet(f.morning), {"P"}));
        QVERIFY(!refused);
        QVERIFY(refused.errorMessage().contains(u"cancelled"));
        QVERIFY(!f.store.addWalkIn(f.morning, f.spare));
    }

    void figuresFollowTheRecord()
    {
        Fixture f;
        QCOMPARE(f.figures().totals.sessions, 0); // nothing held yet

        // The morning: three present, one absent, one excused, Sam came without registering.
        const AttendanceSheet sheet = f.sheet(f.morning);
        AttendanceChange change = f.record(sheet, {"P", "P", "A", "E", "P"});
        change.walkIns.append({f.spare, marks("P")});
        change.status = SessionStatus::Held;
        change.sessionRowVersion = sheet.session.rowVersion;
        const AttendanceSaved saved = must(f.store.save(change));
        PeriodFigures figures = f.figures();
        QCOMPARE(figures.totals.sessions, 1);
        QCOMPARE(figures.totals.participants, 4);
        QCOMPARE(figures.totals.agentsReached, 4);
        QCOMPARE(figures.totals.animators, 1);
        QCOMPARE(figures.formats.first().participants, 4);

        // The two days: Alain (present at the morning too) and Faure present one half-day.
        const AttendanceSheet two = f.sheet(f.twoDays);
        AttendanceChange second = f.record(two, {"PPPP", "AAAA", "AAAA", "AAAP", "EEEE"});
        second.status = SessionStatus::Held;
        second.sessionRowVersion = two.session.rowVersion;
        QVERIFY(f.store.save(second));
        figures = f.figures();
        QCOMPARE(figures.totals.sessions, 2);
        QCOMPARE(figures.totals.participants, 6);
        QCOMPARE(figures.totals.agentsReached, 5); // Faure is new; Alain counts once

        // The morning's record taken back: its walk-in gone, absent again, confirmed again.
        const AttendanceSheet now = f.sheet(f.morning);
        AttendanceChange undo;
        undo.sessionId = f.morning;
        undo.halfDays = now.halfDays;
        for (const AttendanceLine& line : sheet.lines) {
            undo.marks.append(
                {line.registrationId, saved.rowVersions.value(line.registrationId), line.halfDays});
        }
        undo.withdrawnWalkIns = saved.walkIns;
        undo.status = *saved.previousStatus;
        undo.sessionRowVersion = saved.sessionRowVersion;
        QVERIFY(f.store.save(undo));
        figures = f.figures();
        QCOMPARE(figures.totals.sessions, 1);
        QCOMPARE(figures.totals.participants, 2);
        QCOMPARE(figures.totals.agentsReached, 2);
        QCOMPARE(f.sheet(f.morning).session.status, SessionStatus::Confirmed);
    }

    void pendingRule()
    {
        Fixture f;
        const QDateTime now(QDate(2025, 3, 20), QTime(12, 0));
        const QDate since(2025, 1, 1);
        const auto pendingIds = [&] {
            QList<qint64> ids;
            for (const PendingAttendance& p : must(f.store.pending(now, since))) {
                ids << p.sessionId;
            }
            return ids;
        };
        // Both fixture sessions ended unheld, with registrants unknown: latest first.
        QCOMPARE(pendingIds(), (QList<qint64>{f.twoDays, f.morning}));
        const PendingAttendance first = must(f.store.pending(now, since)).first();
        QCOMPARE(first.code, must(f.school->sessions().session(f.twoDays)).code);
        QCOMPARE(first.actionTitle, QStringLiteral("Excel"));
        QCOMPARE(first.registrants, 5);
        QCOMPARE(first.unknown, 5);
        QCOMPARE(first.status, SessionStatus::Confirmed);

        const auto at = [](int day, int hour) {
            return QDateTime(QDate(2025, 3, day), QTime(hour, 0));
        };
        const qint64 empty = f.addSession(at(12, 9), at(12, 11), 5);    // nobody registered
        const qint64 running = f.addSession(at(20, 10), at(20, 14), 5); // not over at noon
        const qint64 future = f.addSession(at(25, 9), at(25, 12), 5);   // not yet
        const qint64 old = f.addSession(QDateTime(QDate(2024, 12, 2), QTime(9, 0)),
                                        QDateTime(QDate(2024, 12, 2), QTime(12, 0)), 5);
        const qint64 heldEmpty = f.addSession(at(13, 9), at(13, 11), 5);
        QVERIFY(f.store.markHeld(heldEmpty, 1)); // a headcount only
        const qint64 cancelled = f.addSession(at(14, 9), at(14, 11), 5);
        Session c = must(f.school->sessions().session(cancelled));
        c.status = SessionStatus::Cancelled;
        c.cancelReason = QStringLiteral("Grève");
        must(f.school->registrations().registerAgent(cancelled, f.martin));
        QVERIFY(f.school->sessions().update(c));
        for (qint64 s : {running, future, old}) {
            must(f.school->registrations().registerAgent(s, f.martin));
        }
        QCOMPARE(pendingIds(), (QList<qint64>{empty, f.twoDays, f.morning}));

        // The morning recorded whole and held: done. The two days held with Faure not entered:
        // still pending, for one registrant.
        AttendanceSheet sheet = f.sheet(f.morning);
        AttendanceChange change = f.record(sheet, {"P", "P", "P", "P", "A"});
        change.status = SessionStatus::Held;
        change.sessionRowVersion = sheet.session.rowVersion;
        QVERIFY(f.store.save(change));
        sheet = f.sheet(f.twoDays);
        change = f.record(sheet, {"PPPP", "PPPP", "PPPP", "UUUU", "PPPP"});
        change.status = SessionStatus::Held;
        change.sessionRowVersion = sheet.session.rowVersion;
        QVERIFY(f.store.save(change));
        QCOMPARE(pendingIds(), (QList<qint64>{empty, f.twoDays}));
        QCOMPARE(must(f.store.pending(now, since)).last().unknown, 1);
        QCOMPARE(must(f.store.pending(now, since)).last().status, SessionStatus::Held);
        // Only a waiting agent left unknown does not hold a held session back.
        const qint64 full = f.addSession(at(15, 9), at(15, 11), 1);
        must(f.school->registrations().registerAgent(full, f.martin));
        must(f.school->registrations().registerAgent(full, f.elie)); // waiting
        sheet = f.sheet(full);
        change = f.record(sheet, {"P"});
        change.status = SessionStatus::Held;
        change.sessionRowVersion = sheet.session.rowVersion;
        QVERIFY(f.store.save(change));
        QVERIFY(!pendingIds().contains(full));
        // The old session shows with an earlier bound.
        QVERIFY(must(f.store.pending(now, QDate(2024, 12, 1))).last().sessionId == old);
    }
};

QTEST_GUILESS_MAIN(TestAttendanceStore)
#include "tst_attendancestore.moc"
