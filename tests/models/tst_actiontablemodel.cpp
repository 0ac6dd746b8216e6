#include "TestSchool.h"
#include "itemmodels/ActionTableModel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QTest>

using namespace truc2;

namespace {

qint64 addFormat(CatalogueStore& store, const QString& code)
{
    Format f;
    f.code = code;
    f.name = code + QStringLiteral(" format");
    const Result<qint64> id = store.insertFormat(f);
    if (!id) {
        qFatal("insertFormat: %s", qPrintable(id.errorMessage()));
    }
    return *id;
}

qint64 addAction(CatalogueStore& store, qint64 formatId, const QString& title,
                 const QString& tags = {}, int minutes = 0)
{
    Action a;
    a.formatId = formatId;
    a.title = title;
    a.tags = tags;
    a.durationMinutes = minutes;
    const Result<qint64> id = store.insertAction(a);
    if (!id) {
        qFatal("insertAction: %s", qPrintable(id.errorMessage()));
    }
    return *id;
}

QStringList titles(const QAbstractItemModel& model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row) {
        result << model.index(row, ActionTableModel::Title).data().toString();
    }
    return result;
}

} // namespace

class TestActionTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TRUC2_REQUIRE_BACKEND(); }

    void insertAppendsOneRow();
    void updateChangesOneRow();
    void removeRemovesOneRow();
    void cellsShowTheAction();
    void durationLabels();
    void tagsAreSplitAndTrimmed();
    void filterKeepsOneFormat();
    void searchIgnoresAccentsAndCase();
    void retiredActionsOnlyWhenAsked();
    void sortsByRawValues();
};

void TestActionTableModel::insertAppendsOneRow()
{
    test::TestSchool school;
    CatalogueStore& store = school->catalogue();
    const qint64 format = addFormat(store, QStringLiteral("UT"));
    addAction(store, format, QStringLiteral("Excel : les tableaux croisés"));

    ActionTableModel model(store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), int(ActionTableModel::ColumnCount));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    const qint64 id = addAction(store, format, QStringLiteral("Outlook : gérer ses mails"));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 1);
    QCOMPARE(inserted.at(0).at(2).toInt(), 1);
    QCOMPARE(model.rowOf(id), 1);
    QCOMPARE(model.actionId(model.index(1, 0)), id);
    QCOMPARE(model.actionCount(format), 2);
    QCOMPARE(reset.count(), 0);
}

void TestActionTableModel::updateChangesOneRow()
{
    test::TestSchool school;
    CatalogueStore& store = school->catalogue();
    const qint64 format = addFormat(store, QStringLiteral("UT"));
    addAction(store, format, QStringLiteral("A"));
    const qint64 id = addAction(store, format, QStringLiteral("B"));
    ActionTableModel model(store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    Action a = *store.action(id);
    a.title = QStringLiteral("B, revu");
    a.defaultCapacity = 12;
    QVERIFY(store.updateAction(a));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(1, 0));
    QCOMPARE(changed.at(0).at(1).toModelIndex(), model.index(1, ActionTableModel::ColumnCount - 1));
    QCOMPARE(model.index(1, ActionTableModel::Title).data().toString(), QStringLiteral("B, revu"));
    QCOMPARE(model.index(1, ActionTableModel::Capacity).data().toString(), QStringLiteral("12"));
    QCOMPARE(inserted.count() + removed.count() + reset.count(), 0);
}

void TestActionTableModel::removeRemovesOneRow()
{
    test::TestSchool school;
    CatalogueStore& store = school->catalogue();
    const qint64 format = addFormat(store, QStringLiteral("UT"));
    const qint64 a = addAction(store, format, QStringLiteral("A"));
    const qint64 b = addAction(store, format, QStringLiteral("B"));
    const qint64 c = addAction(store, format, QStringLiteral("C"));
    ActionTableModel model(store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    QVERIFY(store.removeAction(b));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 1);
    QCOMPARE(removed.at(0).at(2).toInt(), 1);
    QCOMPARE(model.rowOf(a), 0);
    QCOMPARE(model.rowOf(b), -1);
    QCOMPARE(model.rowOf(c), 1);
    QCOMPARE(reset.count(), 0);

    // Redo of an undone add: back under the same id, one more row.
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    Action again;
    again.id = b;
    again.formatId = format;
    again.title = QStringLiteral("B");
    QCOMPARE(*store.insertAction(again), b);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowOf(b), 2);
}

void TestActionTableModel::cellsShowTheAction()
{
    test::TestSchool school;
    CatalogueStore& store = school->catalogue();
    const qint64 format = addFormat(store, QStringLiteral("UT"));
    Action a;
    a.formatId = format;
    a.title = QStringLiteral("Classer ses fichiers");
    a.summary = QStringLiteral("Arborescence, nommage, partage.");
    a.audience = QStringLiteral("Tous les agents\nsur poste fixe");
    a.durationMinutes = 90;
    a.defaultCapacity = 8;
    a.tags = QStringLiteral(" bureautique ,, organisation ");
    a.active = false;
    const qint64 id = *store.insertAction(a);

    ActionTableModel model(store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto cell = [&model](int column, int role = Qt::DisplayRole) {
        return model.index(0, column).data(role);
    };
    QCOMPARE(cell(ActionTableModel::Duration).toString(), QStringLiteral("1 h 30"));
    QCOMPARE(cell(ActionTableModel::Duration, ActionTableModel::SortRole).toInt(), 90);
    QCOMPARE(cell(ActionTableModel::Capacity).toString(), QStringLiteral("8"));
    QCOMPARE(cell(ActionTableModel::Audience).toString(),
             QStringLiteral("Tous les agents sur poste fixe"));
    QCOMPARE(cell(ActionTableModel::Tags).toString(), QStringLiteral("bureautique, organisation"));
    QCOMPARE(cell(ActionTableModel::Active).toString(), QStringLiteral("Retired"));
    QCOMPARE(cell(0, ActionTableModel::ActionIdRole).toLongLong(), id);
    QCOMPARE(cell(0, ActionTableModel::FormatIdRole).toLongLong(), format);
    QCOMPARE(cell(0, ActionTableModel::ActiveRole).toBool(), false);
    QVERIFY(cell(0, Qt::FontRole).value<QFont>().italic());
    QVERIFY(cell(ActionTableModel::Duration, Qt::TextAlignmentRole).isValid());
    QCOMPARE(model.headerData(ActionTableModel::Capacity, Qt::Horizontal).toString(),
             QStringLiteral("Places"));
}

void TestActionTableModel::durationLabels()
{
    QCOMPARE(ActionTableModel::durationLabel(0), QString());
    QCOMPARE(ActionTableModel::durationLabel(45), QStringLiteral("45 min"));
    QCOMPARE(ActionTableModel::durationLabel(60), QStringLiteral("1 h"));
    QCOMPARE(ActionTableModel::durationLabel(180), QStringLiteral("3 h"));
    QCOMPARE(ActionTableModel::durationLabel(75), QStringLiteral("1 h 15"));
    QCOMPARE(ActionTableModel::durationLabel(125), QStringLiteral("2 h 05"));
}

void TestActionTableModel::tagsAreSplitAndTrimmed()
{
    QCOMPARE(ActionTableModel::splitTags(QStringLiteral(" Excel,  tableur ,,bureautique  ")),
             (QStringList{QStringLiteral("Excel"), QStringLiteral("tableur"),
                          QStringLiteral("bureautique")}));
    QVERIFY(ActionTableModel::splitTags(QStringLiteral(" , ")).isEmpty());
}

void TestActionTableModel::filterKeepsOneFormat()
{
    test::TestSchool school;
    CatalogueStore& store = school->catalogue();
    const qint64 ut = addFormat(store, QStringLiteral("UT"));
    const qint64 ac = addFormat(store, QStringLiteral("AC"));
    addAction(store, ut, QStringLiteral("Word"));
    addAction(store, ac, QStringLiteral("Actualité juridique"));
    addAction(store, ut, QStringLiteral("Excel"));

    ActionTableModel model(store);
    ActionFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    filter.sort(ActionTableModel::Title);
    QCOMPARE(filter.rowCount(), 3);
    filter.setFormatId(ut);
    QCOMPARE(titles(filter), (QStringList{QStringLiteral("Excel"), QStringLiteral("Word")}));
    filter.setFormatId(-1);
    QCOMPARE(filter.rowCount(), 0);
    filter.setFormatId(ac);
    QCOMPARE(titles(filter), (QStringList{QStringLiteral("Actualité juridique")}));

    // An action that changes format leaves the filtered rows; a new one of the format joins.
    const qint64 moved = addAction(store, ac, QStringLiteral("Budget"));
    QCOMPARE(filter.rowCount(), 2);
    Action a = *store.action(moved);
    a.formatId = ut;
    QVERIFY(store.updateAction(a));
    QCOMPARE(titles(filter), (QStringList{QStringLiteral("Actualité juridique")}));
}

void TestActionTableModel::searchIgnoresAccentsAndCase()
{
    test::TestSchool school;
    CatalogueStore& store = school->catalogue();
    const qint64 ut = addFormat(store, QStringLiteral("UT"));
    addAction(store, ut, QStringLiteral("Écrire un courrier administratif"),
              QStringLiteral("rédaction"));
    addAction(store, ut, QStringLiteral("Excel débutant"), QStringLiteral("tableur, bureautique"));
    addAction(store, ut, QStringLiteral("Prendre la parole"), QStringLiteral("oral"));

    ActionTableModel model(store);
    ActionFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    filter.sort(ActionTableModel::Title);
    filter.setFormatId(ut);

    filter.setSearchText(QStringLiteral("ecrire"));
    QCOMPARE(titles(filter), (QStringList{QStringLiteral("Écrire un courrier administratif")}));
    filter.setSearchText(QStringLiteral("REDACTION"));
    QCOMPARE(filter.rowCount(), 1);
    filter.setSearchText(QStringLiteral("bureautique excel"));
    QCOMPARE(titles(filter), (QStringList{QStringLiteral("Excel débutant")}));
    filter.setSearchText(QStringLiteral("excel oral"));
    QCOMPARE(filter.rowCount(), 0);
    filter.setSearchText(QString());
    QCOMPARE(filter.rowCount(), 3);
}

void TestActionTableModel::retiredActionsOnlyWhenAsked()
{
    test::TestSchool school;
    CatalogueStore& store = school->catalogue();
    const qint64 ut = addFormat(store, QStringLiteral("UT"));
    addAction(store, ut, QStringLiteral("Active one"));
    const qint64 old = addAction(store, ut, QStringLiteral("Old one"));
    Action a = *store.action(old);
    a.active = false;
    QVERIFY(store.updateAction(a));

    ActionTableModel model(store);
    ActionFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(filter.showRetired());
    QCOMPARE(filter.rowCount(), 2);
    filter.setShowRetired(false);
    QCOMPARE(titles(filter), (QStringList{QStringLiteral("Active one")}));
}

void TestActionTableModel::sortsByRawValues()
{
    test::TestSchool school;
    CatalogueStore& store = school->catalogue();
    const qint64 ut = addFormat(store, QStringLiteral("UT"));
    addAction(store, ut, QStringLiteral("Long"), {}, 600);
    addAction(store, ut, QStringLiteral("Short"), {}, 45);
    addAction(store, ut, QStringLiteral("Medium"), {}, 90);
    addAction(store, ut, QStringLiteral("Also medium"), {}, 90);

    ActionTableModel model(store);
    ActionFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    // "10 h" < "1 h 30" as text; by minutes it comes last. Equal durations go by title.
    filter.sort(ActionTableModel::Duration, Qt::AscendingOrder);
    QCOMPARE(titles(filter), (QStringList{QStringLiteral("Short"), QStringLiteral("Also medium"),
                                          QStringLiteral("Medium"), QStringLiteral("Long")}));
}

QTEST_MAIN(TestActionTableModel)
#include "tst_actiontablemodel.moc"
