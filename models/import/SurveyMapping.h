#pragma once

// Which column of a survey export says what: the mapping an import follows, guessed from the
// headers and answers of the tools the school uses, adjusted by the user, saved as a template.

#include "import/SurveyValues.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace truc2 {

struct TableRecord;

/// The tool a file comes from, recognised by its headers.
enum class SurveyTool
{
    Unknown,
    LimeSurvey,
    GoogleForms,
    MicrosoftForms,
    Framaforms
};

QString surveyToolCode(SurveyTool tool); ///< "limesurvey", "googleforms" … as stored.
SurveyTool surveyToolFromCode(const QString& code);
QString surveyToolName(SurveyTool tool); ///< "LimeSurvey", "Google Forms" … for people.

/// What a column holds. Personal data (names, e-mails, IP addresses) is always Ignored.
enum class SurveyRole
{
    Ignored,
    Session,     ///< The session's code.
    SubmittedAt, ///< Empty for LimeSurvey's incomplete responses.
    ResponseId,  ///< The tool's id of the response, which later exports repeat.
    Satisfaction,
    UsefulSkills,
    WouldRecommend,
    Comment,
};

QString surveyRoleCode(SurveyRole role);
SurveyRole surveyRoleFromCode(const QString& code);
QString surveyRoleName(SurveyRole role);

struct SurveyColumn
{
    QString header;
    SurveyRole role = SurveyRole::Ignored;
    SatisfactionScale scale = SatisfactionScale::OneToFive; ///< For Satisfaction.
    bool personal = false; ///< Names, e-mails …: never mapped, never stored.

    bool operator==(const SurveyColumn&) const = default;
};

/// How to read one survey file.
struct SurveyMapping
{
    Q_DECLARE_TR_FUNCTIONS(SurveyMapping)

public:
    SurveyTool tool = SurveyTool::Unknown;
    /// Index of the record that holds the headers (Framaforms writes three header rows).
    qsizetype headerRow = 0;
    /// Rows under the headers that hold no answers (Framaforms' row of field keys).
    qsizetype subHeaderRows = 0;
    QList<SurveyColumn> columns;
    /// The session every response is for, when no column holds one.
    QString sessionCode;

    bool operator==(const SurveyMapping&) const = default;

    /// The first column with that role, or -1.
    qsizetype columnOf(SurveyRole role) const;
    QStringList headers() const;
    /// Sets a column's role; a personal column stays Ignored (returns false).
    bool setRole(qsizetype column, SurveyRole role);

    /// What would stop an import: no session (neither column nor fixed code), or a role given
    /// twice. Empty when the mapping can be used.
    QStringList problems() const;

    QString toJson() const;
    static std::optional<SurveyMapping> fromJson(const QString& json);

    /// This mapping (a template) applied to a file's headers: each header takes the role of the
    /// column with the same name here; the others are ignored.
    SurveyMapping appliedTo(const QStringList& headers, qsizetype headerRow) const;
};

/// A file's set of headers as one text: the same headers in any order give the same signature.
QString headerSignature(const QStringList& headers);

/// The record that holds the headers among a file's first records: the one that names the most
/// columns the tools write (id, submitdate, Horodateur, SID …), or the first row filled across.
qsizetype findSurveyHeaderRow(const QList<TableRecord>& firstRecords);

SurveyTool detectSurveyTool(const QStringList& headers);

/// The mapping guessed from a file's first records (headers and answers). `sessionCodes` are
/// the codes of the school's sessions (upper case), to recognise a column that holds them.
SurveyMapping guessSurveyMapping(const QList<TableRecord>& firstRecords,
                                 const QSet<QString>& sessionCodes = {});

} // namespace truc2
