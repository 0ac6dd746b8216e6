// SurveyImportTableModel and SurveyImportFilterModel over SurveySchool (tests/support/
// SurveySchool.h), under QAbstractItemModelTester: the imports shown, the mapping on one line
// and whole (escaped) in its tooltip, raw sort values, and imports that come and go.
#include "SurveySchool.h"
#include "itemmodels/SurveyImportTableModel.h"
#include "storage/Database.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace truc2;
using M = SurveyImportTableModel;

class TestSurveyImportTableModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::SurveySchool> m_school;
    std::unique_ptr<M> m_model;
    std::unique_ptr<SurveyImportFilterModel> m_filter;
    std::unique_ptr<QAbstractItemModelTester> m_sourceTester;
    std::unique_ptr<QAbstractItemModelTester> m_filterTester;

    QStringList files() const
    {
        QStringList values;
        for (int row = 0; row < m_filter->rowCount(); ++row) {
            values << m_filter->index(row, M::File).data().toString();
        }
        return values;
    }

private Q_SLOTS:
    void initTestCase() { TRUC2_REQUIRE_BACKEND(); }

    void init()
    {
        m_school = std::make_unique<test::SurveySchool>();
        m_model = std::make_unique<M>(*m_school->school);
        m_sourceTester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_filter = std::make_unique<SurveyImportFilterModel>();
        m_filter->setSourceModel(m_model.get());
        m_filterTester = std::make_unique<QAbstractItemModelTester>(
            m_filter.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_filter->sort(M::ImportedAt, Qt::DescendingOrder);
    }

    void cleanup()
    {
        m_filterTester.reset();
        m_filter.reset();
        m_sourceTester.reset();
        m_model.reset();
        m_school.reset();
    }

    void showsTheImports()
    {
        QVERIFY(!m_model->isLoaded());
        QCOMPARE(m_model->rowCount(), 0);
        m_model->reload();
        QVERIFY(m_model->isLoaded());
        QCOMPARE(m_model->columnCount(), int(M::ColumnCount));
        QCOMPARE(files(), (QStringList{QStringLiteral("eco-truc2.xlsx"),
                                       QStringLiteral("ac-2020-002.csv")}));
        const QModelIndex forms = m_filter->index(0, M::File);
        QCOMPARE(forms.siblingAtColumn(M::ImportedAt).data().toString(),
                 QStringLiteral("01/12/2020 09:30"));
        QCOMPARE(forms.siblingAtColumn(M::Tool).data().toString(),
                 QStringLiteral("Microsoft Forms"));
        QCOMPARE(forms.siblingAtColumn(M::RowsRead).data().toInt(), 8);
        QCOMPARE(forms.siblingAtColumn(M::ResponsesAdded).data().toInt(), 7);
        QCOMPARE(forms.siblingAtColumn(M::RowsSkipped).data().toInt(), 1);
        QCOMPARE(
            forms.siblingAtColumn(M::RowsRead).data(Qt::TextAlignmentRole).value<Qt::Alignment>(),
            Qt::AlignRight | Qt::AlignVCenter);
        QVERIFY(!forms.siblingAtColumn(M::RowsSkipped).data(Qt::ToolTipRole).toString().isEmpty());
        QCOMPARE(forms.data(M::ImportIdRole).toLongLong(), m_school->formsImport);
        // The mapping: on one line in its column, whole in the tooltip and MappingRole.
        QCOMPARE(forms.siblingAtColumn(M::Mapping).data().toString(),
                 QStringLiteral("Every response is for EC-2020-001 “Note globale”: "
                                "Satisfaction “Remarques”: Comment"));
        QVERIFY(forms.data(M::MappingRole).toString().contains(QLatin1Char('\n')));
        QVERIFY(forms.siblingAtColumn(M::Mapping)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Satisfaction\n“Remarques”")));
        QCOMPARE(forms.siblingAtColumn(M::ImportedAt).data(M::SortRole).toString(),
                 QStringLiteral("2020-12-01T09:30:00"));
        QCOMPARE(forms.siblingAtColumn(M::RowsRead).data(M::SortRole).toInt(), 8);
    }

    void sorts()
    {
        m_model->reload();
        m_filter->sort(M::RowsRead, Qt::AscendingOrder);
        QCOMPARE(files(), (QStringList{QStringLiteral("ac-2020-002.csv"),
                                       QStringLiteral("eco-truc2.xlsx")}));
        m_filter->sort(M::Tool, Qt::AscendingOrder); // LimeSurvey before Microsoft Forms
        QCOMPARE(files().first(), QStringLiteral("ac-2020-002.csv"));
    }

    void importsComeAndGo()
    {
        m_model->reload();
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        const qint64 id =
            m_school->addImport(QStringLiteral("<script>.csv"), QStringLiteral("Google Forms"),
                                QDateTime(QDate(2021, 3, 12), QTime(15, 49)), 10, 10, 0,
                                QStringLiteral("Horodateur: <time>"));
        m_model->reload();
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(files().first(), QStringLiteral("<script>.csv"));
        const int row = m_model->rowOf(id);
        QVERIFY(m_model->index(row, M::Mapping)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Horodateur: &lt;time&gt;")));

        // An import undone as a whole goes with its responses.
        QSqlQuery query(m_school->school->database().connection());
        query.prepare(QStringLiteral("DELETE FROM survey_response WHERE import_id = :id"));
        query.bindValue(QStringLiteral(":id"), m_school->limeImport);
        QVERIFY(query.exec());
        query.prepare(QStringLiteral("DELETE FROM survey_import WHERE id = :id"));
        query.bindValue(QStringLiteral(":id"), m_school->limeImport);
        QVERIFY(query.exec());
        m_model->reload();
        QCOMPARE(removed.size(), 1);
        QCOMPARE(m_model->rowOf(m_school->limeImport), -1);
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(reset.size(), 0);

        // New answers through the store read the imports again after the burst.
        SurveyResponse r;
        r.sessionId = m_school->ac1;
        QVERIFY(m_school->school->sessions().insertResponse(r));
        QSignalSpy refreshed(m_model.get(), &M::refreshed);
        QTRY_COMPARE(refreshed.size(), 1);
    }
};

QTEST_MAIN(TestSurveyImportTableModel)
#include "tst_surveyimporttablemodel.moc"
