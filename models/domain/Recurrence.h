#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QSet>
#include <QString>
#include <QTime>

#include <optional>
#include <utility>
#include <variant>

namespace truc2 {

/// The rule of a recurring series ("the first Tuesday of each month, 12:15–13:30, from
/// 01/09/2026 to 30/06/2027"), stored as text in series.rule.
///
/// Dates and times are the school's local wall-clock time: 12:15 stays 12:15 on both sides of
/// a daylight-saving change. A session starts and ends on the same day.
///
/// Counting: weeks start on Monday; "every N weeks" counts from the week holding `first`,
/// "every N months" from the month holding `first`. Dates before `first` or after `until`
/// are never given. Skipped months (e.g. July and August) leave their dates out without
/// changing the count. MonthlyByDay CLAMPS: day 31 is the 30th in April and the 28th (or 29th)
/// in February, so a series "on the 31st" meets every month, on its last day.
///
/// Text form (toText/fromText), parts always in this order, separated by ';':
///   FREQ=WEEKLY;INTERVAL=<n>;BYDAY=<days>;DTSTART=<date>;UNTIL=<date>;TIME=<hh:mm>-<hh:mm>
///   FREQ=MONTHLY;INTERVAL=<n>;BYDAY=<k><day>;...same tail...
///   FREQ=MONTHLY;INTERVAL=<n>;BYMONTHDAY=<d>;...same tail...
///   then, only when months are skipped: ;SKIPMONTHS=<m>,<m>...
/// <n> 1 or more; <days> MO,TU,WE,TH,FR,SA,SU (at least one, in that order, once each);
/// <k> 1..4 or -1 (last); <d> 1..31; <date> yyyy-MM-dd; <m> 1..12 ascending, once each.
/// Numbers are written without leading zeros or '+'. Example:
///   FREQ=MONTHLY;INTERVAL=1;BYDAY=1TU;DTSTART=2026-09-01;UNTIL=2027-06-30;TIME=12:15-13:30;
///   SKIPMONTHS=7,8   (on one line)
/// fromText accepts exactly the texts toText writes (anything else gives nullopt), so
/// toText(*fromText(s)) == s; for a rule whose fields are in those ranges,
/// *fromText(r.toText()) == r. Consistency (until before first, end time before start time,
/// no date at all) is not fromText's concern: ask problem().
struct Recurrence
{
    /// Every `interval` weeks, on each of `weekdays`.
    struct Weekly
    {
        QSet<Qt::DayOfWeek> weekdays;
        bool operator==(const Weekly&) const = default;
    };
    /// The nth `weekday` of the month: nth 1..4, or Last.
    struct MonthlyByWeekday
    {
        int nth = 1;
        Qt::DayOfWeek weekday = Qt::Monday;
        bool operator==(const MonthlyByWeekday&) const = default;
    };
    /// Day `day` (1..31) of the month, clamped to the month's last day.
    struct MonthlyByDay
    {
        int day = 1;
        bool operator==(const MonthlyByDay&) const = default;
    };
    /// In the order of the alternatives of `pattern`.
    enum class Kind
    {
        Weekly,
        MonthlyByWeekday,
        MonthlyByDay
    };
    static constexpr int Last = -1;
    /// No rule gives more dates than this (closed days included): protects from absurd rules.
    static constexpr int MaxOccurrences = 500;

    std::variant<Weekly, MonthlyByWeekday, MonthlyByDay> pattern;
    int interval = 1; ///< Every `interval` weeks (Weekly) or months (the monthly kinds).
    QDate first;      ///< The first possible day.
    QDate until;      ///< The last possible day (inclusive).
    QTime startTime;
    QTime endTime;
    QSet<int> skippedMonths; ///< 1..12; others are ignored (and not written by toText).

    /// The rule's dates, with those on the school's closed days set apart.
    struct Expansion
    {
        QList<QDate> dates;       ///< In order, closed days left out.
        QList<QDate> closedDates; ///< The rule's dates that fall on closed days, in order.
        bool truncated = false;   ///< The rule gives more than MaxOccurrences dates.
    };

    Kind kind() const { return static_cast<Kind>(pattern.index()); }

    Expansion expand(const QSet<QDate>& closedDays = {}) const;
    /// All the rule's dates, in order (at most MaxOccurrences).
    QList<QDate> dates() const;
    /// The rule's dates that are not closed days; see expand() to know which were left out.
    QList<QDate> dates(const QSet<QDate>& closedDays) const;
    /// Start and end of each occurrence, in Qt::LocalTime at the rule's wall-clock times.
    QList<std::pair<QDateTime, QDateTime>> occurrences(const QSet<QDate>& closedDays = {}) const;

    QString toText() const;
    static std::optional<Recurrence> fromText(const QString& text);

    /// "the first Tuesday of each month, 12:15–13:30, from 01/09/2026 to 30/06/2027".
    /// Weekday and month names come from the default QLocale (set with the language).
    QString describe() const;
    /// Empty when the rule can be saved; otherwise what to change, translated.
    QString problem() const;

    bool operator==(const Recurrence&) const = default;

    Q_DECLARE_TR_FUNCTIONS(truc2::Recurrence)
};

} // namespace truc2

Q_DECLARE_METATYPE(truc2::Recurrence)
