#include "TestSchool.h"
#include "itemmodels/FormatTableModel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QTest>

using namespace truc2;

namespace {

Format makeFormat(const QString& code, const QString& name, int position)
{
    Format f;
    f.code = code;
    f.name = name;
    f.position = position;
    return f;
}

qint64 insertFormat(CatalogueStore& store, const Format& format)
{
    const Result<qint64> id = store.insertFormat(format);
    if (!id) {
        qFatal("insertFormat: %s", qPrintable(id.errorMessage()));
    }
    return *id;
}

QStringList names(const FormatTableModel& model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row) {
        result << model.index(row, FormatTableModel::Name).data().toString();
    }
    return result;
}

} // namespace

class TestFormatTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TRUC2_REQUIRE_BACKEND(); }

    void startsWithTheStoredFormatsInOrder();
    void insertPlacesTheRowByPosition();
    void updateChangesOneRow();
    void newPositionMovesTheRow();
    void removeRemovesOneRow();
    void reinsertKeepsTheId();
    void cellsShowTheFormat();
    void labelsOfModesAndNouns();
};

void TestFormatTableModel::startsWithTheStoredFormatsInOrder()
{
    test::TestSchool school;
    CatalogueStore& store = school->catalogue();
    insertFormat(store, makeFormat(QStringLiteral("AC"), QStringLiteral("Ac'Truc²"), 2));
    insertFormat(store, makeFormat(QStringLiteral("UT"), QStringLiteral("Un truc² en +"), 1));
    insertFormat(store, makeFormat(QStringLiteral("EC"), QStringLiteral("Eco'Truc²"), 2));

    FormatTableModel model(store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(FormatTableModel::ColumnCount));
    QCOMPARE(names(model), (QStringList{QStringLiteral("Un truc² en +"), QStringLiteral("Ac'Truc²"),
                                        QStringLiteral("Eco'Truc²")}));
    QCOMPARE(model.orderedIds().size(), 3);
}

void TestFormatTableModel::insertPlacesTheRowByPosition()
{
    test::TestSchool school;
    CatalogueStore& store = school->catalogue();
    FormatTableModel model(store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    const qint64 second =
        insertFormat(store, makeFormat(QStringLiteral("AC"), QStringLiteral("Ac'Truc²"), 2));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 0);

    const qint64 first =
        insertFormat(store, makeFormat(QStringLiteral("UT"), QStringLiteral("Un truc² en +"), 1));
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 0);
    QCOMPARE(inserted.at(1).at(2).toInt(), 0);

    const qint64 third =
        insertFormat(store, makeFormat(QStringLiteral("PR"), QStringLiteral("Prépa'Truc²"), 3));
    QCOMPARE(inserted.count(), 3);
    QCOMPARE(inserted.at(2).at(1).toInt(), 2);

    QCOMPARE(model.orderedIds(), (QList<qint64>{first, second, third}));
    QCOMPARE(model.rowOf(second), 1);
    QCOMPARE(reset.count(), 0);
}

void TestFormatTableModel::updateChangesOneRow()
{
    test::TestSchool school;
    CatalogueStore& store = school->catalogue();
    insertFormat(store, makeFormat(QStringLiteral("UT"), QStringLiteral("Un truc² en +"), 1));
    const qint64 id =
        insertFormat(store, makeFormat(QStringLiteral("AC"), QStringLiteral("Ac'Truc²"), 2));
    FormatTableModel model(store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    Format f = *store.format(id);
    f.nounSingular = QStringLiteral("conférence");
    f.nounPlural = QStringLiteral("conférences");
    f.registrationMode = RegistrationMode::Open;
    QVERIFY(store.updateFormat(f));

    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(1, 0));
    QCOMPARE(changed.at(0).at(1).toModelIndex(), model.index(1, FormatTableModel::ColumnCount - 1));
    QCOMPARE(moved.count(), 0);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.index(1, FormatTableModel::Nouns).data().toString(),
             QStringLiteral("conférence / conférences"));
    QCOMPARE(model.format(1).registrationMode, RegistrationMode::Open);
}

void TestFormatTableModel::newPositionMovesTheRow()
{
    test::TestSchool school;
    CatalogueStore& store = school->catalogue();
    const qint64 a = insertFormat(store, makeFormat(QStringLiteral("A"), QStringLiteral("A"), 1));
    const qint64 b = insertFormat(store, makeFormat(QStringLiteral("B"), QStringLiteral("B"), 2));
    const qint64 c = insertFormat(store, makeFormat(QStringLiteral("C"), QStringLiteral("C"), 3));
    FormatTableModel model(store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

    // C to the top: row 2 moves before row 0.
    Format f = *store.format(c);
    f.position = 0;
    QVERIFY(store.updateFormat(f));
    QCOMPARE(moved.count(), 1);
    QCOMPARE(moved.at(0).at(1).toInt(), 2);
    QCOMPARE(moved.at(0).at(2).toInt(), 2);
    QCOMPARE(moved.at(0).at(4).toInt(), 0);
    QCOMPARE(model.orderedIds(), (QList<qint64>{c, a, b}));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(0, 0));

    // A to the bottom: row 1 moves after row 2 (destination 3 in the old numbering).
    f = *store.format(a);
    f.position = 9;
    QVERIFY(store.updateFormat(f));
    QCOMPARE(moved.count(), 2);
    QCOMPARE(moved.at(1).at(1).toInt(), 1);
    QCOMPARE(moved.at(1).at(4).toInt(), 3);
    QCOMPARE(model.orderedIds(), (QList<qint64>{c, b, a}));
    QCOMPARE(model.rowOf(a), 2);
    QCOMPARE(model.index(2, 0).data(FormatTableModel::FormatIdRole).toLongLong(), a);

    QCOMPARE(inserted.count(), 0);
    QCOMPARE(removed.count(), 0);
}

void TestFormatTableModel::removeRemovesOneRow()
{
    test::TestSchool school;
    CatalogueStore& store = school->catalogue();
    const qint64 a = insertFormat(store, makeFormat(QStringLiteral("A"), QStringLiteral("A"), 1));
    const qint64 b = insertFormat(store, makeFormat(QStringLiteral("B"), QStringLiteral("B"), 2));
    const qint64 c = insertFormat(store, makeFormat(QStringLiteral("C"), QStringLiteral("C"), 3));
    FormatTableModel model(store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    QVERIFY(store.removeFormat(b));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 1);
    QCOMPARE(removed.at(0).at(2).toInt(), 1);
    QCOMPARE(model.orderedIds(), (QList<qint64>{a, c}));
    QCOMPARE(model.rowOf(b), -1);
    QCOMPARE(model.rowOf(c), 1);
    QCOMPARE(reset.count(), 0);
}

void TestFormatTableModel::reinsertKeepsTheId()
{
    test::TestSchool school;
    CatalogueStore& store = school->catalogue();
    FormatTableModel model(store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    Format f = makeFormat(QStringLiteral("UT"), QStringLiteral("Un truc² en +"), 1);
    f.id = insertFormat(store, f);
    QVERIFY(store.removeFormat(f.id));
    QCOMPARE(model.rowCount(), 0);

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QCOMPARE(insertFormat(store, f), f.id);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.formatId(model.index(0, 0)), f.id);
}

void TestFormatTableModel::cellsShowTheFormat()
{
    test::TestSchool school;
    CatalogueStore& store = school->catalogue();
    Format f = makeFormat(QStringLiteral("ut"), QStringLiteral("Un truc² en +"), 1);
    f.nounSingular = QStringLiteral("atelier");
    f.nounPlural = QStringLiteral("ateliers");
    f.colour = QColor(0xe6, 0x7e, 0x22);
    const qint64 id = insertFormat(store, f);
    Format retired = makeFormat(QStringLiteral("PR"), QStringLiteral("Prépa'Truc²"), 2);
    retired.registrationMode = RegistrationMode::Cycle;
    retired.active = false;
    insertFormat(store, retired);

    FormatTableModel model(store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model.index(0, FormatTableModel::Code).data().toString(), QStringLiteral("UT"));
    QCOMPARE(model.index(0, FormatTableModel::Nouns).data().toString(),
             QStringLiteral("atelier / ateliers"));
    QCOMPARE(model.index(0, FormatTableModel::Mode).data().toString(),
             FormatTableModel::registrationModeLabel(RegistrationMode::Capacity));
    QCOMPARE(model.index(0, FormatTableModel::Colour).data(Qt::DecorationRole).value<QColor>(),
             QColor(0xe6, 0x7e, 0x22));
    QVERIFY(!model.index(0, FormatTableModel::Name).data(Qt::DecorationRole).isValid());
    QCOMPARE(model.index(0, FormatTableModel::Active).data().toString(), QStringLiteral("Active"));
    QCOMPARE(model.index(0, 0).data(FormatTableModel::FormatIdRole).toLongLong(), id);
    QCOMPARE(model.index(0, FormatTableModel::Name).data(FormatTableModel::SortRole).toString(),
             QStringLiteral("un truc2 en +")); // NFKD folds ² to 2

    QCOMPARE(model.index(1, FormatTableModel::Nouns).data().toString(), QString());
    QCOMPARE(model.index(1, FormatTableModel::Mode).data().toString(),
             FormatTableModel::registrationModeLabel(RegistrationMode::Cycle));
    QCOMPARE(model.index(1, FormatTableModel::Active).data().toString(), QStringLiteral("Retired"));
    QCOMPARE(model.index(1, 0).data(FormatTableModel::ActiveRole).toBool(), false);
    QVERIFY(model.index(1, 0).data(Qt::FontRole).value<QFont>().italic());
    QCOMPARE(model.headerData(FormatTableModel::Name, Qt::Horizontal).toString(),
             QStringLiteral("Name"));
}

void TestFormatTableModel::labelsOfModesAndNouns()
{
    QCOMPARE(FormatTableModel::registrationModeLabel(RegistrationMode::Capacity),
             QStringLiteral("Capacity + waiting list"));
    QCOMPARE(FormatTableModel::registrationModeLabel(RegistrationMode::Open),
             QStringLiteral("Open headcount"));
    QCOMPARE(FormatTableModel::registrationModeLabel(RegistrationMode::Closed),
             QStringLiteral("Closed group"));
    QCOMPARE(FormatTableModel::registrationModeLabel(RegistrationMode::Cycle),
             QStringLiteral("Cycle"));
    Format f;
    QCOMPARE(FormatTableModel::nounsLabel(f), QString());
    f.nounSingular = QStringLiteral("rencontre");
    f.nounPlural = QStringLiteral("rencontres");
    QCOMPARE(FormatTableModel::nounsLabel(f), QStringLiteral("rencontre / rencontres"));
}

QTEST_MAIN(TestFormatTableModel)
#include "tst_formattablemodel.moc"
