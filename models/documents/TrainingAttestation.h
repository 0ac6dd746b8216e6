#pragma once

#include "core/Result.h"
#include "documents/PagedDocument.h"
#include "stats/PeriodFigures.h"
#include "storage/AgentHistoryStore.h"

#include <QCoreApplication>

namespace truc2 {

class Database;
class SettingsStore;

/// The attestation de formation: the sessions one agent attended over a period, for their
/// training record. "[Organisation] atteste que [Prénom Nom], [direction / service], a suivi
/// les sessions suivantes de l'école [TRUC²] entre le … et le … :", a table of the held
/// sessions where the agent was present (date, code, action, format, times, hours attended;
/// a note under the action when they attended only some half-days) with a totals row, the
/// total in hours and in days of 7 h, the place and date of issue and a box for the signature
/// and stamp. It looks like the attestation d'animation, its sibling (documents/Attestation).
///
/// Absent or excused agents, waiting lists, cancelled registrations and sessions not held are
/// not listed. An agent who attended nothing in the period gets no attestation: make() and
/// build() refuse with a message saying so.
class TrainingAttestation
{
    Q_DECLARE_TR_FUNCTIONS(TrainingAttestation)

public:
    TrainingAttestation() = delete;

    /// The minutes attended, added up.
    static int totalMinutes(const TrainingAttestationSource& source);
    /// A duration in training days of kMinutesPerTrainingDay, to a tenth: "3,9 jours",
    /// "0,5 jour", "2 jours".
    static QString daysText(int minutes);

    /// Reads what the agent attended in the period (all time when it is not valid) and builds
    /// the attestation, issued on `issuedOn` at the place found in the organisation's name.
    static Result<PagedDocument> make(const Database& database, const SettingsStore& settings,
                                      qint64 personId, const Period& period, const QDate& issuedOn);
    /// `place` may be empty: "Fait le …" then, with no place.
    static Result<PagedDocument> build(const TrainingAttestationSource& source,
                                       const QString& place, const QDate& issuedOn);

    /// A file name to suggest: "Attestation de formation - Marie Dupont - 2025-09-01 au
    /// 2026-08-31.pdf".
    static QString fileName(const TrainingAttestationSource& source);
};

} // namespace truc2
