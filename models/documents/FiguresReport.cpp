#include "documents/FiguresReport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace truc2 {
namespace {

/// The translation context of the report's sentences.
class FiguresReport
{
    Q_DECLARE_TR_FUNCTIONS(FiguresReport)

public:
    FiguresReport() = delete;
};

bool startsWithVowel(const QString& word)
{
    static const QString vowels = QStringLiteral("aeiouyàâéèêëîïôöûüAEIOUYÉÈ");
    return !word.isEmpty() && vowels.contains(word.front());
}

bool isFirstOfMonth(const QDate& d)
{
    return d.day() == 1;
}

bool isLastOfMonth(const QDate& d)
{
    return d.day() == d.daysInMonth();
}

/// "4 conférences Ac'Truc²", "1 Prépa'Truc²": the count, the format's noun by the count, and
/// its name.
QString countedFormat(const FormatFigures& f)
{
    const QString noun = f.sessions > 1 ? f.nounPlural : f.nounSingular;
    return noun.isEmpty() ? QStringLiteral("%1 %2").arg(f.sessions).arg(f.name)
                          : QStringLiteral("%1 %2 %3").arg(f.sessions).arg(noun, f.name);
}

QJsonValue rateValue(const Rate& rate)
{
    const std::optional<double> value = rate.value();
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalValue(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

} // namespace

QString describePeriod(const Period& period)
{
    const QLocale locale;
    const QDate& from = period.from;
    const QDate& to = period.to;
    if (isFirstOfMonth(from) && isLastOfMonth(to)) {
        if (from.month() == 1 && to.month() == 12 && from.year() == to.year()) {
            return FiguresReport::tr("In %1").arg(from.year());
        }
        const QString first = locale.monthName(from.month());
        const QString last = locale.monthName(to.month());
        if (from.year() == to.year() && from.month() == to.month()) {
            return FiguresReport::tr("In %1 %2").arg(first).arg(from.year());
        }
        // French elides "de" before a vowel: "D'avril à juin 2021".
        const bool elide = startsWithVowel(first);
        if (from.year() == to.year()) {
            const QString pattern =
                elide ? FiguresReport::tr("From %1 to %2 %3", "month with a vowel")
                      : FiguresReport::tr("From %1 to %2 %3");
            return pattern.arg(first, last).arg(from.year());
        }
        const QString pattern = elide
                                    ? FiguresReport::tr("From %1 %2 to %3 %4", "month with a vowel")
                                    : FiguresReport::tr("From %1 %2 to %3 %4");
        return pattern.arg(first).arg(from.year()).arg(last).arg(to.year());
    }
    const QString format = QStringLiteral("dd/MM/yyyy");
    if (from == to) {
        return FiguresReport::tr("On %1").arg(from.toString(format));
    }
    return FiguresReport::tr("From %1 to %2", "two dates")
        .arg(from.toString(format), to.toString(format));
}

QString summarySentence(const PeriodFigures& figures)
{
    QStringList parts;
    for (const FormatFigures& f : figures.formats) {
        if (f.sessions == 0) {
            continue;
        }
        const QString participants =
            f.sessions > 1
                ? FiguresReport::tr("(%n participants in total)", nullptr, f.participants)
                : FiguresReport::tr("(%n participants)", nullptr, f.participants);
        parts << countedFormat(f) + QLatin1Char(' ') + participants;
    }
    const QString period = describePeriod(figures.period);
    if (parts.isEmpty()) {
        return FiguresReport::tr("%1: no session was held.").arg(period);
    }
    return FiguresReport::tr("%1: %2. %3")
        .arg(period, parts.join(FiguresReport::tr("; ", "between the formats of the summary")),
             FiguresReport::tr("%n animators.", nullptr, figures.totals.animators));
}

QByteArray figuresJson(const PeriodFigures& figures)
{
    QJsonArray formats;
    for (const FormatFigures& f : figures.formats) {
        formats.append(QJsonObject{
            {QStringLiteral("name"), f.name},
            {QStringLiteral("code"), f.code},
            {QStringLiteral("sessions"), f.sessions},
            {QStringLiteral("participants"), f.participants},
            {QStringLiteral("agents_reached"), f.agentsReached},
            {QStringLiteral("responses"), f.responses},
            {QStringLiteral("response_rate"), rateValue(f.responseRate)},
            {QStringLiteral("satisfaction"), optionalValue(f.satisfaction)},
            {QStringLiteral("satisfaction_answers"), f.satisfactionAnswers},
            {QStringLiteral("useful_skills_rate"), rateValue(f.usefulSkillsRate)},
            {QStringLiteral("useful_skills_answers"), f.usefulSkillsRate.denominator},
        });
    }
    const TotalFigures& t = figures.totals;
    const QJsonObject root{
        {QStringLiteral("period"),
         QJsonObject{{QStringLiteral("from"), figures.period.from.toString(Qt::ISODate)},
                     {QStringLiteral("to"), figures.period.to.toString(Qt::ISODate)}}},
        {QStringLiteral("headcount"), t.headcount},
        {QStringLiteral("formats"), formats},
        {QStringLiteral("totals"),
         QJsonObject{
             {QStringLiteral("sessions"), t.sessions},
             {QStringLiteral("participants"), t.participants},
             {QStringLiteral("agents_reached"), t.agentsReached},
             {QStringLiteral("reach_rate"), rateValue(t.reachRate)},
             {QStringLiteral("animators"), t.animators},
             {QStringLiteral("active_agents"), t.activeAgents},
             {QStringLiteral("responses"), t.responses},
             {QStringLiteral("response_rate"), rateValue(t.responseRate)},
             {QStringLiteral("satisfaction"), optionalValue(t.satisfaction)},
             {QStringLiteral("useful_skills_rate"), rateValue(t.usefulSkillsRate)},
         }},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString figuresText(const PeriodFigures& figures)
{
    return summarySentence(figures) + QLatin1Char('\n');
}

} // namespace truc2
