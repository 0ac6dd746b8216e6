#pragma once

#include "core/Result.h"
#include "documents/PagedDocument.h"
#include "stats/PeriodFigures.h"
#include "storage/DocumentSources.h"

#include <QCoreApplication>

namespace truc2 {

class Database;
class SettingsStore;

/// The attestation d'animation: what one animator (an agent or an external speaker) animated
/// over a period, for their annual review. "[Organisation] atteste que [Prénom Nom]
/// ([direction / service], or the organisation of an external speaker) a animé les sessions
/// suivantes de l'école [TRUC²] entre le … et le … :", a table of the held sessions (date,
/// code, action, format, times, hours, participants) with a totals row, the place and date of
/// issue and a box for the signature and stamp.
///
/// A person who animated no held session in the period gets no attestation: make() and build()
/// refuse with a message saying so (an attestation of nothing would serve no review).
class AnimatorAttestation
{
    Q_DECLARE_TR_FUNCTIONS(AnimatorAttestation)

public:
    AnimatorAttestation() = delete;

    struct Totals
    {
        int sessions = 0;
        int minutes = 0;
        int participants = 0;
    };
    static Totals totals(const AnimatorAttestationSource& source);

    /// Reads the person's sessions and builds the attestation, issued on `issuedOn` at the
    /// place placeOf() finds in the organisation's name.
    static Result<PagedDocument> make(const Database& database, const SettingsStore& settings,
                                      qint64 personId, const Period& period, const QDate& issuedOn);
    /// `place` may be empty: "Fait le …" then, with no place.
    static Result<PagedDocument> build(const AnimatorAttestationSource& source,
                                       const QString& place, const QDate& issuedOn);

    /// The town in an organisation's name: "Ville de Caluire-et-Cuire" → "Caluire-et-Cuire",
    /// "Mairie d'Antibes" → "Antibes"; empty when the name does not say.
    static QString placeOf(const QString& organisation);
    /// "Marie Dupont".
    static QString personName(const AnimatorAttestationSource& source);
    /// A file name to suggest: "Attestation d'animation - Marie Dupont - 2025-09-01 au
    /// 2026-08-31.pdf".
    static QString fileName(const AnimatorAttestationSource& source);
};

} // namespace truc2
