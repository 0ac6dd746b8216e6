#pragma once

#include "core/FieldProblem.h"
#include "core/Result.h"

#include <QByteArray>
#include <QDate>
#include <QMap>
#include <QObject>

namespace truc2 {

class Database;

/// The school's own settings, kept in the database so that every workstation shares them.
struct SchoolIdentity
{
    QString organisationName; ///< "Ville de Caluire-et-Cuire"
    QString schoolName;       ///< "TRUC²"
    QByteArray logoPng;       ///< Printed on sheets and reports; empty for none.

    bool operator==(const SchoolIdentity&) const = default;
};

/// Everything the school settings dialog edits, read and written as one.
struct SchoolSettings
{
    SchoolIdentity identity;
    QMap<int, int> headcounts; ///< Permanent agents by year.
    double hoursPerDay = 6;

    bool operator==(const SchoolSettings&) const = default;
};

class SettingsStore : public QObject
{
    Q_OBJECT

public:
    explicit SettingsStore(Database& database, QObject* parent = nullptr);

    Result<SchoolIdentity> identity() const;
    Status setIdentity(const SchoolIdentity& identity);

    /// Permanent agents of a year, for the reach rate; the latest earlier year when that year
    /// has none, 0 when none is known.
    int headcount(int year) const;
    Result<QMap<int, int>> headcounts() const;
    Status setHeadcount(int year, int permanentAgents);

    Result<SchoolSettings> schoolSettings() const;
    /// Writes them all or none; years missing from `settings.headcounts` lose their headcount.
    Status setSchoolSettings(const SchoolSettings& settings);
    /// What is wrong with them (an empty school name, a headcount below 0, a day of training
    /// outside 1–24 hours), by field (schoolName, headcounts, hoursPerDay); empty when they
    /// can be saved.
    static QList<FieldProblem> problems(const SchoolSettings& settings);

    /// How many hours of training make a day in the social report's indicators (6 unless the
    /// school chose otherwise, as the CNFPT counts).
    double hoursPerDay() const;
    /// Between 1 and 24 hours.
    Status setHoursPerDay(double hours);

    /// The days the school declared closed between two dates (both included), with their labels
    /// ("Noël", "Fermeture estivale").
    Result<QMap<QDate, QString>> closedDays(const QDate& from, const QDate& to) const;
    /// Declares a day closed (or changes its label); an invalid label is kept as empty.
    Status setClosedDay(const QDate& day, const QString& label);
    Status reopenDay(const QDate& day);
    /// Makes `days` the closed days between two dates (both included), all or none: the days
    /// of that period not in `days` open again.
    Status replaceClosedDays(const QDate& from, const QDate& to, const QMap<QDate, QString>& days);

Q_SIGNALS:
    void changed();

private:
    Result<QString> value(const QString& key) const;
    Status setValue(const QString& key, const QString& value);
    // The writes of the setters, without their announcement, so that one change that writes
    // several settings is announced once.
    Status writeIdentity(const SchoolIdentity& identity);
    Status writeHeadcount(int year, int permanentAgents);
    Status writeHoursPerDay(double hours);
    /// Emits changed() after the commit when `done` succeeded; returns it.
    Status announced(Status done);

    Database& m_db;
};

} // namespace truc2
