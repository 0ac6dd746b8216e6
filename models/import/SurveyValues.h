#pragma once

// Reading the answers of survey exports as their tools write them: satisfaction on any scale
// or in words, yes and no in every form, submission times in every tool's format.

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace truc2 {

/// The scale a satisfaction question was asked on.
enum class SatisfactionScale
{
    OneToFour,
    OneToFive,
    ZeroToTen,
    Labels4, ///< Words: "Pas du tout satisfait(e)", "Peu …", "Plutôt satisfait(e)", "Très …".
    Labels5, ///< Words with a middle: "… Moyennement satisfait(e)", "Satisfait(e)" …
};

QString satisfactionScaleCode(SatisfactionScale scale);
SatisfactionScale satisfactionScaleFromCode(const QString& code);

/// What a cell of the file says.
enum class CellReading
{
    Empty,     ///< No answer.
    Read,      ///< An answer, understood.
    Unreadable ///< Something the program cannot understand.
};

struct SatisfactionValue
{
    CellReading reading = CellReading::Empty;
    double normalised = 0; ///< 0–1: (value − min) / (max − min).
};

/// A satisfaction answer: a number of the scale ("4", "4,0", LimeSurvey's code "A4"), a
/// fraction ("4/5", "4 sur 5", "7/10"), stars ("★★★★☆", "4 étoiles") or words ("Très
/// satisfaite", "Plutôt satisfait", "Moyennement").
SatisfactionValue readSatisfaction(const QString& text, SatisfactionScale scale);

/// Oui/Non, Yes/No, Y/N, O/N, 1/0, Vrai/Faux, "Plutôt oui", "Non, pas vraiment" …
struct YesNoValue
{
    CellReading reading = CellReading::Empty;
    bool yes = false;
};
YesNoValue readYesNo(const QString& text);

/// A submission time in the school's local time: LimeSurvey's "2021-03-12 15:49:23", Google
/// Forms' "2021/03/12 3:49:23 PM UTC+1" or "12/03/2021 15:49:23", Framaforms' "12/03/2021 -
/// 15:49", ISO 8601 with an offset, Excel's date serials. Day before month unless the day
/// cannot be one, or the time is written with AM/PM (American order).
struct TimeValue
{
    CellReading reading = CellReading::Empty;
    QDateTime at;
};
TimeValue readSubmissionTime(const QString& text);

/// A column that stands for one answer of a yes/no question (Framaforms exports each option in
/// a column of its own, headed "Oui" and "Non", a mark in the one chosen): 1 for yes, -1 for
/// no, 0 for an ordinary column.
int splitAnswerOf(const QString& header);

/// Whether a column holds personal data that an anonymous survey never keeps: names, e-mail
/// addresses, IP addresses, user names, LimeSurvey's tokens and referrer URLs.
bool isPersonalHeader(const QString& header);
/// Whether answers look like e-mail addresses (most of the non-empty ones).
bool looksLikeEmails(const QStringList& answers);

/// The header without LimeSurvey's "code. " prefix and the text after it, folded: lower case,
/// no accents, trimmed. Both parts are returned for "code. text" headings.
QStringList headerWords(const QString& header);

/// Appends `text` to `json` as a JSON string in UTF-8, quotes included, escaped exactly as
/// QJsonDocument's compact form escapes it (so answers written by hand hash the same).
void appendJsonUtf8(QByteArray& json, QStringView text);
/// The same written at `out`, which has room for jsonStringRoom(text.size()) bytes; returns the
/// end of what was written.
char* writeJsonUtf8(char* out, QStringView text);
/// The most bytes a text of `size` UTF-16 units takes as a JSON string in UTF-8: each one
/// escaped in six, and the quotes.
constexpr qsizetype jsonStringRoom(qsizetype size)
{
    return size * 6 + 2;
}

} // namespace truc2
