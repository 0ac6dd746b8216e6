#include "documents/DocumentText.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace truc2 {
namespace {

/// The translation context of the documents' words.
class DocumentText
{
    Q_DECLARE_TR_FUNCTIONS(DocumentText)

public:
    DocumentText() = delete;
};

bool inFrench()
{
    return QLocale().language() == QLocale::French;
}

} // namespace

QString timeText(const QTime& time)
{
    if (inFrench()) {
        return QStringLiteral("%1 h %2")
            .arg(time.hour())
            .arg(time.minute(), 2, 10, QLatin1Char('0'));
    }
    return QLocale().toString(time, QLocale::ShortFormat);
}

QString timeRangeText(const QTime& from, const QTime& to)
{
    return timeText(from) + QStringLiteral("\u00a0– ") + timeText(to);
}

QString longDateText(const QDate& date)
{
    const QLocale locale;
    if (inFrench() && date.day() == 1) {
        // French writes the first of the month as an ordinal: "jeudi 1er octobre 2026".
        return locale.toString(date, QStringLiteral("dddd '1er' MMMM yyyy"));
    }
    return locale.toString(date, QStringLiteral("dddd d MMMM yyyy"));
}

QString shortDateText(const QDate& date)
{
    return date.toString(QStringLiteral("dd/MM/yyyy"));
}

QString sessionWhenText(const QDateTime& start, const QDateTime& end)
{
    const QString times = timeRangeText(start.time(), end.time());
    if (start.date() == end.date()) {
        return DocumentText::tr("%1, %2", "date, times").arg(longDateText(start.date()), times);
    }
    return DocumentText::tr("from %1 to %2, %3", "several days, then the daily times")
        .arg(longDateText(start.date()), longDateText(end.date()), times);
}

QString hoursText(int minutes)
{
    const int hours = minutes / 60;
    const int rest = minutes % 60;
    if (hours == 0) {
        return DocumentText::tr("%1 min", "a duration under an hour")
            .arg(rest)
            .replace(QLatin1Char(' '), QChar(0x00a0));
    }
    if (rest == 0) {
        return DocumentText::tr("%1 h", "a duration in whole hours")
            .arg(hours)
            .replace(QLatin1Char(' '), QChar(0x00a0));
    }
    return DocumentText::tr("%1 h %2", "a duration: hours and minutes")
        .arg(hours)
        .arg(rest, 2, 10, QLatin1Char('0'))
        .replace(QLatin1Char(' '), QChar(0x00a0));
}

QString durationText(int minutes)
{
    if (minutes <= 0) {
        return QString();
    }
    const int halfDay = kMinutesPerTrainingDay / 2;
    if (minutes < 2 * kMinutesPerTrainingDay || minutes % halfDay != 0) {
        return hoursText(minutes);
    }
    const int halfDays = minutes / halfDay;
    if (halfDays % 2 == 0) {
        return DocumentText::tr("%n day(s)", "a duration in training days", halfDays / 2);
    }
    return DocumentText::tr("%1 days", "a duration with a half day: 2,5 days")
        .arg(QLocale().toString(halfDays / 2.0, 'f', 1));
}

int sessionMinutes(const QDateTime& start, const QDateTime& end)
{
    if (!start.isValid() || !end.isValid() || end <= start) {
        return 0;
    }
    const qint64 days = start.date().daysTo(end.date());
    if (days == 0) {
        return int(start.secsTo(end) / 60);
    }
    const int daily = start.time().secsTo(end.time()) / 60;
    return daily > 0 ? int((days + 1) * daily) : int(start.secsTo(end) / 60);
}

QString numberText(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    const double rounded = std::round(value * scale) / scale;
    return QLocale().toString(rounded, 'f', QLocale::FloatingPointShortest);
}

QString percentText(double fraction)
{
    const QString number = numberText(fraction * 100.0, 1);
    if (inFrench()) {
        return number + QStringLiteral("\u202f%");
    }
    return number + QLatin1Char('%');
}

} // namespace truc2
