#pragma once

#include "domain/Agent.h"
#include "domain/Catalogue.h"

#include <QList>
#include <QString>
#include <QStringList>

// The fixed material of the demo school: names, the organisation chart, grades, the formats
// and catalogue, rooms, comments. Plain data; DemoPlan and DemoSchool decide how it is used.

namespace truc2::demo {

/// A trade family: which grades its agents hold and who they are.
enum class Family
{
    Administrative,
    Technical,
    Schools,
    EarlyChildhood,
    Catering,
    Animation,
    Culture,
    Music,
    Sports,
    Police,
    Social,
    Digital,
};

struct FamilySpec
{
    int femalePercent = 50;
    int percentA = 10; ///< Category A share, in percent.
    int percentB = 15; ///< Category B share; C takes the rest.
    QStringList gradesA;
    QStringList gradesB;
    QStringList gradesC;
};

const FamilySpec& familySpec(Family family);

struct ServiceSpec
{
    QString direction;
    QString name;
    Family family;
    int weight; ///< Agents of the service in the 600-agent school, roughly.
};

/// The services of the municipality, direction by direction.
const QList<ServiceSpec>& serviceSpecs();

const QStringList& femaleFirstNames();
const QStringList& maleFirstNames();
const QStringList& lastNames();

/// "Jean-Pierre" → "jean-pierre", "Le Gall" → "legall", "N'Diaye" → "ndiaye".
QString emailPart(const QString& name);

/// One of the 18 volunteer animators of the published school: where they work and what
/// they animate (the actions name their profiles).
struct VolunteerProfile
{
    QString serviceName;
    Category category;
};
const QList<VolunteerProfile>& volunteerProfiles();
inline constexpr int kVolunteerProfiles = 18;

struct ExternalSpeaker
{
    QString firstName;
    QString lastName;
    Gender gender;
    QString organisation;
    QString email;
};
const QList<ExternalSpeaker>& externalSpeakers();
/// Organisations of further speakers (large schools), with their mail domains alongside.
const QStringList& externalOrganisations();
const QStringList& externalDomains();

/// Indices of the five formats, in their display order.
enum FormatIndex
{
    AC,
    UT,
    PR,
    EC,
    CM,
    FormatCount
};

/// The five formats, in FormatIndex order.
QList<Format> formatSpecs();

struct ActionSpec
{
    Action action;               ///< formatId holds a FormatIndex until the format is saved.
    QList<int> animatorProfiles; ///< Volunteer profiles that animate it.
};
const QList<ActionSpec>& actionSpecs();

/// The catalogue's exam-preparation cycles, as indices into actionSpecs().
struct PrepCycles
{
    int redacteur = -1;
    int adjointPrincipal = -1;
    int technicien = -1;
};
PrepCycles prepCycles();

/// Rooms each format uses, on the one site of the published school.
QStringList formatRooms(int format);
QString remoteRoom();
QStringList siteNames();

QStringList positiveComments();
QStringList mixedComments();

} // namespace truc2::demo
