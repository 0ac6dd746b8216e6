#pragma once

#include <QDate>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace truc2 {

struct Direction
{
    qint64 id = 0;
    QString name;
    bool active = true;
};

struct Service
{
    qint64 id = 0;
    qint64 directionId = 0;
    QString name;
    bool active = true;
};

/// Catégorie of the French civil service: A (managers), B (supervisors), C (implementation).
enum class Category
{
    None,
    A,
    B,
    C
};
enum class Gender
{
    Unknown,
    Female,
    Male
};

QString categoryCode(Category category);
Category categoryFromCode(const QString& code);
QString genderCode(Gender gender);

/// The statuses of the French civil service offered when editing an agent ("Titulaire" …):
/// data in French, like the directory itself, not interface text.
QStringList usualAgentStatuses();
Gender genderFromCode(const QString& code);

/// A person of the directory: a permanent agent, or an external speaker (external = true).
/// Any agent can be both animator and apprentice.
struct Agent
{
    qint64 id = 0;
    QString matricule; ///< Text, kept as written: "00123" stays "00123". Empty when unknown.
    QString lastName;
    QString firstName;
    QString email;
    qint64 serviceId = 0;
    Category category = Category::None;
    Gender gender = Gender::Unknown;
    QString status; ///< Titulaire, contractuel, stagiaire …
    QString grade;
    bool active = true;
    bool external = false;
    QString organisation; ///< For external speakers.
    QDate facilitationTrainedOn;
    int rowVersion = 1;

    /// "DUPONT Marie": the form used on lists and printed sheets.
    QString displayName() const;
    bool operator==(const Agent&) const = default;
};

/// "DUPONT Marie", from the names as stored.
QString personDisplayName(const QString& lastName, const QString& firstName);

/// An agent with the names of its service and direction, as lists show it.
struct AgentRow
{
    Agent agent;
    qint64 directionId = 0;
    QString directionName;
    QString serviceName;
};

} // namespace truc2

Q_DECLARE_METATYPE(truc2::Agent)
