#include "documents/ImpactReportContent.h"

#include "documents/Attestation.h"
#include "documents/DocumentText.h"
#include "documents/FiguresReport.h"

namespace truc2 {
namespace {

bool tooFewAnswers(const Rate& rate)
{
    return rate.suppressed || (rate.denominator > 0 && rate.denominator < kMinimumAnswers);
}

/// "Un truc² en + : " before a sentence that starts with a small letter.
QString named(const QString& formatName, const QString& sentence)
{
    return ImpactReport::tr("%1: %2", "a format's name, then its sentence")
        .arg(formatName, sentence);
}

/// The sentence in its two forms: a whole sentence, or after a format's name.
QString usefulSkills(const Rate& useful, int responses, const Rate& responseRate,
                     const QString& formatName)
{
    const bool isNamed = !formatName.isEmpty();
    const QString rate = ImpactReport::rateText(responseRate);
    QString sentence;
    if (responses == 0) {
        sentence = isNamed ? ImpactReport::tr("no answer.", "survey")
                           : ImpactReport::tr("No answer.", "survey");
    } else if (useful.denominator == 0) {
        sentence = isNamed ? ImpactReport::tr("no answer about useful skills (response rate: %1).")
                           : ImpactReport::tr("No answer about useful skills (response rate: %1).");
        sentence = sentence.arg(rate);
    } else if (tooFewAnswers(useful)) {
        sentence = isNamed ? ImpactReport::tr("n < 5 answers about useful skills, too few to "
                                              "give a figure (response rate: %1).")
                           : ImpactReport::tr("n < 5 answers about useful skills, too few to "
                                              "give a figure (response rate: %1).",
                                              "whole sentence");
        sentence = sentence.arg(rate);
    } else {
        sentence = ImpactReport::tr("%1 of respondents felt they had acquired skills useful for "
                                    "their duties (response rate: %2).")
                       .arg(percentText(*useful.value()), rate);
    }
    return isNamed ? named(formatName, sentence) : sentence;
}

} // namespace

QList<ExportTable> ImpactReportContent::tables() const
{
    QList<ExportTable> all;
    for (const ReportSection& section : sections) {
        all += section.tables;
    }
    return all;
}

QString ImpactReport::rateText(const Rate& rate)
{
    if (tooFewAnswers(rate)) {
        return QStringLiteral("n < 5");
    }
    const std::optional<double> value = rate.value();
    return value ? percentText(*value) : QStringLiteral("–");
}

QString ImpactReport::satisfactionText(const std::optional<double>& satisfaction, int answers)
{
    if (satisfaction) {
        return percentText(*satisfaction);
    }
    return answers > 0 ? QStringLiteral("n < 5") : QStringLiteral("–");
}

QVariant ImpactReport::rateCell(const Rate& rate)
{
    if (tooFewAnswers(rate)) {
        return QStringLiteral("n < 5");
    }
    const std::optional<double> value = rate.value();
    return value ? QVariant(*value) : QVariant();
}

QString ImpactReport::usefulSkillsSentence(const FormatFigures& format, bool isNamed)
{
    return usefulSkills(format.usefulSkillsRate, format.responses, format.responseRate,
                        isNamed ? format.name : QString());
}

QString ImpactReport::usefulSkillsSentence(const TotalFigures& totals)
{
    return usefulSkills(totals.usefulSkillsRate, totals.responses, totals.responseRate, {});
}

QString ImpactReport::fileName(const ImpactReportContent& content, const QString& suffix)
{
    QString name = Attestation::pdfFileName(tr("Impact report - %1").arg(content.periodText));
    name.chop(4); // ".pdf"
    return name + QLatin1Char('.') + suffix;
}

ImpactReportContent ImpactReport::content(const ImpactReportInput& input)
{
    const DashboardFigures& figures = input.figures;
    ImpactReportContent c;
    c.title = tr("Impact report");
    c.periodText = describePeriod(figures.current.period);
    if (figures.formatId != 0) {
        for (const FormatFigures& f : figures.current.formats) {
            if (f.formatId == figures.formatId) {
                c.formatName = f.name;
            }
        }
    }

    c.summary << summarySentence(figures.current);
    for (const FormatFigures& f : figures.current.formats) {
        if (f.sessions > 0) {
            c.summary << usefulSkillsSentence(f, true);
        }
    }
    const TotalFigures& t = figures.current.totals;
    if (t.headcount > 0) {
        c.summary << tr("%n agent(s) reached, that is %1 of the %2 permanent agents.", nullptr,
                        t.agentsReached)
                         .arg(rateText(t.reachRate))
                         .arg(t.headcount);
    } else {
        c.summary << tr("%n agent(s) reached.", nullptr, t.agentsReached);
    }

    c.sections << formatsSection(figures) << satisfactionSection(figures) << reachSection(figures)
               << mixingSection(figures) << comparisonSection(figures);
    ReportSection charts;
    charts.heading = tr("Charts");
    charts.charts = true;
    if (!input.charts.isEmpty()) {
        c.sections << charts;
    }
    c.sections << animatorsSection(figures) << actionsSection(figures) << trainingSection(figures);
    return c;
}

} // namespace truc2
