#pragma once

#include "SmallSchool.h"

#include <QString>

namespace truc2::test {

/// SmallSchool (see SmallSchool.h) with one more agent, hal ("Test Hal", Direction des
/// finances / Comptabilité), whose history holds every case:
///  - AC-2020-001 (02/03/2020, 12:15–15:15, held): hal came as a walk-in, present → 3 h;
///  - AC-2020-002 (01/05/2020, held): hal registered, then cancelled → nothing;
///  - `twoDays` PR-2020-002 (16/11/2020 09:00 to 17/11/2020 17:00, held, "Oral du concours"):
///    hal present on 3 of its 4 half-days (absent on the 17th in the morning); each half-day
///    is 4 h → 12 h;
///  - `waiting` AC-2020-004 (01/12/2020, 12:15–15:15, planned): hal 2nd on the waiting list;
///  - `coAnimated` AC-2020-005 (10/12/2020, 12:15–13:45, planned): hal co-animates it.
/// So in 2020 hal attended 2 held sessions (15 h) and animated no held session.
/// Cyd's history (SmallSchool): present at AC-2020-001, AC-2020-002 and PR-2020-001 (3 × 3 h)
/// and animator of AC-2021-001 (12/01/2021, held).
struct HistorySchool : SmallSchool
{
    qint64 hal = 0;
    qint64 ac1 = 0, ac2 = 0, pr1 = 0, ac2021 = 0; ///< SmallSchool's sessions.
    qint64 twoDays = 0, waiting = 0, coAnimated = 0;
    qint64 twoDaysRegistration = 0;

    HistorySchool();

    /// The id of the session of that code.
    qint64 sessionId(const QString& code);
};

} // namespace truc2::test
