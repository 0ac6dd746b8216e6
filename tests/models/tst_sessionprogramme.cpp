// The programme side of SessionStore: sessions of a period with what the views show, conflicts
// of rooms and animators, the checks before saving, calendar sequence numbers, removal.
#include "TestSchool.h"

#include <QTest>

using namespace truc2;

class TestSessionProgramme : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        test::TestSchool school;
        qint64 action = 0;
        qint64 anne = 0;
        qint64 bruno = 0;

        Fixture()
        {
            action = test::addWorkshopAction(*school);
            anne = addPerson(QStringLiteral("Anne"), QStringLiteral("Martin"));
            bruno = addPerson(QStringLiteral("Bruno"), QStringLiteral("Petit"));
        }
        qint64 addPerson(const QString& first, const QString& last)
        {
            Agent agent;
            agent.firstName = first;
            agent.lastName = last;
            return *school->agents().insert(agent);
        }
        Session session(int day, int fromHour, int toHour, const QString& room,
                        QList<qint64> animators = {}) const
        {
            Session s;
            s.actionId = action;
            s.startsAt = QDateTime(QDate(2030, 3, day), QTime(fromHour, 0));
            s.endsAt = QDateTime(QDate(2030, 3, day), QTime(toHour, 0));
            s.location = room;
            s.capacity = 12;
            for (qint64 id : animators) {
                s.animators.append({id, AnimatorRole::Animator});
            }
            return s;
        }
        Session add(const Session& s)
        {
            const Result<Session> saved = school->sessions().insert(s);
            if (!saved) {
                qFatal("%s", qPrintable(saved.errorMessage()));
            }
            return *saved;
        }
    };

    static QStringList fields(const QList<FieldProblem>& problems)
    {
        QStringList names;
        for (const FieldProblem& p : problems) {
            names << p.field;
        }
        return names;
    }

private Q_SLOTS:
    void initTestCase() { TRUC2_REQUIRE_BACKEND(); }

    void programmeListsThePeriodWithCountsAndAnimators()
    {
        Fixture f;
        const Session first =
            f.add(f.session(4, 9, 12, QStringLiteral("Salle A"), {f.bruno, f.anne}));
        f.add(f.session(5, 9, 12, QStringLiteral("Salle B")));
        f.add(f.session(20, 9, 12, QStringLiteral("Salle C")));
        QVERIFY(f.school->registrations().registerAgent(
            first.id, f.addPerson(QStringLiteral("C"), QStringLiteral("D"))));

        const auto week = f.school->sessions().programme(QDate(2030, 3, 4), QDate(2030, 3, 10));
        QVERIFY2(week, week ? "" : qPrintable(week.errorMessage()));
        QCOMPARE(week->size(), 2);
        const ProgrammeEntry& e = week->first();
        QCOMPARE(e.session.code, first.code);
        QCOMPARE(e.actionTitle, QStringLiteral("Excel"));
        QVERIFY(e.colour.isValid());
        QCOMPARE(e.registered, 1);
        QCOMPARE(e.waitlisted, 0);
        QCOMPARE(e.animators.size(), 2);
        QCOMPARE(e.animatorNames(), QStringLiteral("Anne Martin, Bruno Petit"));
        QCOMPARE(e.session.animators.size(), 2);

        // A day's bounds are both included; a session the day after is not.
        QCOMPARE(f.school->sessions().programme(QDate(2030, 3, 5), QDate(2030, 3, 5))->size(), 1);
        QCOMPARE(f.school->sessions().programme(QDate(2030, 3, 6), QDate(2030, 3, 19))->size(), 0);

        const auto one = f.school->sessions().programmeEntry(first.id);
        QVERIFY(one);
        QCOMPARE(*one, e);
    }

    void conflictsOfRoomsAndAnimators()
    {
        Fixture f;
        const Session held =
            f.add(f.session(4, 9, 12, QStringLiteral("Salle du Conseil"), {f.anne}));
        f.add(f.session(4, 12, 14, QStringLiteral("Salle du conseil"), {f.anne})); // touches only

        // Same room spelt differently, overlapping.
        auto found = f.school->sessions().conflicts(
            f.session(4, 10, 11, QStringLiteral(" salle du CONSEIL ")));
        QVERIFY(found);
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().kind, SessionConflict::Kind::Room);
        QCOMPARE(found->first().otherSessionId, held.id);
        QVERIFY(found->first().describe().contains(held.code));

        // Same animator elsewhere.
        found = f.school->sessions().conflicts(
            f.session(4, 11, 13, QStringLiteral("Salle B"), {f.anne}));
        QVERIFY(found);
        QCOMPARE(found->size(), 2); // both of Anne's sessions overlap 11:00–13:00
        QCOMPARE(found->first().kind, SessionConflict::Kind::Animator);
        QCOMPARE(found->first().personName, QStringLiteral("Anne Martin"));

        // Touching is not overlapping; a session is not in conflict with itself.
        QCOMPARE(f.school->sessions()
                     .conflicts(f.session(4, 14, 16, QStringLiteral("Salle du conseil"), {f.anne}))
                     ->size(),
                 0);
        QCOMPARE(f.school->sessions().conflicts(held)->size(), 0);

        // A cancelled session frees its room and animator.
        Session cancelled = *f.school->sessions().session(held.id);
        cancelled.status = SessionStatus::Cancelled;
        cancelled.cancelReason = QStringLiteral("Animatrice malade");
        QVERIFY(f.school->sessions().update(cancelled));
        QCOMPARE(f.school->sessions()
                     .conflicts(f.session(4, 10, 11, QStringLiteral("Salle du conseil"), {f.anne}))
                     ->size(),
                 0);
    }

    void conflictsAmongAListFindBothSides()
    {
        Fixture f;
        const Session a = f.add(f.session(4, 9, 12, QStringLiteral("Salle A"), {f.anne}));
        const Session b = f.add(f.session(4, 11, 13, QStringLiteral("Salle A")));
        const Session c = f.add(f.session(4, 12, 13, QStringLiteral("Salle B"), {f.anne}));
        const auto all = f.school->sessions().programme(QDate(2030, 3, 4), QDate(2030, 3, 4));
        const auto conflicts = conflictsAmong(*all);
        QCOMPARE(conflicts.value(a.id).size(), 1);
        QCOMPARE(conflicts.value(b.id).size(), 1);
        QCOMPARE(conflicts.value(b.id).first().otherSessionId, a.id);
        QVERIFY(!conflicts.contains(c.id)); // touches a at 12:00, meets b in another room
    }

    void problemsBeforeSaving()
    {
        Fixture f;
        SessionStore& store = f.school->sessions();
        QCOMPARE(store.problems(f.session(4, 9, 12, QStringLiteral("A"), {f.anne})).size(), 0);

        Session backwards = f.session(4, 12, 9, QStringLiteral("A"));
        QCOMPARE(fields(store.problems(backwards)), QStringList{QStringLiteral("endsAt")});

        Session noSeat = f.session(4, 9, 12, QStringLiteral("A"));
        noSeat.capacity = 0;
        QCOMPARE(fields(store.problems(noSeat)), QStringList{QStringLiteral("capacity")});
        noSeat.capacity = -3;
        QCOMPARE(fields(store.problems(noSeat)), QStringList{QStringLiteral("capacity")});

        QVERIFY(f.school->settings().setClosedDay(QDate(2030, 3, 4), QStringLiteral("Grève")));
        const auto closed = store.problems(f.session(4, 9, 12, QStringLiteral("A")));
        QCOMPARE(fields(closed), QStringList{QStringLiteral("startsAt")});
        QVERIFY(closed.first().message.contains(QStringLiteral("04/03/2030")));
        QVERIFY(closed.first().message.contains(QStringLiteral("Grève")));
        QVERIFY(f.school->settings().reopenDay(QDate(2030, 3, 4)));
        QCOMPARE(store.problems(f.session(4, 9, 12, QStringLiteral("A"))).size(), 0);

        QVERIFY(f.school->agents().setActive(QList<qint64>{f.bruno}, false));
        const auto inactive = store.problems(f.session(4, 9, 12, QStringLiteral("A"), {f.bruno}));
        QCOMPARE(fields(inactive), QStringList{QStringLiteral("animators")});
        QVERIFY(inactive.first().message.contains(QStringLiteral("Bruno Petit")));

        Session cancelled = f.session(4, 9, 12, QStringLiteral("A"));
        cancelled.status = SessionStatus::Cancelled;
        QCOMPARE(fields(store.problems(cancelled)), QStringList{QStringLiteral("cancelReason")});
    }

    void sequenceRisesWhenTimePlaceOrStatusChange()
    {
        Fixture f;
        Session s = f.add(f.session(4, 9, 12, QStringLiteral("Salle A")));
        QCOMPARE(s.sequence, 0);
        s.notes = QStringLiteral("Apporter un ordinateur");
        s = *f.school->sessions().update(s);
        QCOMPARE(s.sequence, 0);
        QCOMPARE(s.rowVersion, 2);
        s.startsAt = s.startsAt.addSecs(3600);
        s = *f.school->sessions().update(s);
        QCOMPARE(s.sequence, 1);
        s.location = QStringLiteral("Salle B");
        s = *f.school->sessions().update(s);
        QCOMPARE(s.sequence, 2);
        s.status = SessionStatus::Cancelled;
        s.cancelReason = QStringLiteral("Trop peu d'inscrits");
        s = *f.school->sessions().update(s);
        QCOMPARE(s.sequence, 3);
    }

    void removeOnlyWhatNobodyUses()
    {
        Fixture f;
        const Session empty = f.add(f.session(4, 9, 12, QStringLiteral("A"), {f.anne}));
        const Session used = f.add(f.session(5, 9, 12, QStringLiteral("A")));
        QVERIFY(f.school->registrations().registerAgent(used.id, f.bruno));
        QVERIFY(!f.school->sessions().remove(used.id));
        QVERIFY(f.school->sessions().session(used.id));

        QVERIFY(f.school->sessions().remove(empty.id));
        QVERIFY(!f.school->sessions().session(empty.id));
        // The redo of an undone creation brings it back under its id and code.
        const auto back = f.school->sessions().insert(empty);
        QVERIFY2(back, back ? "" : qPrintable(back.errorMessage()));
        QCOMPARE(back->id, empty.id);
        QCOMPARE(f.school->sessions().session(empty.id)->code, empty.code);
        QCOMPARE(f.school->sessions().session(empty.id)->animators, empty.animators);
    }
};

QTEST_GUILESS_MAIN(TestSessionProgramme)
#include "tst_sessionprogramme.moc"
