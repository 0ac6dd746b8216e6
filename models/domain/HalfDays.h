#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QTime>

namespace truc2 {

struct Session;

/// A morning or an afternoon of one day: the unit of attendance on a session's sheet.
struct HalfDay
{
    /// The values registration_half_day.half stores.
    enum Half
    {
        Morning = 0,
        Afternoon = 1
    };
    QDate day;
    Half half = Morning;

    bool operator==(const HalfDay&) const = default;

    /// Mornings end and afternoons start at 13:00.
    static QTime boundary() { return QTime(13, 0); }
    /// A session counts for a half-day where it spends at least this long...
    static constexpr int MinimumMinutes = 60;

    /// "Morning", "Afternoon", "Morning and afternoon" for one day; for several, the number of
    /// half-days and each day ("3 half-days: Mon 14/09 morning and afternoon, Tue 15/09
    /// morning"). Empty for none.
    static QString describe(const QList<HalfDay>& halfDays);

    Q_DECLARE_TR_FUNCTIONS(truc2::HalfDay)
};

/// The half-days a session covers, in order, day by day from its start to its end (a session
/// over several days counts on each of them). On a day, a half counts where the session spends
/// at least HalfDay::MinimumMinutes of it; a short session crossing 13:00 that spends that
/// long in neither counts for the half where more of it falls (the morning on a tie). So
/// 09:00–17:00 is morning and afternoon, 09:00–13:30 a morning, 12:15–13:30 a morning and
/// 14:00–15:00 an afternoon. Empty when the session does not end after it starts.
QList<HalfDay> halfDaysOf(const Session& session);

} // namespace truc2
