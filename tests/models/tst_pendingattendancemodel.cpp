// PendingAttendanceModel under QAbstractItemModelTester: the sessions awaiting their attendance,
// latest first, following recordings, new sessions and cancellations with exact row changes.
#include "TestSchool.h"
#include "itemmodels/PendingAttendanceModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace truc2;

class TestPendingAttendanceModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestSchool> m_school;
    std::unique_ptr<PendingAttendanceModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    qint64 m_action = 0;
    qint64 m_agent = 0;

    qint64 addSession(int day, SessionStatus status = SessionStatus::Confirmed)
    {
        Session s;
        s.actionId = m_action;
        s.startsAt = QDateTime(QDate(2025, 3, day), QTime(9, 0));
        s.endsAt = QDateTime(QDate(2025, 3, day), QTime(12, 0));
        s.status = status;
        const qint64 id = (*m_school)->sessions().insert(s)->id;
        if (!(*m_school)->registrations().registerAgent(id, m_agent)) {
            qFatal("cannot register");
        }
        return id;
    }

    QList<qint64> ids() const
    {
        QList<qint64> result;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            result
                << m_model->index(row, 0).data(PendingAttendanceModel::SessionIdRole).toLongLong();
        }
        return result;
    }

private Q_SLOTS:
    void initTestCase() { TRUC2_REQUIRE_BACKEND(); }

    void init()
    {
        m_school = std::make_unique<test::TestSchool>();
        m_action = test::addWorkshopAction(**m_school);
        Agent a;
        a.lastName = QStringLiteral("Martin");
        a.firstName = QStringLiteral("Paul");
        m_agent = *(*m_school)->agents().insert(a);
        m_model = std::make_unique<PendingAttendanceModel>(**m_school);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->setNow(QDateTime(QDate(2025, 3, 20), QTime(12, 0)));
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_school.reset();
    }

    void readsOnlyWhenAsked()
    {
        addSession(3);
        QVERIFY(!m_model->isLoaded());
        QCOMPARE(m_model->rowCount(), 0);
        m_model->refresh();
        QVERIFY(m_model->isLoaded());
        QCOMPARE(m_model->rowCount(), 1);
    }

    void followsTheStores()
    {
        const qint64 first = addSession(3);
        const qint64 second = addSession(10);
        addSession(25); // not over yet
        m_model->refresh();
        QCOMPARE(ids(), (QList<qint64>{second, first}));
        QCOMPARE(m_model->columnCount(), int(PendingAttendanceModel::ColumnCount));
        const Session s = *(*m_school)->sessions().session(second);
        QCOMPARE(m_model->index(0, PendingAttendanceModel::Code).data().toString(), s.code);
        QCOMPARE(m_model->index(0, PendingAttendanceModel::Title).data().toString(),
                 QStringLiteral("Excel"));
        QCOMPARE(m_model->index(0, PendingAttendanceModel::Registrants).data().toInt(), 1);
        QCOMPARE(m_model->index(0, PendingAttendanceModel::Date).data().toString(),
                 QLocale().toString(QDate(2025, 3, 10), QStringLiteral("ddd dd/MM/yyyy")));
        // (English plural forms come from the translation: "registrant(s)" without it.)
        QString missing = m_model->index(0, PendingAttendanceModel::Missing).data().toString();
        QVERIFY2(missing.startsWith(u"Attendance of 1 registrant") &&
                     missing.endsWith(u", held status"),
                 qPrintable(missing));

        // Marked held with its attendance still unknown: the row stays and says what is left.
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        AttendanceStore store(**m_school);
        QVERIFY(store.markHeld(second, s.rowVersion));
        QTRY_COMPARE(changed.size(), 1);
        missing = m_model->index(0, PendingAttendanceModel::Missing).data().toString();
        QVERIFY2(missing.startsWith(u"Attendance of 1 registrant") && !missing.contains(u"held"),
                 qPrintable(missing));
        // Its attendance entered: it leaves, and only it.
        const AttendanceSheet sheet = *store.sheet(second);
        AttendanceChange change;
        change.sessionId = second;
        change.halfDays = sheet.halfDays;
        change.marks = {{sheet.lines.first().registrationId,
                         sheet.lines.first().rowVersion,
                         {Attendance::Present}}};
        QVERIFY(store.save(change));
        QTRY_COMPARE(removed.size(), 1);
        QCOMPARE(ids(), (QList<qint64>{first}));
        // A session added after the fact comes in at its place.
        const qint64 between = addSession(5);
        QTRY_COMPARE(inserted.size(), 1);
        QCOMPARE(ids(), (QList<qint64>{between, first}));
        // Cancelled: gone.
        Session c = *(*m_school)->sessions().session(first);
        c.status = SessionStatus::Cancelled;
        c.cancelReason = QStringLiteral("Grève");
        QVERIFY((*m_school)->sessions().update(c));
        QTRY_COMPARE(removed.size(), 2);
        QCOMPARE(ids(), (QList<qint64>{between}));
    }

    void movedSessionMovesItsRow()
    {
        const qint64 a = addSession(3);
        const qint64 b = addSession(10);
        m_model->refresh();
        QCOMPARE(ids(), (QList<qint64>{b, a}));
        Session s = *(*m_school)->sessions().session(a);
        s.startsAt = QDateTime(QDate(2025, 3, 12), QTime(9, 0));
        s.endsAt = QDateTime(QDate(2025, 3, 12), QTime(12, 0));
        QVERIFY((*m_school)->sessions().update(s));
        QTRY_COMPARE(ids(), (QList<qint64>{a, b}));
    }

    void timeAndWindow()
    {
        const qint64 early = addSession(3);
        const qint64 today = addSession(20); // 09:00 to 12:00
        m_model->setNow(QDateTime(QDate(2025, 3, 20), QTime(11, 59)));
        m_model->refresh();
        QCOMPARE(ids(), (QList<qint64>{early})); // today's is not over
        m_model->setNow(QDateTime(QDate(2025, 3, 20), QTime(12, 0)));
        QCOMPARE(ids(), (QList<qint64>{today, early}));
        m_model->setLookBackDays(10);
        QCOMPARE(ids(), (QList<qint64>{today}));
    }
};

QTEST_GUILESS_MAIN(TestPendingAttendanceModel)
#include "tst_pendingattendancemodel.moc"
