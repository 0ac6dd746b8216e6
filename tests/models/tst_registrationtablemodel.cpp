// RegistrationTableModel and RegistrationFilterModel under QAbstractItemModelTester: the order
// (seats by name, waiting list in order, cancelled), exact row changes as registrations are
// added, cancelled, restored and moved by the capacity, and the e-mail list.
#include "TestSchool.h"
#include "itemmodels/RegistrationTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace truc2;
using namespace Qt::StringLiterals;

class TestRegistrationTableModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestSchool> m_school;
    qint64 m_session = 0;
    qint64 m_other = 0;
    QHash<QString, qint64> m_people; ///< By last name.

    School& school() { return m_school->school(); }

    qint64 addAgent(const QString& last, const QString& first, const QString& email, qint64 service)
    {
        Agent a;
        a.lastName = last;
        a.firstName = first;
        a.email = email;
        a.matricule = QStringLiteral("M-") + last.left(3).toUpper();
        a.serviceId = service;
        const qint64 id = *school().agents().insert(a);
        m_people.insert(last, id);
        return id;
    }

    qint64 add(const QString& last, qint64 session = 0)
    {
        const auto outcome =
            school().registrations().registerAgent(session ? session : m_session, m_people[last]);
        if (!outcome) {
            qFatal("refused: %s", qPrintable(outcome.errorMessage()));
        }
        return outcome->registrationId;
    }

    /// "NAME status place" per row, as the table shows them.
    static QStringList rows(const QAbstractItemModel& model)
    {
        QStringList list;
        for (int row = 0; row < model.rowCount(); ++row) {
            QString line = model.index(row, RegistrationTableModel::Name).data().toString() +
                           QLatin1Char('|') +
                           model.index(row, RegistrationTableModel::Status).data().toString();
            const QString place =
                model.index(row, RegistrationTableModel::WaitingPosition).data().toString();
            if (!place.isEmpty()) {
                line += QLatin1Char('|') + place;
            }
            list << line;
        }
        return list;
    }

    /// What a model freshly reset on the session shows: the reference the followed one must
    /// match after every change.
    QStringList fresh()
    {
        RegistrationTableModel again(school());
        again.setSession(m_session);
        return rows(again);
    }

    void setCapacity(int capacity)
    {
        Session s = *school().sessions().session(m_session);
        s.capacity = capacity;
        QVERIFY(school().sessions().update(s));
    }

private Q_SLOTS:
    void initTestCase() { TRUC2_REQUIRE_BACKEND(); }

    void init()
    {
        m_school = std::make_unique<test::TestSchool>();
        m_people.clear();
        const qint64 training = m_school->addService(QStringLiteral("Ressources humaines"),
                                                     QStringLiteral("Formation"));
        const qint64 library =
            m_school->addService(QStringLiteral("Culture"), QStringLiteral("Médiathèque"));
        addAgent(QStringLiteral("Martin"), QStringLiteral("Claire"),
                 QStringLiteral("claire.martin@ville.fr"), training);
        addAgent(QStringLiteral("Durand"), QStringLiteral("Luc"),
                 QStringLiteral("luc.durand@ville.fr"), library);
        addAgent(QStringLiteral("Zola"), QStringLiteral("Émile"), QString(), library);
        addAgent(QStringLiteral("Élie"), QStringLiteral("Sophie"),
                 QStringLiteral("sophie.elie@ville.fr"), 0);
        addAgent(QStringLiteral("Bernard"), QStringLiteral("Anne"),
                 QStringLiteral("anne.bernard@ville.fr"), training);
        Session s;
        s.actionId = test::addWorkshopAction(school());
        s.startsAt = QDateTime(QDate(2030, 5, 14), QTime(9, 0));
        s.endsAt = s.startsAt.addSecs(3 * 3600);
        s.capacity = 2;
        m_session = school().sessions().insert(s)->id;
        s.startsAt = s.startsAt.addDays(7);
        s.endsAt = s.endsAt.addDays(7);
        m_other = school().sessions().insert(s)->id;
    }

    void cleanup() { m_school.reset(); }

    void showsSeatsThenWaitingListThenCancelled()
    {
        RegistrationTableModel model(school());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.columnCount(), int(RegistrationTableModel::ColumnCount));
        model.setSession(m_session);
        QCOMPARE(model.rowCount(), 0);
        const qint64 martin = add(QStringLiteral("Martin"));
        add(QStringLiteral("Durand"));
        add(QStringLiteral("Zola"));
        add(QStringLiteral("Bernard"));
        QCOMPARE(rows(model),
                 QStringList({u"DURAND Luc|Registered"_s, u"MARTIN Claire|Registered"_s,
                              u"ZOLA Émile|Waiting list|1"_s, u"BERNARD Anne|Waiting list|2"_s}));
        const int row = model.rowOfRegistration(martin);
        QCOMPARE(row, 1);
        QCOMPARE(model.index(row, RegistrationTableModel::Service).data().toString(),
                 QStringLiteral("Ressources humaines / Formation"));
        QCOMPARE(model.index(row, RegistrationTableModel::Matricule).data().toString(),
                 QStringLiteral("M-MAR"));
        QCOMPARE(model.index(row, RegistrationTableModel::Email).data().toString(),
                 QStringLiteral("claire.martin@ville.fr"));
        QCOMPARE(model.index(row, RegistrationTableModel::RegisteredAt).data().toString(),
                 model.registrant(row).registration.registeredAt.toString(
                     QStringLiteral("dd/MM/yyyy HH:mm")));
        QCOMPARE(model.index(row, 0).data(RegistrationTableModel::PersonIdRole).toLongLong(),
                 m_people[QStringLiteral("Martin")]);
        QCOMPARE(model.rowOfPerson(m_people[QStringLiteral("Bernard")]), 3);
        QCOMPARE(model.headerData(RegistrationTableModel::Service, Qt::Horizontal).toString(),
                 QStringLiteral("Direction / Service"));

        // Martin leaves: Zola, first waiting, takes the seat and comes between the names.
        QVERIFY(school().registrations().cancel(martin));
        QCOMPARE(rows(model),
                 QStringList({u"DURAND Luc|Registered"_s, u"ZOLA Émile|Registered"_s,
                              u"BERNARD Anne|Waiting list|1"_s, u"MARTIN Claire|Cancelled"_s}));

        RegistrationFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester filterTester(
            &filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(rows(filter).size(), 3); // the cancelled are hidden
        filter.setShowCancelled(true);
        QCOMPARE(rows(filter), rows(model));
        filter.setShowCancelled(false);
        QVERIFY(!rows(filter).contains(u"MARTIN Claire|Cancelled"_s));
        // Sorted by a column, then back to the model's order.
        filter.sort(RegistrationTableModel::Name, Qt::AscendingOrder);
        QCOMPARE(filter.index(0, 0).data().toString(), QStringLiteral("BERNARD Anne"));
        filter.sort(-1);
        QCOMPARE(filter.index(0, 0).data().toString(), QStringLiteral("DURAND Luc"));
    }

    void followsEveryChangeExactly()
    {
        RegistrationTableModel model(school());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setSession(m_session);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        RegistrationStore& store = school().registrations();

        const qint64 martin = add(QStringLiteral("Martin"));
        const qint64 durand = add(QStringLiteral("Durand"));
        const qint64 zola = add(QStringLiteral("Zola"));
        add(QStringLiteral("Élie"));
        QCOMPARE(inserted.size(), 4);
        QCOMPARE(rows(model), fresh());
        // A persistent index (a view's selection) follows its registration through moves.
        const QPersistentModelIndex followed = model.index(model.rowOfRegistration(zola), 0);

        const Result<Cancellation> cancelled = store.cancelRegistration(durand);
        QCOMPARE(cancelled->promotedId, zola);
        QCOMPARE(rows(model), fresh());
        QVERIFY(moved.size() >= 1);
        QCOMPARE(followed.row(), model.rowOfRegistration(zola));
        QCOMPARE(followed.data().toString(), QStringLiteral("ZOLA Émile"));

        QVERIFY(store.restore(*cancelled));
        QCOMPARE(rows(model), fresh());
        QCOMPARE(followed.data(RegistrationTableModel::StatusRole).toInt(),
                 int(RegistrationStatus::Waitlisted));
        setCapacity(4);
        QCOMPARE(rows(model), fresh());
        setCapacity(1);
        QCOMPARE(rows(model), fresh());
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(0, RegistrationTableModel::Name).data().toString(),
                 QStringLiteral("MARTIN Claire"));
        QVERIFY(store.remove(martin));
        QCOMPARE(rows(model), fresh());
        QCOMPARE(model.rowCount(), 3);
        add(QStringLiteral("Bernard"));
        QCOMPARE(rows(model), fresh());

        // A renamed agent changes their row, and its place among the names.
        const int before = changed.size();
        Agent zolaAgent = *school().agents().agent(m_people[QStringLiteral("Zola")]);
        zolaAgent.lastName = QStringLiteral("Abel");
        QVERIFY(school().agents().update(zolaAgent));
        QVERIFY(changed.size() > before);
        QCOMPARE(rows(model), fresh());
        QCOMPARE(followed.data().toString(), QStringLiteral("ABEL Émile"));

        // Another session's registrations leave this one alone.
        const int quiet = changed.size() + inserted.size() + moved.size();
        add(QStringLiteral("Durand"), m_other);
        QCOMPARE(changed.size() + inserted.size() + moved.size(), quiet);
        QCOMPARE(reset.size(), 0);
    }

    void copiesTheSeatedAgentsEmails()
    {
        RegistrationTableModel model(school());
        model.setSession(m_session);
        setCapacity(3);
        add(QStringLiteral("Martin"));
        add(QStringLiteral("Zola"));
        add(QStringLiteral("Élie"));
        add(QStringLiteral("Bernard")); // waiting: not on the list
        QStringList without;
        QCOMPARE(model.seatedEmails(&without),
                 QStringLiteral("sophie.elie@ville.fr; claire.martin@ville.fr"));
        QCOMPARE(without, QStringList{QStringLiteral("ZOLA Émile")});
        RegistrationTableModel empty(school());
        empty.setSession(m_other);
        QCOMPARE(empty.seatedEmails(), QString());
    }
};

QTEST_GUILESS_MAIN(TestRegistrationTableModel)
#include "tst_registrationtablemodel.moc"
