// Every figure of the dashboard as JSON, for the IT team's scripts.
#include "documents/FiguresReport.h"
#include "documents/ImpactReportWriters.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace truc2 {
namespace {

QJsonValue rateValue(const Rate& rate)
{
    const std::optional<double> value = rate.value();
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject rateObject(const Rate& rate)
{
    return {{QStringLiteral("value"), rateValue(rate)},
            {QStringLiteral("numerator"), rate.numerator},
            {QStringLiteral("denominator"), rate.denominator},
            {QStringLiteral("suppressed"), rate.suppressed}};
}

QJsonValue optionalValue(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue intList(const QList<int>& values)
{
    QJsonArray array;
    for (int v : values) {
        array.append(v);
    }
    return array;
}

QJsonObject trainingCell(const TrainingIndicators& t, const TrainingIndicators::Cell& cell)
{
    const double hours = double(cell.minutes) / 60.0;
    return {{QStringLiteral("agents"), cell.agents},
            {QStringLiteral("minutes"), cell.minutes},
            {QStringLiteral("hours"), hours},
            {QStringLiteral("days"),
             t.hoursPerDay > 0 ? QJsonValue(hours / t.hoursPerDay) : QJsonValue(QJsonValue::Null)}};
}

QJsonObject trainingJson(const TrainingIndicators& t)
{
    static const QStringList categories{QStringLiteral("A"), QStringLiteral("B"),
                                        QStringLiteral("C"), QStringLiteral("none")};
    static const QStringList genders{QStringLiteral("women"), QStringLiteral("men"),
                                     QStringLiteral("not_given")};
    QJsonObject cells;
    for (int c = 0; c < TrainingIndicators::CategoryCount; ++c) {
        QJsonObject byGender;
        for (int g = 0; g < TrainingIndicators::GenderCount; ++g) {
            byGender.insert(genders.at(g),
                            trainingCell(t, t.cells.at(std::size_t(c)).at(std::size_t(g))));
        }
        cells.insert(categories.at(c), byGender);
    }
    return {{QStringLiteral("hours_per_day"), t.hoursPerDay}, {QStringLiteral("cells"), cells}};
}

QJsonObject mixingJson(const MixingFigures& m)
{
    QJsonArray sessions;
    for (const SessionMixing& s : m.sessions) {
        sessions.append(QJsonObject{
            {QStringLiteral("code"), s.code},
            {QStringLiteral("title"), s.title},
            {QStringLiteral("format_id"), s.formatId},
            {QStringLiteral("date"), s.date.toString(Qt::ISODate)},
            {QStringLiteral("present"), s.present},
            {QStringLiteral("directions"), s.directions},
            {QStringLiteral("outside_animator_direction"), rateObject(s.outsideAnimatorDirection)},
        });
    }
    QJsonArray matrix;
    for (const QList<int>& row : m.matrix) {
        matrix.append(intList(row));
    }
    return {{QStringLiteral("mean_directions"), optionalValue(m.meanDirections)},
            {QStringLiteral("outside_animator_direction"), rateObject(m.outsideAnimatorDirection)},
            {QStringLiteral("directions"), QJsonArray::fromStringList(m.directionNames)},
            {QStringLiteral("matrix"), matrix},
            {QStringLiteral("sessions"), sessions}};
}

QJsonObject animatorsJson(const AnimatorSummary& a)
{
    QJsonArray credits;
    for (const AnimatorCredit& c : a.credits) {
        credits.append(QJsonObject{{QStringLiteral("name"), c.displayName},
                                   {QStringLiteral("sessions"), c.sessions},
                                   {QStringLiteral("new"), c.isNew}});
    }
    return {{QStringLiteral("animators"), a.animators},
            {QStringLiteral("new_animators"), a.newAnimators},
            {QStringLiteral("sessions_per_animator"), optionalValue(a.sessionsPerAnimator)},
            {QStringLiteral("credits"), credits}};
}

QJsonArray actionsJson(const QList<ActionFigures>& actions)
{
    QJsonArray array;
    for (const ActionFigures& a : actions) {
        array.append(QJsonObject{
            {QStringLiteral("title"), a.title},
            {QStringLiteral("format"), a.formatName},
            {QStringLiteral("sessions"), a.sessions},
            {QStringLiteral("participants"), a.participants},
            {QStringLiteral("satisfaction_answers"), a.satisfactionAnswers},
            {QStringLiteral("satisfaction"), optionalValue(a.satisfaction)},
            {QStringLiteral("useful_skills_rate"), rateValue(a.usefulSkillsRate)},
            {QStringLiteral("useful_skills_answers"), a.usefulSkillsRate.denominator},
        });
    }
    return array;
}

QJsonArray yearsJson(const QList<HeadlineFigures>& years)
{
    QJsonArray array;
    for (const HeadlineFigures& y : years) {
        array.append(QJsonObject{
            {QStringLiteral("from"), y.period.from.toString(Qt::ISODate)},
            {QStringLiteral("to"), y.period.to.toString(Qt::ISODate)},
            {QStringLiteral("sessions"), y.sessions},
            {QStringLiteral("participants"), y.participants},
            {QStringLiteral("agents_reached"), y.agentsReached},
            {QStringLiteral("animators"), y.animators},
            {QStringLiteral("response_rate"), rateValue(y.responseRate)},
            {QStringLiteral("satisfaction"), optionalValue(y.satisfaction)},
            {QStringLiteral("useful_skills_rate"), rateValue(y.usefulSkillsRate)},
        });
    }
    return array;
}

} // namespace

QByteArray impactReportJson(const DashboardFigures& figures)
{
    // figuresJson's keys stay as they were, for the scripts that read them.
    QJsonObject root = QJsonDocument::fromJson(figuresJson(figures.current)).object();
    root.insert(QStringLiteral("format_id"), figures.formatId);
    root.insert(QStringLiteral("previous"),
                QJsonDocument::fromJson(figuresJson(figures.previous)).object());
    QJsonArray months;
    for (const MonthFigures& m : figures.months) {
        months.append(
            QJsonObject{{QStringLiteral("month"), m.month.toString(Qt::ISODate)},
                        {QStringLiteral("sessions"), intList(m.sessions)},
                        {QStringLiteral("participants"), intList(m.participants)},
                        {QStringLiteral("agents_reached_to_date"), m.agentsReachedToDate}});
    }
    root.insert(QStringLiteral("months"), months);
    QJsonArray reach;
    for (const DirectionReach& d : figures.reachByDirection) {
        reach.append(QJsonObject{{QStringLiteral("direction"), d.name},
                                 {QStringLiteral("agents"), d.agents},
                                 {QStringLiteral("reached"), d.reached},
                                 {QStringLiteral("rate"), rateValue(d.rate)}});
    }
    root.insert(QStringLiteral("reach_by_direction"), reach);
    root.insert(QStringLiteral("mixing"), mixingJson(figures.mixing));
    root.insert(QStringLiteral("animators"), animatorsJson(figures.animators));
    root.insert(QStringLiteral("actions"), actionsJson(figures.actions));
    root.insert(QStringLiteral("training"), trainingJson(figures.training));
    root.insert(QStringLiteral("years"), yearsJson(figures.years));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace truc2
