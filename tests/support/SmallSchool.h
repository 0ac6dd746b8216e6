#pragma once

#include "TestSchool.h"

namespace truc2::test {

/// A hand-built school where every figure can be counted on one's fingers:
///
/// Formats: AC "Ac'Truc²" (conférence/conférences), PR "Prépa'Truc²" (no noun), EC (never held).
/// Agents: ann, bob, cyd, dan, eve, fay, gus (active) and old (inactive); headcount 2020: 50.
/// 2020:
///  - AC-2020-001 held  (anim. ann): bob, cyd present, dan absent, anonymous headcount 10 → 12
///  - AC-2020-002 held  (anim. ann + bob): cyd, eve, fay present → 3
///  - AC-2020-003 cancelled (anim. gus): fay registered → counts for nothing
///  - PR-2020-001 held  (anim. gus): bob, cyd, dan, eve, fay present, old excused → 5
///  survey: 4 responses for AC-2020-001 (n < 5); 6 for PR-2020-001 (5 yes, 1 no; satisfaction
///  1, 1, 0.75, 0.75, 0.5, 0.5).
/// 2021: AC-2021-001 held (anim. cyd): ann present → 1.
/// Expected for 2020: AC 2 sessions, 15 participants, 4 agents reached (bob cyd eve fay);
/// PR 1, 5, 5; in total 3 sessions, 20 participants, 5 distinct agents (dan, absent from AC,
/// was present at PR), 3 animators (ann bob gus), 10 responses.
struct SmallSchool
{
    TestSchool school;
    qint64 ac = 0, pr = 0, ec = 0;
    qint64 ann = 0, bob = 0, cyd = 0, dan = 0, eve = 0, fay = 0, gus = 0, old = 0;

    SmallSchool();
};

} // namespace truc2::test
