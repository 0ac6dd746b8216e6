// Choices the programme's forms offer: the rooms already used.
#include "TestSchool.h"
#include "storage/ProgrammeLookups.h"

#include <QTest>

using namespace truc2;

class TestProgrammeLookups : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TRUC2_REQUIRE_BACKEND(); }

    void knownRoomsOnceEachInOrder()
    {
        test::TestSchool school;
        const ProgrammeLookups lookups(school->database());
        QCOMPARE(*lookups.knownRooms(), QStringList());

        const qint64 action = test::addWorkshopAction(*school);
        int day = 1;
        for (const QString& room :
             {QStringLiteral("Salle du conseil"), QStringLiteral("Médiathèque"),
              QStringLiteral("salle du Conseil"), QStringLiteral("Salle du conseil"),
              QStringLiteral("  Salle   du conseil "), QStringLiteral("Auditorium"),
              QStringLiteral("Mediatheque "), QString()}) {
            Session s;
            s.actionId = action;
            s.startsAt = QDateTime(QDate(2030, 3, day), QTime(9, 0));
            s.endsAt = QDateTime(QDate(2030, 3, day++), QTime(12, 0));
            s.location = room;
            s.capacity = 10;
            QVERIFY(school->sessions().insert(s));
        }
        // Spellings that differ by case, accents or spaces are one room, spelt as most
        // sessions spell it (on a tie, the first in code order); no empty room.
        const Result<QStringList> rooms = lookups.knownRooms();
        QVERIFY2(rooms, rooms ? "" : qPrintable(rooms.errorMessage()));
        QCOMPARE(*rooms, (QStringList{QStringLiteral("Auditorium"), QStringLiteral("Mediatheque"),
                                      QStringLiteral("Salle du conseil")}));
    }
};

QTEST_GUILESS_MAIN(TestProgrammeLookups)
#include "tst_programmelookups.moc"
