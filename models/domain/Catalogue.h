#pragma once

#include <QColor>
#include <QMetaType>
#include <QString>

namespace truc2 {

/// How a format takes its participants.
enum class RegistrationMode
{
    Capacity, ///< Registrations up to the capacity, then a waiting list (workshops).
    Open,     ///< Open headcount, names optional (conferences).
    Closed,   ///< A closed group registers only its members (managers' community).
    Cycle,    ///< One registration for a cycle of meetings (exam preparation).
};

QString registrationModeCode(RegistrationMode mode);
RegistrationMode registrationModeFromCode(const QString& code);

/// A track of the school ("Un truc² en +", "Ac'Truc²" …). Formats are data, not code.
struct Format
{
    qint64 id = 0;
    QString code; ///< Prefix of session codes: UT, AC, PR, EC, CM.
    QString name;
    QString nounSingular; ///< "atelier", "conférence"; empty where the name stands alone.
    QString nounPlural;   ///< "ateliers", "conférences".
    QColor colour = QColor(0x4f, 0x7c, 0xac);
    RegistrationMode registrationMode = RegistrationMode::Capacity;
    int position = 0;
    bool active = true;
    int rowVersion = 1;

    bool operator==(const Format&) const = default;
};

/// An entry of the catalogue: what a session teaches.
struct Action
{
    qint64 id = 0;
    qint64 formatId = 0;
    QString title;
    QString summary;
    QString objectives;
    QString audience;
    QString prerequisites;
    int durationMinutes = 0; ///< 0 when not set.
    int defaultCapacity = 0; ///< 0 when not set.
    QString tags;            ///< Comma-separated.
    bool active = true;
    int rowVersion = 1;

    bool operator==(const Action&) const = default;
};

} // namespace truc2

Q_DECLARE_METATYPE(truc2::Format)
Q_DECLARE_METATYPE(truc2::Action)
