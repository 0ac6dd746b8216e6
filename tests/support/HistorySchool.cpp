#include "HistorySchool.h"

#include <QSqlQuery>
#include <QTest>

namespace truc2::test {
namespace {

template <typename T>
T must(Result<T> result)
{
    if (!result) {
        qFatal("HistorySchool: %s", qPrintable(result.errorMessage()));
    }
    return std::move(result).value();
}

} // namespace

qint64 HistorySchool::sessionId(const QString& code)
{
    QSqlQuery query(school->database().connection());
    query.prepare(QStringLiteral("SELECT id FROM session WHERE code = :code"));
    query.bindValue(QStringLiteral(":code"), code);
    if (!query.exec() || !query.next()) {
        qFatal("HistorySchool: no session %s", qPrintable(code));
    }
    return query.value(0).toLongLong();
}

HistorySchool::HistorySchool()
{
    School& s = *school;
    ac1 = sessionId(QStringLiteral("AC-2020-001"));
    ac2 = sessionId(QStringLiteral("AC-2020-002"));
    pr1 = sessionId(QStringLiteral("PR-2020-001"));
    ac2021 = sessionId(QStringLiteral("AC-2021-001"));

    Agent a;
    a.lastName = QStringLiteral("Hal");
    a.firstName = QStringLiteral("Test");
    a.serviceId =
        school.addService(QStringLiteral("Direction des finances"), QStringLiteral("Comptabilité"));
    hal = must(s.agents().insert(a));

    const qint64 talk = must(s.sessions().session(ac1)).actionId;
    Action oral;
    oral.formatId = pr;
    oral.title = QStringLiteral("Oral du concours");
    const qint64 oralId = must(s.catalogue().insertAction(oral));

    auto registration = [&](qint64 sessionId, RegistrationStatus status, Attendance attendance,
                            int position = 0) {
        Registration r;
        r.sessionId = sessionId;
        r.personId = hal;
        r.status = status;
        r.attendance = attendance;
        r.waitingPosition = position;
        return must(s.sessions().insertRegistration(r));
    };
    registration(ac1, RegistrationStatus::WalkIn, Attendance::Present);
    registration(ac2, RegistrationStatus::Cancelled, Attendance::Unknown);

    Session two;
    two.actionId = oralId;
    two.startsAt = QDateTime(QDate(2020, 11, 16), QTime(9, 0));
    two.endsAt = QDateTime(QDate(2020, 11, 17), QTime(17, 0));
    two.status = SessionStatus::Held;
    twoDays = must(s.sessions().insert(two)).id;
    twoDaysRegistration =
        registration(twoDays, RegistrationStatus::Registered, Attendance::Present);
    const QDate first(2020, 11, 16);
    for (const auto& [day, half, attendance] :
         {std::tuple{first, 0, Attendance::Present}, std::tuple{first, 1, Attendance::Present},
          std::tuple{first.addDays(1), 0, Attendance::Absent},
          std::tuple{first.addDays(1), 1, Attendance::Present}}) {
        if (!s.sessions().insertHalfDayAttendance(twoDaysRegistration, day, half, attendance)) {
            qFatal("HistorySchool: cannot record a half-day");
        }
    }

    Session later;
    later.actionId = talk;
    later.startsAt = QDateTime(QDate(2020, 12, 1), QTime(12, 15));
    later.endsAt = QDateTime(QDate(2020, 12, 1), QTime(15, 15));
    later.status = SessionStatus::Planned;
    later.animators = {{ann, AnimatorRole::Animator}};
    waiting = must(s.sessions().insert(later)).id;
    registration(waiting, RegistrationStatus::Waitlisted, Attendance::Unknown, 2);

    Session animated;
    animated.actionId = talk;
    animated.startsAt = QDateTime(QDate(2020, 12, 10), QTime(12, 15));
    animated.endsAt = QDateTime(QDate(2020, 12, 10), QTime(13, 45));
    animated.status = SessionStatus::Planned;
    animated.animators = {{ann, AnimatorRole::Animator}, {hal, AnimatorRole::CoAnimator}};
    coAnimated = must(s.sessions().insert(animated)).id;
}

} // namespace truc2::test
