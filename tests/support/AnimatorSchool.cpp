#include "AnimatorSchool.h"

#include <QTest>

namespace truc2::test {
namespace {

template <typename T>
T must(Result<T> result)
{
    if (!result) {
        qFatal("AnimatorSchool: %s", qPrintable(result.errorMessage()));
    }
    return std::move(result).value();
}

} // namespace

AnimatorSchool::AnimatorSchool()
{
    School& s = *school;
    Agent trained = must(s.agents().agent(ann));
    trained.facilitationTrainedOn = QDate(2019, 6, 13);
    must(s.agents().update(trained));

    Agent speaker;
    speaker.lastName = QStringLiteral("Zola");
    speaker.firstName = QStringLiteral("Zoé");
    speaker.external = true;
    speaker.organisation = QStringLiteral("CNFPT");
    zoe = must(s.agents().insert(speaker));

    const qint64 talk = must(s.catalogue().actions(ac)).first().id;
    const qint64 meetup = must(s.catalogue().actions(ec)).first().id;
    auto session = [&](qint64 actionId, const QDateTime& start, int minutes, SessionStatus status,
                       QList<SessionAnimator> animators, int anonymous = 0) {
        Session x;
        x.actionId = actionId;
        x.startsAt = start;
        x.endsAt = start.addSecs(minutes * 60);
        x.status = status;
        x.anonymousHeadcount = anonymous;
        x.animators = animators;
        return must(s.sessions().insert(x)).id;
    };
    auto attend = [&](qint64 sessionId, qint64 personId, Attendance attendance) {
        Registration r;
        r.sessionId = sessionId;
        r.personId = personId;
        r.attendance = attendance;
        must(s.sessions().insertRegistration(r));
    };

    november = session(talk, QDateTime(QDate(2020, 11, 17), QTime(14, 0)), 150, SessionStatus::Held,
                       {{ann, AnimatorRole::Animator}, {zoe, AnimatorRole::Speaker}}, 20);
    attend(november, dan, Attendance::Present);
    for (double v : {0.8, 0.6, 1.0, 1.0, 0.6}) {
        SurveyResponse r;
        r.sessionId = november;
        r.satisfaction = v;
        must(s.sessions().insertResponse(r));
    }
    february = session(meetup, QDateTime(QDate(2020, 2, 10), QTime(12, 15)), 75,
                       SessionStatus::Held, {{gus, AnimatorRole::Animator}});
    attend(february, eve, Attendance::Present);
    attend(february, bob, Attendance::Absent);
    planned = session(meetup, QDateTime(QDate(2020, 12, 15), QTime(12, 15)), 75,
                      SessionStatus::Planned, {{bob, AnimatorRole::Animator}});
    session(talk, QDateTime(QDate(2020, 6, 1), QTime(12, 15)), 90, SessionStatus::Confirmed,
            {{dan, AnimatorRole::CoAnimator}});
}

} // namespace truc2::test
