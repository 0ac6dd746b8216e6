// The mapping table of the survey import: one row per column of the file with its answers, roles
// chosen by index, one column per role, personal columns never mapped.
#include "ImportSchool.h"
#include "itemmodels/SurveyMappingModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace truc2;

class TestSurveyMappingModel : public QObject
{
    Q_OBJECT

private:
    static int choice(SurveyRole role, SatisfactionScale scale = SatisfactionScale::OneToFive)
    {
        return SurveyMappingModel::choiceOf({QString(), role, scale, false});
    }

private Q_SLOTS:
    void rolesAndSamples()
    {
        const Table table = test::tableOf(
            {QString::fromUtf8("Horodateur|Nom|Session|Note|Note bis|Remarques").split(u'|'),
             QString::fromUtf8("12/03/2021 15:49:23|Martin|UT-2021-001|4|2|Bien").split(u'|'),
             QString::fromUtf8("12/03/2021 15:59:23|Durand|UT-2021-001|5|3|Bien").split(u'|')});
        SurveyMappingModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMapping(guessSurveyMapping(table.records), table.records);
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.index(2, SurveyMappingModel::Samples).data().toString(),
                 QStringLiteral("UT-2021-001"));
        QCOMPARE(model.index(3, SurveyMappingModel::Samples).data().toString(),
                 QStringLiteral("4 · 5"));
        QCOMPARE(model.index(1, SurveyMappingModel::Samples).data().toString(),
                 QStringLiteral("…")); // a name is not even shown
        QVERIFY(model.index(1, SurveyMappingModel::Role)
                    .data(SurveyMappingModel::PersonalRole)
                    .toBool());
        QVERIFY(!(model.flags(model.index(1, SurveyMappingModel::Role)) & Qt::ItemIsEditable));
        QVERIFY(model.flags(model.index(4, SurveyMappingModel::Role)) & Qt::ItemIsEditable);
        QVERIFY(
            !model.setData(model.index(1, SurveyMappingModel::Role), choice(SurveyRole::Comment)));
        QCOMPARE(model.index(3, SurveyMappingModel::Role).data(Qt::EditRole).toInt(),
                 choice(SurveyRole::Satisfaction));

        // "Note bis" on 1 to 4 takes the satisfaction from "Note".
        QSignalSpy edited(&model, &SurveyMappingModel::mappingEdited);
        QVERIFY(model.setData(model.index(4, SurveyMappingModel::Role),
                              choice(SurveyRole::Satisfaction, SatisfactionScale::OneToFour)));
        QCOMPARE(edited.size(), 1);
        QCOMPARE(model.mapping().columnOf(SurveyRole::Satisfaction), 4);
        QCOMPARE(model.mapping().columns.at(4).scale, SatisfactionScale::OneToFour);
        QCOMPARE(model.mapping().columns.at(3).role, SurveyRole::Ignored);
        QCOMPARE(model.index(4, SurveyMappingModel::Role).data().toString(),
                 QStringLiteral("Satisfaction (1 to 4)"));
        QVERIFY(!model.setData(model.index(4, SurveyMappingModel::Role), 99));
        QVERIFY(!model.setData(model.index(4, SurveyMappingModel::Header), 0));
    }

    void everyChoiceComesBack()
    {
        const QList<SurveyMappingModel::Choice>& choices = SurveyMappingModel::choices();
        for (int i = 0; i < choices.size(); ++i) {
            QCOMPARE(SurveyMappingModel::choiceOf(
                         {QString(), choices.at(i).role, choices.at(i).scale, false}),
                     i);
        }
    }
};

QTEST_GUILESS_MAIN(TestSurveyMappingModel)
#include "tst_surveymappingmodel.moc"
