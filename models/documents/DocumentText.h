#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>

namespace truc2 {

// Dates, times and durations as the printed documents write them, in the UI language (French:
// "mardi 6 octobre 2026", "12 h 15 – 13 h 30", "1 h 30", "2 jours"). Shared by every document.
// Times and durations hold non-breaking spaces (U+00A0), so that they never split over lines.

/// Minutes in one day of training, for durations given in days ("2 jours" is 14 h).
inline constexpr int kMinutesPerTrainingDay = 7 * 60;

/// "12 h 15", "9 h 00" in French; the locale's short time elsewhere.
QString timeText(const QTime& time);
/// "12 h 15 – 13 h 30".
QString timeRangeText(const QTime& from, const QTime& to);
/// "mardi 6 octobre 2026", "jeudi 1er octobre 2026".
QString longDateText(const QDate& date);
/// "06/10/2026".
QString shortDateText(const QDate& date);
/// When a session takes place: "mardi 6 octobre 2026, 12 h 15 – 13 h 30", or over several days
/// "du lundi 5 octobre 2026 au mardi 6 octobre 2026, 9 h 00 – 17 h 00".
QString sessionWhenText(const QDateTime& start, const QDateTime& end);
/// A duration in hours and minutes: "45 min", "1 h 30", "3 h", "12 h 45".
QString hoursText(int minutes);
/// A catalogue duration: hours under two training days, then days: "1 h 30", "7 h", "2 jours",
/// "2,5 jours"; empty for 0.
QString durationText(int minutes);
/// A number with the locale's separators and at most `decimals` decimals ("2,5", "1 234").
QString numberText(double value, int decimals = 1);
/// A fraction as a percentage to the tenth, as the municipality writes it: "41,6 %", "85 %"
/// in French (a narrow no-break space U+202F before the sign), "41.6%" elsewhere.
QString percentText(double fraction);
/// The time a session takes: end minus start on one day; over several days, each day from the
/// start time to the end time.
int sessionMinutes(const QDateTime& start, const QDateTime& end);

} // namespace truc2
