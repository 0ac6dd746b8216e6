#pragma once

#include "SmallSchool.h"

#include <optional>

namespace truc2::test {

/// SmallSchool (whose own 10 answers stay: 4 for AC-2020-001, 6 for PR-2020-001) with two
/// imports of survey results, written with plain SQL as an importer would leave them:
///
/// - import "ac-2020-002.csv" (LimeSurvey, 20/05/2020 10:00; 4 rows read, 3 added, 1 skipped):
///   AC-2020-002 (3 participants): 3 responses → response rate 100 %, every other figure
///   "n < 5"; satisfactions 1, 0.75, 0.5; two comments, with accents.
/// - import "eco-truc2.xlsx" (Microsoft Forms, 01/12/2020 09:30; 8 read, 7 added, 1 skipped):
///   EC-2020-001 (a new held session of Eco'Truc² on 17/11/2020: ann and gus present,
///   anonymous headcount 8 → 10 participants): 6 responses → 60 %; satisfactions 1, 1, 1,
///   0.5, 0.5, 0.5 → 75 %; useful skills 4 yes, 1 no, 1 blank → 80 %; would recommend 3 yes,
///   3 no → 50 %; three comments.
///   And one response naming only the format Eco'Truc² (submitted 20/11/2020 14:00,
///   satisfaction 0.25 from "2", useful no) whose comment is `=HYPERLINK("http://x")`.
///
/// For 2020 the sessions listed are AC-2020-001, AC-2020-002, PR-2020-001, EC-2020-001 (by
/// date) and Eco'Truc² without a session; 6 comments in all.
struct SurveySchool : SmallSchool
{
    qint64 ac1 = 0, ac2 = 0, pr1 = 0, ec1 = 0; ///< Sessions AC-2020-001 … EC-2020-001.
    qint64 limeImport = 0, formsImport = 0;
    qint64 hyperlinkResponse = 0; ///< The response without a session.

    SurveySchool();

    /// Adds a response with plain SQL (sessionId or formatId may be 0) and returns its id.
    qint64 respond(qint64 importId, qint64 sessionId, qint64 formatId, const QDateTime& submitted,
                   std::optional<double> satisfaction, const QString& raw,
                   std::optional<bool> useful, std::optional<bool> recommend,
                   const QString& comment = {});
    /// Adds an import with plain SQL and returns its id.
    qint64 addImport(const QString& fileName, const QString& tool, const QDateTime& at, int read,
                     int added, int skipped, const QString& mapping);
    /// The id of the session with that code.
    qint64 sessionId(const QString& code);
};

} // namespace truc2::test
