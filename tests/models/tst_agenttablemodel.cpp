// AgentTableModel and AgentFilterModel: checked by QAbstractItemModelTester while the store
// changes, with exact row notifications.
#include "TestSchool.h"
#include "itemmodels/AgentTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace truc2;

class TestAgentTableModel : public QObject
{
    Q_OBJECT

private:
    static Agent agent(const QString& last, const QString& first, const QString& matricule,
                       qint64 service = 0)
    {
        Agent a;
        a.lastName = last;
        a.firstName = first;
        a.matricule = matricule;
        a.serviceId = service;
        return a;
    }

private Q_SLOTS:
    void initTestCase() { TRUC2_REQUIRE_BACKEND(); }

    void followsTheStoreRowByRow()
    {
        test::TestSchool school;
        AgentTableModel model(school->agents(), school->organisation());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(AgentTableModel::ColumnCount));

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        const qint64 a = *school->agents().insert(
            agent(QStringLiteral("Martin"), QStringLiteral("Élodie"), QStringLiteral("00123")));
        const qint64 b = *school->agents().insert(
            agent(QStringLiteral("Durand"), QStringLiteral("Luc"), QStringLiteral("00456")));
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(b), 1);

        Agent edited = *school->agents().agent(a);
        edited.grade = QStringLiteral("Rédacteur");
        QVERIFY(school->agents().update(edited));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), model.rowOf(a));
        QCOMPARE(model.index(model.rowOf(a), AgentTableModel::Grade).data().toString(),
                 QStringLiteral("Rédacteur"));

        QVERIFY(school->agents().remove(a));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOf(b), 0);
        QCOMPARE(reset.size(), 0); // no reset for single-row changes
    }

    void rolesGiveRawValues()
    {
        test::TestSchool school;
        const qint64 service =
            school.addService(QStringLiteral("Éducation"), QStringLiteral("Écoles"));
        Agent a =
            agent(QStringLiteral("Écuyer"), QStringLiteral("Ève"), QStringLiteral("007"), service);
        a.category = Category::C;
        a.active = false;
        const qint64 id = *school->agents().insert(a);
        AgentTableModel model(school->agents(), school->organisation());
        const QModelIndex last = model.index(0, AgentTableModel::LastName);
        QCOMPARE(last.data(AgentTableModel::SortRole).toString(), QStringLiteral("ecuyer"));
        QCOMPARE(last.data(AgentTableModel::AgentIdRole).toLongLong(), id);
        QCOMPARE(last.data(AgentTableModel::ActiveRole).toBool(), false);
        QVERIFY(last.data(Qt::FontRole).value<QFont>().italic());
        QCOMPARE(model.index(0, AgentTableModel::Direction).data().toString(),
                 QStringLiteral("Éducation"));
        QCOMPARE(model.index(0, AgentTableModel::Category).data().toString(), QStringLiteral("C"));
        QCOMPARE(model.index(0, AgentTableModel::Status).data().toString(),
                 QStringLiteral("Inactive"));
    }

    void renamingAServiceRefreshesNames()
    {
        test::TestSchool school;
        const qint64 service =
            school.addService(QStringLiteral("Culture"), QStringLiteral("Bibliothèque"));
        QVERIFY(school->agents().insert(
            agent(QStringLiteral("Roux"), QStringLiteral("Anne"), QString(), service)));
        AgentTableModel model(school->agents(), school->organisation());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        const Service before = school->organisation().services()->first();
        QVERIFY(school->organisation().updateService(
            before, {before.id, before.directionId, QStringLiteral("Médiathèque"), true}));
        QCOMPARE(model.index(0, AgentTableModel::Service).data().toString(),
                 QStringLiteral("Médiathèque"));
    }

    void filterSearchesAllWordsWithoutAccents()
    {
        test::TestSchool school;
        const qint64 culture =
            school.addService(QStringLiteral("Culture"), QStringLiteral("Médiathèque"));
        const qint64 sports =
            school.addService(QStringLiteral("Sports"), QStringLiteral("Piscine"));
        QVERIFY(school->agents().insert(agent(QStringLiteral("Martin"), QStringLiteral("Élodie"),
                                              QStringLiteral("00123"), culture)));
        QVERIFY(school->agents().insert(agent(QStringLiteral("Martin"), QStringLiteral("Paul"),
                                              QStringLiteral("00456"), sports)));
        Agent gone =
            agent(QStringLiteral("Durand"), QStringLiteral("Luc"), QStringLiteral("00789"), sports);
        gone.active = false;
        QVERIFY(school->agents().insert(gone));

        AgentTableModel model(school->agents(), school->organisation());
        AgentFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        filter.sort(AgentTableModel::LastName);
        QCOMPARE(filter.rowCount(), 2); // the inactive one is hidden
        filter.setShowInactive(true);
        QCOMPARE(filter.rowCount(), 3);
        QCOMPARE(filter.index(0, AgentTableModel::LastName).data().toString(),
                 QStringLiteral("Durand"));

        filter.setSearchText(QStringLiteral("elodie"));
        QCOMPARE(filter.rowCount(), 1);
        filter.setSearchText(QStringLiteral("MARTIN mediatheque"));
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, AgentTableModel::FirstName).data().toString(),
                 QStringLiteral("Élodie"));
        filter.setSearchText(QStringLiteral("00456"));
        QCOMPARE(filter.rowCount(), 1);
        filter.setSearchText(QStringLiteral("piscine"));
        QCOMPARE(filter.rowCount(), 2);
        filter.setSearchText(QString());
        QCOMPARE(filter.rowCount(), 3);

        // Homonyms by first name; descending order reverses.
        filter.sort(AgentTableModel::LastName, Qt::AscendingOrder);
        QCOMPARE(filter.index(1, AgentTableModel::FirstName).data().toString(),
                 QStringLiteral("Élodie"));
        QCOMPARE(filter.index(2, AgentTableModel::FirstName).data().toString(),
                 QStringLiteral("Paul"));
        filter.sort(AgentTableModel::Service, Qt::DescendingOrder);
        QCOMPARE(filter.index(0, AgentTableModel::Service).data().toString(),
                 QStringLiteral("Piscine"));
    }
};

QTEST_GUILESS_MAIN(TestAgentTableModel)
#include "tst_agenttablemodel.moc"
