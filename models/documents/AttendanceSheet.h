#pragma once

#include "core/Result.h"
#include "documents/PagedDocument.h"
#include "domain/HalfDays.h"
#include "storage/AttendanceSheetSource.h"

#include <QCoreApplication>
#include <QList>

namespace truc2 {

class Database;
class SettingsStore;

/// The attendance sheet (feuille d'émargement) of a session, to be signed by each participant
/// and animator for each half-day. On every page, under the running header (organisation, logo,
/// "Attendance sheet", the session's code): the action, its date(s), times, place and
/// animators. Then one table: No., last name, first name, direction / service and a signature
/// cell per half-day the session spans (Morning / Afternoon, under each date when it spans
/// several), one row per registrant sorted by name, numbered blank rows for walk-ins, and the
/// animators' rows ("… certifies having led the session") with the same signature cells.
///
/// A4, portrait up to four half-days, landscape beyond. Rows are never cut by a page, no page
/// holds a lone row, and the animators' rows end the sheet with at least two rows above them.
class AttendanceSheet
{
    Q_DECLARE_TR_FUNCTIONS(AttendanceSheet)

public:
    AttendanceSheet() = delete;

    /// Blank rows for walk-ins, unless asked otherwise, and the most a sheet takes.
    static constexpr int DefaultBlankRows = 5;
    static constexpr int MaximumBlankRows = 50;
    /// A session over more half-days than this is printed across the page.
    static constexpr int PortraitHalfDays = 4;

    /// Reads the session and builds its sheet.
    static Result<PagedDocument> make(const Database& database, const SettingsStore& settings,
                                      qint64 sessionId, int blankRows = DefaultBlankRows);
    /// The sheet of a session read beforehand; refused for a cancelled session. `blankRows` is
    /// kept within 0 … MaximumBlankRows.
    static Result<PagedDocument> build(const AttendanceSheetSource& source,
                                       int blankRows = DefaultBlankRows);

    /// The signature columns: the session's half-days (one, for a session too short to count
    /// any).
    static QList<HalfDay> signatureColumns(const Session& session);
    /// "Attendance sheet - UT-2021-014 - 2021-03-16.pdf", for a save dialog.
    static QString fileName(const AttendanceSheetSource& source);
};

} // namespace truc2
