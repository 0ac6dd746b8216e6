#pragma once

#include "core/Result.h"
#include "export/ExportTable.h"
#include "stats/PeriodFigures.h"

#include <QCoreApplication>

#include <optional>

namespace truc2 {

class Database;

/// Reads the school's tables for spreadsheet users (`truc2 export`): one method per export,
/// each a typed table in a stable column order. Read-only.
class ExportSources
{
    Q_DECLARE_TR_FUNCTIONS(ExportSources)

public:
    explicit ExportSources(const Database& database);

    /// The directory, external speakers included, by name.
    Result<ExportTable> agents() const;
    /// Sessions by start, with their counts and animators; those starting in `period` if given.
    Result<ExportTable> sessions(const std::optional<Period>& period = {}) const;
    /// Every registration, by session then name; of the sessions starting in `period` if given.
    Result<ExportTable> registrations(const std::optional<Period>& period = {}) const;
    /// The anonymous survey responses, by submission; those whose session starts in `period`
    /// (or, without a session, submitted in it) if given.
    Result<ExportTable> responses(const std::optional<Period>& period = {}) const;

    /// The words the exports use for the stored codes.
    static QString sessionStatusLabel(const QString& code);
    static QString registrationStatusLabel(const QString& code);
    static QString attendanceLabel(const QString& code); ///< Empty while not entered.

private:
    const Database& m_db;
};

} // namespace truc2
