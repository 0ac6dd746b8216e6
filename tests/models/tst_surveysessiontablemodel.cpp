// SurveySessionTableModel and SurveySessionFilterModel over SurveySchool (tests/support/
// SurveySchool.h), under QAbstractItemModelTester: the texts shown (percentages in French,
// "n < 5" greyed), raw sort values, sorting, a new period or format, rows that change, come
// and go after a burst of changes, and the reload() slot.
#include "SurveySchool.h"
#include "itemmodels/SurveySessionTableModel.h"
#include "storage/Database.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QLocale>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace truc2;
using M = SurveySessionTableModel;

class TestSurveySessionTableModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::SurveySchool> m_school;
    std::unique_ptr<M> m_model;
    std::unique_ptr<SurveySessionFilterModel> m_filter;
    std::unique_ptr<QAbstractItemModelTester> m_sourceTester;
    std::unique_ptr<QAbstractItemModelTester> m_filterTester;

    QVariant cell(qint64 key, int column, int role = Qt::DisplayRole) const
    {
        const int row = m_model->rowOf(key);
        if (row < 0) {
            qFatal("No row for %lld", key);
        }
        return m_model->index(row, column).data(role);
    }
    QString text(qint64 key, int column) const { return cell(key, column).toString(); }

    /// The sessions down the filter model, top to bottom.
    QStringList sessions() const
    {
        QStringList values;
        for (int row = 0; row < m_filter->rowCount(); ++row) {
            values << m_filter->index(row, M::Session).data().toString();
        }
        return values;
    }

private Q_SLOTS:
    void initTestCase() { TRUC2_REQUIRE_BACKEND(); }

    void init()
    {
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        m_school = std::make_unique<test::SurveySchool>();
        m_model = std::make_unique<M>(*m_school->school);
        m_sourceTester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_filter = std::make_unique<SurveySessionFilterModel>();
        m_filter->setSourceModel(m_model.get());
        m_filterTester = std::make_unique<QAbstractItemModelTester>(
            m_filter.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_filter->sort(M::Date, Qt::AscendingOrder);
        m_model->setPeriod(Period::calendarYear(2020));
    }

    void cleanup()
    {
        QLocale::setDefault(QLocale::c());
        m_filterTester.reset();
        m_filter.reset();
        m_sourceTester.reset();
        m_model.reset();
        m_school.reset();
    }

    void readsNothingUntilAsked()
    {
        M model(*m_school->school);
        QVERIFY(!model.isLoaded());
        QCOMPARE(model.rowCount(), 0);
        const QDate today = QDate::currentDate();
        QVERIFY(model.period().from <= today && today <= model.period().to);
        QSignalSpy refreshed(&model, &M::refreshed);
        model.reload();
        QVERIFY(model.isLoaded());
        QCOMPARE(refreshed.size(), 1);
    }

    void showsTheFigures()
    {
        QCOMPARE(m_model->rowCount(), 5);
        QCOMPARE(m_model->columnCount(), int(M::ColumnCount));
        const qint64 ec1 = m_school->ec1;
        QCOMPARE(text(ec1, M::Session), QStringLiteral("EC-2020-001"));
        QCOMPARE(text(ec1, M::Date), QStringLiteral("17/11/2020"));
        QCOMPARE(text(ec1, M::Action), QStringLiteral("Fresque du climat"));
        QCOMPARE(text(ec1, M::Format), QStringLiteral("Eco'Truc²"));
        QCOMPARE(text(ec1, M::Participants), QStringLiteral("10"));
        QCOMPARE(text(ec1, M::Responses), QStringLiteral("6"));
        // French percentages (the source "%1%" untranslated here), to the tenth at most.
        QCOMPARE(text(ec1, M::ResponseRate), QStringLiteral("60%"));
        QCOMPARE(text(ec1, M::Satisfaction), QStringLiteral("75%"));
        QCOMPARE(text(ec1, M::UsefulSkills), QStringLiteral("80%"));
        QCOMPARE(text(ec1, M::WouldRecommend), QStringLiteral("50%"));
        QCOMPARE(cell(ec1, M::UsefulSkills, Qt::ToolTipRole).toString(),
                 QStringLiteral("4 yes of 5 answer(s) yes or no"));
        QCOMPARE(cell(ec1, M::ResponseRate, Qt::ToolTipRole).toString(),
                 QStringLiteral("6 response(s) for 10 participant(s)"));
        QCOMPARE(cell(ec1, M::Participants, Qt::TextAlignmentRole).value<Qt::Alignment>(),
                 Qt::AlignRight | Qt::AlignVCenter);

        const qint64 ac1 = m_school->ac1;
        QCOMPARE(text(ac1, M::ResponseRate), QStringLiteral("33,3%")); // 4 / 12
        QCOMPARE(text(ac1, M::Satisfaction), QStringLiteral("n < 5"));
        QCOMPARE(text(ac1, M::UsefulSkills), QStringLiteral("n < 5"));
        QCOMPARE(text(ac1, M::WouldRecommend), QString()); // nobody was asked
        QVERIFY(cell(ac1, M::Satisfaction, M::SuppressedRole).toBool());
        QVERIFY(!cell(ac1, M::WouldRecommend, M::SuppressedRole).toBool());
        QVERIFY(!cell(ec1, M::Satisfaction, M::SuppressedRole).toBool());
        // "n < 5" is greyed; figures are not.
        QVERIFY(cell(ac1, M::Satisfaction, Qt::ForegroundRole).canConvert<QBrush>());
        QVERIFY(!cell(ec1, M::Satisfaction, Qt::ForegroundRole).isValid());
        QVERIFY(cell(ac1, M::Satisfaction, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Only 4 answer(s)")));

        QCOMPARE(text(m_school->ac2, M::ResponseRate), QStringLiteral("100%"));
        QCOMPARE(text(m_school->pr1, M::ResponseRate), QStringLiteral("120%"));
        QCOMPARE(text(m_school->pr1, M::UsefulSkills), QStringLiteral("83,3%")); // 5 / 6

        // The responses naming only Eco'Truc².
        const qint64 alone = -m_school->ec;
        QCOMPARE(text(alone, M::Session), QStringLiteral("(without a session)"));
        QCOMPARE(text(alone, M::Date), QStringLiteral("20/11/2020")); // the first answer
        QCOMPARE(text(alone, M::Format), QStringLiteral("Eco'Truc²"));
        QCOMPARE(text(alone, M::Participants), QString());
        QCOMPARE(text(alone, M::Responses), QStringLiteral("1"));
        QCOMPARE(text(alone, M::ResponseRate), QString());
        QCOMPARE(text(alone, M::Satisfaction), QStringLiteral("n < 5"));
        QCOMPARE(cell(alone, M::Session, M::SessionIdRole).toLongLong(), 0);
        QCOMPARE(cell(alone, M::Session, M::FormatIdRole).toLongLong(), m_school->ec);
        QVERIFY(cell(alone, M::Session, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("from 20/11/2020 to 20/11/2020")));
    }

    void sortValuesAreRaw()
    {
        QCOMPARE(cell(m_school->ec1, M::Date, M::SortRole).toLongLong(),
                 QDate(2020, 11, 17).toJulianDay());
        QCOMPARE(cell(m_school->ec1, M::Satisfaction, M::SortRole).toDouble(), 0.75);
        QCOMPARE(cell(m_school->ac1, M::Satisfaction, M::SortRole).toDouble(), -1.0);   // n < 5
        QCOMPARE(cell(m_school->ac1, M::WouldRecommend, M::SortRole).toDouble(), -2.0); // none
        QCOMPARE(cell(m_school->pr1, M::ResponseRate, M::SortRole).toDouble(), 1.2);
        QCOMPARE(cell(m_school->ec1, M::Participants, M::SortRole).toInt(), 10);
    }

    void sorts()
    {
        QCOMPARE(sessions(),
                 (QStringList{QStringLiteral("AC-2020-001"), QStringLiteral("AC-2020-002"),
                              QStringLiteral("PR-2020-001"), QStringLiteral("EC-2020-001"),
                              QStringLiteral("(without a session)")}));
        m_filter->sort(M::ResponseRate, Qt::DescendingOrder);
        QCOMPARE(sessions().mid(0, 4),
                 (QStringList{QStringLiteral("PR-2020-001"), QStringLiteral("AC-2020-002"),
                              QStringLiteral("EC-2020-001"), QStringLiteral("AC-2020-001")}));
        m_filter->sort(M::Satisfaction, Qt::DescendingOrder);
        QStringList best = sessions().mid(0, 2); // both 75 %
        best.sort();
        QCOMPARE(best, (QStringList{QStringLiteral("EC-2020-001"), QStringLiteral("PR-2020-001")}));
        QCOMPARE(sessions().last(), QStringLiteral("AC-2020-001")); // n < 5 after the figures
    }

    void answeredOnly()
    {
        m_model->setPeriod(Period{QDate(2020, 1, 1), QDate(2021, 12, 31)});
        QCOMPARE(m_filter->rowCount(), 6); // AC-2021-001: held, nobody answered
        m_filter->setAnsweredOnly(true);
        QCOMPARE(m_filter->rowCount(), 5);
        QVERIFY(!sessions().contains(QStringLiteral("AC-2021-001")));
    }

    void anotherPeriodOrFormat()
    {
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        m_model->setPeriod(Period::calendarYear(2020), m_school->ec);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(m_model->formatId(), m_school->ec);
        QCOMPARE(sessions(), (QStringList{QStringLiteral("EC-2020-001"),
                                          QStringLiteral("(without a session)")}));
        m_model->setPeriod(Period::calendarYear(2021));
        QCOMPARE(sessions(), QStringList{QStringLiteral("AC-2021-001")});
        QCOMPARE(text(m_model->entry(0).result.key(), M::ResponseRate), QStringLiteral("0%"));
    }

    void followsChangesRowByRow()
    {
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);

        // Two more answers for AC-2020-001 through the store: 6 answers, figures at last.
        SessionStore& store = m_school->school->sessions();
        for (int i = 0; i < 2; ++i) {
            SurveyResponse r;
            r.sessionId = m_school->ac1;
            r.satisfaction = 0.5;
            r.usefulSkills = false;
            QVERIFY(store.insertResponse(r));
        }
        QTRY_COMPARE(changed.size(), 1); // once for the burst
        QCOMPARE(text(m_school->ac1, M::Responses), QStringLiteral("6"));
        QCOMPARE(text(m_school->ac1, M::Satisfaction), QStringLiteral("83,3%")); // 5 / 6
        QCOMPARE(text(m_school->ac1, M::UsefulSkills), QStringLiteral("66,7%")); // 4 / 6

        // An answer naming only Prépa'Truc² adds its row.
        SurveyResponse alone;
        alone.formatId = m_school->pr;
        alone.submittedAt = QDateTime(QDate(2020, 12, 1), QTime(10, 0));
        QVERIFY(store.insertResponse(alone));
        QTRY_COMPARE(inserted.size(), 1);
        QVERIFY(m_model->rowOf(-m_school->pr) >= 0);

        // Written behind the store's back (as an import on another workstation could be):
        // reload() takes it in at once, removing the row.
        QSqlQuery query(m_school->school->database().connection());
        query.prepare(QStringLiteral("DELETE FROM survey_response WHERE session_id IS NULL"));
        QVERIFY(query.exec());
        m_model->reload();
        QCOMPARE(removed.size(), 1); // the two last rows at once
        QCOMPARE(m_model->rowOf(-m_school->pr), -1);
        QCOMPARE(m_model->rowOf(-m_school->ec), -1);
        QCOMPARE(reset.size(), 0);
    }
};

QTEST_MAIN(TestSurveySessionTableModel)
#include "tst_surveysessiontablemodel.moc"
