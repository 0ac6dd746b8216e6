// AnimatorTableModel and AnimatorFilterModel over AnimatorSchool (tests/support/AnimatorSchool.h):
// checked by QAbstractItemModelTester while sessions, answers and agents change, with exact row
// notifications; displayed texts, raw sort values, sorting and filtering.
#include "AnimatorSchool.h"
#include "itemmodels/AnimatorTableModel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace truc2;

namespace {

const QDateTime kFirstOfDecember(QDate(2020, 12, 1), QTime(0, 0));

} // namespace

class TestAnimatorTableModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::AnimatorSchool> m_school;
    std::unique_ptr<AnimatorTableModel> m_model;
    std::unique_ptr<AnimatorFilterModel> m_filter;
    std::unique_ptr<QAbstractItemModelTester> m_sourceTester;
    std::unique_ptr<QAbstractItemModelTester> m_filterTester;

    School& school() { return *m_school->school; }

    QString cell(qint64 person, int column, int role = Qt::DisplayRole) const
    {
        return m_model->index(m_model->rowOf(person), column).data(role).toString();
    }

    /// The names down the filter model, top to bottom.
    QStringList names() const
    {
        QStringList values;
        for (int row = 0; row < m_filter->rowCount(); ++row) {
            values << m_filter->index(row, AnimatorTableModel::Name).data().toString();
        }
        return values;
    }

private Q_SLOTS:
    void initTestCase() { TRUC2_REQUIRE_BACKEND(); }

    void init()
    {
        m_school = std::make_unique<test::AnimatorSchool>();
        m_model = std::make_unique<AnimatorTableModel>(school());
        m_sourceTester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_filter = std::make_unique<AnimatorFilterModel>();
        m_filter->setSourceModel(m_model.get());
        m_filterTester = std::make_unique<QAbstractItemModelTester>(
            m_filter.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_model->setNow(kFirstOfDecember);
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

    void startsOnTheCurrentSchoolYear()
    {
        AnimatorTableModel model(school());
        QVERIFY(!model.isLoaded());
        model.refresh();
        QVERIFY(model.isLoaded());
        const QDate today = QDate::currentDate();
        QVERIFY(model.period().from <= today && today <= model.period().to);
        QCOMPARE(model.period().from.month(), 9);
        QCOMPARE(model.period().from.day(), 1);
        QCOMPARE(model.rowCount(), 0); // nothing animated in this school's future
    }

    void showsTheFigures()
    {
        using M = AnimatorTableModel;
        QCOMPARE(m_model->rowCount(), 4);
        QCOMPARE(m_model->columnCount(), int(M::ColumnCount));
        const qint64 ann = m_school->ann;
        QCOMPARE(cell(ann, M::Name), QStringLiteral("ANN Test"));
        QCOMPARE(cell(ann, M::Affiliation), QStringLiteral("Médiathèque"));
        QCOMPARE(cell(ann, M::Affiliation, Qt::ToolTipRole),
                 QStringLiteral("Médiathèque, direction Culture"));
        QCOMPARE(cell(ann, M::Sessions), QStringLiteral("3"));
        QCOMPARE(cell(ann, M::Hours), QStringLiteral("8.5 h"));
        QCOMPARE(cell(ann, M::Participants), QStringLiteral("36"));
        QCOMPARE(cell(ann, M::AgentsReached), QStringLiteral("5"));
        QCOMPARE(cell(ann, M::FirstSession), QStringLiteral("02/03/2020"));
        QCOMPARE(cell(ann, M::LastSession), QStringLiteral("17/11/2020"));
        QCOMPARE(cell(ann, M::Satisfaction), QStringLiteral("89%")); // 8/9
        QVERIFY(cell(ann, M::Satisfaction, Qt::ToolTipRole).contains(QStringLiteral("9 answer")));
        QCOMPARE(cell(ann, M::FacilitationTraining), QStringLiteral("13/06/2019"));
        QCOMPARE(cell(ann, M::FacilitationTraining, M::SortRole).toLongLong(),
                 QDate(2019, 6, 13).toJulianDay());

        const qint64 gus = m_school->gus;
        QCOMPARE(cell(gus, M::Formats), QStringLiteral("Prépa'Truc², Eco'Truc²"));
        QCOMPARE(cell(gus, M::Hours), QStringLiteral("4.25 h"));
        QCOMPARE(cell(gus, M::Hours, M::SortRole), QStringLiteral("255"));

        const qint64 bob = m_school->bob;
        QCOMPARE(cell(bob, M::Upcoming), QStringLiteral("1"));
        QCOMPARE(cell(bob, M::Upcoming, Qt::ToolTipRole),
                 QStringLiteral("Next session on 15/12/2020"));
        QCOMPARE(cell(bob, M::Satisfaction), QString()); // nobody answered
        QCOMPARE(cell(bob, M::FacilitationTraining), QString());
        QCOMPARE(cell(bob, M::FacilitationTraining, Qt::ToolTipRole),
                 QStringLiteral("Not trained in facilitation yet"));

        const qint64 zoe = m_school->zoe;
        QCOMPARE(cell(zoe, M::Name), QStringLiteral("ZOLA Zoé"));
        QCOMPARE(cell(zoe, M::Affiliation), QStringLiteral("CNFPT (external speaker)"));
        QVERIFY(m_model->index(m_model->rowOf(zoe), 0).data(M::ExternalRole).toBool());
        QCOMPARE(m_model->index(m_model->rowOf(zoe), 0).data(M::PersonIdRole).toLongLong(), zoe);
        QCOMPARE(cell(zoe, M::Satisfaction), QStringLiteral("80%")); // exactly 5 answers

        QCOMPARE(m_model->totals().sessions, 5);
        QCOMPARE(m_model->totals().minutes, 765);
        QCOMPARE(m_model->totals().animatorCount, 4);
        QCOMPARE(m_model->totals().externalCount, 1);
        QVERIFY(m_model->errorMessage().isEmpty());
    }

    void fewerThanFiveAnswersShowNLessThanFive()
    {
        m_model->setPeriod({QDate(2020, 1, 1), QDate(2020, 6, 30)});
        QCOMPARE(cell(m_school->ann, AnimatorTableModel::Satisfaction), QStringLiteral("n < 5"));
        QVERIFY(cell(m_school->ann, AnimatorTableModel::Satisfaction, Qt::ToolTipRole)
                    .startsWith(QStringLiteral("Only 4 answer")));
    }

    void speaksTheLocale()
    {
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        QCOMPARE(AnimatorTableModel::hoursLabel(510), QStringLiteral("8,5 h"));
        QCOMPARE(AnimatorTableModel::hoursLabel(255), QStringLiteral("4,25 h"));
        QCOMPARE(AnimatorTableModel::hoursLabel(20), QStringLiteral("0,33 h"));
        QCOMPARE(AnimatorTableModel::hoursLabel(180), QStringLiteral("3 h"));
        QCOMPARE(AnimatorTableModel::hoursLabel(60 * 1500), QStringLiteral("1\u202f500 h"));
        QCOMPARE(cell(m_school->ann, AnimatorTableModel::Hours), QStringLiteral("8,5 h"));
    }

    void sortsOnRawValues()
    {
        using M = AnimatorTableModel;
        m_filter->sort(M::Name, Qt::AscendingOrder);
        QCOMPARE(names(), (QStringList{QStringLiteral("ANN Test"), QStringLiteral("BOB Test"),
                                       QStringLiteral("GUS Test"), QStringLiteral("ZOLA Zoé")}));
        m_filter->sort(M::Hours, Qt::DescendingOrder); // 510, 255, 180, 150 minutes
        QCOMPARE(names(), (QStringList{QStringLiteral("ANN Test"), QStringLiteral("GUS Test"),
                                       QStringLiteral("BOB Test"), QStringLiteral("ZOLA Zoé")}));
        m_filter->sort(M::Satisfaction, Qt::DescendingOrder); // 0.89, 0.8, 0.75, none
        QCOMPARE(names(), (QStringList{QStringLiteral("ANN Test"), QStringLiteral("ZOLA Zoé"),
                                       QStringLiteral("GUS Test"), QStringLiteral("BOB Test")}));
        m_filter->sort(M::FirstSession, Qt::AscendingOrder); // 10/02, 02/03, 01/05, 17/11
        QCOMPARE(names(), (QStringList{QStringLiteral("GUS Test"), QStringLiteral("ANN Test"),
                                       QStringLiteral("BOB Test"), QStringLiteral("ZOLA Zoé")}));
        // Equal session counts (bob, zoe: 1) fall back on the name.
        m_filter->sort(M::Sessions, Qt::AscendingOrder);
        QCOMPARE(names(), (QStringList{QStringLiteral("BOB Test"), QStringLiteral("ZOLA Zoé"),
                                       QStringLiteral("GUS Test"), QStringLiteral("ANN Test")}));
    }

    void filtersByKindAndSearch()
    {
        m_filter->sort(AnimatorTableModel::Name, Qt::AscendingOrder);
        m_filter->setKind(AnimatorFilterModel::Kind::External);
        QCOMPARE(names(), QStringList{QStringLiteral("ZOLA Zoé")});
        m_filter->setKind(AnimatorFilterModel::Kind::Internal);
        QCOMPARE(names().size(), 3);
        m_filter->setKind(AnimatorFilterModel::Kind::All);
        m_filter->setSearchText(QStringLiteral("prepa")); // a format, accents ignored
        QCOMPARE(names(), QStringList{QStringLiteral("GUS Test")});
        m_filter->setSearchText(QStringLiteral("ECO test"));
        QCOMPARE(names(), (QStringList{QStringLiteral("BOB Test"), QStringLiteral("GUS Test")}));
        m_filter->setSearchText(QStringLiteral("cnfpt"));
        QCOMPARE(names(), QStringList{QStringLiteral("ZOLA Zoé")});
        m_filter->setSearchText(QStringLiteral("mediatheque"));
        QCOMPARE(names().size(), 3);
        m_filter->setSearchText(QString());
        QCOMPARE(names().size(), 4);
    }

    void followsChangesRowByRow()
    {
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy refreshed(m_model.get(), &AnimatorTableModel::refreshed);

        // Five more answers for the November conference of ann and zoe: their two rows
        // change, once for the whole burst.
        for (int i = 0; i < 5; ++i) {
            SurveyResponse r;
            r.sessionId = m_school->november;
            r.satisfaction = 0.2;
            QVERIFY(school().sessions().insertResponse(r));
        }
        QTRY_COMPARE(refreshed.size(), 1);
        QCOMPARE(changed.size(), 2);
        QCOMPARE(cell(m_school->zoe, AnimatorTableModel::Satisfaction), QStringLiteral("50%"));

        // gus's February meetup is cancelled after all: his row changes, the others do not.
        changed.clear();
        Session february = *school().sessions().session(m_school->february);
        february.status = SessionStatus::Cancelled;
        QVERIFY(school().sessions().update(february));
        QTRY_COMPARE(refreshed.size(), 2);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), m_model->rowOf(m_school->gus));
        QCOMPARE(cell(m_school->gus, AnimatorTableModel::Formats), QStringLiteral("Prépa'Truc²"));
        QCOMPARE(m_model->totals().sessions, 4);

        // So is the November conference: zoe animated nothing else and leaves.
        changed.clear();
        const int zoeRow = m_model->rowOf(m_school->zoe);
        Session november = *school().sessions().session(m_school->november);
        november.status = SessionStatus::Cancelled;
        QVERIFY(school().sessions().update(november));
        QTRY_COMPARE(refreshed.size(), 3);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().at(1).toInt(), zoeRow);
        QCOMPARE(m_model->rowOf(m_school->zoe), -1);
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(changed.size(), 1); // ann
        QCOMPARE(cell(m_school->ann, AnimatorTableModel::Sessions), QStringLiteral("2"));

        // cyd animates a held workshop in 2020: a new row.
        Session workshop;
        workshop.actionId = school().catalogue().actions(m_school->pr)->first().id;
        workshop.startsAt = QDateTime(QDate(2020, 9, 8), QTime(9, 0));
        workshop.endsAt = workshop.startsAt.addSecs(2 * 3600);
        workshop.status = SessionStatus::Held;
        workshop.animators = {{m_school->cyd, AnimatorRole::Animator}};
        QVERIFY(school().sessions().insert(workshop));
        QTRY_COMPARE(inserted.size(), 1);
        QCOMPARE(m_model->rowOf(m_school->cyd), 3);
        QCOMPARE(cell(m_school->cyd, AnimatorTableModel::Hours), QStringLiteral("2 h"));

        // bob's facilitation training is recorded.
        changed.clear();
        Agent bob = *school().agents().agent(m_school->bob);
        bob.facilitationTrainedOn = QDate(2020, 10, 1);
        QVERIFY(school().agents().update(bob));
        QTRY_COMPARE(changed.size(), 1);
        QCOMPARE(cell(m_school->bob, AnimatorTableModel::FacilitationTraining),
                 QStringLiteral("01/10/2020"));

        // A change outside the period changes no row, yet reads again.
        changed.clear();
        const int before = int(refreshed.size());
        Session spring = workshop;
        spring.startsAt = QDateTime(QDate(2021, 3, 1), QTime(9, 0));
        spring.endsAt = spring.startsAt.addSecs(3600);
        QVERIFY(school().sessions().insert(spring));
        QTRY_VERIFY(refreshed.size() > before);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(inserted.size(), 1);

        QCOMPARE(reset.size(), 0); // only a new period resets
        m_model->setPeriod(Period::calendarYear(2021));
        QCOMPARE(reset.size(), 1);
        QCOMPARE(m_model->rowCount(), 1); // cyd: the January conference, the March workshop
        QCOMPARE(cell(m_school->cyd, AnimatorTableModel::Sessions), QStringLiteral("2"));
    }

    void allTime()
    {
        m_model->setPeriod(Period{});
        QVERIFY(!m_model->period().isValid());
        QCOMPARE(m_model->rowCount(), 5);
    }
};

QTEST_MAIN(TestAnimatorTableModel)
#include "tst_animatortablemodel.moc"
