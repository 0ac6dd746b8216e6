#include "TestSchool.h"
#include "demo/DemoSchool.h"
#include "stats/PeriodFigures.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace truc2;
using namespace Qt::StringLiterals;

namespace {

const FormatFigures& figuresOf(const PeriodFigures& figures, const QString& code)
{
    for (const FormatFigures& f : figures.formats) {
        if (f.code == code) {
            return f;
        }
    }
    qFatal("No format %s", qPrintable(code));
}

PeriodFigures compute(School& school, const Period& period)
{
    const FiguresCalculator calculator(school.database(), school.settings());
    const Result<PeriodFigures> figures = calculator.compute(period);
    if (!figures) {
        qFatal("Figures failed: %s", qPrintable(figures.errorMessage()));
    }
    return *figures;
}

/// Rows of a fixed query, one text line each (the test reads the database as a user would
/// see it, without going through the code under test).
QStringList rows(School& school, const QString& sql)
{
    QSqlQuery query(school.database().connection());
    query.setForwardOnly(true);
    if (!query.exec(sql)) {
        qFatal("Query failed: %s", qPrintable(query.lastError().text()));
    }
    QStringList result;
    while (query.next()) {
        QStringList fields;
        for (int i = 0; i < query.record().count(); ++i) {
            fields.append(query.value(i).toString());
        }
        result.append(fields.join(u'|'));
    }
    return result;
}

int number(School& school, const QString& sql)
{
    return rows(school, sql).value(0).toInt();
}

/// Rooms and animators booked for two overlapping sessions (remote sessions need no room).
int doubleBookings(School& school)
{
    return number(school, u"SELECT COUNT(*) FROM session a JOIN session b ON a.id < b.id AND "
                          u"a.starts_at < b.ends_at AND b.starts_at < a.ends_at AND "
                          u"a.location = b.location AND a.location <> 'À distance (Teams)'"_s) +
           number(school, u"SELECT COUNT(*) FROM session a JOIN session b ON a.id < b.id AND "
                          u"a.starts_at < b.ends_at AND b.starts_at < a.ends_at JOIN "
                          u"session_animator x ON x.session_id = a.id JOIN session_animator y "
                          u"ON y.session_id = b.id AND y.person_id = x.person_id"_s);
}

/// Everything a user could tell apart between two demo schools.
QStringList snapshot(School& school)
{
    QStringList all;
    for (
        const QString& sql :
        {u"SELECT matricule, last_name, first_name, email, service_id, category, gender, status, "
         u"grade, active, external, organisation, facilitation_trained_on FROM person ORDER BY id"_s,
         u"SELECT code, action_id, starts_at, ends_at, location, capacity, status, cancel_reason, "
         u"notes, anonymous_headcount FROM session ORDER BY id"_s,
         u"SELECT session_id, person_id, role FROM session_animator "
         u"ORDER BY session_id, person_id"_s,
         u"SELECT session_id, person_id, status, waiting_position, attendance, registered_at "
         u"FROM registration ORDER BY id"_s,
         u"SELECT registration_id, day, half, attendance FROM attendance_halfday "
         u"ORDER BY registration_id, day, half"_s,
         u"SELECT session_id, submitted_at, satisfaction_raw, useful_skills, would_recommend, "
         u"comment FROM survey_response ORDER BY id"_s,
         u"SELECT d.name, s.name FROM service s JOIN direction d ON d.id = s.direction_id "
         u"ORDER BY s.id"_s}) {
        all.append(rows(school, sql));
    }
    return all;
}

} // namespace

class TestDemoSchool : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void publishedFigures2020();
    void publishedFiguresSpring2021();
    void surveyRates2021();
    void otherPeriods();
    void directory();
    void formatsAndCatalogue();
    void sessionCodes();
    void registrationRules();
    void refusesNonEmptySchool();
    void refusesBadOptions();
    void deterministic();
    void largeMunicipality();
    void smallMunicipality();
    void benchmarkLarge();

private:
    std::unique_ptr<test::TestSchool> m_school;
    QList<std::pair<int, int>> m_progress;
};

void TestDemoSchool::initTestCase()
{
    TRUC2_REQUIRE_BACKEND();
    m_school = std::make_unique<test::TestSchool>();
    const Status built =
        buildDemoSchool(m_school->school(), DemoOptions{}, [this](int done, int total) {
            m_progress.append({done, total});
        });
    QVERIFY2(built.ok(), qPrintable(built.ok() ? QString() : built.errorMessage()));
    QVERIFY(m_progress.size() >= 3);
    QCOMPARE(m_progress.last().first, m_progress.last().second);
    for (qsizetype i = 1; i < m_progress.size(); ++i) {
        QVERIFY(m_progress[i].first >= m_progress[i - 1].first);
    }
}

void TestDemoSchool::publishedFigures2020()
{
    // "En 2020 : 4 conférences Ac'Truc² (55 participants au total) ; 17 ateliers Un truc² en +
    // (105 participants au total) ; 1 Prépa'Truc² (5 participants). 14 animateurs."
    const PeriodFigures figures = compute(**m_school, Period::calendarYear(2020));
    QCOMPARE(figuresOf(figures, u"AC"_s).sessions, 4);
    QCOMPARE(figuresOf(figures, u"AC"_s).participants, 55);
    QCOMPARE(figuresOf(figures, u"UT"_s).sessions, 17);
    QCOMPARE(figuresOf(figures, u"UT"_s).participants, 105);
    QCOMPARE(figuresOf(figures, u"PR"_s).sessions, 1);
    QCOMPARE(figuresOf(figures, u"PR"_s).participants, 5);
    QCOMPARE(figuresOf(figures, u"EC"_s).sessions, 0);
    QCOMPARE(figuresOf(figures, u"CM"_s).sessions, 0);
    QCOMPARE(figures.totals.animators, 14);
    QCOMPARE(figures.totals.headcount, 600);
    QCOMPARE(figures.totals.activeAgents, 600);
}

void TestDemoSchool::publishedFiguresSpring2021()
{
    // "Janvier à mai 2021 : 26 ateliers Un truc² en + (153 participants) ; 2 Prépa'Truc² (19
    // participants) ; 6 conférences Ac'Truc² (126 participants) ; 4 rencontres Eco'Truc² (28
    // participants). 18 animateurs."
    const PeriodFigures figures = compute(**m_school, {QDate(2021, 1, 1), QDate(2021, 5, 31)});
    QCOMPARE(figuresOf(figures, u"UT"_s).sessions, 26);
    QCOMPARE(figuresOf(figures, u"UT"_s).participants, 153);
    QCOMPARE(figuresOf(figures, u"PR"_s).sessions, 2);
    QCOMPARE(figuresOf(figures, u"PR"_s).participants, 19);
    QCOMPARE(figuresOf(figures, u"AC"_s).sessions, 6);
    QCOMPARE(figuresOf(figures, u"AC"_s).participants, 126);
    QCOMPARE(figuresOf(figures, u"EC"_s).sessions, 4);
    QCOMPARE(figuresOf(figures, u"EC"_s).participants, 28);
    QCOMPARE(figuresOf(figures, u"CM"_s).sessions, 0);
    QCOMPARE(figures.totals.animators, 18);
}

void TestDemoSchool::surveyRates2021()
{
    // "En 2021, 85 % des répondants … compétences utiles … (taux de réponse : 41,6 %)."
    const PeriodFigures figures = compute(**m_school, Period::calendarYear(2021));
    const FormatFigures& ut = figuresOf(figures, u"UT"_s);
    QCOMPARE(ut.responses, 104);
    QCOMPARE(ut.participants, 250);
    QVERIFY(ut.responseRate.value().has_value());
    QCOMPARE(*ut.responseRate.value(), 0.416);
    QCOMPARE(ut.usefulSkillsRate.numerator, 85);
    QCOMPARE(ut.usefulSkillsRate.denominator, 100);
    QCOMPARE(*ut.usefulSkillsRate.value(), 0.85);
    QVERIFY(ut.satisfaction.has_value());
    QVERIFY(*ut.satisfaction > 0.6 && *ut.satisfaction < 0.95);
    // Other formats have answers too, and every answer is on the 1–5 scale.
    QVERIFY(figuresOf(figures, u"AC"_s).responses > 0);
    QVERIFY(figuresOf(figures, u"EC"_s).responses > 0);
    QCOMPARE(number(**m_school, u"SELECT COUNT(*) FROM survey_response WHERE satisfaction_raw "
                                u"IS NOT NULL AND satisfaction <> (CAST(satisfaction_raw AS "
                                u"INTEGER) - 1) / 4.0"_s),
             0);
    QCOMPARE(number(**m_school, u"SELECT COUNT(*) FROM survey_response r JOIN session s ON "
                                u"s.id = r.session_id WHERE s.status <> 'held' OR "
                                u"r.submitted_at <= s.ends_at"_s),
             0);
    QVERIFY(number(**m_school, u"SELECT COUNT(*) FROM survey_response WHERE comment <> ''"_s) > 20);
}

void TestDemoSchool::otherPeriods()
{
    const PeriodFigures autumn = compute(**m_school, {QDate(2019, 9, 1), QDate(2019, 12, 31)});
    for (const QString& code : {u"AC"_s, u"UT"_s, u"CM"_s}) {
        QVERIFY2(figuresOf(autumn, code).sessions > 0, qPrintable(code));
    }
    const PeriodFigures late = compute(**m_school, {QDate(2021, 6, 1), QDate(2021, 12, 31)});
    for (const FormatFigures& f : late.formats) {
        QVERIFY2(f.sessions > 0 && f.participants > 0, qPrintable(f.code));
    }
    // External speakers at conferences from the autumn of 2021.
    QVERIFY(number(**m_school, u"SELECT COUNT(*) FROM session_animator n JOIN person p ON p.id = "
                               u"n.person_id JOIN session s ON s.id = n.session_id WHERE "
                               u"p.external = 1 AND s.status = 'held' AND s.code LIKE 'AC-%' AND "
                               u"s.starts_at >= '2021-09-01'"_s) >= 2);
    // Lockdowns, and the last sessions of 2021 still to be recorded.
    QVERIFY(number(**m_school, u"SELECT COUNT(*) FROM session WHERE status = 'cancelled' AND "
                               u"cancel_reason = 'Crise sanitaire'"_s) >= 8);
    QVERIFY(number(**m_school,
                   u"SELECT COUNT(*) FROM session s WHERE s.status = 'confirmed' AND "
                   u"s.starts_at >= '2021-12-01' AND EXISTS (SELECT 1 FROM registration "
                   u"g WHERE g.session_id = s.id AND g.attendance = 'unknown')"_s) >= 3);
    QCOMPARE(number(**m_school, u"SELECT COUNT(*) FROM session WHERE starts_at < '2019-09-01' OR "
                                u"starts_at >= '2022-01-01'"_s),
             0);
    // One preparation spans two days, attended half-day by half-day.
    QVERIFY(number(**m_school, u"SELECT COUNT(*) FROM attendance_halfday"_s) >= 16);
}

void TestDemoSchool::directory()
{
    School& school = **m_school;
    const Result<SchoolIdentity> identity = school.settings().identity();
    QVERIFY(identity.ok());
    QCOMPARE(identity->organisationName, u"Ville de Caluire-et-Cuire"_s);
    QCOMPARE(identity->schoolName, u"TRUC²"_s);
    for (int year : {2019, 2020, 2021}) {
        QCOMPARE(school.settings().headcount(year), 600);
    }
    const Result<QList<AgentRow>> agents = school.agents().list();
    QVERIFY(agents.ok());
    int active = 0;
    int inactive = 0;
    int external = 0;
    int women = 0;
    int categories[3] = {};
    QSet<QString> emails;
    QSet<QString> matricules;
    const QRegularExpression email(u"^[a-z-]+\\.[a-z-]+[0-9]*@ville-exemple\\.fr$"_s);
    for (const AgentRow& row : *agents) {
        const Agent& a = row.agent;
        QVERIFY(!a.email.isEmpty());
        QVERIFY2(!emails.contains(a.email), qPrintable(a.email));
        emails.insert(a.email);
        if (a.external) {
            ++external;
            QVERIFY(!a.organisation.isEmpty());
            QVERIFY(a.matricule.isEmpty());
            continue;
        }
        QVERIFY2(email.match(a.email).hasMatch(), qPrintable(a.email));
        QCOMPARE(a.matricule.size(), 5);
        QVERIFY(!matricules.contains(a.matricule));
        matricules.insert(a.matricule);
        QVERIFY(!a.grade.isEmpty() && !a.status.isEmpty() && a.serviceId > 0);
        QVERIFY(!row.directionName.isEmpty());
        if (!a.active) {
            ++inactive;
            continue;
        }
        ++active;
        women += a.gender == Gender::Female ? 1 : 0;
        ++categories[int(a.category) - 1];
    }
    QCOMPARE(active, 600);
    QCOMPARE(inactive, 25);
    QCOMPARE(external, 3);
    QVERIFY2(women > 320 && women < 400, qPrintable(QString::number(women)));
    QVERIFY(categories[0] > 35 && categories[0] < 90);   // A ~10 %
    QVERIFY(categories[1] > 60 && categories[1] < 130);  // B ~15 %
    QVERIFY(categories[2] > 400 && categories[2] < 500); // C ~75 %
    // The organisation of a French municipality, with compound and accented names.
    QVERIFY(number(school, u"SELECT COUNT(*) FROM direction"_s) >= 10);
    QVERIFY(number(school, u"SELECT COUNT(*) FROM service"_s) >= 35);
    QVERIFY(number(school, u"SELECT COUNT(*) FROM person WHERE first_name LIKE '%-%'"_s) > 0);
    QVERIFY(number(school, u"SELECT COUNT(*) FROM person WHERE last_name LIKE '% %'"_s) > 0);
    QVERIFY(number(school, u"SELECT COUNT(*) FROM person WHERE grade = 'ATSEM'"_s) > 0);
    // Eighteen volunteers animate, all internal and active, from their first year on.
    QCOMPARE(number(school, u"SELECT COUNT(DISTINCT n.person_id) FROM session_animator n JOIN "
                            u"person p ON p.id = n.person_id WHERE p.external = 0"_s),
             18);
}

void TestDemoSchool::formatsAndCatalogue()
{
    const Result<QList<Format>> formats = (*m_school)->catalogue().formats();
    QVERIFY(formats.ok());
    QCOMPARE(formats->size(), 5);
    const QStringList names{u"Ac'Truc²"_s, u"Un truc² en +"_s, u"Prépa'Truc²"_s, u"Eco'Truc²"_s,
                            u"Communauté des managers"_s};
    const QStringList codes{u"AC"_s, u"UT"_s, u"PR"_s, u"EC"_s, u"CM"_s};
    const QStringList singular{u"conférence"_s, u"atelier"_s, QString(), u"rencontre"_s,
                               u"réunion"_s};
    const QList<RegistrationMode> modes{RegistrationMode::Open, RegistrationMode::Capacity,
                                        RegistrationMode::Cycle, RegistrationMode::Open,
                                        RegistrationMode::Closed};
    QSet<QString> colours;
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(formats->at(i).name, names[i]);
        QCOMPARE(formats->at(i).code, codes[i]);
        QCOMPARE(formats->at(i).position, i + 1);
        QCOMPARE(formats->at(i).nounSingular, singular[i]);
        QCOMPARE(formats->at(i).registrationMode, modes[i]);
        colours.insert(formats->at(i).colour.name());
    }
    QCOMPARE(colours.size(), 5);
    const Result<QList<Action>> actions = (*m_school)->catalogue().actions();
    QVERIFY(actions.ok());
    QVERIFY(actions->size() >= 20);
    QSet<qint64> used;
    for (const Action& a : *actions) {
        QVERIFY(!a.summary.isEmpty() && !a.objectives.isEmpty() && !a.tags.isEmpty());
        QVERIFY(a.durationMinutes > 0);
        used.insert(a.formatId);
    }
    QCOMPARE(used.size(), 5);
}

void TestDemoSchool::sessionCodes()
{
    const QRegularExpression pattern(u"^[A-Z]{2}-\\d{4}-\\d{3}$"_s);
    const QStringList held = rows(**m_school, u"SELECT code FROM session WHERE status = 'held'"_s);
    QVERIFY(held.size() > 100);
    for (const QString& code : held) {
        QVERIFY2(pattern.match(code).hasMatch(), qPrintable(code));
    }
    // Within a format and a year, numbers follow the start, without gaps.
    const QStringList all = rows(**m_school, u"SELECT code, starts_at FROM session ORDER BY "
                                             u"starts_at, id"_s);
    QHash<QString, int> last;
    for (const QString& row : all) {
        const QString code = row.section(u'|', 0, 0);
        QCOMPARE(code.mid(3, 4), row.section(u'|', 1, 1).left(4));
        const QString prefix = code.left(7);
        const int n = code.mid(8).toInt();
        QCOMPARE(n, last.value(prefix) + 1);
        last[prefix] = n;
    }
    // Each session ends after it starts, at the school's usual times.
    QCOMPARE(number(**m_school, u"SELECT COUNT(*) FROM session WHERE substr(starts_at, 12, 5) NOT "
                                u"IN ('09:00', '12:15', '14:00', '17:30')"_s),
             0);
}

void TestDemoSchool::registrationRules()
{
    School& school = **m_school;
    QCOMPARE(number(school, u"SELECT COUNT(*) FROM registration g JOIN session_animator n ON "
                            u"n.session_id = g.session_id AND n.person_id = g.person_id"_s),
             0);
    QCOMPARE(number(school, u"SELECT COUNT(*) FROM registration g JOIN person p ON p.id = "
                            u"g.person_id WHERE p.external = 1"_s),
             0);
    QCOMPARE(number(school, u"SELECT COUNT(*) FROM registration g JOIN session s ON s.id = "
                            u"g.session_id WHERE s.status = 'held' AND g.attendance = 'unknown' "
                            u"AND g.status IN ('registered', 'walk_in')"_s),
             0);
    QCOMPARE(number(school, u"SELECT COUNT(*) FROM registration g JOIN session s ON s.id = "
                            u"g.session_id WHERE s.status <> 'held' AND g.attendance <> "
                            u"'unknown'"_s),
             0);
    QCOMPARE(number(school, u"SELECT COUNT(*) FROM registration WHERE registered_at > "
                            u"(SELECT starts_at FROM session WHERE id = session_id)"_s),
             0);
    for (const QString& query :
         {u"SELECT COUNT(*) FROM registration WHERE attendance = 'present'"_s,
          u"SELECT COUNT(*) FROM registration WHERE attendance = 'absent'"_s,
          u"SELECT COUNT(*) FROM registration WHERE attendance = 'excused'"_s}) {
        QVERIFY2(number(school, query) > 5, qPrintable(query));
    }
    for (const QString& query : {u"SELECT COUNT(*) FROM registration WHERE status = 'waitlisted'"_s,
                                 u"SELECT COUNT(*) FROM registration WHERE status = 'cancelled'"_s,
                                 u"SELECT COUNT(*) FROM registration WHERE status = 'walk_in'"_s}) {
        QVERIFY2(number(school, query) > 0, qPrintable(query));
    }
    // The managers' community has its 35 members, category A agents trained in facilitation,
    // and registers nobody else.
    QCOMPARE(number(school, u"SELECT COUNT(*) FROM format_member m JOIN format f ON "
                            u"f.id = m.format_id JOIN person p ON p.id = m.person_id WHERE "
                            u"f.code = 'CM' AND f.registration_mode = 'closed' AND "
                            u"p.category = 'A' AND p.facilitation_trained_on IS NOT NULL"_s),
             35);
    QCOMPARE(number(school, u"SELECT COUNT(*) FROM format_member"_s), 35);
    QCOMPARE(number(school, u"SELECT COUNT(*) FROM registration g JOIN session s ON "
                            u"s.id = g.session_id JOIN action a ON a.id = s.action_id JOIN "
                            u"format f ON f.id = a.format_id WHERE f.registration_mode = 'closed' "
                            u"AND NOT EXISTS (SELECT 1 FROM format_member m WHERE "
                            u"m.format_id = f.id AND m.person_id = g.person_id)"_s),
             0);
    QVERIFY(number(school, u"SELECT COUNT(*) FROM registration g JOIN session s ON "
                           u"s.id = g.session_id JOIN action a ON a.id = s.action_id JOIN "
                           u"format f ON f.id = a.format_id WHERE f.code = 'CM'"_s) > 10);
    // Agents who left the city register for nothing after they left.
    QCOMPARE(number(school, u"SELECT COUNT(*) FROM registration g JOIN person p ON p.id = "
                            u"g.person_id JOIN session s ON s.id = g.session_id WHERE p.active = 0 "
                            u"AND s.starts_at > '2021-12-01'"_s),
             0);
    QVERIFY(number(school, u"SELECT COUNT(*) FROM registration g JOIN person p ON p.id = "
                           u"g.person_id WHERE p.active = 0"_s) > 0);
    // Conferences count part of their audience anonymously.
    QVERIFY(number(school, u"SELECT COUNT(*) FROM session WHERE code LIKE 'AC-%' AND status = "
                           u"'held' AND anonymous_headcount > 0"_s) > 5);
    // No workshop holds more present agents than its capacity.
    QCOMPARE(number(school, u"SELECT COUNT(*) FROM session s WHERE s.capacity IS NOT NULL AND "
                            u"s.capacity < (SELECT COUNT(*) FROM registration g WHERE "
                            u"g.session_id = s.id AND g.attendance = 'present')"_s),
             0);
    // Nobody is double-booked: no animator nor room at two sessions at once.
    QCOMPARE(doubleBookings(school), 0);
}

void TestDemoSchool::refusesNonEmptySchool()
{
    test::TestSchool school;
    const qint64 service = school.addService(u"Direction"_s, u"Service"_s);
    Agent agent;
    agent.lastName = u"Martin"_s;
    agent.firstName = u"Claire"_s;
    agent.serviceId = service;
    QVERIFY(school->agents().insert(agent).ok());
    const Status built = buildDemoSchool(*school, DemoOptions{});
    QVERIFY(!built.ok());
    QVERIFY(!built.errorMessage().isEmpty());
    QCOMPARE(school->agents().count(), 1);
    QCOMPARE(school->catalogue().formats()->size(), 0);
    QCOMPARE(school->settings().headcount(2020), 0);

    test::TestSchool withFormat;
    Format format;
    format.code = u"XX"_s;
    format.name = u"Autre"_s;
    QVERIFY(withFormat->catalogue().insertFormat(format).ok());
    QVERIFY(!buildDemoSchool(*withFormat, DemoOptions{}).ok());
    QCOMPARE(withFormat->agents().count(), 0);
}

void TestDemoSchool::refusesBadOptions()
{
    test::TestSchool school;
    QVERIFY(!buildDemoSchool(*school, DemoOptions{10, 0}).ok());
    QVERIFY(!buildDemoSchool(*school, DemoOptions{600, -1}).ok());
    QCOMPARE(school->agents().count(), 0);
}

void TestDemoSchool::deterministic()
{
    test::TestSchool other;
    QVERIFY(buildDemoSchool(*other, DemoOptions{}).ok());
    const QStringList first = snapshot(**m_school);
    const QStringList second = snapshot(*other);
    QCOMPARE(second.size(), first.size());
    QCOMPARE(second, first);
}

void TestDemoSchool::largeMunicipality()
{
    test::TestSchool school;
    QElapsedTimer timer;
    timer.start();
    const Status built = buildDemoSchool(*school, DemoOptions{3000, 3});
    QVERIFY2(built.ok(), qPrintable(built.ok() ? QString() : built.errorMessage()));
    qInfo("3,000 agents over 3 years built in %lld ms", timer.elapsed());
    QCOMPARE(number(*school, u"SELECT COUNT(*) FROM person WHERE active = 1 AND external = 0"_s),
             3000);
    QCOMPARE(number(*school, u"SELECT COUNT(DISTINCT email) FROM person"_s),
             number(*school, u"SELECT COUNT(*) FROM person"_s));
    QCOMPARE(number(*school, u"SELECT COUNT(DISTINCT matricule) FROM person"_s),
             number(*school, u"SELECT COUNT(matricule) FROM person"_s));
    QVERIFY(number(*school, u"SELECT COUNT(*) FROM service"_s) > 41);
    QCOMPARE(school->settings().headcount(2021), 3000);
    // Five times the published school's yearly volume, every format held.
    const PeriodFigures year = compute(*school, Period::schoolYear(2021));
    QVERIFY2(year.totals.sessions > 250 && year.totals.sessions < 500,
             qPrintable(QString::number(year.totals.sessions)));
    for (const FormatFigures& f : year.formats) {
        QVERIFY2(f.sessions > 0 && f.participants >= f.sessions, qPrintable(f.code));
        QVERIFY(f.responses > 0);
    }
    QVERIFY(year.totals.animators > 18);
    QVERIFY(year.totals.reachRate.value().value_or(0) > 0.1);
    QVERIFY(year.totals.usefulSkillsRate.value().value_or(0) > 0.7);
    // Nothing after the three school years; codes still follow the pattern.
    QCOMPARE(number(*school, u"SELECT COUNT(*) FROM session WHERE starts_at >= '2022-09-01'"_s), 0);
    const QRegularExpression pattern(u"^[A-Z]{2}-\\d{4}-\\d{3,}$"_s);
    for (const QString& code : rows(*school, u"SELECT code FROM session"_s)) {
        QVERIFY2(pattern.match(code).hasMatch(), qPrintable(code));
    }
    QCOMPARE(number(*school, u"SELECT COUNT(*) FROM registration g JOIN session_animator n ON "
                             u"n.session_id = g.session_id AND n.person_id = g.person_id"_s),
             0);
    QCOMPARE(doubleBookings(*school), 0);
}

void TestDemoSchool::smallMunicipality()
{
    test::TestSchool school;
    const Status built = buildDemoSchool(*school, DemoOptions{50, 2});
    QVERIFY2(built.ok(), qPrintable(built.ok() ? QString() : built.errorMessage()));
    QCOMPARE(number(*school, u"SELECT COUNT(*) FROM person WHERE active = 1 AND external = 0"_s),
             50);
    const PeriodFigures year = compute(*school, Period::schoolYear(2020));
    QVERIFY(year.totals.sessions > 0);
    QVERIFY(year.totals.responses <= year.totals.participants);
}

void TestDemoSchool::benchmarkLarge()
{
    // The big one is timed by hand: TRUC2_DEMO_BENCH=1 tst_demoschool benchmarkLarge
    if (qEnvironmentVariableIsEmpty("TRUC2_DEMO_BENCH")) {
        QSKIP("Set TRUC2_DEMO_BENCH=1 to time 50,000 agents over 10 years.");
    }
    test::TestSchool school;
    QElapsedTimer timer;
    timer.start();
    const Status built = buildDemoSchool(*school, DemoOptions{50'000, 10});
    QVERIFY2(built.ok(), qPrintable(built.ok() ? QString() : built.errorMessage()));
    qInfo("50,000 agents over 10 years built in %lld ms: %d sessions, %d registrations, "
          "%d responses",
          timer.elapsed(), number(*school, u"SELECT COUNT(*) FROM session"_s),
          number(*school, u"SELECT COUNT(*) FROM registration"_s),
          number(*school, u"SELECT COUNT(*) FROM survey_response"_s));
}

QTEST_GUILESS_MAIN(TestDemoSchool)
#include "tst_demoschool.moc"
