#pragma once

#include "core/Result.h"
#include "domain/Catalogue.h"
#include "stats/PeriodFigures.h"
#include "storage/SettingsStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <utility>

namespace truc2 {

class Database;

/// A dated occurrence as a printed document shows it.
struct DatedSession
{
    QString code;
    QDateTime startsAt;
    QDateTime endsAt;
    QString location;
};

/// One action of the brochure with the sessions it lists.
struct BrochureAction
{
    Action action;
    QList<DatedSession> sessions; ///< Not cancelled, from the brochure's first date, by date.
};

struct BrochureSection
{
    Format format;
    QList<BrochureAction> actions; ///< Active actions, by title.
};

/// What the catalogue brochure of a school year prints.
struct BrochureSource
{
    SchoolIdentity identity;
    Period year;
    QDate sessionsFrom;              ///< Sessions before this day are not listed.
    QList<BrochureSection> sections; ///< Active formats with active actions, in format order.
};

/// One held session of an animator, as the attestation lists it.
struct AnimatedSession
{
    DatedSession session;
    QString actionTitle;
    QString formatName;
    int participants = 0; ///< Present registrations + anonymous headcount (DESIGN.md §3).
};

/// What the attestation d'animation of one person over a period prints.
struct AnimatorAttestationSource
{
    SchoolIdentity identity;
    Period period;
    qint64 personId = 0;
    QString firstName;
    QString lastName;
    bool external = false;
    QString organisation; ///< External speakers' own organisation.
    QString directionName;
    QString serviceName;
    QList<AnimatedSession> sessions; ///< Held sessions starting in the period, by date.
};

/// Reads what printed documents need, one method per document, in one consistent snapshot.
/// Read-only: it never writes.
class DocumentSources
{
    Q_DECLARE_TR_FUNCTIONS(DocumentSources)

public:
    DocumentSources(const Database& database, const SettingsStore& settings);

    /// The catalogue of a school year: active formats with their active actions, each with its
    /// sessions of the year that are not cancelled and start on or after `sessionsFrom`.
    Result<BrochureSource> catalogueBrochure(const Period& year, const QDate& sessionsFrom) const;

    /// The held sessions a person animated in a period (any role). An unknown person is an
    /// error; a person with no session gives an empty list.
    Result<AnimatorAttestationSource> animatorAttestation(qint64 personId,
                                                          const Period& period) const;

    /// The days of the first and the last session of the programme (invalid dates when there
    /// is none yet): the school years a document can be asked for.
    Result<std::pair<QDate, QDate>> sessionSpan() const;

private:
    const Database& m_db;
    const SettingsStore& m_settings;
};

} // namespace truc2
