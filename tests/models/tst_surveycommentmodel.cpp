// SurveyCommentModel and SurveyCommentFilterModel over SurveySchool (tests/support/
// SurveySchool.h), under QAbstractItemModelTester: comments shown as text (a formula stays
// text, markup is escaped in tooltips), search by words without accents, by session, by
// format; the comments of one session or of a format's responses without a session; rows
// that come with new answers.
#include "SurveySchool.h"
#include "itemmodels/SurveyCommentModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace truc2;
using M = SurveyCommentModel;

class TestSurveyCommentModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::SurveySchool> m_school;
    std::unique_ptr<M> m_model;
    std::unique_ptr<SurveyCommentFilterModel> m_filter;
    std::unique_ptr<QAbstractItemModelTester> m_sourceTester;
    std::unique_ptr<QAbstractItemModelTester> m_filterTester;

    /// The comments down the filter model, top to bottom.
    QStringList comments(int column = M::Comment) const
    {
        QStringList values;
        for (int row = 0; row < m_filter->rowCount(); ++row) {
            values << m_filter->index(row, column).data().toString();
        }
        return values;
    }

    QModelIndex indexOfResponse(qint64 responseId, int column) const
    {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->comment(row).responseId == responseId) {
                return m_model->index(row, column);
            }
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase() { TRUC2_REQUIRE_BACKEND(); }

    void init()
    {
        m_school = std::make_unique<test::SurveySchool>();
        m_model = std::make_unique<M>(*m_school->school);
        m_sourceTester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_filter = std::make_unique<SurveyCommentFilterModel>();
        m_filter->setSourceModel(m_model.get());
        m_filterTester = std::make_unique<QAbstractItemModelTester>(
            m_filter.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_filter->sort(M::Date, Qt::AscendingOrder);
        m_model->setPeriod(Period::calendarYear(2020));
    }

    void cleanup()
    {
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
        model.reload();
        QVERIFY(model.isLoaded());
    }

    void showsTheComments()
    {
        QCOMPARE(m_model->columnCount(), int(M::ColumnCount));
        QCOMPARE(comments().size(), 6);
        QCOMPARE(comments().first(), QStringLiteral("Très clair, merci à l'intervenante !"));
        QCOMPARE(comments(M::Session).first(), QStringLiteral("AC-2020-002"));
        QCOMPARE(comments(M::Date).first(), QStringLiteral("01/05/2020"));
        QCOMPARE(comments(M::Action).first(), QStringLiteral("Actualité juridique"));
        QCOMPARE(comments(M::Format).first(), QStringLiteral("Ac'Truc²"));
        QCOMPARE(comments(M::Satisfaction).first(), QStringLiteral("100%"));

        // The formula is shown as the text it is, under its format without a session.
        const QModelIndex link = indexOfResponse(m_school->hyperlinkResponse, M::Comment);
        QVERIFY(link.isValid());
        QCOMPARE(link.data().toString(), QStringLiteral("=HYPERLINK(\"http://x\")"));
        QCOMPARE(link.data(M::FullTextRole).toString(), QStringLiteral("=HYPERLINK(\"http://x\")"));
        QCOMPARE(link.siblingAtColumn(M::Session).data().toString(),
                 QStringLiteral("(without a session)"));
        QCOMPARE(link.siblingAtColumn(M::Date).data().toString(), QStringLiteral("20/11/2020"));
        QCOMPARE(link.siblingAtColumn(M::Satisfaction).data().toString(), QStringLiteral("25%"));
        QCOMPARE(link.siblingAtColumn(M::Satisfaction).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("<p>Answered: 2</p>"));
        QCOMPARE(link.data(M::SessionIdRole).toLongLong(), 0);
        QCOMPARE(link.data(M::FormatIdRole).toLongLong(), m_school->ec);
        QCOMPARE(link.data(M::ResponseIdRole).toLongLong(), m_school->hyperlinkResponse);
        QCOMPARE(link.siblingAtColumn(M::Date).data(M::SortRole).toLongLong(),
                 QDate(2020, 11, 20).toJulianDay());
    }

    void markupAndLineBreaksStayText()
    {
        const qint64 id = m_school->respond(
            0, m_school->ec1, m_school->ec, QDateTime(QDate(2020, 11, 19), QTime(9, 0)), 1.0,
            QStringLiteral("5"), true, true, QStringLiteral("<b>Bravo</b>\net merci"));
        m_model->reload();
        const QModelIndex index = indexOfResponse(id, M::Comment);
        QVERIFY(index.isValid());
        QCOMPARE(index.data().toString(), QStringLiteral("<b>Bravo</b> et merci"));
        QCOMPARE(index.data(M::FullTextRole).toString(), QStringLiteral("<b>Bravo</b>\net merci"));
        const QString tip = index.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("&lt;b&gt;Bravo&lt;/b&gt;\net merci")),
                 qPrintable(tip));
    }

    void searchesWordsWithoutAccents()
    {
        m_filter->setSearchText(QStringLiteral("EVENEMENT equipe"));
        QCOMPARE(comments(),
                 QStringList{QStringLiteral("Événement très sympa, l'équipe était accueillante")});
        m_filter->setSearchText(QStringLiteral("cafe"));
        QCOMPARE(comments(), QStringList{QStringLiteral("Le café était froid")});
        // By session code, action or format.
        m_filter->setSearchText(QStringLiteral("ac-2020-002"));
        QCOMPARE(comments().size(), 2);
        m_filter->setSearchText(QStringLiteral("fresque"));
        QCOMPARE(comments().size(), 3);
        m_filter->setSearchText(QStringLiteral("eco'truc"));
        QCOMPARE(comments().size(), 4);
        m_filter->setSearchText(QStringLiteral("hyperlink"));
        QCOMPARE(comments(), QStringList{QStringLiteral("=HYPERLINK(\"http://x\")")});
        m_filter->setSearchText(QStringLiteral("personne"));
        QCOMPARE(comments(), QStringList{});
        m_filter->setSearchText(QString());
        QCOMPARE(comments().size(), 6);
    }

    void oneSessionOrAFormatWithoutSession()
    {
        m_filter->setSession(m_school->ec1);
        QCOMPARE(m_filter->rowCount(), 3);
        QCOMPARE(comments(M::Session), QStringList(3, QStringLiteral("EC-2020-001")));
        m_filter->setSession(0, m_school->ec);
        QCOMPARE(comments(), QStringList{QStringLiteral("=HYPERLINK(\"http://x\")")});
        m_filter->setSession(m_school->ac2);
        m_filter->setSearchText(QStringLiteral("marches"));
        QCOMPARE(comments(),
                 QStringList{QStringLiteral("Un peu rapide sur la partie « marchés publics ».")});
        m_filter->setSearchText(QString());
        m_filter->setSession(0);
        QCOMPARE(m_filter->rowCount(), 6);
    }

    void periodAndFormat()
    {
        m_model->setPeriod(Period::calendarYear(2020), m_school->ac);
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(m_model->formatId(), m_school->ac);
        m_model->setPeriod(Period::calendarYear(2021));
        QCOMPARE(m_model->rowCount(), 0);
    }

    void sorts()
    {
        m_filter->sort(M::Satisfaction, Qt::DescendingOrder);
        QCOMPARE(
            comments(M::Satisfaction),
            (QStringList{QStringLiteral("100%"), QStringLiteral("100%"), QStringLiteral("100%"),
                         QStringLiteral("75%"), QStringLiteral("50%"), QStringLiteral("25%")}));
        m_filter->sort(M::Comment, Qt::AscendingOrder);
        // Folded: "=…" first, then "Événement" among the E's, before "Idée".
        QCOMPARE(comments().mid(0, 3),
                 (QStringList{QStringLiteral("=HYPERLINK(\"http://x\")"),
                              QStringLiteral("Événement très sympa, l'équipe était accueillante"),
                              QStringLiteral("Idée géniale, à refaire")}));
    }

    void newAnswersComeInOnce()
    {
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        SurveyResponse r;
        r.sessionId = m_school->pr1;
        r.comment = QStringLiteral("Très utile pour l'oral");
        QVERIFY(m_school->school->sessions().insertResponse(r));
        QVERIFY(m_school->school->sessions().insertResponse(r));
        QTRY_COMPARE(inserted.size(), 1);
        QCOMPARE(m_model->rowCount(), 8);
    }
};

QTEST_MAIN(TestSurveyCommentModel)
#include "tst_surveycommentmodel.moc"
