#include "SmallSchool.h"

#include <QTest>

namespace truc2::test {
namespace {

template <typename T>
T must(Result<T> result)
{
    if (!result) {
        qFatal("SmallSchool: %s", qPrintable(result.errorMessage()));
    }
    return std::move(result).value();
}

} // namespace

SmallSchool::SmallSchool()
{
    School& s = *school;
    if (!s.settings().setHeadcount(2020, 50)) {
        qFatal("SmallSchool: cannot set the headcount");
    }
    const qint64 service =
        school.addService(QStringLiteral("Culture"), QStringLiteral("Médiathèque"));
    auto person = [&](const char* name, bool active = true) {
        Agent a;
        a.lastName = QString::fromUtf8(name);
        a.firstName = QStringLiteral("Test");
        a.serviceId = service;
        a.active = active;
        return must(s.agents().insert(a));
    };
    ann = person("Ann");
    bob = person("Bob");
    cyd = person("Cyd");
    dan = person("Dan");
    eve = person("Eve");
    fay = person("Fay");
    gus = person("Gus");
    old = person("Old", false);

    auto format = [&](const char* code, const char* name, const char* singular, const char* plural,
                      int position) {
        Format f;
        f.code = QString::fromUtf8(code);
        f.name = QString::fromUtf8(name);
        f.nounSingular = QString::fromUtf8(singular);
        f.nounPlural = QString::fromUtf8(plural);
        f.position = position;
        return must(s.catalogue().insertFormat(f));
    };
    ac = format("AC", "Ac'Truc²", "conférence", "conférences", 1);
    pr = format("PR", "Prépa'Truc²", "", "", 2);
    ec = format("EC", "Eco'Truc²", "rencontre", "rencontres", 3);
    auto action = [&](qint64 formatId, const char* title) {
        Action a;
        a.formatId = formatId;
        a.title = QString::fromUtf8(title);
        return must(s.catalogue().insertAction(a));
    };
    const qint64 talk = action(ac, "Actualité juridique");
    const qint64 prep = action(pr, "Concours de rédacteur");
    action(ec, "Zéro déchet au bureau");

    auto session = [&](qint64 actionId, const QDateTime& start, SessionStatus status,
                       QList<qint64> animators, int anonymous = 0) {
        Session x;
        x.actionId = actionId;
        x.startsAt = start;
        x.endsAt = start.addSecs(3 * 3600);
        x.status = status;
        x.anonymousHeadcount = anonymous;
        for (qint64 id : animators) {
            x.animators.append({id, AnimatorRole::Animator});
        }
        return must(s.sessions().insert(x)).id;
    };
    auto attend = [&](qint64 sessionId, qint64 personId, Attendance attendance) {
        Registration r;
        r.sessionId = sessionId;
        r.personId = personId;
        r.attendance = attendance;
        must(s.sessions().insertRegistration(r));
    };
    const QDateTime march(QDate(2020, 3, 2), QTime(12, 15));
    const qint64 ac1 = session(talk, march, SessionStatus::Held, {ann}, 10);
    attend(ac1, bob, Attendance::Present);
    attend(ac1, cyd, Attendance::Present);
    attend(ac1, dan, Attendance::Absent);
    const qint64 ac2 = session(talk, march.addDays(60), SessionStatus::Held, {ann, bob});
    attend(ac2, cyd, Attendance::Present);
    attend(ac2, eve, Attendance::Present);
    attend(ac2, fay, Attendance::Present);
    const qint64 ac3 = session(talk, march.addDays(90), SessionStatus::Cancelled, {gus});
    attend(ac3, fay, Attendance::Unknown);
    const qint64 pr1 =
        session(prep, QDateTime(QDate(2020, 10, 5), QTime(9, 0)), SessionStatus::Held, {gus});
    for (qint64 p : {bob, cyd, dan, eve, fay}) {
        attend(pr1, p, Attendance::Present);
    }
    attend(pr1, old, Attendance::Excused);
    const qint64 ac2021 =
        session(talk, QDateTime(QDate(2021, 1, 12), QTime(12, 15)), SessionStatus::Held, {cyd});
    attend(ac2021, ann, Attendance::Present);

    auto respond = [&](qint64 sessionId, std::optional<double> satisfaction,
                       std::optional<bool> useful) {
        SurveyResponse r;
        r.sessionId = sessionId;
        r.satisfaction = satisfaction;
        r.usefulSkills = useful;
        must(s.sessions().insertResponse(r));
    };
    for (int i = 0; i < 4; ++i) {
        respond(ac1, 1.0, true);
    }
    for (double v : {1.0, 1.0, 0.75, 0.75, 0.5}) {
        respond(pr1, v, true);
    }
    respond(pr1, 0.5, false);
}

} // namespace truc2::test
