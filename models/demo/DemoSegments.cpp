// The calendar of the demo school and the segments of its programme: the published school
// (whose held sessions reproduce the municipality's figures) and large municipalities.

#include "demo/DemoData.h"
#include "demo/DemoPlan.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace truc2::demo {
namespace {

/// Easter Sunday (anonymous Gregorian algorithm).
QDate easterSunday(int year)
{
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

bool isPublicHoliday(const QDate& day)
{
    switch (day.month() * 100 + day.day()) {
    case 101:  // Jour de l'an
    case 501:  // Fête du travail
    case 508:  // Victoire 1945
    case 714:  // Fête nationale
    case 815:  // Assomption
    case 1101: // Toussaint
    case 1111: // Armistice
    case 1225: // Noël
        return true;
    default:
        break;
    }
    const qint64 afterEaster = easterSunday(day.year()).daysTo(day);
    return afterEaster == 1 || afterEaster == 39 || afterEaster == 50; // Monday, Ascension, Whit
}

struct SegmentBuilder
{
    QList<Segment> segments;

    Segment& add(int format, QDate from, QDate to, int count,
                 SessionStatus status = SessionStatus::Held, const QString& reason = QString())
    {
        Segment s;
        s.format = format;
        s.from = from;
        s.to = to;
        s.count = count;
        s.status = status;
        s.cancelReason = reason;
        segments.append(s);
        return segments.last();
    }
    Segment& held(int format, QDate from, QDate to, int count, int quota = -1, QList<int> pool = {})
    {
        Segment& s = add(format, from, to, count);
        s.quota = quota;
        s.pool = std::move(pool);
        return s;
    }
    void cancelled(int format, QDate from, QDate to, int count, const QString& reason)
    {
        add(format, from, to, count, SessionStatus::Cancelled, reason);
    }
    Segment& confirmed(int format, QDate from, QDate to, int count)
    {
        return add(format, from, to, count, SessionStatus::Confirmed);
    }
};

} // namespace

bool isWorkingDay(const QDate& day)
{
    if (day.dayOfWeek() > 5) {
        return false;
    }
    const int monthDay = day.month() * 100 + day.day();
    if ((monthDay >= 714 && monthDay <= 824) || monthDay >= 1224 || monthDay <= 102) {
        return false; // Summer and Christmas closures of the school.
    }
    return !isPublicHoliday(day);
}

PlanInput publishedPlan()
{
    using D = QDate;
    const PrepCycles cycles = prepCycles();
    const QString covid = u"Crise sanitaire"_s;
    const QString unavailable = u"Animateur indisponible"_s;
    // Participant totals of the held sessions, as published by the municipality.
    enum Quota
    {
        UT2020,
        AC2020,
        PR2020,
        UT2021a,
        AC2021a,
        PR2021a,
        EC2021a,
        UT2021b
    };
    PlanInput input;
    input.quotas = {105, 55, 5, 153, 126, 19, 28, 97};
    // Who animated: 14 distinct volunteers in 2020, all 18 from January to May 2021.
    const QList<int> workshopAnimators{0, 1, 2, 3, 4, 5, 6, 7, 8, 15};
    const QList<int> managers{12, 17};

    SegmentBuilder b;
    // Autumn 2019: the launch.
    b.held(UT, D(2019, 9, 16), D(2019, 12, 18), 12);
    b.cancelled(UT, D(2019, 11, 4), D(2019, 11, 29), 1, unavailable);
    b.held(AC, D(2019, 10, 1), D(2019, 12, 13), 3);
    b.held(CM, D(2019, 9, 23), D(2019, 12, 13), 3, -1, managers);

    // 2020: two lockdowns; no managers' meeting held, no Eco'Truc² yet.
    b.held(UT, D(2020, 1, 6), D(2020, 3, 13), 7, UT2020, workshopAnimators);
    b.held(AC, D(2020, 1, 13), D(2020, 3, 6), 2, AC2020, {12, 13, 14});
    b.cancelled(CM, D(2020, 1, 20), D(2020, 2, 7), 1,
                u"Reportée : calendrier des élections municipales"_s);
    b.cancelled(UT, D(2020, 3, 17), D(2020, 5, 8), 4, covid);
    b.cancelled(AC, D(2020, 3, 17), D(2020, 5, 8), 1, covid);
    b.cancelled(CM, D(2020, 3, 17), D(2020, 5, 8), 1, covid);
    b.held(UT, D(2020, 5, 18), D(2020, 7, 10), 3, UT2020, workshopAnimators);
    b.held(UT, D(2020, 9, 7), D(2020, 10, 29), 6, UT2020, workshopAnimators);
    b.held(AC, D(2020, 9, 14), D(2020, 10, 29), 2, AC2020, {12, 13, 14});
    Segment& firstCycle = b.held(PR, D(2020, 10, 5), D(2020, 10, 23), 1, PR2020, {16, 13});
    firstCycle.forcedAction = cycles.adjointPrincipal;
    firstCycle.twoDays = true;
    b.cancelled(UT, D(2020, 11, 2), D(2020, 12, 11), 2, covid);
    b.cancelled(AC, D(2020, 11, 2), D(2020, 12, 11), 1, covid);
    b.cancelled(CM, D(2020, 11, 2), D(2020, 12, 11), 1, covid);
    b.held(UT, D(2020, 12, 14), D(2020, 12, 18), 1, UT2020, workshopAnimators);

    // January to May 2021.
    b.held(UT, D(2021, 1, 4), D(2021, 5, 31), 26, UT2021a, workshopAnimators);
    b.cancelled(UT, D(2021, 2, 1), D(2021, 2, 26), 1, u"Nombre d'inscrits insuffisant"_s);
    b.held(AC, D(2021, 1, 11), D(2021, 5, 28), 6, AC2021a, {11, 12, 13, 14, 15});
    b.held(PR, D(2021, 1, 18), D(2021, 5, 21), 2, PR2021a, {16, 17}).forcedAction =
        cycles.redacteur;
    b.held(EC, D(2021, 1, 4), D(2021, 3, 31), 3, EC2021a, {9, 10, 11, 5});
    b.cancelled(EC, D(2021, 4, 1), D(2021, 4, 30), 1, covid);
    b.held(EC, D(2021, 5, 3), D(2021, 5, 31), 1, EC2021a, {9, 10, 11, 5});
    b.cancelled(CM, D(2021, 4, 6), D(2021, 4, 30), 1, covid);

    // June to December 2021; the last week is still to come ("today" is 10 December 2021).
    b.held(UT, D(2021, 6, 1), D(2021, 12, 9), 16, UT2021b);
    b.cancelled(UT, D(2021, 10, 4), D(2021, 10, 29), 1, unavailable);
    b.confirmed(UT, D(2021, 12, 13), D(2021, 12, 17), 3);
    b.held(AC, D(2021, 6, 1), D(2021, 6, 30), 1);
    b.held(AC, D(2021, 9, 13), D(2021, 9, 30), 1);
    b.held(AC, D(2021, 10, 1), D(2021, 11, 30), 2).externalSpeaker = true;
    b.confirmed(AC, D(2021, 12, 13), D(2021, 12, 17), 1).externalSpeaker = true;
    b.held(PR, D(2021, 6, 1), D(2021, 6, 25), 1).forcedAction = cycles.redacteur;
    b.held(PR, D(2021, 10, 4), D(2021, 11, 26), 2).forcedAction = cycles.technicien;
    b.held(PR, D(2021, 11, 15), D(2021, 12, 3), 1).forcedAction = cycles.adjointPrincipal;
    b.held(EC, D(2021, 6, 1), D(2021, 6, 30), 1);
    b.held(EC, D(2021, 7, 1), D(2021, 7, 13), 1);
    b.held(EC, D(2021, 9, 1), D(2021, 11, 30), 3);
    b.confirmed(EC, D(2021, 12, 13), D(2021, 12, 17), 1);
    b.held(CM, D(2021, 6, 7), D(2021, 6, 30), 1, -1, managers);
    b.held(CM, D(2021, 9, 27), D(2021, 11, 30), 3, -1, managers);
    b.confirmed(CM, D(2021, 12, 13), D(2021, 12, 17), 1).pool = managers;

    input.segments = b.segments;
    // "85 % des répondants … compétences utiles … (taux de réponse : 41,6 %)": 104 answers
    // for the 250 participants of 2021's workshops, 4 of them leaving that question blank.
    input.responseQuotas.append({UT, D(2021, 1, 1), D(2021, 12, 31), 85, 15, 4});
    return input;
}

PlanInput largePlan(int years, double scale)
{
    // Sessions a month in the published school's ordinary rhythm, January first.
    static constexpr double kMonthly[FormatCount][12] = {
        {1, 1, 1, 1, 1, 1, 0, 0, 1, 1, 1, 1},                     // AC
        {4, 4, 5, 4, 4, 5, 2, 0, 4, 5, 5, 3},                     // UT
        {0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0, 0, 0.5, 0.5, 0.5, 0.5}, // PR
        {1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1},                     // EC
        {0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0, 0, 0.5, 0.5, 0.5, 0.5}, // CM
    };
    // When each format began (Prépa'Truc² in September 2020, Eco'Truc² in January 2021).
    const QDate starts[FormatCount] = {QDate(2019, 9, 1), QDate(2019, 9, 1), QDate(2020, 9, 1),
                                       QDate(2021, 1, 1), QDate(2019, 9, 1)};
    PlanInput input;
    const int copies = std::max(1, int(std::lround(scale)));
    input.volunteers = kVolunteerProfiles * copies;
    input.externals = 3 * std::max(1, int(std::lround(std::sqrt(scale))));
    input.sites = std::max(1, int(std::ceil(scale / 3)));
    input.automaticStatusesUntil = QDate(2019 + years, 6, 15);
    double planned[FormatCount] = {};
    int emitted[FormatCount] = {};
    SegmentBuilder b;
    for (int m = 0; m < years * 12; ++m) {
        const QDate first = QDate(2019, 9, 1).addMonths(m);
        const QDate last = first.addMonths(1).addDays(-1);
        for (int f = 0; f < FormatCount; ++f) {
            if (first < starts[f]) {
                continue;
            }
            planned[f] += kMonthly[f][first.month() - 1] * scale;
            const int count = int(std::floor(planned[f] + 1e-9)) - emitted[f];
            if (count > 0) {
                b.held(f, first, last, count);
                emitted[f] += count;
            }
        }
    }
    input.segments = b.segments;
    return input;
}

} // namespace truc2::demo
