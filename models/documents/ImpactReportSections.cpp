// The sections of the impact report: their sentences and typed tables.
#include "documents/DocumentText.h"
#include "documents/FiguresReport.h"
#include "documents/ImpactReportContent.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace truc2 {
namespace {

QVariant optionalCell(const std::optional<double>& value, int answers)
{
    if (value) {
        return *value;
    }
    return answers > 0 ? QVariant(QStringLiteral("n < 5")) : QVariant();
}

double tenths(double value)
{
    return std::round(value * 10.0) / 10.0;
}

} // namespace

ReportSection ImpactReport::formatsSection(const DashboardFigures& figures)
{
    ReportSection section;
    section.heading = tr("Participation by format");
    ExportTable table;
    table.title = tr("Formats");
    table.addColumn(tr("Format"));
    table.addColumn(tr("Sessions"), ExportType::Integer);
    table.addColumn(tr("Participants"), ExportType::Integer);
    table.addColumn(tr("Agents reached"), ExportType::Integer);
    table.addColumn(tr("Participants per session"), ExportType::Decimal);
    // A format's row and the total's (FormatFigures and TotalFigures name these alike).
    const auto row = [](const QString& name, const auto& f) -> QVariantList {
        return {name, f.sessions, f.participants, f.agentsReached,
                f.sessions > 0 ? QVariant(tenths(double(f.participants) / f.sessions))
                               : QVariant()};
    };
    for (const FormatFigures& f : figures.current.formats) {
        table.rows.append(row(f.name, f));
    }
    table.rows.append(row(tr("Total"), figures.current.totals));
    section.paragraphs << tr("Agents reached are counted once, whatever the number of sessions "
                             "they attended; the total counts them once across the formats.");
    section.tables << table;
    return section;
}

ReportSection ImpactReport::satisfactionSection(const DashboardFigures& figures)
{
    ReportSection section;
    section.heading = tr("Satisfaction");
    const TotalFigures& t = figures.current.totals;
    section.paragraphs << usefulSkillsSentence(t);
    section.paragraphs << tr("A mean or a rate of fewer than 5 answers is not given (n < 5): it "
                             "would single people out.");
    ExportTable table;
    table.title = tr("Satisfaction");
    table.addColumn(tr("Format"));
    table.addColumn(tr("Participants"), ExportType::Integer);
    table.addColumn(tr("Responses"), ExportType::Integer);
    table.addColumn(tr("Response rate"), ExportType::Percentage);
    table.addColumn(tr("n (satisfaction)"), ExportType::Integer);
    table.addColumn(tr("Mean satisfaction"), ExportType::Percentage);
    table.addColumn(tr("n (useful skills)"), ExportType::Integer);
    table.addColumn(tr("Useful skills"), ExportType::Percentage);
    const auto row = [](const QString& name, const auto& f) -> QVariantList {
        return {name,
                f.participants,
                f.responses,
                rateCell(f.responseRate),
                f.satisfactionAnswers,
                optionalCell(f.satisfaction, f.satisfactionAnswers),
                f.usefulSkillsRate.denominator,
                rateCell(f.usefulSkillsRate)};
    };
    for (const FormatFigures& f : figures.current.formats) {
        table.rows.append(row(f.name, f));
    }
    table.rows.append(row(tr("Total"), t));
    section.tables << table;
    return section;
}

ReportSection ImpactReport::reachSection(const DashboardFigures& figures)
{
    ReportSection section;
    section.heading = tr("Reach");
    const TotalFigures& t = figures.current.totals;
    if (t.headcount > 0) {
        section.paragraphs << tr("%n distinct agent(s) attended at least one session: %1 of the "
                                 "%2 permanent agents.",
                                 nullptr, t.agentsReached)
                                  .arg(rateText(t.reachRate))
                                  .arg(t.headcount);
    } else {
        section.paragraphs << tr("%n distinct agent(s) attended at least one session.", nullptr,
                                 t.agentsReached);
    }
    if (figures.reachByDirection.isEmpty()) {
        return section;
    }
    ExportTable table;
    table.title = tr("Reach by direction");
    table.addColumn(tr("Direction"));
    table.addColumn(tr("Agents"), ExportType::Integer);
    table.addColumn(tr("Reached"), ExportType::Integer);
    table.addColumn(tr("Share reached"), ExportType::Percentage);
    for (const DirectionReach& d : figures.reachByDirection) {
        table.rows.append({d.name, d.agents, d.reached, rateCell(d.rate)});
    }
    section.tables << table;
    return section;
}

ReportSection ImpactReport::mixingSection(const DashboardFigures& figures)
{
    ReportSection section;
    section.heading = tr("Mixing between services");
    const MixingFigures& m = figures.mixing;
    if (m.meanDirections) {
        section.paragraphs << tr("On average, %1 directions were present at a session.")
                                  .arg(numberText(*m.meanDirections, 1));
    }
    if (m.outsideAnimatorDirection.value()) {
        section.paragraphs << tr("%1 of the participants came from another direction than their "
                                 "animator's.")
                                  .arg(rateText(m.outsideAnimatorDirection));
    }
    if (section.paragraphs.isEmpty()) {
        section.paragraphs << tr("No session of the period had participants with a direction.");
        return section;
    }
    struct Meeting
    {
        qsizetype a = 0, b = 0;
        int sessions = 0;
    };
    QList<Meeting> meetings;
    for (qsizetype i = 0; i < m.matrix.size(); ++i) {
        for (qsizetype j = i + 1; j < m.matrix.at(i).size(); ++j) {
            if (m.matrix.at(i).at(j) > 0) {
                meetings.append({i, j, m.matrix.at(i).at(j)});
            }
        }
    }
    std::stable_sort(meetings.begin(), meetings.end(),
                     [](const Meeting& x, const Meeting& y) { return x.sessions > y.sessions; });
    meetings.resize(std::min<qsizetype>(meetings.size(), 10));
    if (meetings.isEmpty()) {
        return section;
    }
    ExportTable table;
    table.title = tr("Meetings between directions");
    table.addColumn(tr("Direction"));
    table.addColumn(tr("Met direction"));
    table.addColumn(tr("Sessions together"), ExportType::Integer);
    for (const Meeting& meeting : meetings) {
        table.rows.append({m.directionNames.value(meeting.a), m.directionNames.value(meeting.b),
                           meeting.sessions});
    }
    section.paragraphs << tr("The directions that met most often:");
    section.tables << table;
    return section;
}

ReportSection ImpactReport::comparisonSection(const DashboardFigures& figures)
{
    ReportSection section;
    section.heading = tr("Comparison with the previous year");
    const PeriodFigures& now = figures.current;
    const PeriodFigures& before = figures.previous;
    section.paragraphs
        << tr("The same dates one year earlier: %1.").arg(describePeriod(before.period).toLower());
    ExportTable table;
    table.title = tr("Comparison");
    table.addColumn(tr("Figure"));
    table.addColumn(tr("Previous year"), ExportType::Integer);
    table.addColumn(tr("This period"), ExportType::Integer);
    table.addColumn(tr("Change"), ExportType::Integer);
    const auto add = [&](const QString& label, int previous, int current) {
        table.rows.append({label, previous, current, current - previous});
    };
    add(tr("Sessions"), before.totals.sessions, now.totals.sessions);
    add(tr("Participants"), before.totals.participants, now.totals.participants);
    add(tr("Agents reached"), before.totals.agentsReached, now.totals.agentsReached);
    add(tr("Animators"), before.totals.animators, now.totals.animators);
    add(tr("Survey responses"), before.totals.responses, now.totals.responses);
    for (const FormatFigures& f : now.formats) {
        int previous = 0;
        for (const FormatFigures& p : before.formats) {
            if (p.formatId == f.formatId) {
                previous = p.participants;
            }
        }
        add(tr("Participants: %1").arg(f.name), previous, f.participants);
    }
    section.tables << table;
    ExportTable rates;
    rates.title = tr("Comparison of rates");
    rates.addColumn(tr("Rate"));
    rates.addColumn(tr("Previous year"), ExportType::Percentage);
    rates.addColumn(tr("This period"), ExportType::Percentage);
    rates.rows.append({tr("Response rate"), rateCell(before.totals.responseRate),
                       rateCell(now.totals.responseRate)});
    rates.rows.append({tr("Mean satisfaction"),
                       optionalCell(before.totals.satisfaction, before.totals.satisfactionAnswers),
                       optionalCell(now.totals.satisfaction, now.totals.satisfactionAnswers)});
    rates.rows.append({tr("Useful skills"), rateCell(before.totals.usefulSkillsRate),
                       rateCell(now.totals.usefulSkillsRate)});
    rates.rows.append({tr("Share of permanent agents reached"), rateCell(before.totals.reachRate),
                       rateCell(now.totals.reachRate)});
    section.tables << rates;
    return section;
}

ReportSection ImpactReport::animatorsSection(const DashboardFigures& figures)
{
    ReportSection section;
    section.heading = tr("Thanks to the animators");
    const AnimatorSummary& a = figures.animators;
    const int count = std::max(a.animators, figures.current.totals.animators);
    if (a.credits.isEmpty()) {
        section.paragraphs << tr("%n animator(s) led the sessions of the period.", nullptr, count);
        return section;
    }
    QStringList names;
    for (const AnimatorCredit& credit : a.credits) {
        names << credit.displayName;
    }
    section.paragraphs << tr("The school thanks the %n animator(s) who led its sessions: %1.",
                             nullptr, count)
                              .arg(QLocale().createSeparatedList(names));
    if (a.newAnimators > 0) {
        section.paragraphs << tr("%n of them animated for the first time.", nullptr,
                                 a.newAnimators);
    }
    ExportTable table;
    table.title = tr("Animators");
    table.addColumn(tr("Animator"));
    table.addColumn(tr("Sessions"), ExportType::Integer);
    table.addColumn(tr("First time"));
    for (const AnimatorCredit& credit : a.credits) {
        table.rows.append(
            {credit.displayName, credit.sessions, credit.isNew ? tr("yes") : QString()});
    }
    section.tables << table;
    return section;
}

ReportSection ImpactReport::actionsSection(const DashboardFigures& figures)
{
    ReportSection section;
    section.heading = tr("The most appreciated actions");
    if (figures.actions.isEmpty()) {
        section.paragraphs << tr("No action was held in the period.");
        return section;
    }
    ExportTable table;
    table.title = tr("Actions");
    table.addColumn(tr("Action"));
    table.addColumn(tr("Format"));
    table.addColumn(tr("Sessions"), ExportType::Integer);
    table.addColumn(tr("Participants"), ExportType::Integer);
    table.addColumn(tr("n (satisfaction)"), ExportType::Integer);
    table.addColumn(tr("Mean satisfaction"), ExportType::Percentage);
    table.addColumn(tr("Useful skills"), ExportType::Percentage);
    const qsizetype shown = std::min<qsizetype>(figures.actions.size(), 10);
    for (qsizetype i = 0; i < shown; ++i) {
        const ActionFigures& action = figures.actions.at(i);
        table.rows.append({action.title, action.formatName, action.sessions, action.participants,
                           action.satisfactionAnswers,
                           optionalCell(action.satisfaction, action.satisfactionAnswers),
                           rateCell(action.usefulSkillsRate)});
    }
    if (shown < figures.actions.size()) {
        section.paragraphs << tr("The %1 most appreciated of the %2 actions held:")
                                  .arg(shown)
                                  .arg(figures.actions.size());
    }
    section.tables << table;
    return section;
}

ReportSection ImpactReport::trainingSection(const DashboardFigures& figures)
{
    ReportSection section;
    section.heading = tr("Training indicators of the social report");
    const TrainingIndicators& t = figures.training;
    section.paragraphs << tr("Agents of the municipality who attended a held session (external "
                             "persons excluded), and their time of training; a day counts %1 "
                             "hours.")
                              .arg(numberText(t.hoursPerDay, 2));
    const auto addRow = [&](ExportTable& table, const QString& label,
                            const TrainingIndicators::Cell& cell, const QVariantList& before) {
        QVariantList row{label};
        row += before;
        row << cell.agents << tenths(t.hours(cell))
            << (t.hoursPerDay > 0 ? QVariant(tenths(t.days(cell))) : QVariant());
        table.rows.append(row);
    };
    ExportTable byCategory;
    byCategory.title = tr("Trained by category");
    byCategory.addColumn(tr("Category"));
    byCategory.addColumn(tr("Women"), ExportType::Integer);
    byCategory.addColumn(tr("Men"), ExportType::Integer);
    byCategory.addColumn(tr("Agents trained"), ExportType::Integer);
    byCategory.addColumn(tr("Hours"), ExportType::Decimal);
    byCategory.addColumn(tr("Days"), ExportType::Decimal);
    const QStringList categories{tr("Category A"), tr("Category B"), tr("Category C"),
                                 tr("No category")};
    for (int c = 0; c < TrainingIndicators::CategoryCount; ++c) {
        const auto& cells = t.cells.at(std::size_t(c));
        addRow(
            byCategory, categories.at(c), t.category(TrainingIndicators::Category(c)),
            {cells.at(TrainingIndicators::Women).agents, cells.at(TrainingIndicators::Men).agents});
    }
    addRow(byCategory, tr("Total"), t.total(),
           {t.gender(TrainingIndicators::Women).agents, t.gender(TrainingIndicators::Men).agents});
    section.tables << byCategory;

    ExportTable byGender;
    byGender.title = tr("Trained by gender");
    byGender.addColumn(tr("Gender"));
    byGender.addColumn(tr("Agents trained"), ExportType::Integer);
    byGender.addColumn(tr("Hours"), ExportType::Decimal);
    byGender.addColumn(tr("Days"), ExportType::Decimal);
    const QStringList genders{tr("Women"), tr("Men"), tr("Not given")};
    for (int g = 0; g < TrainingIndicators::GenderCount; ++g) {
        addRow(byGender, genders.at(g), t.gender(TrainingIndicators::Gender(g)), {});
    }
    addRow(byGender, tr("Total"), t.total(), {});
    section.tables << byGender;
    return section;
}

} // namespace truc2
