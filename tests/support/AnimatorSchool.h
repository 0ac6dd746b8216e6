#pragma once

#include "SmallSchool.h"

namespace truc2::test {

/// SmallSchool (see SmallSchool.h) with more to say about its animators:
///
/// - ann took the facilitation training on 13/06/2019;
/// - zoe: ZOLA Zoé, an external speaker of the CNFPT;
/// - AC 17/11/2020 14:00–16:30 held (ann + zoe as speaker): dan present, 20 anonymous → 21;
///   5 answers (satisfaction 0.8, 0.6, 1, 1, 0.6);
/// - EC 10/02/2020 12:15–13:30 held (gus): eve present, bob absent → 1;
/// - EC 15/12/2020 12:15–13:30 planned (bob);
/// - AC 01/06/2020 confirmed (dan), never marked held.
///
/// With now = 01/12/2020, over 2020 (every session lasting 3 h unless said otherwise):
///   ann  3 held, 510 min, 36 participants, 5 reached (bob cyd dan eve fay), Ac'Truc²,
///        02/03/2020–17/11/2020, 9 answers, mean 8/9;
///   bob  1 held, 180 min, 3 participants, 3 reached, 1 upcoming (15/12/2020),
///        Ac'Truc², Eco'Truc²; no answer;
///   gus  2 held, 255 min, 6 participants, 5 reached, Prépa'Truc², Eco'Truc² (position order,
///        not date order), 10/02/2020–05/10/2020, 6 answers, mean 0.75;
///   zoe  1 held, 150 min, 21 participants, 1 reached, Ac'Truc², 5 answers, mean 0.8.
///   Together: 4 animators of whom 1 external, 5 sessions, 765 min, 1 upcoming.
struct AnimatorSchool : SmallSchool
{
    qint64 zoe = 0;
    qint64 november = 0; ///< The AC conference of ann and zoe.
    qint64 february = 0; ///< The EC meetup of gus.
    qint64 planned = 0;  ///< The EC meetup bob will animate.
    AnimatorSchool();
};

} // namespace truc2::test
