// The program's rotating copies: one a day (last 7) and one a month.
#include "TestSchool.h"
#include "storage/BackupRotation.h"

#include <QDir>
#include <QTest>

using namespace truc2;

class TestBackupRotation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsSevenDaysAndOneCopyAMonth()
    {
        test::TestSchool school;
        const QDir folder(BackupRotation::folderFor(school.path()));
        // Twenty days of use, from 20 January to 8 February.
        for (QDate day(2021, 1, 20); day <= QDate(2021, 2, 8); day = day.addDays(1)) {
            const auto written = BackupRotation::run(school->database(), day);
            QVERIFY2(written, written ? "" : qPrintable(written.errorMessage()));
        }
        const QStringList files = folder.entryList(QDir::Files, QDir::Name);
        QCOMPARE(files, (QStringList{QStringLiteral("school-2021-01.truc2"),
                                     QStringLiteral("school-2021-02-02.truc2"),
                                     QStringLiteral("school-2021-02-03.truc2"),
                                     QStringLiteral("school-2021-02-04.truc2"),
                                     QStringLiteral("school-2021-02-05.truc2"),
                                     QStringLiteral("school-2021-02-06.truc2"),
                                     QStringLiteral("school-2021-02-07.truc2"),
                                     QStringLiteral("school-2021-02-08.truc2"),
                                     QStringLiteral("school-2021-02.truc2")}));
    }

    void secondRunTheSameDayWritesNothing()
    {
        test::TestSchool school;
        const QDate day(2021, 3, 4);
        QCOMPARE(BackupRotation::run(school->database(), day)->size(), 2); // day + month
        QCOMPARE(BackupRotation::run(school->database(), day)->size(), 0);
    }

    void aCopyOpensAsASchool()
    {
        test::TestSchool school;
        QVERIFY(school->organisation().insertDirection({0, QStringLiteral("Culture"), true}));
        const auto written = BackupRotation::run(school->database(), QDate(2021, 3, 4));
        QVERIFY(written);
        auto copy = School::open({written->first()});
        QVERIFY(copy);
        QCOMPARE((*copy)->organisation().directions()->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestBackupRotation)
#include "tst_backuprotation.moc"
