#pragma once

#include "core/Result.h"
#include "stats/PeriodFigures.h"
#include "storage/SurveyStore.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace truc2 {

class Database;

/// The survey answers of one session of a period, or of the responses that name only a
/// format (sessionId 0: "without a session"), with the figures of DESIGN.md §3.
struct SurveySessionResult
{
    qint64 sessionId = 0; ///< 0: the responses attached to the format only.
    qint64 formatId = 0;
    QString sessionCode;
    QDateTime startsAt; ///< Invalid without a session.
    bool held = false;
    QString actionTitle;
    QString formatName;
    int formatPosition = 0;
    /// Participants of the session (sessionParticipantsSql()); 0 without a session.
    int participants = 0;
    int responses = 0;
    /// responses / participants; no value without participants (and without a session).
    Rate responseRate;
    int satisfactionAnswers = 0;
    /// Mean of the normalised satisfactions (0–1); empty under kMinimumAnswers answers.
    std::optional<double> satisfaction;
    Rate usefulSkillsRate;    ///< yes / (yes + no), suppressed under kMinimumAnswers answers.
    Rate wouldRecommendRate;  ///< The same for "would recommend".
    QDateTime firstSubmitted; ///< The earliest and latest answers (invalid when undated).
    QDateTime lastSubmitted;

    /// A key that tells rows apart: the session's id, or minus the format's id.
    qint64 key() const { return sessionId > 0 ? sessionId : -formatId; }
    bool operator==(const SurveySessionResult&) const = default;
};

/// A response's comment with what it was about.
struct SurveyComment
{
    qint64 responseId = 0;
    qint64 sessionId = 0; ///< 0 when the response names only a format.
    qint64 formatId = 0;
    QString text; ///< As typed: never interpreted (a "=HYPERLINK(…)" stays text).
    QString sessionCode;
    QString actionTitle;
    QString formatName;
    QDate date; ///< The session's day, or the day of the answer without a session.
    QDateTime submittedAt;
    std::optional<double> satisfaction; ///< Normalised 0–1.
    QString satisfactionRaw;            ///< As answered in the file ("4", "Très satisfait").

    bool operator==(const SurveyComment&) const = default;
};

/// Reads what the survey imports brought: the imports themselves, the answers per session
/// of a period with their figures, and the comments. Read only; the importer writes.
///
/// A session's responses count for the period when the session starts in it; responses
/// that name only a format count by the day they were submitted (as FiguresCalculator
/// counts them). Sessions listed: the held sessions of the period, and any other session
/// of the period that has responses.
class SurveyResults
{
public:
    explicit SurveyResults(const Database& database);

    /// Every import, the latest first.
    Result<QList<SurveyImportRecord>> imports() const;
    /// The sessions of `period` (an invalid period: all time) of one format (0: every
    /// format), by start, then a row per format for its responses without a session.
    Result<QList<SurveySessionResult>> sessions(const Period& period, qint64 formatId = 0) const;
    /// The non-empty comments of the same responses, by date.
    Result<QList<SurveyComment>> comments(const Period& period, qint64 formatId = 0) const;

private:
    const Database& m_db;
};

} // namespace truc2
