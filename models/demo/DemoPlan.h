#pragma once

#include "core/Result.h"
#include "demo/DemoRandom.h"
#include "domain/Session.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

// The programme of the demo school, planned in memory before anything is written: which
// sessions, when, where, by whom, how many participants and survey answers.

namespace truc2::demo {

/// Working days of the school: weekdays that are neither a French public holiday nor in the
/// summer or Christmas closure.
bool isWorkingDay(const QDate& day);

/// Parts of a day, as a bit mask, for room and animator double-booking.
enum Slot : int
{
    Morning = 1,
    Lunch = 2,
    Afternoon = 4,
    Evening = 8,
    FullDay = 7
};

/// A batch of sessions of one format spread over a window of dates.
struct Segment
{
    int format = 0; ///< FormatIndex
    QDate from;
    QDate to;
    int count = 0;
    SessionStatus status = SessionStatus::Held;
    QString cancelReason;
    int quota = -1;  ///< Index of a participant total shared exactly by its sessions; -1: free.
    QList<int> pool; ///< Volunteers who may animate (indices); empty: all of the format.
    int forcedAction = -1; ///< Index into actionSpecs(); -1: each animator's own actions.
    bool twoDays = false;  ///< Sessions span two working days (4 half-days).
    bool externalSpeaker = false;
};

/// Exact survey answers for the held sessions of one format in one period.
struct ResponseQuota
{
    int format = 0;
    QDate from;
    QDate to;
    int yes = 0;
    int no = 0;
    int blank = 0;
};

struct PlanInput
{
    int volunteers = 18; ///< Volunteer animators; volunteer v has profile v % 18.
    int externals = 3;   ///< External speakers.
    int sites = 1;       ///< Sites with their own rooms (1: the published school's names).
    QList<Segment> segments;
    QList<int> quotas; ///< Participant totals that Segment::quota points to.
    QList<ResponseQuota> responseQuotas;
    /// When valid: held sessions in the lockdowns are cancelled, a few others too, and those
    /// after this date are only confirmed (large schools, whose segments are all "held").
    QDate automaticStatusesUntil;
};

struct PlannedSession
{
    int segment = 0;
    int format = 0;
    int action = -1;
    QDateTime start;
    QDateTime end;
    int slots = 0;
    bool twoDays = false;
    QString room;
    SessionStatus status = SessionStatus::Held;
    QString cancelReason;
    int capacity = 0;
    /// Held: participants (present + anonymous). Confirmed: registrations. Cancelled:
    /// registrations cancelled with it.
    int participants = 0;
    bool exact = false;   ///< Participants reproduce a published figure: all must be found.
    QList<int> animators; ///< Volunteer indices, the main one first.
    int external = -1;    ///< External speaker index, or -1.
    QString code;
    QList<int> responses; ///< One per survey answer: useful skills 1 yes, 0 no, -1 blank.
};

/// Plans every session, in start order, with its code (codes follow the start within format
/// and year). Fails when a quota cannot be met (an inconsistent segment list).
Result<QList<PlannedSession>> planSessions(const PlanInput& input, DemoRandom& random);

/// The published school, September 2019 to December 2021.
PlanInput publishedPlan();

/// A large municipality: `scale` times the published school's yearly volume, over `years`
/// school years from September 2019.
PlanInput largePlan(int years, double scale);

} // namespace truc2::demo
