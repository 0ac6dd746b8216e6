// A list as shown, turned into a table to export: typed where the raw value agrees with the
// text shown, the text shown otherwise; the proxy's rows, the columns asked for in their order.
#include "export/ModelExport.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTest>

using namespace truc2;

namespace {

constexpr int kRawRole = Qt::UserRole + 1;

enum Column
{
    Name,
    Matricule,
    Seats,
    Start,
    Day,
    Time,
    StatusColumn,
    Rate,
    Hours,
    ColumnCount
};

QStandardItem* item(const QString& display, const QVariant& raw = {})
{
    auto* cell = new QStandardItem(display);
    if (raw.isValid()) {
        cell->setData(raw, kRawRole);
    }
    return cell;
}

void addRow(QStandardItemModel& model, const QString& name, const QString& matricule, int seats,
            const QDateTime& start, int status, double rate)
{
    model.appendRow({
        item(name, name.toLower()),
        item(matricule, matricule),
        item(QString::number(seats), seats),
        item(start.toString(QStringLiteral("dd/MM/yyyy HH:mm")), start),
        item(start.toString(QStringLiteral("ddd dd/MM/yyyy")), start),
        item(start.toString(QStringLiteral("HH:mm")), start),
        item(status == 0 ? QStringLiteral("Planned") : QStringLiteral("Held"), status),
        item(QString::number(rate).replace(QLatin1Char('.'), QLatin1Char(',')), rate),
        item(QStringLiteral("%1 h").arg(seats), seats * 60),
    });
}

} // namespace

class TestModelExport : public QObject
{
    Q_OBJECT

private:
    QStandardItemModel m_model;
    QSortFilterProxyModel m_proxy;

private Q_SLOTS:
    void init()
    {
        m_model.clear();
        m_model.setHorizontalHeaderLabels(
            {QStringLiteral("Name"), QStringLiteral("Matricule"), QStringLiteral("Seats"),
             QStringLiteral("Start"), QStringLiteral("Day"), QStringLiteral("Time"),
             QStringLiteral("Status"), QStringLiteral("Rate"), QStringLiteral("Hours")});
        const QDateTime monday(QDate(2021, 3, 8), QTime(9, 30));
        addRow(m_model, QStringLiteral("Ann"), QStringLiteral("00123"), 12, monday, 0, 0.5);
        addRow(m_model, QStringLiteral("Bob"), QStringLiteral("00456"), 8, monday.addDays(1), 1, 2);
        addRow(m_model, QStringLiteral("Cyd"), QString(), 20, monday.addDays(2), 1, 0.25);
        m_proxy.setSourceModel(&m_model);
        m_proxy.setFilterKeyColumn(Name);
    }

    void typesFromTheRawRole()
    {
        QAbstractItemModelTester tester(&m_proxy);
        QList<int> all;
        for (int c = 0; c < ColumnCount; ++c) {
            all.append(c);
        }
        const ExportTable t = tableFromModel(m_proxy, all, kRawRole, QStringLiteral("Sessions"));
        QCOMPARE(t.title, QStringLiteral("Sessions"));
        QCOMPARE(t.columns.size(), int(ColumnCount));
        const QList<ExportType> types{
            ExportType::Text,     ExportType::Text,    ExportType::Integer,
            ExportType::DateTime, ExportType::Date,    ExportType::Text,
            ExportType::Text,     ExportType::Decimal, ExportType::Text};
        for (int c = 0; c < ColumnCount; ++c) {
            QCOMPARE(t.columns.at(c).type, types.at(c));
            QCOMPARE(t.columns.at(c).title, m_model.headerData(c, Qt::Horizontal).toString());
        }
        QCOMPARE(t.rows.size(), 3);
        const QVariantList& ann = t.rows.at(0);
        // Text as shown, not the folded sort key; the matricule as written.
        QCOMPARE(ann.at(Name), QVariant(QStringLiteral("Ann")));
        QCOMPARE(ann.at(Matricule), QVariant(QStringLiteral("00123")));
        QCOMPARE(ann.at(Seats).toLongLong(), 12);
        QCOMPARE(ann.at(Start).toDateTime(), QDateTime(QDate(2021, 3, 8), QTime(9, 30)));
        QCOMPARE(ann.at(Day).toDate(), QDate(2021, 3, 8));
        QCOMPARE(ann.at(Time), QVariant(QStringLiteral("09:30")));
        // An enum sorted by its number is exported as the word shown.
        QCOMPARE(ann.at(StatusColumn), QVariant(QStringLiteral("Planned")));
        // Integers and decimals together make a decimal column.
        QCOMPARE(t.rows.at(1).at(Rate).toDouble(), 2.0);
        QCOMPARE(ann.at(Rate).toDouble(), 0.5);
        // Minutes shown as hours are not what the raw value says: text.
        QCOMPARE(ann.at(Hours), QVariant(QStringLiteral("12 h")));
        // An empty cell stays empty.
        QVERIFY(!t.rows.at(2).at(Matricule).isValid());
    }

    void whatIsFilteredIsExported()
    {
        m_proxy.setFilterFixedString(QStringLiteral("b"));
        m_proxy.sort(Name, Qt::DescendingOrder);
        const ExportTable t =
            tableFromModel(m_proxy, {Seats, Name}, kRawRole, QStringLiteral("Sessions"));
        QCOMPARE(t.columns.size(), 2);
        QCOMPARE(t.columns.at(0).title, QStringLiteral("Seats"));
        QCOMPARE(t.columns.at(1).title, QStringLiteral("Name"));
        QCOMPARE(t.rows.size(), 1);
        QCOMPARE(t.rows.at(0), (QVariantList{8LL, QStringLiteral("Bob")}));

        m_proxy.setFilterFixedString(QString());
        const ExportTable sorted = tableFromModel(m_proxy, {Name}, kRawRole, QString());
        QCOMPARE(sorted.rows,
                 (QList<QVariantList>{
                     {QStringLiteral("Cyd")}, {QStringLiteral("Bob")}, {QStringLiteral("Ann")}}));
    }

    void dayShownWhateverSortsIt()
    {
        // The Animators page sorts its dates by Julian day number.
        QStandardItemModel model(0, 1);
        const QDate day(2020, 10, 5);
        model.appendRow(item(day.toString(QStringLiteral("dd/MM/yyyy")), day.toJulianDay()));
        model.appendRow(item(QString(), 0));
        const ExportTable t = tableFromModel(model, {0}, kRawRole, QString());
        QCOMPARE(t.columns.at(0).type, ExportType::Date);
        QCOMPARE(t.rows.at(0).at(0).toDate(), day);
        QVERIFY(!t.rows.at(1).at(0).isValid());
    }
};

QTEST_GUILESS_MAIN(TestModelExport)
#include "tst_modelexport.moc"
