#include "domain/Recurrence.h"

#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace truc2 {
namespace {

/// Weeks or months looked at before giving up: a rule that skips every month must end.
constexpr qint64 kMaxSteps = 10000;

const QString kTimeFormat = QStringLiteral("HH:mm");

constexpr std::array<const char*, 7> kDayCodes{"MO", "TU", "WE", "TH", "FR", "SA", "SU"};

QString dayCode(Qt::DayOfWeek day)
{
    const int index = static_cast<int>(day) - 1;
    return index >= 0 && index < 7 ? QLatin1String(kDayCodes.at(index)) : QString();
}

std::optional<Qt::DayOfWeek> dayFromCode(QStringView code)
{
    for (int i = 0; i < 7; ++i) {
        if (code == QLatin1String(kDayCodes.at(i)))
            return static_cast<Qt::DayOfWeek>(i + 1);
    }
    return std::nullopt;
}

bool validNth(int nth)
{
    return (nth >= 1 && nth <= 4) || nth == Recurrence::Last;
}

/// The date of one month that a monthly pattern gives; invalid when the pattern is.
QDate monthlyDate(const Recurrence::MonthlyByWeekday& p, int year, int month)
{
    if (!validNth(p.nth) || p.weekday < Qt::Monday || p.weekday > Qt::Sunday)
        return {};
    const int weekday = static_cast<int>(p.weekday);
    if (p.nth == Recurrence::Last) {
        const QDate last(year, month, QDate(year, month, 1).daysInMonth());
        return last.addDays(-((last.dayOfWeek() - weekday + 7) % 7));
    }
    const QDate firstDay(year, month, 1);
    return firstDay.addDays((weekday - firstDay.dayOfWeek() + 7) % 7 + 7 * (p.nth - 1));
}

QDate monthlyDate(const Recurrence::MonthlyByDay& p, int year, int month)
{
    if (p.day < 1 || p.day > 31)
        return {};
    return QDate(year, month, std::min(p.day, QDate(year, month, 1).daysInMonth()));
}

/// Collects candidate dates, setting apart closed days and stopping at the cap.
struct Collector
{
    const Recurrence& rule;
    const QSet<QDate>& closedDays;
    Recurrence::Expansion result;
    int count = 0;

    /// False once the cap is passed: stop looking.
    bool add(const QDate& date)
    {
        if (!date.isValid() || date < rule.first || date > rule.until ||
            rule.skippedMonths.contains(date.month()))
            return true;
        if (count == Recurrence::MaxOccurrences) {
            result.truncated = true;
            return false;
        }
        ++count;
        (closedDays.contains(date) ? result.closedDates : result.dates).append(date);
        return true;
    }
};

QString joinedList(const QStringList& items)
{
    if (items.size() < 2)
        return items.value(0);
    return Recurrence::tr("%1 and %2", "the last two items of a list")
        .arg(items.mid(0, items.size() - 1).join(QStringLiteral(", ")), items.constLast());
}

QString ordinalPhrase(int nth, const QString& day)
{
    switch (nth) {
    case 1:
        return Recurrence::tr("the first %1", "weekday of the month").arg(day);
    case 2:
        return Recurrence::tr("the second %1", "weekday of the month").arg(day);
    case 3:
        return Recurrence::tr("the third %1", "weekday of the month").arg(day);
    case 4:
        return Recurrence::tr("the fourth %1", "weekday of the month").arg(day);
    default:
        return Recurrence::tr("the last %1", "weekday of the month").arg(day);
    }
}

QString monthsPhrase(const QString& inMonth, int interval)
{
    if (interval == 1)
        return Recurrence::tr("%1 of each month", "the day in the month").arg(inMonth);
    return Recurrence::tr("%1 every %n months", "the day in the month", interval).arg(inMonth);
}

QList<int> sortedMonths(const QSet<int>& months)
{
    QList<int> sorted;
    for (int m : months) {
        if (m >= 1 && m <= 12)
            sorted.append(m);
    }
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

/// "12" for 12, nullopt unless written exactly as QString::number writes it.
std::optional<int> canonicalInt(const QString& text)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    return ok && QString::number(value) == text ? std::optional(value) : std::nullopt;
}

} // namespace

Recurrence::Expansion Recurrence::expand(const QSet<QDate>& closedDays) const
{
    Collector out{*this, closedDays, {}, 0};
    if (!first.isValid() || !until.isValid() || until < first || interval < 1)
        return out.result;
    bool passedUntil = false;
    if (const auto* weekly = std::get_if<Weekly>(&pattern)) {
        const QDate firstMonday = first.addDays(1 - first.dayOfWeek());
        for (qint64 step = 0; step < kMaxSteps && !passedUntil; ++step) {
            const QDate monday = firstMonday.addDays(step * interval * 7);
            passedUntil = !monday.isValid() || monday > until;
            for (int day = 0; day < 7 && !passedUntil; ++day) {
                if (weekly->weekdays.contains(static_cast<Qt::DayOfWeek>(day + 1)) &&
                    !out.add(monday.addDays(day)))
                    return out.result;
            }
        }
    } else {
        const qint64 firstMonth = qint64(first.year()) * 12 + first.month() - 1;
        const qint64 lastMonth = qint64(until.year()) * 12 + until.month() - 1;
        for (qint64 step = 0; step < kMaxSteps && !passedUntil; ++step) {
            const qint64 month = firstMonth + step * interval;
            passedUntil = month > lastMonth;
            if (passedUntil)
                break;
            const int y = static_cast<int>(month / 12);
            const int m = static_cast<int>(month % 12) + 1;
            const QDate date = kind() == Kind::MonthlyByDay
                                   ? monthlyDate(std::get<MonthlyByDay>(pattern), y, m)
                                   : monthlyDate(std::get<MonthlyByWeekday>(pattern), y, m);
            if (!out.add(date))
                return out.result;
        }
    }
    out.result.truncated = !passedUntil;
    return out.result;
}

QList<QDate> Recurrence::dates() const
{
    return expand().dates;
}

QList<QDate> Recurrence::dates(const QSet<QDate>& closedDays) const
{
    return expand(closedDays).dates;
}

QList<std::pair<QDateTime, QDateTime>> Recurrence::occurrences(const QSet<QDate>& closedDays) const
{
    QList<std::pair<QDateTime, QDateTime>> result;
    for (const QDate& date : expand(closedDays).dates) {
        result.append(
            {QDateTime(date, startTime, Qt::LocalTime), QDateTime(date, endTime, Qt::LocalTime)});
    }
    return result;
}

QString Recurrence::toText() const
{
    QStringList parts;
    const QString every = QString::number(interval);
    if (const auto* weekly = std::get_if<Weekly>(&pattern)) {
        QStringList days;
        for (int d = Qt::Monday; d <= Qt::Sunday; ++d) {
            if (weekly->weekdays.contains(static_cast<Qt::DayOfWeek>(d)))
                days << dayCode(static_cast<Qt::DayOfWeek>(d));
        }
        parts << QStringLiteral("FREQ=WEEKLY") << u"INTERVAL="_s + every
              << u"BYDAY="_s + days.join(u',');
    } else if (const auto* nth = std::get_if<MonthlyByWeekday>(&pattern)) {
        parts << QStringLiteral("FREQ=MONTHLY") << u"INTERVAL="_s + every
              << u"BYDAY="_s + QString::number(nth->nth) + dayCode(nth->weekday);
    } else {
        parts << QStringLiteral("FREQ=MONTHLY") << u"INTERVAL="_s + every
              << u"BYMONTHDAY="_s + QString::number(std::get<MonthlyByDay>(pattern).day);
    }
    parts << u"DTSTART="_s + first.toString(Qt::ISODate)
          << u"UNTIL="_s + until.toString(Qt::ISODate)
          << u"TIME="_s + startTime.toString(kTimeFormat) + u'-' + endTime.toString(kTimeFormat);
    const QList<int> months = sortedMonths(skippedMonths);
    if (!months.isEmpty()) {
        QStringList numbers;
        for (int m : months)
            numbers << QString::number(m);
        parts << u"SKIPMONTHS="_s + numbers.join(u',');
    }
    return parts.join(u';');
}

std::optional<Recurrence> Recurrence::fromText(const QString& text)
{
    const QStringList parts = text.split(u';');
    if (parts.size() < 6 || parts.size() > 7)
        return std::nullopt;
    QStringList values;
    QStringList keys;
    for (const QString& part : parts) {
        const qsizetype equals = part.indexOf(u'=');
        if (equals < 1)
            return std::nullopt;
        keys << part.left(equals);
        values << part.mid(equals + 1);
    }
    const QStringList tail{u"DTSTART"_s, u"UNTIL"_s, u"TIME"_s};
    if (keys.at(0) != u"FREQ" || keys.at(1) != u"INTERVAL" || keys.mid(3, 3) != tail ||
        (parts.size() == 7 && keys.at(6) != u"SKIPMONTHS"))
        return std::nullopt;

    Recurrence r;
    const auto interval = canonicalInt(values.at(1));
    if (!interval || *interval < 1)
        return std::nullopt;
    r.interval = *interval;
    const QString& by = values.at(2);
    if (values.at(0) == u"WEEKLY" && keys.at(2) == u"BYDAY") {
        Weekly weekly;
        for (const QString& code : by.split(u',')) {
            const auto day = dayFromCode(code);
            if (!day)
                return std::nullopt;
            weekly.weekdays.insert(*day);
        }
        r.pattern = weekly;
    } else if (values.at(0) == u"MONTHLY" && keys.at(2) == u"BYDAY" && by.size() >= 3) {
        const auto nth = canonicalInt(by.chopped(2));
        const auto day = dayFromCode(QStringView(by).right(2));
        if (!nth || !validNth(*nth) || !day)
            return std::nullopt;
        r.pattern = MonthlyByWeekday{*nth, *day};
    } else if (values.at(0) == u"MONTHLY" && keys.at(2) == u"BYMONTHDAY") {
        const auto day = canonicalInt(by);
        if (!day || *day < 1 || *day > 31)
            return std::nullopt;
        r.pattern = MonthlyByDay{*day};
    } else {
        return std::nullopt;
    }
    r.first = QDate::fromString(values.at(3), Qt::ISODate);
    r.until = QDate::fromString(values.at(4), Qt::ISODate);
    const QStringList times = values.at(5).split(u'-');
    if (times.size() != 2)
        return std::nullopt;
    r.startTime = QTime::fromString(times.at(0), kTimeFormat);
    r.endTime = QTime::fromString(times.at(1), kTimeFormat);
    if (!r.first.isValid() || !r.until.isValid() || !r.startTime.isValid() || !r.endTime.isValid())
        return std::nullopt;
    if (parts.size() == 7) {
        for (const QString& number : values.at(6).split(u',')) {
            const auto month = canonicalInt(number);
            if (!month || *month < 1 || *month > 12)
                return std::nullopt;
            r.skippedMonths.insert(*month);
        }
    }
    // Only the form toText writes: no leading zeros, days and months in order, once each.
    if (r.toText() != text)
        return std::nullopt;
    return r;
}

QString Recurrence::describe() const
{
    const QLocale locale;
    QString rule;
    if (const auto* weekly = std::get_if<Weekly>(&pattern)) {
        QStringList days;
        for (int d = Qt::Monday; d <= Qt::Sunday; ++d) {
            if (weekly->weekdays.contains(static_cast<Qt::DayOfWeek>(d)))
                days << locale.dayName(d);
        }
        rule = interval == 1
                   ? tr("every %1", "weekdays").arg(joinedList(days))
                   : tr("every %n weeks on %1", "weekdays", interval).arg(joinedList(days));
    } else if (const auto* nth = std::get_if<MonthlyByWeekday>(&pattern)) {
        rule = monthsPhrase(ordinalPhrase(nth->nth, locale.dayName(nth->weekday)), interval);
    } else {
        const int day = std::get<MonthlyByDay>(pattern).day;
        rule = monthsPhrase(tr("day %1", "of the month").arg(day), interval);
        if (day > 28)
            rule = tr("%1 (the last day in shorter months)", "monthly rule").arg(rule);
    }
    //: Time format for QTime::toString; in French: HH' h 'mm
    const QString timeFormat = tr("HH:mm", "time format");
    const QString times = tr("%1–%2", "start and end times")
                              .arg(startTime.toString(timeFormat), endTime.toString(timeFormat));
    const QString format = QStringLiteral("dd/MM/yyyy");
    const QString period = tr("from %1 to %2", "first and last days")
                               .arg(first.toString(format), until.toString(format));
    QString text = tr("%1, %2, %3", "rule, times, period").arg(rule, times, period);
    QStringList months;
    for (int m : sortedMonths(skippedMonths))
        months << locale.monthName(m);
    if (!months.isEmpty())
        text = tr("%1, except in %2", "rule, skipped months").arg(text, joinedList(months));
    return text;
}

QString Recurrence::problem() const
{
    if (!first.isValid() || !until.isValid())
        return tr("Choose the first and last days of the series.");
    if (until < first)
        return tr("The series ends before it starts.");
    if (!startTime.isValid() || !endTime.isValid())
        return tr("Choose the start and end times.");
    if (endTime <= startTime)
        return tr("The end time must be after the start time: a session ends on the day it "
                  "starts.");
    if (interval < 1)
        return tr("The interval must be at least 1.");
    if (const auto* weekly = std::get_if<Weekly>(&pattern); weekly && weekly->weekdays.isEmpty())
        return tr("Choose at least one weekday.");
    if (const auto* nth = std::get_if<MonthlyByWeekday>(&pattern); nth && !validNth(nth->nth))
        return tr("Choose the first, second, third, fourth or last weekday of the month.");
    if (const auto* day = std::get_if<MonthlyByDay>(&pattern);
        day && (day->day < 1 || day->day > 31))
        return tr("Choose a day of the month from 1 to 31.");
    const Expansion expansion = expand();
    if (expansion.dates.isEmpty())
        return tr("No date matches this rule.");
    if (expansion.truncated)
        return tr("This rule gives more than %1 dates: shorten the period.").arg(MaxOccurrences);
    return {};
}

} // namespace truc2
