#pragma once

#include "core/Result.h"
#include "domain/Catalogue.h"
#include "domain/Session.h"
#include "storage/SettingsStore.h"

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace truc2 {

class Database;

/// Someone on an attendance sheet: a registrant, or an animator of the session.
struct SheetPerson
{
    qint64 personId = 0;
    QString lastName;
    QString firstName;
    QString directionName;
    QString serviceName;
    bool external = false;
    QString organisation;                       ///< External people's own organisation.
    AnimatorRole role = AnimatorRole::Animator; ///< Animators only.
    bool walkIn = false;                        ///< Registrants only: came without registering.
};

/// What the attendance sheet (feuille d'émargement) of one session prints.
struct AttendanceSheetSource
{
    SchoolIdentity identity;
    Session session; ///< Without its animators' list: see animators.
    QString actionTitle;
    QString formatName;
    QColor formatColour;
    RegistrationMode registrationMode = RegistrationMode::Capacity;
    QList<SheetPerson> animators;   ///< Animators, co-animators, then speakers; by name.
    QList<SheetPerson> registrants; ///< Registered and walk-ins (never waiting), by name.
};

/// Reads the attendance sheet of a session. Read-only.
class AttendanceSheetReader
{
    Q_DECLARE_TR_FUNCTIONS(AttendanceSheetReader)

public:
    AttendanceSheetReader(const Database& database, const SettingsStore& settings);

    /// The session, its animators and its registrants (registered or walk-in agents; the
    /// waiting list and cancellations are not on a sheet), sorted by last name then first
    /// name, accents and case aside. An unknown session is an error.
    Result<AttendanceSheetSource> read(qint64 sessionId) const;

    /// The session of a code (UT-2021-014); an error naming the code when none has it.
    Result<qint64> sessionIdOf(const QString& code) const;

private:
    const Database& m_db;
    const SettingsStore& m_settings;
};

} // namespace truc2
