// AttendanceModel under QAbstractItemModelTester: a checklist in sheet order with one column
// per half-day, edits through setData, "all present", walk-ins in their place, the dirty state,
// the change it gives for the store, and a round trip through AttendanceStore.
#include "TestSchool.h"
#include "itemmodels/AttendanceModel.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QSignalSpy>
#include <QTest>

using namespace truc2;

namespace {

AttendanceLine line(qint64 id, const char* last, const char* first, Attendance value)
{
    AttendanceLine l;
    l.registrationId = id;
    l.personId = id * 10;
    l.lastName = QString::fromUtf8(last);
    l.firstName = QString::fromUtf8(first);
    l.directionName = QStringLiteral("Culture");
    l.serviceName = QStringLiteral("Médiathèque");
    l.rowVersion = 3;
    l.summary = value;
    l.halfDays = QList<Attendance>(4, value);
    return l;
}

/// A session over two days (four half-days) with three registrants in sheet order.
AttendanceSheet twoDaySheet()
{
    AttendanceSheet sheet;
    sheet.session.id = 7;
    sheet.session.code = QStringLiteral("UT-2025-007");
    sheet.session.startsAt = QDateTime(QDate(2025, 3, 10), QTime(9, 0));
    sheet.session.endsAt = QDateTime(QDate(2025, 3, 11), QTime(17, 0));
    sheet.session.rowVersion = 2;
    sheet.halfDays = halfDaysOf(sheet.session);
    sheet.lines = {line(11, "Dupont", "Élodie", Attendance::Unknown),
                   line(12, "Martin", "Paul", Attendance::Unknown),
                   line(13, "Zola", "Émile", Attendance::Present)};
    return sheet;
}

AgentRow agentRow(qint64 id, const char* last, const char* first)
{
    AgentRow row;
    row.agent.id = id;
    row.agent.lastName = QString::fromUtf8(last);
    row.agent.firstName = QString::fromUtf8(first);
    row.directionName = QStringLiteral("Finances");
    row.serviceName = QStringLiteral("Paie");
    return row;
}

constexpr int H0 = AttendanceModel::FirstHalfDay;

} // namespace

class TestAttendanceModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<AttendanceModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    QString text(int row, int column) const
    {
        return m_model->index(row, column).data().toString();
    }

private Q_SLOTS:
    void initTestCase() { TRUC2_REQUIRE_BACKEND(); }

    void init()
    {
        m_model = std::make_unique<AttendanceModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->setSheet(twoDaySheet());
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
    }

    void columnsAndTexts()
    {
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(m_model->columnCount(), 6);
        QCOMPARE(m_model->headerData(AttendanceModel::Name, Qt::Horizontal).toString(),
                 QStringLiteral("Name"));
        QCOMPARE(m_model->headerData(AttendanceModel::Affiliation, Qt::Horizontal).toString(),
                 QStringLiteral("Direction / Service"));
        QCOMPARE(m_model->headerData(H0, Qt::Horizontal).toString(),
                 QStringLiteral("Morning 10/03"));
        QCOMPARE(m_model->headerData(H0 + 3, Qt::Horizontal).toString(),
                 QStringLiteral("Afternoon 11/03"));
        QCOMPARE(m_model->headerData(2, Qt::Vertical).toInt(), 3); // N° as on the sheet
        QCOMPARE(text(0, AttendanceModel::Name), QStringLiteral("DUPONT Élodie"));
        QCOMPARE(text(0, AttendanceModel::Affiliation), QStringLiteral("Culture / Médiathèque"));
        QCOMPARE(text(0, H0), QStringLiteral("\u2013"));
        QCOMPARE(text(2, H0), QStringLiteral("\u2713 Present"));
        QCOMPARE(m_model->index(2, H0).data(AttendanceModel::AttendanceRole).toInt(),
                 int(Attendance::Present));
        QCOMPARE(m_model->index(1, AttendanceModel::Name).data(AttendanceModel::SortRole),
                 QVariant(QStringLiteral("martin paul")));
        QVERIFY(m_model->index(2, H0).data(Qt::BackgroundRole).value<QBrush>().color() !=
                QColor(Qt::white));
        QVERIFY(!m_model->index(0, H0).data(Qt::BackgroundRole).isValid());
        QVERIFY(m_model->flags(m_model->index(0, H0)) & Qt::ItemIsEditable);
        QVERIFY(!(m_model->flags(m_model->index(0, AttendanceModel::Name)) & Qt::ItemIsEditable));
        QVERIFY(!m_model->isDirty());
    }

    void editThroughSetData()
    {
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy dirty(m_model.get(), &AttendanceModel::dirtyChanged);
        const QModelIndex cell = m_model->index(1, H0 + 2);
        QVERIFY(m_model->setData(cell, int(Attendance::Absent)));
        QCOMPARE(cell.data().toString(), QStringLiteral("Absent"));
        QCOMPARE(m_model->attendance(1, 2), Attendance::Absent);
        QVERIFY(changed.size() >= 1);
        QCOMPARE(changed.last().at(0).value<QModelIndex>(), cell);
        QCOMPARE(dirty.size(), 1);
        QVERIFY(m_model->isDirty());
        QVERIFY(cell.data(Qt::FontRole).value<QFont>().bold()); // not saved yet
        // The code as text is understood too; nonsense and the name columns are refused.
        QVERIFY(m_model->setData(m_model->index(1, H0), QStringLiteral("excused")));
        QCOMPARE(m_model->attendance(1, 0), Attendance::Excused);
        QVERIFY(!m_model->setData(cell, 9));
        QVERIFY(!m_model->setData(m_model->index(1, AttendanceModel::Name), 1));
        QVERIFY(!m_model->setData(cell, int(Attendance::Present), Qt::DisplayRole));
        // Back to what was read: clean again.
        QVERIFY(m_model->setData(cell, int(Attendance::Unknown)));
        QVERIFY(m_model->setData(m_model->index(1, H0), int(Attendance::Unknown)));
        QVERIFY(!m_model->isDirty());
        QCOMPARE(dirty.size(), 2);
    }

    void allPresentAndCounts()
    {
        AttendanceModel::Counts c = m_model->counts();
        QCOMPARE(c.registered, 3);
        QCOMPARE(c.present, 1);
        QCOMPARE(c.unknown, 2);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        m_model->setAllPresent();
        QCOMPARE(changed.size(), 1);
        for (int row = 0; row < 3; ++row) {
            for (int h = 0; h < 4; ++h) {
                QCOMPARE(m_model->attendance(row, h), Attendance::Present);
            }
        }
        QVERIFY(m_model->setAttendance(0, 1, Attendance::Absent)); // still present (morning)
        for (int h = 0; h < 4; ++h) {
            QVERIFY(m_model->setAttendance(1, h, Attendance::Excused));
        }
        c = m_model->counts();
        QCOMPARE(c.present, 2);
        QCOMPARE(c.excused, 1);
        QCOMPARE(c.unknown, 0);
    }

    void walkInsInSheetOrder()
    {
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        const int row = m_model->addWalkIn(agentRow(99, "Fabre", "Anne"));
        QCOMPARE(row, 1); // between Dupont and Martin
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 1);
        QCOMPARE(text(1, AttendanceModel::Name), QStringLiteral("FABRE Anne (walk-in)"));
        QCOMPARE(text(1, AttendanceModel::Affiliation), QStringLiteral("Finances / Paie"));
        QVERIFY(m_model->index(1, 0).data(AttendanceModel::WalkInRole).toBool());
        QCOMPARE(m_model->index(1, 0).data(AttendanceModel::RegistrationIdRole).toLongLong(), 0);
        for (int h = 0; h < 4; ++h) {
            QCOMPARE(m_model->attendance(1, h), Attendance::Present);
        }
        QVERIFY(m_model->isDirty());
        QCOMPARE(m_model->counts().walkIns, 1);
        QCOMPARE(m_model->counts().registered, 3);
        // Someone on the sheet already is not added twice.
        QCOMPARE(m_model->addWalkIn(agentRow(99, "Fabre", "Anne")), -1);
        QCOMPARE(m_model->addWalkIn(agentRow(110, "Dupont", "Élodie")), -1);
        QVERIFY(m_model->personIds().contains(99));
        // An unsaved walk-in can be taken back; a registrant cannot.
        QVERIFY(!m_model->removeWalkIn(0));
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        QVERIFY(m_model->removeWalkIn(1));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(m_model->rowCount(), 3);
        QVERIFY(!m_model->isDirty());
        // A walk-in sorting last goes last.
        QCOMPARE(m_model->addWalkIn(agentRow(98, "Zz", "Last")), 3);
    }

    void changeForTheStore()
    {
        QVERIFY(m_model->setAttendance(0, 3, Attendance::Absent));
        m_model->addWalkIn(agentRow(99, "Fabre", "Anne"));
        const AttendanceChange change = m_model->change();
        QCOMPARE(change.sessionId, 7);
        QCOMPARE(change.halfDays, twoDaySheet().halfDays);
        QCOMPARE(change.marks.size(), 1); // only what changed
        QCOMPARE(change.marks.first().registrationId, 11);
        QCOMPARE(change.marks.first().rowVersion, 3);
        QCOMPARE(change.marks.first().halfDays,
                 (QList<Attendance>{Attendance::Unknown, Attendance::Unknown, Attendance::Unknown,
                                    Attendance::Absent}));
        QCOMPARE(change.walkIns.size(), 1);
        QCOMPARE(change.walkIns.first().personId, 99);
        QVERIFY(!change.status);
        // Read again: nothing to save.
        m_model->setSheet(twoDaySheet());
        QVERIFY(m_model->change().isEmpty());
    }

    void readOnly()
    {
        m_model->setReadOnly(true);
        QVERIFY(!(m_model->flags(m_model->index(0, H0)) & Qt::ItemIsEditable));
        QVERIFY(!m_model->setData(m_model->index(0, H0), int(Attendance::Present)));
        m_model->setAllPresent();
        QCOMPARE(m_model->attendance(0, 0), Attendance::Unknown);
        QCOMPARE(m_model->addWalkIn(agentRow(99, "Fabre", "Anne")), -1);
        QVERIFY(!m_model->isDirty());
    }

    void cycleOrder()
    {
        QCOMPARE(AttendanceModel::cycled(Attendance::Unknown), Attendance::Present);
        QCOMPARE(AttendanceModel::cycled(Attendance::Present), Attendance::Absent);
        QCOMPARE(AttendanceModel::cycled(Attendance::Absent), Attendance::Excused);
        QCOMPARE(AttendanceModel::cycled(Attendance::Excused), Attendance::Present);
    }

    void emptySheetAndSingleHalfDay()
    {
        m_model->setSheet({});
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(m_model->columnCount(), AttendanceModel::FixedColumnCount);
        QVERIFY(m_model->change().isEmpty());
        AttendanceSheet morning = twoDaySheet();
        morning.session.endsAt = QDateTime(QDate(2025, 3, 10), QTime(12, 0));
        morning.halfDays = halfDaysOf(morning.session);
        for (AttendanceLine& l : morning.lines) {
            l.halfDays = {l.summary};
        }
        m_model->setSheet(morning);
        QCOMPARE(m_model->columnCount(), 3);
        QCOMPARE(m_model->headerData(H0, Qt::Horizontal).toString(),
                 QStringLiteral("Morning 10/03"));
    }

    void roundTripThroughTheStore()
    {
        test::TestSchool school;
        const qint64 action = test::addWorkshopAction(*school);
        QList<qint64> people;
        for (const char* name : {"Martin", "Dupont", "Zola"}) {
            Agent a;
            a.lastName = QString::fromUtf8(name);
            a.firstName = QStringLiteral("Test");
            people << *school->agents().insert(a);
        }
        Agent walkIn;
        walkIn.lastName = QStringLiteral("Fabre");
        walkIn.firstName = QStringLiteral("Anne");
        walkIn.id = *school->agents().insert(walkIn);
        Session s;
        s.actionId = action;
        s.startsAt = QDateTime(QDate(2025, 3, 10), QTime(9, 0));
        s.endsAt = QDateTime(QDate(2025, 3, 11), QTime(17, 0));
        const qint64 session = school->sessions().insert(s)->id;
        for (qint64 p : people) {
            QVERIFY(school->registrations().registerAgent(session, p));
        }
        AttendanceStore store(*school);
        m_model->setSheet(*store.sheet(session));
        QCOMPARE(text(0, AttendanceModel::Name), QStringLiteral("DUPONT Test"));
        m_model->setAllPresent();
        QVERIFY(m_model->setAttendance(2, 1, Attendance::Absent)); // Zola, afternoon
        AgentRow row;
        row.agent = walkIn;
        QCOMPARE(m_model->addWalkIn(row), 1); // after Dupont
        QVERIFY(store.save(m_model->change()));
        m_model->setSheet(*store.sheet(session));
        QVERIFY(!m_model->isDirty());
        QCOMPARE(m_model->rowCount(), 4);
        QCOMPARE(text(1, AttendanceModel::Name), QStringLiteral("FABRE Anne (walk-in)"));
        QCOMPARE(m_model->attendance(3, 1), Attendance::Absent);
        QCOMPARE(m_model->attendance(3, 2), Attendance::Present);
        QCOMPARE(m_model->counts().present, 3);
        QCOMPARE(m_model->counts().walkIns, 1);
    }
};

QTEST_GUILESS_MAIN(TestAttendanceModel)
#include "tst_attendancemodel.moc"
