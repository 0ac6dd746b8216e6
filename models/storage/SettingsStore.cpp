#include "storage/SettingsStore.h"

#include "storage/Database.h"
#include "storage/DbValues.h"
#include "storage/SqlError.h"

#include <QSqlQuery>

namespace truc2 {
namespace {

// The keys of the setting table: the only place they are spelt.
const QString kOrganisationName = QStringLiteral("organisation_name");
const QString kSchoolName = QStringLiteral("school_name");
const QString kLogo = QStringLiteral("logo_png_base64");
const QString kHoursPerDay = QStringLiteral("training_hours_per_day");

constexpr double kDefaultHoursPerDay = 6;

} // namespace

SettingsStore::SettingsStore(Database& database, QObject* parent)
    : QObject(parent)
    , m_db(database)
{}

Result<QString> SettingsStore::value(const QString& key) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT value FROM setting WHERE key = :key"));
    query.bindValue(QStringLiteral(":key"), key);
    if (Status done = execQuery(query); !done) {
        return done.error();
    }
    return query.next() ? query.value(0).toString() : QString();
}

Status SettingsStore::setValue(const QString& key, const QString& value)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("INSERT INTO setting (key, value) VALUES (:key, :value) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.bindValue(QStringLiteral(":key"), key);
    query.bindValue(QStringLiteral(":value"), value);
    return execQuery(query);
}

Result<SchoolIdentity> SettingsStore::identity() const
{
    SchoolIdentity identity;
    for (const auto& [key, target] : {std::pair{kOrganisationName, &identity.organisationName},
                                      std::pair{kSchoolName, &identity.schoolName}}) {
        Result<QString> read = value(key);
        if (!read) {
            return read.error();
        }
        *target = *read;
    }
    Result<QString> logo = value(kLogo);
    if (!logo) {
        return logo.error();
    }
    identity.logoPng = QByteArray::fromBase64(logo->toLatin1());
    return identity;
}

Status SettingsStore::setIdentity(const SchoolIdentity& identity)
{
    return announced(m_db.transaction([&] { return writeIdentity(identity); }));
}

Status SettingsStore::writeIdentity(const SchoolIdentity& identity)
{
    if (Status s = setValue(kOrganisationName, identity.organisationName.trimmed()); !s) {
        return s;
    }
    if (Status s = setValue(kSchoolName, identity.schoolName.trimmed()); !s) {
        return s;
    }
    return setValue(kLogo, QString::fromLatin1(identity.logoPng.toBase64()));
}

Status SettingsStore::announced(Status done)
{
    if (done) {
        m_db.afterCommit([this] { Q_EMIT changed(); });
    }
    return done;
}

int SettingsStore::headcount(int year) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT permanent_agents FROM headcount WHERE year <= :year "
                                 "ORDER BY year DESC LIMIT 1"));
    query.bindValue(QStringLiteral(":year"), year);
    if (query.exec() && query.next()) {
        return query.value(0).toInt();
    }
    // Before the first year recorded, the earliest figure is the best one known.
    query.prepare(QStringLiteral("SELECT permanent_agents FROM headcount ORDER BY year LIMIT 1"));
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

Result<QMap<int, int>> SettingsStore::headcounts() const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT year, permanent_agents FROM headcount ORDER BY year"));
    if (Status done = execQuery(query); !done) {
        return done.error();
    }
    QMap<int, int> result;
    while (query.next()) {
        result.insert(query.value(0).toInt(), query.value(1).toInt());
    }
    return result;
}

Status SettingsStore::setHeadcount(int year, int permanentAgents)
{
    return announced(writeHeadcount(year, permanentAgents));
}

Status SettingsStore::writeHeadcount(int year, int permanentAgents)
{
    if (permanentAgents < 0) {
        return Error{tr("The headcount cannot be negative.")};
    }
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO headcount (year, permanent_agents) VALUES (:year, :count) "
        "ON CONFLICT (year) DO UPDATE SET permanent_agents = excluded.permanent_agents"));
    query.bindValue(QStringLiteral(":year"), year);
    query.bindValue(QStringLiteral(":count"), permanentAgents);
    return execQuery(query);
}

double SettingsStore::hoursPerDay() const
{
    const Result<QString> stored = value(kHoursPerDay);
    bool ok = false;
    const double hours = stored ? stored->toDouble(&ok) : 0;
    return ok && hours >= 1 && hours <= 24 ? hours : kDefaultHoursPerDay;
}

Status SettingsStore::setHoursPerDay(double hours)
{
    return announced(writeHoursPerDay(hours));
}

Status SettingsStore::writeHoursPerDay(double hours)
{
    if (!(hours >= 1 && hours <= 24)) {
        return Error{tr("A day of training lasts between 1 and 24 hours.")};
    }
    return setValue(kHoursPerDay, QString::number(hours));
}

Result<SchoolSettings> SettingsStore::schoolSettings() const
{
    SchoolSettings settings;
    Result<SchoolIdentity> read = identity();
    if (!read) {
        return read.error();
    }
    settings.identity = *read;
    Result<QMap<int, int>> counts = headcounts();
    if (!counts) {
        return counts.error();
    }
    settings.headcounts = *counts;
    settings.hoursPerDay = hoursPerDay();
    return settings;
}

QList<FieldProblem> SettingsStore::problems(const SchoolSettings& settings)
{
    QList<FieldProblem> problems;
    if (settings.identity.schoolName.trimmed().isEmpty()) {
        problems.append({QStringLiteral("schoolName"),
                         tr("The school needs a name: it heads every document.")});
    }
    for (auto it = settings.headcounts.cbegin(); it != settings.headcounts.cend(); ++it) {
        if (it.value() < 0) {
            problems.append({QStringLiteral("headcounts"),
                             tr("The headcount of %1 cannot be negative.").arg(it.key())});
        }
    }
    if (!(settings.hoursPerDay >= 1 && settings.hoursPerDay <= 24)) {
        problems.append(
            {QStringLiteral("hoursPerDay"), tr("A day of training lasts between 1 and 24 hours.")});
    }
    return problems;
}

Status SettingsStore::setSchoolSettings(const SchoolSettings& settings)
{
    if (const QList<FieldProblem> wrong = problems(settings); !wrong.isEmpty()) {
        return Error{wrong.front().message};
    }
    // One change for the views: they read the settings again once, whatever was changed.
    return announced(m_db.transaction([&]() -> Status {
        if (Status s = writeIdentity(settings.identity); !s) {
            return s;
        }
        QSqlQuery query(m_db.connection());
        query.prepare(QStringLiteral("DELETE FROM headcount"));
        if (Status s = execQuery(query); !s) {
            return s;
        }
        for (auto it = settings.headcounts.cbegin(); it != settings.headcounts.cend(); ++it) {
            if (Status s = writeHeadcount(it.key(), it.value()); !s) {
                return s;
            }
        }
        return writeHoursPerDay(settings.hoursPerDay);
    }));
}

Result<QMap<QDate, QString>> SettingsStore::closedDays(const QDate& from, const QDate& to) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT day, label FROM closed_day WHERE day >= :from AND "
                                 "day <= :to ORDER BY day"));
    query.bindValue(QStringLiteral(":from"), db::fromDate(from));
    query.bindValue(QStringLiteral(":to"), db::fromDate(to));
    if (Status done = execQuery(query); !done) {
        return done.error();
    }
    QMap<QDate, QString> days;
    while (query.next()) {
        days.insert(db::toDate(query.value(0)), query.value(1).toString());
    }
    return days;
}

Status SettingsStore::setClosedDay(const QDate& day, const QString& label)
{
    if (!day.isValid()) {
        return Error{tr("Choose a valid day.")};
    }
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("INSERT INTO closed_day (day, label) VALUES (:day, :label) "
                                 "ON CONFLICT (day) DO UPDATE SET label = excluded.label"));
    query.bindValue(QStringLiteral(":day"), db::fromDate(day));
    query.bindValue(QStringLiteral(":label"), db::text(label.trimmed()));
    return announced(execQuery(query));
}

Status SettingsStore::reopenDay(const QDate& day)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("DELETE FROM closed_day WHERE day = :day"));
    query.bindValue(QStringLiteral(":day"), db::fromDate(day));
    return announced(execQuery(query));
}

Status SettingsStore::replaceClosedDays(const QDate& from, const QDate& to,
                                        const QMap<QDate, QString>& days)
{
    for (auto it = days.cbegin(); it != days.cend(); ++it) {
        if (!it.key().isValid() || it.key() < from || it.key() > to) {
            return Error{tr("Choose days between %1 and %2.")
                             .arg(from.toString(QStringLiteral("dd/MM/yyyy")),
                                  to.toString(QStringLiteral("dd/MM/yyyy")))};
        }
    }
    return announced(m_db.transaction([&]() -> Status {
        QSqlQuery query(m_db.connection());
        query.prepare(QStringLiteral("DELETE FROM closed_day WHERE day >= :from AND day <= :to"));
        query.bindValue(QStringLiteral(":from"), db::fromDate(from));
        query.bindValue(QStringLiteral(":to"), db::fromDate(to));
        if (Status ran = execQuery(query); !ran) {
            return ran;
        }
        query.prepare(QStringLiteral("INSERT INTO closed_day (day, label) VALUES (:day, :label)"));
        for (auto it = days.cbegin(); it != days.cend(); ++it) {
            query.bindValue(QStringLiteral(":day"), db::fromDate(it.key()));
            query.bindValue(QStringLiteral(":label"), db::text(it.value().trimmed()));
            if (Status ran = execQuery(query); !ran) {
                return ran;
            }
        }
        return {};
    }));
}

} // namespace truc2
