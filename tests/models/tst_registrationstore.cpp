// Registrations against capacity: seats, the waiting list in order, promotion on cancellation,
// refusals, and two workstations racing for the last seat or saving the same session.
#include "TestSchool.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace truc2;

class TestRegistrationStore : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        test::TestSchool school;
        qint64 session = 0;
        qint64 animator = 0;
        QList<qint64> agents;

        explicit Fixture(int capacity, int agentCount = 6)
        {
            const qint64 action = test::addWorkshopAction(*school);
            for (int i = 0; i <= agentCount; ++i) {
                Agent agent;
                agent.lastName = QStringLiteral("Agent%1").arg(i);
                agent.firstName = QStringLiteral("Test");
                (i == 0 ? animator : agents.emplace_back()) = *school->agents().insert(agent);
            }
            Session s;
            s.actionId = action;
            s.startsAt = QDateTime(QDate(2030, 3, 1), QTime(9, 0));
            s.endsAt = s.startsAt.addSecs(3 * 3600);
            s.capacity = capacity;
            s.animators = {{animator, AnimatorRole::Animator}};
            session = school->sessions().insert(s)->id;
        }
    };

    /// Where each agent of the fixture stands, in order: "R" registered, "W2" second on the
    /// waiting list, "C" cancelled, "-" not registered. Read through the given school.
    static QString states(const Fixture& f, School& school)
    {
        QHash<qint64, QString> byPerson;
        // Held here: a range-for over *registrations(…) would read a destroyed temporary.
        const Result<QList<Registration>> registrations =
            school.sessions().registrations(f.session);
        for (const Registration& r : *registrations) {
            switch (r.status) {
            case RegistrationStatus::Registered:
                byPerson.insert(r.personId, QStringLiteral("R"));
                break;
            case RegistrationStatus::Waitlisted:
                byPerson.insert(r.personId, QStringLiteral("W%1").arg(r.waitingPosition));
                break;
            case RegistrationStatus::Cancelled:
                byPerson.insert(r.personId, QStringLiteral("C"));
                break;
            case RegistrationStatus::WalkIn:
                byPerson.insert(r.personId, QStringLiteral("I"));
                break;
            }
        }
        QStringList list;
        for (qint64 agent : f.agents) {
            list << byPerson.value(agent, QStringLiteral("-"));
        }
        return list.join(QLatin1Char(' '));
    }
    static QString states(Fixture& f) { return states(f, *f.school); }

    /// Registers the first `count` agents of the fixture, in order; their registration ids.
    static QList<qint64> registerFirst(Fixture& f, int count)
    {
        QList<qint64> ids;
        for (int i = 0; i < count; ++i) {
            const auto outcome = f.school->registrations().registerAgent(f.session, f.agents.at(i));
            if (!outcome) {
                qFatal("registration refused: %s", qPrintable(outcome.errorMessage()));
            }
            ids << outcome->registrationId;
        }
        return ids;
    }

    static void setCapacity(School& school, qint64 sessionId, int capacity)
    {
        Session s = *school.sessions().session(sessionId);
        s.capacity = capacity;
        const Result<Session> saved = school.sessions().update(s);
        QVERIFY2(saved, saved ? "" : qPrintable(saved.errorMessage()));
    }

    static inline const QDateTime kBefore{QDate(2030, 1, 1), QTime(8, 0)};

    /// Runs two changes at the same moment, each on a workstation of its own (a thread with
    /// its own connection); both must succeed.
    template <typename First, typename Second>
    static void raceOnTwoWorkstations(Fixture& f, First first, Second second)
    {
        QSemaphore ready;
        QSemaphore go;
        QString errors[2];
        QThread* threads[2];
        for (int i = 0; i < 2; ++i) {
            threads[i] = QThread::create([&, i] {
                std::unique_ptr<School> workstation = f.school.openAgain();
                ready.release();
                go.acquire();
                const auto done = i == 0 ? Status(toStatus(first(*workstation)))
                                         : Status(toStatus(second(*workstation)));
                if (!done) {
                    errors[i] = done.errorMessage();
                }
            });
            threads[i]->start();
        }
        ready.acquire(2);
        go.release(2);
        for (QThread* t : threads) {
            QVERIFY(t->wait(30'000));
            delete t;
        }
        QVERIFY2(errors[0].isEmpty() && errors[1].isEmpty(), qPrintable(errors[0] + errors[1]));
    }
    template <typename T>
    static Status toStatus(const Result<T>& result)
    {
        return result ? Status() : Status(result.error());
    }
    static Status toStatus(const Status& status) { return status; }

private Q_SLOTS:
    void initTestCase() { TRUC2_REQUIRE_BACKEND(); }

    void seatsThenWaitingListThenPromotionInOrder()
    {
        Fixture f(2);
        RegistrationStore& store = f.school->registrations();
        QList<RegistrationOutcome> outcomes;
        for (int i = 0; i < 5; ++i) {
            const auto outcome = store.registerAgent(f.session, f.agents.at(i));
            QVERIFY2(outcome, outcome ? "" : qPrintable(outcome.errorMessage()));
            outcomes << *outcome;
        }
        QCOMPARE(outcomes.at(1).status, RegistrationStatus::Registered);
        QCOMPARE(outcomes.at(2).status, RegistrationStatus::Waitlisted);
        QCOMPARE(outcomes.at(2).waitingPosition, 1);
        QCOMPARE(outcomes.at(4).waitingPosition, 3);
        QCOMPARE(store.counts(f.session)->seatsTaken, 2);
        QCOMPARE(store.counts(f.session)->waiting, 3);

        // The second waiting agent gives up: the third moves up to second place.
        QCOMPARE(*store.cancel(outcomes.at(3).registrationId, QDateTime(QDate(2030, 1, 1), {})), 0);
        // A seat frees: the first waiting agent gets it, the last one moves up to first.
        const Result<qint64> promoted =
            store.cancel(outcomes.at(0).registrationId, QDateTime(QDate(2030, 1, 1), {}));
        QCOMPARE(*promoted, outcomes.at(2).registrationId);
        const QList<Registration> all = *f.school->sessions().registrations(f.session);
        QCOMPARE(all.at(2).status, RegistrationStatus::Registered);
        QCOMPARE(all.at(4).status, RegistrationStatus::Waitlisted);
        QCOMPARE(all.at(4).waitingPosition, 1);
        QCOMPARE(store.counts(f.session)->seatsTaken, 2);
        QCOMPARE(store.counts(f.session)->waiting, 1);
    }

    void noPromotionOnceTheSessionHasStarted()
    {
        Fixture f(1);
        RegistrationStore& store = f.school->registrations();
        const qint64 first = store.registerAgent(f.session, f.agents.at(0))->registrationId;
        QVERIFY(store.registerAgent(f.session, f.agents.at(1)));
        const QDateTime during(QDate(2030, 3, 1), QTime(10, 0));
        QCOMPARE(*store.cancel(first, during), 0);
        QCOMPARE(store.counts(f.session)->seatsTaken, 0);
        QCOMPARE(store.counts(f.session)->waiting, 1);
    }

    void refusals()
    {
        Fixture f(3);
        RegistrationStore& store = f.school->registrations();
        QVERIFY(store.registerAgent(f.session, f.agents.at(0)));
        const auto twice = store.registerAgent(f.session, f.agents.at(0));
        QVERIFY(!twice);
        QVERIFY(twice.errorMessage().contains(QStringLiteral("already registered")));
        const auto animator = store.registerAgent(f.session, f.animator);
        QVERIFY(!animator);
        QVERIFY(animator.errorMessage().contains(QStringLiteral("animates")));
        QVERIFY(f.school->agents().setActive({f.agents.at(1)}, false));
        const auto inactive = store.registerAgent(f.session, f.agents.at(1));
        QVERIFY(!inactive);
        QVERIFY(inactive.errorMessage().contains(QStringLiteral("inactive")));
        QCOMPARE(store.counts(f.session)->seatsTaken, 1);
    }

    void cancelledAgentMayRegisterAgain()
    {
        Fixture f(3);
        RegistrationStore& store = f.school->registrations();
        const qint64 id = store.registerAgent(f.session, f.agents.at(0))->registrationId;
        QVERIFY(store.cancel(id));
        const auto again = store.registerAgent(f.session, f.agents.at(0));
        QVERIFY(again);
        QCOMPARE(again->registrationId, id);
        QCOMPARE(store.counts(f.session)->seatsTaken, 1);
    }

    void twoWorkstationsEditTheSameSession()
    {
        Fixture f(8);
        std::unique_ptr<School> other = f.school.openAgain();
        Session mine = *f.school->sessions().session(f.session);
        Session theirs = *other->sessions().session(f.session);
        mine.location = QStringLiteral("Salle du conseil");
        theirs.location = QStringLiteral("Médiathèque");
        const Result<Session> saved = f.school->sessions().update(mine);
        QVERIFY2(saved, saved ? "" : qPrintable(saved.errorMessage()));
        const Result<Session> refused = other->sessions().update(theirs);
        QVERIFY(!refused);
        QVERIFY(refused.errorMessage().contains(QStringLiteral("another workstation")));
        const Session stored = *other->sessions().session(f.session);
        QCOMPARE(stored.location, QStringLiteral("Salle du conseil"));
        QCOMPARE(stored.animators.size(), 1); // the animators were saved with it, not lost
        QCOMPARE(stored.code, mine.code);
    }

    void twoWorkstationsRaceForTheLastSeat()
    {
        // Repeated, since a race that is won by luck once proves little.
        for (int round = 0; round < 8; ++round) {
            Fixture f(3);
            RegistrationStore& store = f.school->registrations();
            QVERIFY(store.registerAgent(f.session, f.agents.at(0)));
            QVERIFY(store.registerAgent(f.session, f.agents.at(1)));
            QSemaphore ready;
            QSemaphore go;
            RegistrationStatus statuses[2];
            QString errors[2];
            QThread* threads[2];
            for (int i = 0; i < 2; ++i) {
                threads[i] = QThread::create([&, i] {
                    std::unique_ptr<School> workstation = f.school.openAgain();
                    ready.release();
                    go.acquire();
                    const auto outcome =
                        workstation->registrations().registerAgent(f.session, f.agents.at(2 + i));
                    if (outcome) {
                        statuses[i] = outcome->status;
                    } else {
                        errors[i] = outcome.errorMessage();
                    }
                });
                threads[i]->start();
            }
            ready.acquire(2);
            go.release(2);
            for (QThread* t : threads) {
                QVERIFY(t->wait(30'000));
                delete t;
            }
            QVERIFY2(errors[0].isEmpty() && errors[1].isEmpty(), qPrintable(errors[0] + errors[1]));
            QCOMPARE(int(statuses[0] == RegistrationStatus::Registered) +
                         int(statuses[1] == RegistrationStatus::Registered),
                     1);
            QCOMPARE(store.counts(f.session)->seatsTaken, 3);
            QCOMPARE(store.counts(f.session)->waiting, 1);
        }
    }

    void promotionOrderUnderSeveralCancellations()
    {
        Fixture f(2);
        RegistrationStore& store = f.school->registrations();
        const QList<qint64> ids = registerFirst(f, 6);
        QCOMPARE(states(f), QStringLiteral("R R W1 W2 W3 W4"));
        // A waiting agent leaves: those behind move up, nobody is seated.
        QCOMPARE(*store.cancel(ids[3], kBefore), 0);
        QCOMPARE(states(f), QStringLiteral("R R W1 C W2 W3"));
        // Seats free one after another: the first waiting each time, in order.
        QCOMPARE(*store.cancel(ids[0], kBefore), ids[2]);
        QCOMPARE(states(f), QStringLiteral("C R R C W1 W2"));
        QCOMPARE(*store.cancel(ids[2], kBefore), ids[4]);
        QCOMPARE(states(f), QStringLiteral("C R C C R W1"));
        QCOMPARE(*store.cancel(ids[5], kBefore), 0);
        QCOMPARE(*store.cancel(ids[1], kBefore), 0); // nobody left waiting
        QCOMPARE(states(f), QStringLiteral("C C C C R C"));
        // Someone registering again goes to the free seat, under the same registration.
        const auto again = store.registerAgent(f.session, f.agents[3]);
        QCOMPARE(again->registrationId, ids[3]);
        QVERIFY(again->revived);
        QCOMPARE(states(f), QStringLiteral("C C C R R C"));
        const auto refused = store.cancel(ids[5], kBefore);
        QVERIFY(!refused);
        QVERIFY(refused.errorMessage().contains(QStringLiteral("already cancelled")));
    }

    void capacityChangesMoveTheWaitingList()
    {
        Fixture f(2);
        const QList<qint64> ids = registerFirst(f, 5);
        QSignalSpy changed(&f.school->sessions(), &SessionStore::registrationsChanged);
        // More seats: the first agents waiting take them, in order.
        setCapacity(*f.school, f.session, 4);
        QCOMPARE(states(f), QStringLiteral("R R R R W1 -"));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().toLongLong(), f.session);
        // Fewer seats (the undo of the change): the last registered go back to the head of
        // the list, in their order, exactly where they were.
        setCapacity(*f.school, f.session, 2);
        QCOMPARE(states(f), QStringLiteral("R R W1 W2 W3 -"));
        QCOMPARE(changed.size(), 2);
        // A change that moves nobody says nothing about registrations.
        Session s = *f.school->sessions().session(f.session);
        s.location = QStringLiteral("Salle 2");
        QVERIFY(f.school->sessions().update(s));
        QCOMPARE(changed.size(), 2);
        // No limit: everybody waiting is seated.
        setCapacity(*f.school, f.session, 0);
        QCOMPARE(states(f), QStringLiteral("R R R R R -"));
        setCapacity(*f.school, f.session, 3);
        QCOMPARE(states(f), QStringLiteral("R R R W1 W2 -"));
        // A cancellation in between: undoing it still gives the seat back in order.
        QCOMPARE(*f.school->registrations().cancel(ids[1], kBefore), ids[3]);
        QCOMPARE(states(f), QStringLiteral("R C R R W1 -"));
        setCapacity(*f.school, f.session, 4);
        QCOMPARE(states(f), QStringLiteral("R C R R R -"));
        QCOMPARE(f.school->registrations().counts(f.session)->waiting, 0);
    }

    void nothingMovesOnceTheSessionHasStarted()
    {
        Fixture f(1);
        Session s = *f.school->sessions().session(f.session);
        s.startsAt = QDateTime(QDate(2020, 3, 2), QTime(9, 0));
        s.endsAt = s.startsAt.addSecs(3 * 3600);
        QVERIFY(f.school->sessions().update(s));
        registerFirst(f, 3);
        QCOMPARE(states(f), QStringLiteral("R W1 W2 - - -"));
        setCapacity(*f.school, f.session, 3);
        QCOMPARE(states(f), QStringLiteral("R W1 W2 - - -"));
    }

    void undoingACancellationDemotesTheAgentPromoted()
    {
        Fixture f(2);
        RegistrationStore& store = f.school->registrations();
        const QList<qint64> ids = registerFirst(f, 5);
        QSignalSpy changed(&store, &RegistrationStore::registrationsChanged);
        const Result<Cancellation> seat = store.cancelRegistration(ids[0], kBefore);
        QVERIFY(seat);
        QCOMPARE(seat->previousStatus, RegistrationStatus::Registered);
        QCOMPARE(seat->promotedId, ids[2]);
        QCOMPARE(states(f), QStringLiteral("C R R W1 W2 -"));
        QVERIFY(store.restore(*seat));
        QCOMPARE(states(f), QStringLiteral("R R W1 W2 W3 -"));
        QCOMPARE(changed.size(), 2);

        // A waiting agent comes back to their own place, those behind move down again.
        const Result<Cancellation> place = store.cancelRegistration(ids[3], kBefore);
        QCOMPARE(place->previousPosition, 2);
        QCOMPARE(place->promotedId, 0);
        QCOMPARE(states(f), QStringLiteral("R R W1 C W2 -"));
        QVERIFY(store.restore(*place));
        QCOMPARE(states(f), QStringLiteral("R R W1 W2 W3 -"));
        // Restoring twice is refused: it is no longer cancelled.
        QVERIFY(!store.restore(*place));

        // The agent promoted left meanwhile: the undo cannot give things back as they were.
        const Result<Cancellation> again = store.cancelRegistration(ids[1], kBefore);
        QCOMPARE(again->promotedId, ids[2]);
        QVERIFY(store.cancel(ids[2], kBefore));
        const Status stale = store.restore(*again);
        QVERIFY(!stale);
        QVERIFY(stale.errorMessage().contains(QStringLiteral("another workstation")));
        QCOMPARE(states(f), QStringLiteral("R C C R W1 -"));
    }

    void undoingACancellationNeedsTheSeat()
    {
        Fixture f(1);
        RegistrationStore& store = f.school->registrations();
        const QList<qint64> ids = registerFirst(f, 1);
        const Result<Cancellation> gone = store.cancelRegistration(ids[0], kBefore);
        QCOMPARE(gone->promotedId, 0);
        QVERIFY(store.registerAgent(f.session, f.agents[1])); // takes the free seat
        const Status refused = store.restore(*gone);
        QVERIFY(!refused);
        QVERIFY(refused.errorMessage().contains(QStringLiteral("seat has gone")));
        QCOMPARE(states(f), QStringLiteral("C R - - - -"));
    }

    void removingARegistrationIsTheUndoOfAddingIt()
    {
        Fixture f(1);
        RegistrationStore& store = f.school->registrations();
        const QList<qint64> ids = registerFirst(f, 3);
        QCOMPARE(*store.remove(ids[1], kBefore), 0); // waiting: the list closes up
        QCOMPARE(states(f), QStringLiteral("R - W1 - - -"));
        QCOMPARE(*store.remove(ids[0], kBefore), ids[2]); // a seat: the first waiting takes it
        QCOMPARE(states(f), QStringLiteral("- - R - - -"));
        QCOMPARE(*store.registrationOf(f.session, f.agents[2]), ids[2]);
        QCOMPARE(*store.registrationOf(f.session, f.agents[0]), 0); // removed, not cancelled
        QVERIFY(f.school->sessions().insertHalfDayAttendance(ids[2], QDate(2030, 3, 1), 0,
                                                             Attendance::Present));
        const Result<qint64> recorded = store.remove(ids[2], kBefore);
        QVERIFY(!recorded);
        QVERIFY(recorded.errorMessage().contains(QStringLiteral("attendance")));
        QVERIFY(!store.remove(ids[0], kBefore)); // gone already
    }

    void refusalsNameTheAgent()
    {
        Fixture f(1);
        RegistrationStore& store = f.school->registrations();
        registerFirst(f, 2);
        const auto waiting = store.registerAgent(f.session, f.agents[1]);
        QVERIFY(!waiting);
        QCOMPARE(waiting.errorMessage(),
                 QStringLiteral("AGENT2 Test is already on the waiting list of this session "
                                "(place 1)."));
        const auto seated = store.registerAgent(f.session, f.agents[0]);
        QCOMPARE(seated.errorMessage(),
                 QStringLiteral("AGENT1 Test is already registered for this session."));
        QCOMPARE(store.registerAgent(f.session, f.animator).errorMessage(),
                 QStringLiteral("AGENT0 Test animates this session and cannot also attend it."));
        Session s = *f.school->sessions().session(f.session);
        s.status = SessionStatus::Cancelled;
        s.cancelReason = QStringLiteral("Salle indisponible");
        QVERIFY(f.school->sessions().update(s));
        QVERIFY(store.registerAgent(f.session, f.agents[2])
                    .errorMessage()
                    .contains(QStringLiteral("cancelled")));
    }

    void closedGroupsRegisterTheirMembersOnly()
    {
        test::TestSchool school;
        CatalogueStore& catalogue = school->catalogue();
        Format managers;
        managers.code = QStringLiteral("CM");
        managers.name = QStringLiteral("Communauté des managers");
        managers.registrationMode = RegistrationMode::Closed;
        const qint64 group = *catalogue.insertFormat(managers);
        Action meeting;
        meeting.formatId = group;
        meeting.title = QStringLiteral("Co-développement");
        Session s;
        s.actionId = *catalogue.insertAction(meeting);
        s.startsAt = QDateTime(QDate(2030, 3, 4), QTime(12, 15));
        s.endsAt = s.startsAt.addSecs(5400);
        s.capacity = 12;
        const qint64 session = school->sessions().insert(s)->id;
        Agent a;
        a.lastName = QStringLiteral("Martin");
        a.firstName = QStringLiteral("Claire");
        const qint64 member = *school->agents().insert(a);
        a.lastName = QStringLiteral("Petit");
        a.firstName = QStringLiteral("Hugo");
        const qint64 outsider = *school->agents().insert(a);
        a.lastName = QStringLiteral("Invité");
        a.external = true;
        a.organisation = QStringLiteral("CNFPT");
        const qint64 speaker = *school->agents().insert(a);

        QSignalSpy members(&catalogue, &CatalogueStore::membersChanged);
        QVERIFY(catalogue.addMembers(group, {member}));
        QCOMPARE(members.size(), 1);
        QVERIFY(catalogue.addMembers(group, {member})); // already one: nothing changes
        QCOMPARE(members.size(), 1);
        QCOMPARE(*catalogue.members(group), QList<qint64>{member});
        QVERIFY(*catalogue.isMember(group, member));
        QVERIFY(!*catalogue.isMember(group, outsider));
        const Status external = catalogue.addMembers(group, {outsider, speaker});
        QVERIFY(!external);
        QVERIFY(external.errorMessage().contains(QStringLiteral("external speaker")));
        QCOMPARE(catalogue.members(group)->size(), 1); // all or none

        RegistrationStore& store = school->registrations();
        QVERIFY(store.registerAgent(session, member));
        const auto refused = store.registerAgent(session, outsider);
        QVERIFY(!refused);
        QVERIFY2(refused.errorMessage().startsWith(
                     QStringLiteral("PETIT Hugo is not a member of Communauté des managers")),
                 qPrintable(refused.errorMessage()));
        QVERIFY(catalogue.addMembers(group, {outsider}));
        QVERIFY(store.registerAgent(session, outsider));
        QVERIFY(catalogue.removeMembers(group, {outsider, member}));
        QCOMPARE(members.size(), 3);
        QVERIFY(catalogue.members(group)->isEmpty());

        // Other formats have no members.
        const qint64 workshop = test::addWorkshopAction(*school);
        const qint64 workshops = catalogue.action(workshop)->formatId;
        QVERIFY(!catalogue.addMembers(workshops, {member}));
        // A membership goes with its person.
        QVERIFY(catalogue.addMembers(group, {outsider}));
        Agent newcomer;
        newcomer.lastName = QStringLiteral("Nouveau");
        newcomer.firstName = QStringLiteral("Léa");
        const qint64 brief = *school->agents().insert(newcomer);
        QVERIFY(catalogue.addMembers(group, {brief}));
        QVERIFY(school->agents().remove(brief));
        QCOMPARE(*catalogue.members(group), QList<qint64>{outsider});
    }

    void twoWorkstationsCancelAndRegisterAtOnce()
    {
        // Whatever order the two changes land in, the waiting list ends the same.
        for (int round = 0; round < 6; ++round) {
            Fixture f(2, 6);
            const QList<qint64> ids = registerFirst(f, 4); // R R W1 W2
            raceOnTwoWorkstations(
                f, [&](School& school) { return school.registrations().cancel(ids[0], kBefore); },
                [&](School& school) {
                    return school.registrations().registerAgent(f.session, f.agents[4]);
                });
            QCOMPARE(states(f), QStringLiteral("C R R W1 W2 -"));
        }
    }

    void twoWorkstationsFreeSeatsAndRaiseTheCapacityAtOnce()
    {
        for (int round = 0; round < 6; ++round) {
            Fixture f(2, 6);
            const QList<qint64> ids = registerFirst(f, 6); // R R W1 W2 W3 W4
            raceOnTwoWorkstations(
                f, [&](School& school) { return school.registrations().cancel(ids[0], kBefore); },
                [&](School& school) -> Status {
                    // Read and saved in one go, as the session dialog would, retried when the
                    // other workstation's change came in between.
                    for (int attempt = 0; attempt < 5; ++attempt) {
                        Session s = *school.sessions().session(f.session);
                        s.capacity = 3;
                        const Result<Session> saved = school.sessions().update(s);
                        if (saved) {
                            return {};
                        }
                    }
                    return Error{QStringLiteral("capacity never saved")};
                });
            QCOMPARE(states(f), QStringLiteral("C R R R W1 W2"));
            // The other workstation sees the same list.
            std::unique_ptr<School> other = f.school.openAgain();
            QCOMPARE(states(f, *other), QStringLiteral("C R R R W1 W2"));
        }
    }

    void twoWorkstationsCancelTwoSeatsAtOnce()
    {
        for (int round = 0; round < 6; ++round) {
            Fixture f(2, 6);
            const QList<qint64> ids = registerFirst(f, 5); // R R W1 W2 W3
            raceOnTwoWorkstations(
                f, [&](School& school) { return school.registrations().cancel(ids[0], kBefore); },
                [&](School& school) { return school.registrations().cancel(ids[1], kBefore); });
            QCOMPARE(states(f), QStringLiteral("C C R R W1 -"));
        }
    }
};

QTEST_GUILESS_MAIN(TestRegistrationStore)
#include "tst_registrationstore.moc"
