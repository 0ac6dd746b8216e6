#include "DashboardSchool.h"

#include <QTest>

namespace truc2::test {
namespace {

template <typename T>
T must(Result<T> result)
{
    if (!result) {
        qFatal("DashboardSchool: %s", qPrintable(result.errorMessage()));
    }
    return std::move(result).value();
}

void must(const Status& status)
{
    if (!status) {
        qFatal("DashboardSchool: %s", qPrintable(status.errorMessage()));
    }
}

} // namespace

DashboardSchool::DashboardSchool()
{
    School& s = *school;
    must(s.settings().setHeadcount(2020, 40));
    const qint64 library =
        school.addService(QStringLiteral("Culture"), QStringLiteral("Médiathèque"));
    const qint64 budget = school.addService(QStringLiteral("Finances"), QStringLiteral("Budget"));
    const qint64 pool = school.addService(QStringLiteral("Sports"), QStringLiteral("Piscine"));
    const qint64 works = school.addService(QStringLiteral("Voirie"), QStringLiteral("Travaux"));
    for (const Direction& d : must(s.organisation().directions())) {
        qint64* id = d.name == QLatin1String("Culture")    ? &culture
                     : d.name == QLatin1String("Finances") ? &finances
                     : d.name == QLatin1String("Sports")   ? &sports
                                                           : &voirie;
        *id = d.id;
    }

    auto person = [&](const char* name, qint64 service, Category category, Gender gender) {
        Agent a;
        a.lastName = QString::fromUtf8(name);
        a.firstName = QStringLiteral("Test");
        a.serviceId = service;
        a.category = category;
        a.gender = gender;
        return must(s.agents().insert(a));
    };
    ann = person("Ann", library, Category::A, Gender::Female);
    bob = person("Bob", library, Category::B, Gender::Male);
    cyd = person("Cyd", library, Category::C, Gender::Female);
    dan = person("Dan", budget, Category::A, Gender::Male);
    eve = person("Eve", budget, Category::B, Gender::Female);
    fay = person("Fay", works, Category::C, Gender::Female);
    gus = person("Gus", works, Category::C, Gender::Male);
    hal = person("Hal", works, Category::None, Gender::Unknown);
    ivy = person("Ivy", pool, Category::B, Gender::Female);
    Agent speaker;
    speaker.lastName = QStringLiteral("Speaker");
    speaker.firstName = QStringLiteral("Sam");
    speaker.external = true;
    speaker.organisation = QStringLiteral("Université");
    sam = must(s.agents().insert(speaker));

    auto format = [&](const char* code, const char* name, int position) {
        Format f;
        f.code = QString::fromUtf8(code);
        f.name = QString::fromUtf8(name);
        f.position = position;
        return must(s.catalogue().insertFormat(f));
    };
    at = format("AT", "Un truc² en +", 1);
    cf = format("CF", "Ac'Truc²", 2);
    ec = format("EC", "Eco'Truc²", 3);
    auto action = [&](qint64 formatId, const char* title) {
        Action a;
        a.formatId = formatId;
        a.title = QString::fromUtf8(title);
        return must(s.catalogue().insertAction(a));
    };
    excel = action(at, "Excel");
    word = action(at, "Word");
    talk = action(cf, "Actualité juridique");

    auto session = [&](qint64 actionId, const QDateTime& start, const QDateTime& end,
                       SessionStatus status, QList<qint64> animators, int anonymous = 0) {
        Session x;
        x.actionId = actionId;
        x.startsAt = start;
        x.endsAt = end;
        x.status = status;
        x.anonymousHeadcount = anonymous;
        for (qint64 id : animators) {
            x.animators.append({id, AnimatorRole::Animator});
        }
        return must(s.sessions().insert(x)).id;
    };
    auto morning = [&](qint64 actionId, const QDate& day, SessionStatus status,
                       QList<qint64> animators) {
        return session(actionId, QDateTime(day, QTime(9, 0)), QDateTime(day, QTime(12, 0)), status,
                       animators);
    };
    auto attend = [&](qint64 sessionId, qint64 personId, Attendance attendance) {
        Registration r;
        r.sessionId = sessionId;
        r.personId = personId;
        r.attendance = attendance;
        return must(s.sessions().insertRegistration(r));
    };
    auto respond = [&](qint64 sessionId, std::optional<double> satisfaction,
                       std::optional<bool> useful) {
        SurveyResponse r;
        r.sessionId = sessionId;
        r.satisfaction = satisfaction;
        r.usefulSkills = useful;
        must(s.sessions().insertResponse(r));
    };

    s0 = morning(excel, QDate(2019, 11, 5), SessionStatus::Held, {dan});
    attend(s0, ann, Attendance::Present);

    s1 = morning(excel, QDate(2020, 9, 15), SessionStatus::Held, {ann});
    for (qint64 p : {bob, dan, fay}) {
        attend(s1, p, Attendance::Present);
    }
    attend(s1, cyd, Attendance::Absent);
    for (double v : {1.0, 1.0, 1.0, 0.5}) {
        respond(s1, v, true);
    }
    respond(s1, 0.5, false);

    s2 = morning(excel, QDate(2020, 10, 6), SessionStatus::Held, {dan});
    for (qint64 p : {eve, gus, sam}) {
        attend(s2, p, Attendance::Present);
    }

    s3 = session(talk, QDateTime(QDate(2020, 10, 20), QTime(12, 0)),
                 QDateTime(QDate(2020, 10, 20), QTime(14, 0)), SessionStatus::Held, {sam}, 10);
    attend(s3, ann, Attendance::Present);
    attend(s3, hal, Attendance::Present);
    attend(s3, cyd, Attendance::Absent);
    for (int i = 0; i < 3; ++i) {
        respond(s3, 1.0, true);
    }

    const QDate first(2021, 3, 1);
    const QDate second(2021, 3, 2);
    s4 = session(word, QDateTime(first, QTime(9, 0)), QDateTime(second, QTime(17, 0)),
                 SessionStatus::Held, {ann, fay});
    const qint64 bobAtWord = attend(s4, bob, Attendance::Present);
    const qint64 eveAtWord = attend(s4, eve, Attendance::Present);
    const qint64 gusAtWord = attend(s4, gus, Attendance::Present);
    attend(s4, hal, Attendance::Absent);
    for (const QDate& day : {first, second}) {
        for (int half : {0, 1}) {
            must(s.sessions().insertHalfDayAttendance(bobAtWord, day, half, Attendance::Present));
            must(s.sessions().insertHalfDayAttendance(
                eveAtWord, day, half,
                day == first && half == 1 ? Attendance::Absent : Attendance::Present));
        }
    }
    must(s.sessions().insertHalfDayAttendance(gusAtWord, QDate(2021, 2, 1), 0, Attendance::Absent));
    for (int i = 0; i < 3; ++i) {
        respond(s4, 0.75, true);
        respond(s4, 0.75, false);
    }

    s5 = morning(excel, QDate(2020, 12, 1), SessionStatus::Cancelled, {cyd});
    attend(s5, bob, Attendance::Unknown);

    SurveyResponse undated;
    undated.formatId = at;
    undated.submittedAt = QDateTime(QDate(2021, 5, 10), QTime(10, 0));
    undated.satisfaction = 0.5;
    undated.usefulSkills = true;
    must(s.sessions().insertResponse(undated));

    s6 = morning(excel, QDate(2021, 9, 7), SessionStatus::Held, {bob});
    attend(s6, ann, Attendance::Present);
}

} // namespace truc2::test
