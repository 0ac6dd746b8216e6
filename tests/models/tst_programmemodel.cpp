// The programme model: the sessions of a period in order of start, following every change one
// row at a time, with conflicts; and its filter by format, status, animator, room and words.
#include "TestSchool.h"
#include "itemmodels/ProgrammeModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace truc2;

class TestProgrammeModel : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        test::TestSchool school;
        qint64 action = 0;
        qint64 anne = 0;
        ProgrammeModel model{*school};
        QAbstractItemModelTester tester{&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest};

        Fixture()
        {
            action = test::addWorkshopAction(*school);
            Agent agent;
            agent.firstName = QStringLiteral("Anne");
            agent.lastName = QStringLiteral("Martin");
            anne = *school->agents().insert(agent);
            model.setPeriod(QDate(2030, 3, 1), QDate(2030, 3, 31));
        }
        Session add(int day, int hour, const QString& room, bool withAnne = false)
        {
            Session s;
            s.actionId = action;
            s.startsAt = QDateTime(QDate(2030, 3, day), QTime(hour, 0));
            s.endsAt = s.startsAt.addSecs(2 * 3600);
            s.location = room;
            s.capacity = 10;
            if (withAnne) {
                s.animators = {{anne, AnimatorRole::Animator}};
            }
            return *school->sessions().insert(s);
        }
        QStringList codes() const
        {
            QStringList list;
            for (int r = 0; r < model.rowCount(); ++r) {
                list << model.index(r, ProgrammeModel::Code).data().toString();
            }
            return list;
        }
    };

private Q_SLOTS:
    void initTestCase() { TRUC2_REQUIRE_BACKEND(); }

    void rowsFollowTheStoreInOrderOfStart()
    {
        Fixture f;
        const Session late = f.add(20, 9, QStringLiteral("A"));
        const Session early = f.add(3, 9, QStringLiteral("A"));
        f.add(3, 9, QStringLiteral("B"));
        Session april = f.add(25, 14, QStringLiteral("C"));
        QCOMPARE(f.model.rowCount(), 4);
        QCOMPARE(f.codes().first(), early.code);
        QCOMPARE(f.codes().at(3), april.code);

        // Moved into April: the row leaves; back in March: it returns in its place.
        QSignalSpy removed(&f.model, &QAbstractItemModel::rowsRemoved);
        april.startsAt = QDateTime(QDate(2030, 4, 2), QTime(9, 0));
        april.endsAt = april.startsAt.addSecs(3600);
        april = *f.school->sessions().update(april);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(f.model.rowCount(), 3);
        april.startsAt = QDateTime(QDate(2030, 3, 10), QTime(9, 0));
        april.endsAt = april.startsAt.addSecs(3600);
        april = *f.school->sessions().update(april);
        QCOMPARE(f.codes().at(2), april.code);
        QCOMPARE(f.codes().at(3), late.code);

        // A session moved later within the month moves its row.
        Session first = *f.school->sessions().session(early.id);
        first.startsAt = QDateTime(QDate(2030, 3, 28), QTime(9, 0));
        first.endsAt = first.startsAt.addSecs(3600);
        QVERIFY(f.school->sessions().update(first));
        QCOMPARE(f.codes().last(), early.code);

        QVERIFY(f.school->sessions().remove(late.id));
        QCOMPARE(f.model.rowCount(), 3);
        QVERIFY(!f.codes().contains(late.code));
    }

    void displayAndRegistrations()
    {
        Fixture f;
        const Session s = f.add(4, 9, QStringLiteral("Salle A"), true);
        const QModelIndex filled = f.model.index(0, ProgrammeModel::Filled);
        QCOMPARE(filled.data().toString(), QStringLiteral("0/10"));
        Agent other;
        other.firstName = QStringLiteral("Paul");
        other.lastName = QStringLiteral("Durand");
        const qint64 paul = *f.school->agents().insert(other);
        QSignalSpy changed(&f.model, &QAbstractItemModel::dataChanged);
        QVERIFY(f.school->registrations().registerAgent(s.id, paul));
        QVERIFY(changed.size() >= 1);
        QCOMPARE(f.model.index(0, ProgrammeModel::Filled).data().toString(),
                 QStringLiteral("1/10"));
        QCOMPARE(f.model.index(0, ProgrammeModel::Animators).data().toString(),
                 QStringLiteral("Anne Martin"));
        QCOMPARE(f.model.index(0, ProgrammeModel::Time).data().toString(),
                 QStringLiteral("09:00–11:00"));
        QCOMPARE(f.model.index(0, 0).data(ProgrammeModel::StartRole).toDateTime(), s.startsAt);
        QVERIFY(f.model.index(0, 0).data(ProgrammeModel::ColourRole).value<QColor>().isValid());
    }

    void conflictsAreMarkedOnBothSessions()
    {
        Fixture f;
        const Session a = f.add(4, 9, QStringLiteral("Salle A"), true);
        const Session b = f.add(4, 10, QStringLiteral("Salle B"), true);
        const Session c = f.add(4, 11, QStringLiteral("Salle A")); // touches a, overlaps b only
        const auto conflict = [&f](const Session& s) {
            return f.model.index(f.model.rowOf(s.id), 0)
                .data(ProgrammeModel::ConflictRole)
                .toString();
        };
        QVERIFY(conflict(a).contains(QStringLiteral("Anne Martin")));
        QVERIFY(conflict(b).contains(a.code));
        QVERIFY(conflict(c).isEmpty());
        // Cancelling a frees Anne.
        Session cancelled = *f.school->sessions().session(a.id);
        cancelled.status = SessionStatus::Cancelled;
        cancelled.cancelReason = QStringLiteral("Salle inondée");
        QVERIFY(f.school->sessions().update(cancelled));
        QVERIFY(conflict(b).isEmpty());
    }

    void filterByFormatStatusAnimatorRoomAndWords()
    {
        Fixture f;
        ProgrammeFilterModel filter;
        QAbstractItemModelTester tester(&filter,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&f.model);
        f.add(4, 9, QStringLiteral("Salle du Conseil"), true);
        f.add(5, 9, QStringLiteral("Salle B"));
        Session cancelled = f.add(6, 9, QStringLiteral("Salle B"));
        cancelled.status = SessionStatus::Cancelled;
        cancelled.cancelReason = QStringLiteral("Grève");
        QVERIFY(f.school->sessions().update(cancelled));
        QCOMPARE(filter.rowCount(), 3);

        filter.setAnimatorId(f.anne);
        QCOMPARE(filter.rowCount(), 1);
        filter.setAnimatorId(0);
        filter.setRoom(QStringLiteral("salle du conseil"));
        QCOMPARE(filter.rowCount(), 1);
        filter.setRoom(QString());
        filter.setStatus(SessionStatus::Cancelled);
        QCOMPARE(filter.rowCount(), 1);
        filter.setStatus(std::nullopt);
        filter.setSearchText(QStringLiteral("martin CONSEIL"));
        QCOMPARE(filter.rowCount(), 1);
        filter.setSearchText(QStringLiteral("excel"));
        QCOMPARE(filter.rowCount(), 3);
        filter.setFormatId(-5);
        QCOMPARE(filter.rowCount(), 0);
        filter.setFormatId(0);
        filter.setSearchText(QString());

        filter.sort(ProgrammeModel::Room, Qt::AscendingOrder);
        QCOMPARE(filter.index(0, ProgrammeModel::Room).data().toString(),
                 QStringLiteral("Salle B"));
    }
};

QTEST_GUILESS_MAIN(TestProgrammeModel)
#include "tst_programmemodel.moc"
