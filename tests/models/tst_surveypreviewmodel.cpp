// The preview of a survey import: responses as they will be stored.
#include "itemmodels/SurveyPreviewModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace truc2;

class TestSurveyPreviewModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsResponses()
    {
        SurveyPreviewModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        SurveyResponse full;
        full.sessionId = 7;
        full.submittedAt = QDateTime(QDate(2021, 3, 12), QTime(15, 49, 23));
        full.satisfactionRaw = QStringLiteral("A4");
        full.satisfaction = 0.75;
        full.usefulSkills = true;
        full.wouldRecommend = false;
        full.comment = QStringLiteral("=HYPERLINK(\"x\")");
        SurveyResponse blank;
        blank.sessionId = 8;
        model.setResponses({full, blank}, {{7, QStringLiteral("UT-2021-001")}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(SurveyPreviewModel::ColumnCount));
        const auto text = [&model](int row, int column) {
            return model.index(row, column).data().toString();
        };
        QCOMPARE(text(0, SurveyPreviewModel::Session), QStringLiteral("UT-2021-001"));
        QCOMPARE(text(0, SurveyPreviewModel::SubmittedAt), QStringLiteral("12/03/2021 15:49"));
        QCOMPARE(text(0, SurveyPreviewModel::Satisfaction), QStringLiteral("A4 → 75 %"));
        QCOMPARE(text(0, SurveyPreviewModel::UsefulSkills), QStringLiteral("Yes"));
        QCOMPARE(text(0, SurveyPreviewModel::WouldRecommend), QStringLiteral("No"));
        QCOMPARE(text(0, SurveyPreviewModel::Comment), QStringLiteral("=HYPERLINK(\"x\")"));
        QCOMPARE(text(1, SurveyPreviewModel::Satisfaction), QString());
        QCOMPARE(model.index(1, SurveyPreviewModel::UsefulSkills)
                     .data(SurveyPreviewModel::SortRole)
                     .toInt(),
                 -1);
        QCOMPARE(model.headerData(SurveyPreviewModel::Comment, Qt::Horizontal).toString(),
                 QStringLiteral("Comment"));
        model.setResponses({}, {});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSurveyPreviewModel)
#include "tst_surveypreviewmodel.moc"
