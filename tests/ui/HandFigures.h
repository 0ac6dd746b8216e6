#pragma once

// A period's dashboard figures filled by hand, for the tests of the charts that do not need a
// database: two formats over three months, three directions, a format under five answers.

#include "stats/DashboardFigures.h"

namespace truc2::test {

/// January to March 2021. AC "Ac'Truc²" (red): 2 sessions, 30 participants (10 in January,
/// 20 in March), 4 answers (satisfaction and useful skills suppressed), response rate 4/30.
/// UT "Un truc² en +" (blue): 3 sessions, 12 participants (5 in February, 7 in March),
/// 6 answers, satisfaction 0.85, useful skills 5 of 6, response rate 6/12. EC: nothing.
/// Agents reached to date 8, 13, 25 of a headcount of 100. Directions Culture (10 agents,
/// 5 reached), Finance (4 agents, 1 reached), Sport (0 agents). Mixing: 3 sessions with 1, 2
/// and 2 directions; Culture met Finance twice. Years 2019 (0 sessions), 2020 (4 sessions,
/// 40 participants), 2021 (5 sessions, 42 participants).
inline DashboardFigures handFigures()
{
    DashboardFigures f;
    f.current.period = {QDate(2021, 1, 1), QDate(2021, 3, 31)};
    FormatFigures ac;
    ac.formatId = 1;
    ac.code = QStringLiteral("AC");
    ac.name = QStringLiteral("Ac'Truc²");
    ac.colour = QColor(0xc0, 0x30, 0x30);
    ac.sessions = 2;
    ac.participants = 30;
    ac.agentsReached = 20;
    ac.responses = 4;
    ac.responseRate = {4, 30, false};
    ac.satisfactionAnswers = 4;
    ac.usefulSkillsRate = {3, 4, true};
    FormatFigures ut;
    ut.formatId = 2;
    ut.code = QStringLiteral("UT");
    ut.name = QStringLiteral("Un truc² en +");
    ut.colour = QColor(0x30, 0x60, 0xc0);
    ut.sessions = 3;
    ut.participants = 12;
    ut.agentsReached = 10;
    ut.responses = 6;
    ut.responseRate = {6, 12, false};
    ut.satisfactionAnswers = 6;
    ut.satisfaction = 0.85;
    ut.usefulSkillsRate = {5, 6, false};
    FormatFigures ec;
    ec.formatId = 3;
    ec.code = QStringLiteral("EC");
    ec.name = QStringLiteral("Eco'Truc²");
    f.current.formats = {ac, ut, ec};
    f.current.totals.sessions = 5;
    f.current.totals.participants = 42;
    f.current.totals.agentsReached = 25;
    f.current.totals.headcount = 100;
    f.current.totals.reachRate = {25, 100, false};
    f.current.totals.animators = 3;
    f.current.totals.responses = 10;
    f.current.totals.responseRate = {10, 42, false};
    f.current.totals.satisfactionAnswers = 10;
    f.current.totals.satisfaction = 0.8;
    f.current.totals.usefulSkillsRate = {8, 10, false};
    f.previous.period = {QDate(2020, 1, 1), QDate(2020, 3, 31)};
    f.previous.formats = {ac, ut, ec};
    f.previous.totals.sessions = 4;
    f.previous.totals.participants = 40;
    f.previous.totals.agentsReached = 20;
    f.previous.totals.animators = 2;
    f.months = {
        {QDate(2021, 1, 1), {1, 0, 0}, {10, 0, 0}, 8},
        {QDate(2021, 2, 1), {0, 2, 0}, {0, 5, 0}, 13},
        {QDate(2021, 3, 1), {1, 1, 0}, {20, 7, 0}, 25},
    };
    f.reachByDirection = {{10, QStringLiteral("Culture"), 10, 5, {5, 10, false}},
                          {11, QStringLiteral("Finance"), 4, 1, {1, 4, false}},
                          {12, QStringLiteral("Sport"), 0, 0, {}}};
    f.mixing.sessions = {
        {1, QStringLiteral("AC-2021-001"), QStringLiteral("A"), 1, QDate(2021, 1, 5), 10, 1, {}},
        {2,
         QStringLiteral("UT-2021-001"),
         QStringLiteral("B"),
         2,
         QDate(2021, 2, 5),
         3,
         2,
         {1, 3, false}},
        {3,
         QStringLiteral("UT-2021-002"),
         QStringLiteral("C"),
         2,
         QDate(2021, 3, 5),
         4,
         2,
         {2, 4, false}},
    };
    f.mixing.meanDirections = 5.0 / 3.0;
    f.mixing.outsideAnimatorDirection = {3, 7, false};
    f.mixing.directionIds = {10, 11};
    f.mixing.directionNames = {QStringLiteral("Culture"), QStringLiteral("Finance")};
    f.mixing.matrix = {{3, 2}, {2, 2}};
    f.animators.animators = 3;
    f.animators.newAnimators = 1;
    f.animators.sessionsPerAnimator = 5.0 / 3.0;
    HeadlineFigures y2019;
    y2019.period = {QDate(2019, 1, 1), QDate(2019, 3, 31)};
    HeadlineFigures y2020;
    y2020.period = f.previous.period;
    y2020.sessions = 4;
    y2020.participants = 40;
    y2020.agentsReached = 20;
    y2020.animators = 2;
    HeadlineFigures y2021;
    y2021.period = f.current.period;
    y2021.sessions = 5;
    y2021.participants = 42;
    y2021.agentsReached = 25;
    y2021.animators = 3;
    f.years = {y2019, y2020, y2021};
    return f;
}

/// The same period with no session at all.
inline DashboardFigures emptyFigures()
{
    DashboardFigures f;
    f.current.period = {QDate(2030, 1, 1), QDate(2030, 3, 31)};
    f.previous.period = {QDate(2029, 1, 1), QDate(2029, 3, 31)};
    f.months = {{QDate(2030, 1, 1), {0}, {0}, 0},
                {QDate(2030, 2, 1), {0}, {0}, 0},
                {QDate(2030, 3, 1), {0}, {0}, 0}};
    return f;
}

} // namespace truc2::test
