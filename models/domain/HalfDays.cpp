#include "domain/HalfDays.h"

#include "domain/Session.h"

#include <QLocale>
#include <QMap>

#include <algorithm>

namespace truc2 {
namespace {

constexpr int kSecondsPerDay = 24 * 60 * 60;

/// Seconds of [from, to) that fall within [low, high).
int overlap(int from, int to, int low, int high)
{
    return std::max(0, std::min(to, high) - std::max(from, low));
}

} // namespace

QList<HalfDay> halfDaysOf(const Session& session)
{
    QList<HalfDay> found;
    if (!session.startsAt.isValid() || !session.endsAt.isValid() ||
        session.endsAt <= session.startsAt) {
        return found;
    }
    const QDate first = session.startsAt.date();
    const QDate last = session.endsAt.date();
    const int boundary = HalfDay::boundary().msecsSinceStartOfDay() / 1000;
    const int minimum = HalfDay::MinimumMinutes * 60;
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        const int from = day == first ? session.startsAt.time().msecsSinceStartOfDay() / 1000 : 0;
        const int to =
            day == last ? session.endsAt.time().msecsSinceStartOfDay() / 1000 : kSecondsPerDay;
        if (to <= from) {
            continue; // ends at midnight: nothing of this day
        }
        const int morning = overlap(from, to, 0, boundary);
        const int afternoon = overlap(from, to, boundary, kSecondsPerDay);
        bool inMorning = morning >= minimum;
        bool inAfternoon = afternoon >= minimum;
        if (!inMorning && !inAfternoon) {
            inMorning = morning >= afternoon;
            inAfternoon = !inMorning;
        }
        if (inMorning) {
            found.append({day, HalfDay::Morning});
        }
        if (inAfternoon) {
            found.append({day, HalfDay::Afternoon});
        }
    }
    return found;
}

QString HalfDay::describe(const QList<HalfDay>& halfDays)
{
    QMap<QDate, QList<Half>> byDay;
    for (const HalfDay& h : halfDays) {
        byDay[h.day].append(h.half);
    }
    const auto words = [](const QList<Half>& halves, bool capital) {
        const bool morning = halves.contains(Morning);
        const bool afternoon = halves.contains(Afternoon);
        if (morning && afternoon) {
            return capital ? tr("Morning and afternoon") : tr("morning and afternoon");
        }
        if (morning) {
            return capital ? tr("Morning") : tr("morning");
        }
        return capital ? tr("Afternoon") : tr("afternoon");
    };
    if (byDay.isEmpty()) {
        return {};
    }
    if (byDay.size() == 1) {
        return words(byDay.first(), true);
    }
    QStringList days;
    const QLocale locale;
    for (auto it = byDay.cbegin(); it != byDay.cend(); ++it) {
        //: A day of a session over several days, then its half-days: "Mon 14/09 morning"
        days << tr("%1 %2", "day, half-days")
                    .arg(locale.toString(it.key(), QStringLiteral("ddd dd/MM")),
                         words(it.value(), false));
    }
    return tr("%n half-day(s): %1", "", int(halfDays.size())).arg(days.join(QStringLiteral(", ")));
}

} // namespace truc2
