#pragma once

#include "core/Result.h"
#include "documents/PagedDocument.h"
#include "stats/PeriodFigures.h"
#include "storage/DocumentSources.h"

#include <QCoreApplication>

namespace truc2 {

class Database;
class SettingsStore;

/// The school year (September to August) that contains a day.
Period schoolYearOf(const QDate& day);
/// "2026–2027".
QString schoolYearLabel(const Period& year);

/// The catalogue brochure of a school year: a cover (logo, organisation, school, "Programme
/// 2026–2027", the formats in their colours), then one section per format, starting a page,
/// in the format's colour, its banner repeated on the pages it continues on; each action with
/// its summary, objectives, audience, prerequisites, duration and the dates of its sessions
/// ("Dates à venir" when none). Page numbers on every page but the cover.
class CatalogueBrochure
{
    Q_DECLARE_TR_FUNCTIONS(CatalogueBrochure)

public:
    CatalogueBrochure() = delete;

    /// The first day whose sessions the brochure lists: today during the year (past sessions
    /// can no longer be joined), the year's start for a year to come, and the year's start
    /// again for a year gone by (an archive copy of what was offered).
    static QDate sessionsFrom(const Period& year, const QDate& today);

    /// Reads the catalogue and builds the brochure.
    static Result<PagedDocument> make(const Database& database, const SettingsStore& settings,
                                      const Period& year, const QDate& sessionsFrom);
    static PagedDocument build(const BrochureSource& source);

    /// "Programme 2026–2027": the document's title.
    static QString title(const Period& year);
    /// A file name to suggest: "Programme 2026-2027.pdf".
    static QString fileName(const Period& year);
};

} // namespace truc2
