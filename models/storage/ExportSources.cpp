#include "storage/ExportSources.h"

#include "domain/Agent.h"
#include "storage/Database.h"
#include "storage/DbValues.h"
#include "storage/SqlError.h"

#include <QHash>
#include <QSqlQuery>

namespace truc2 {
namespace {

// Periods bind the first day's start and the day after the last one: [from, to + 1).
constexpr auto kFrom = ":from";
constexpr auto kTo = ":to";

void bindPeriod(QSqlQuery& query, const std::optional<Period>& period)
{
    const Period bounds = period.value_or(Period{QDate(1, 1, 1), QDate(9998, 12, 31)});
    query.bindValue(QLatin1String(kFrom), db::fromDateTime(bounds.from.startOfDay()));
    query.bindValue(QLatin1String(kTo), db::fromDateTime(bounds.to.addDays(1).startOfDay()));
}

/// Text, with NULL as an empty cell.
QVariant textOrEmpty(const QVariant& value)
{
    return value.isNull() ? QVariant() : QVariant(value.toString());
}

QVariant integerOrEmpty(const QVariant& value)
{
    return value.isNull() ? QVariant() : QVariant(value.toLongLong());
}

QVariant dateTimeOrEmpty(const QVariant& value)
{
    const QDateTime moment = db::toDateTime(value);
    return moment.isValid() ? QVariant(moment) : QVariant();
}

} // namespace

ExportSources::ExportSources(const Database& database)
    : m_db(database)
{}

Result<ExportTable> ExportSources::agents() const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT p.matricule, p.gender, p.last_name, p.first_name, d.name, v.name, p.grade, "
        "p.category, p.status, p.email, p.active, p.external, p.organisation "
        "FROM person p LEFT JOIN service v ON v.id = p.service_id "
        "LEFT JOIN direction d ON d.id = v.direction_id "
        "ORDER BY p.last_name, p.first_name, p.id"));
    if (Status done = execQuery(query); !done) {
        return done.error();
    }
    ExportTable table;
    table.title = tr("Agents");
    for (const QString& title :
         {tr("Matricule"), tr("Gender"), tr("Last name"), tr("First name"), tr("Direction"),
          tr("Service"), tr("Grade"), tr("Category"), tr("Status"), tr("E-mail"), tr("Active"),
          tr("External speaker"), tr("Organisation")}) {
        table.addColumn(title);
    }
    while (query.next()) {
        QVariantList row;
        for (int column : {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}) {
            row.append(textOrEmpty(query.value(column)));
        }
        row.append(query.value(10).toBool() ? tr("Yes") : tr("No"));
        row.append(query.value(11).toBool() ? tr("Yes") : tr("No"));
        row.append(textOrEmpty(query.value(12)));
        table.rows.append(row);
    }
    return table;
}

Result<ExportTable> ExportSources::sessions(const std::optional<Period>& period) const
{
    // Animators first, by session, in name order: a portable form of string aggregation.
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT n.session_id, p.last_name, p.first_name FROM session_animator n "
                       "JOIN person p ON p.id = n.person_id JOIN session s ON s.id = n.session_id "
                       "WHERE s.starts_at >= :from AND s.starts_at < :to "
                       "ORDER BY p.last_name, p.first_name, p.id"));
    bindPeriod(query, period);
    if (Status done = execQuery(query); !done) {
        return done.error();
    }
    QHash<qint64, QStringList> animators;
    while (query.next()) {
        animators[query.value(0).toLongLong()].append(
            personDisplayName(query.value(1).toString(), query.value(2).toString()));
    }

    query.prepare(QStringLiteral(
        "SELECT s.id, s.code, f.name, a.title, s.starts_at, s.ends_at, s.location, s.capacity, "
        "(SELECT COUNT(*) FROM registration g WHERE g.session_id = s.id "
        "AND g.status IN ('registered', 'walk_in')), "
        "(SELECT COUNT(*) FROM registration g WHERE g.session_id = s.id "
        "AND g.status = 'waitlisted'), "
        "(SELECT COUNT(*) FROM registration g WHERE g.session_id = s.id "
        "AND g.attendance = 'present'), "
        "s.anonymous_headcount, s.status "
        "FROM session s JOIN action a ON a.id = s.action_id JOIN format f ON f.id = a.format_id "
        "WHERE s.starts_at >= :from AND s.starts_at < :to ORDER BY s.starts_at, s.code"));
    bindPeriod(query, period);
    if (Status done = execQuery(query); !done) {
        return done.error();
    }
    ExportTable table;
    table.title = tr("Sessions");
    table.addColumn(tr("Code"));
    table.addColumn(tr("Format"));
    table.addColumn(tr("Action"));
    table.addColumn(tr("Start"), ExportType::DateTime);
    table.addColumn(tr("End"), ExportType::DateTime);
    table.addColumn(tr("Room"));
    for (const QString& title : {tr("Capacity"), tr("Registered"), tr("Waiting list"),
                                 tr("Present"), tr("Anonymous headcount")}) {
        table.addColumn(title, ExportType::Integer);
    }
    table.addColumn(tr("Status"));
    table.addColumn(tr("Animators"));
    while (query.next()) {
        QVariantList row{query.value(1).toString(),       query.value(2).toString(),
                         query.value(3).toString(),       dateTimeOrEmpty(query.value(4)),
                         dateTimeOrEmpty(query.value(5)), query.value(6).toString(),
                         integerOrEmpty(query.value(7))};
        for (int column : {8, 9, 10, 11}) {
            row.append(query.value(column).toLongLong());
        }
        row.append(sessionStatusLabel(query.value(12).toString()));
        row.append(animators.value(query.value(0).toLongLong()).join(QStringLiteral(", ")));
        table.rows.append(row);
    }
    return table;
}

Result<ExportTable> ExportSources::registrations(const std::optional<Period>& period) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT s.code, s.starts_at, a.title, p.matricule, p.last_name, p.first_name, d.name, "
        "v.name, g.status, g.waiting_position, g.attendance, g.registered_at "
        "FROM registration g JOIN session s ON s.id = g.session_id "
        "JOIN action a ON a.id = s.action_id JOIN person p ON p.id = g.person_id "
        "LEFT JOIN service v ON v.id = p.service_id "
        "LEFT JOIN direction d ON d.id = v.direction_id "
        "WHERE s.starts_at >= :from AND s.starts_at < :to "
        "ORDER BY s.starts_at, s.code, p.last_name, p.first_name, p.id"));
    bindPeriod(query, period);
    if (Status done = execQuery(query); !done) {
        return done.error();
    }
    ExportTable table;
    table.title = tr("Registrations");
    table.addColumn(tr("Session"));
    table.addColumn(tr("Date"), ExportType::Date);
    table.addColumn(tr("Action"));
    table.addColumn(tr("Matricule"));
    table.addColumn(tr("Last name"));
    table.addColumn(tr("First name"));
    table.addColumn(tr("Direction"));
    table.addColumn(tr("Service"));
    table.addColumn(tr("Status"));
    table.addColumn(tr("Place on the waiting list"), ExportType::Integer);
    table.addColumn(tr("Attendance"));
    table.addColumn(tr("Registered on"), ExportType::DateTime);
    while (query.next()) {
        const QString status = query.value(8).toString();
        table.rows.append(
            {query.value(0).toString(), db::toDate(query.value(1)), query.value(2).toString(),
             textOrEmpty(query.value(3)), query.value(4).toString(), query.value(5).toString(),
             textOrEmpty(query.value(6)), textOrEmpty(query.value(7)),
             registrationStatusLabel(status),
             status == QLatin1String("waitlisted") ? integerOrEmpty(query.value(9)) : QVariant(),
             attendanceLabel(query.value(10).toString()), dateTimeOrEmpty(query.value(11))});
    }
    return table;
}

Result<ExportTable> ExportSources::responses(const std::optional<Period>& period) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    // A response without a session nor a date belongs to no period, but to the whole export.
    const QString inPeriod = period ? QStringLiteral("WHERE COALESCE(s.starts_at, r.submitted_at) "
                                                     ">= :from AND COALESCE(s.starts_at, "
                                                     "r.submitted_at) < :to ")
                                    : QString();
    // Undated responses last on both backends (SQLite sorts NULL first, PostgreSQL last).
    query.prepare(
        QStringLiteral(
            "SELECT i.file_name, s.code, COALESCE(f.name, sf.name), r.submitted_at, "
            "r.satisfaction_raw, r.satisfaction, r.useful_skills, r.would_recommend, r.comment "
            "FROM survey_response r LEFT JOIN survey_import i ON i.id = r.import_id "
            "LEFT JOIN session s ON s.id = r.session_id "
            "LEFT JOIN action a ON a.id = s.action_id LEFT JOIN format sf ON sf.id = a.format_id "
            "LEFT JOIN format f ON f.id = r.format_id ") +
        inPeriod +
        QStringLiteral("ORDER BY CASE WHEN r.submitted_at IS NULL THEN 1 ELSE 0 END, "
                       "r.submitted_at, r.id"));
    if (period) {
        bindPeriod(query, period);
    }
    if (Status done = execQuery(query); !done) {
        return done.error();
    }
    ExportTable table;
    table.title = tr("Survey responses");
    table.addColumn(tr("Import file"));
    table.addColumn(tr("Session"));
    table.addColumn(tr("Format"));
    table.addColumn(tr("Submitted at"), ExportType::DateTime);
    table.addColumn(tr("Satisfaction (as answered)"));
    table.addColumn(tr("Satisfaction"), ExportType::Percentage);
    table.addColumn(tr("Useful skills"));
    table.addColumn(tr("Would recommend"));
    table.addColumn(tr("Comment"));
    const auto yesNo = [](const QVariant& value) {
        return value.isNull() ? QVariant() : QVariant(value.toInt() != 0 ? tr("Yes") : tr("No"));
    };
    while (query.next()) {
        table.rows.append(
            {textOrEmpty(query.value(0)), textOrEmpty(query.value(1)), textOrEmpty(query.value(2)),
             dateTimeOrEmpty(query.value(3)), textOrEmpty(query.value(4)),
             query.value(5).isNull() ? QVariant() : QVariant(query.value(5).toDouble()),
             yesNo(query.value(6)), yesNo(query.value(7)), textOrEmpty(query.value(8))});
    }
    return table;
}

QString ExportSources::sessionStatusLabel(const QString& code)
{
    if (code == QLatin1String("confirmed")) {
        return tr("Confirmed");
    }
    if (code == QLatin1String("held")) {
        return tr("Held");
    }
    if (code == QLatin1String("cancelled")) {
        return tr("Cancelled");
    }
    return tr("Planned");
}

QString ExportSources::registrationStatusLabel(const QString& code)
{
    if (code == QLatin1String("waitlisted")) {
        return tr("Waiting list");
    }
    if (code == QLatin1String("cancelled")) {
        return tr("Cancelled");
    }
    if (code == QLatin1String("walk_in")) {
        return tr("Walk-in");
    }
    return tr("Registered");
}

QString ExportSources::attendanceLabel(const QString& code)
{
    if (code == QLatin1String("present")) {
        return tr("Present");
    }
    if (code == QLatin1String("absent")) {
        return tr("Absent");
    }
    if (code == QLatin1String("excused")) {
        return tr("Excused");
    }
    return {};
}

} // namespace truc2
