#include "import/SurveyMapping.h"

#include "core/TextKey.h"
#include "import/TableReader.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <array>

namespace truc2 {
namespace {

struct ToolEntry
{
    SurveyTool tool;
    const char* code;
    const char* name;
};

constexpr std::array kTools{
    ToolEntry{SurveyTool::Unknown, "", QT_TRANSLATE_NOOP("SurveyMapping", "Other tool")},
    ToolEntry{SurveyTool::LimeSurvey, "limesurvey", "LimeSurvey"},
    ToolEntry{SurveyTool::GoogleForms, "googleforms", "Google Forms"},
    ToolEntry{SurveyTool::MicrosoftForms, "microsoftforms", "Microsoft Forms"},
    ToolEntry{SurveyTool::Framaforms, "framaforms", "Framaforms"},
};

struct RoleEntry
{
    SurveyRole role;
    const char* code;
    const char* name;
};

constexpr std::array kRoles{
    RoleEntry{SurveyRole::Ignored, "ignored", QT_TRANSLATE_NOOP("SurveyMapping", "Ignored")},
    RoleEntry{SurveyRole::Session, "session", QT_TRANSLATE_NOOP("SurveyMapping", "Session code")},
    RoleEntry{SurveyRole::SubmittedAt, "submitted",
              QT_TRANSLATE_NOOP("SurveyMapping", "Submission time")},
    RoleEntry{SurveyRole::ResponseId, "id", QT_TRANSLATE_NOOP("SurveyMapping", "Response id")},
    RoleEntry{SurveyRole::Satisfaction, "satisfaction",
              QT_TRANSLATE_NOOP("SurveyMapping", "Satisfaction")},
    RoleEntry{SurveyRole::UsefulSkills, "useful",
              QT_TRANSLATE_NOOP("SurveyMapping", "Useful skills (yes/no)")},
    RoleEntry{SurveyRole::WouldRecommend, "recommend",
              QT_TRANSLATE_NOOP("SurveyMapping", "Would recommend (yes/no)")},
    RoleEntry{SurveyRole::Comment, "comment", QT_TRANSLATE_NOOP("SurveyMapping", "Comment")},
};

bool anyWordIn(const QStringList& words, std::initializer_list<const char*> names)
{
    for (const QString& word : words) {
        for (const char* name : names) {
            if (word == QLatin1String(name)) {
                return true;
            }
        }
    }
    return false;
}

bool anyWordContains(const QStringList& words, std::initializer_list<const char*> parts)
{
    for (const QString& word : words) {
        for (const char* part : parts) {
            if (word.contains(QLatin1String(part))) {
                return true;
            }
        }
    }
    return false;
}

int countHeaders(const QStringList& headers, std::initializer_list<const char*> names)
{
    int count = 0;
    for (const QString& header : headers) {
        count += anyWordIn(headerWords(header), names) ? 1 : 0;
    }
    return count;
}

bool isLimeSurveyMeta(const QStringList& words)
{
    return anyWordIn(words, {"id",
                             "submitdate",
                             "lastpage",
                             "startlanguage",
                             "seed",
                             "startdate",
                             "datestamp",
                             "ipaddr",
                             "refurl",
                             "id de la reponse",
                             "date de soumission",
                             "derniere page",
                             "langue de depart",
                             "tete de serie",
                             "date de debut",
                             "date de lancement",
                             "date de la derniere action",
                             "response id",
                             "date submitted",
                             "last page",
                             "start language",
                             "date started",
                             "date last action"});
}

bool isTimeHeader(const QStringList& words)
{
    return anyWordIn(words, {"submitdate", "date de soumission", "date submitted", "horodateur",
                             "timestamp", "marca temporal", "heure de fin", "completion time",
                             "submitted time", "submitted", "heure de soumission", "time"});
}

QStringList columnSamples(const QList<TableRecord>& records, qsizetype headerRow, qsizetype skip,
                          qsizetype column)
{
    QStringList samples;
    for (qsizetype r = headerRow + 1 + skip; r < records.size(); ++r) {
        const QString cell = records.at(r).cell(column).trimmed();
        if (!cell.isEmpty()) {
            samples << cell;
        }
    }
    return samples;
}

bool mostlyYesNo(const QStringList& samples)
{
    if (samples.isEmpty()) {
        return false;
    }
    qsizetype read = 0;
    for (const QString& sample : samples) {
        read += readYesNo(sample).reading == CellReading::Read ? 1 : 0;
    }
    return read * 10 >= samples.size() * 9;
}

bool mostlySessionCodes(const QStringList& samples, const QSet<QString>& codes)
{
    static const QRegularExpression codeLike(
        QStringLiteral("\\b[A-Z][A-Za-z0-9']{0,9}-\\d{4}-\\d{2,4}\\b"));
    if (samples.isEmpty()) {
        return false;
    }
    qsizetype found = 0;
    for (const QString& sample : samples) {
        found += codes.contains(sample.toUpper()) || codeLike.match(sample).hasMatch() ? 1 : 0;
    }
    return found * 2 > samples.size();
}

SatisfactionScale guessScale(const QStringList& words, const QStringList& samples)
{
    const QString header = words.join(QLatin1Char(' '));
    static const QRegularExpression ten(QStringLiteral("0\\s*(?:a|-|to)\\s*10|/\\s*10|sur 10"));
    static const QRegularExpression four(QStringLiteral("1\\s*(?:a|-|to)\\s*4|/\\s*4|sur 4"));
    static const QRegularExpression five(QStringLiteral("1\\s*(?:a|-|to)\\s*5|/\\s*5|sur 5"));
    if (ten.match(header).hasMatch()) {
        return SatisfactionScale::ZeroToTen;
    }
    if (four.match(header).hasMatch()) {
        return SatisfactionScale::OneToFour;
    }
    if (five.match(header).hasMatch()) {
        return SatisfactionScale::OneToFive;
    }
    bool words5 = false;
    bool words4 = false;
    bool labels = false;
    double lowest = 10;
    double highest = 0;
    static const QRegularExpression letters(QStringLiteral("[a-z]{3,}"));
    for (const QString& sample : samples) {
        const QString folded = foldedText(sample);
        bool ok = false;
        const double value =
            QString(folded).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
        if (ok) {
            lowest = std::min(lowest, value);
            highest = std::max(highest, value);
        } else if (letters.match(folded).hasMatch()) {
            labels = true;
            words5 = words5 || folded.contains(QLatin1String("moyen")) ||
                     folded.contains(QLatin1String("neutr")) ||
                     folded.contains(QLatin1String("ni satisf")) ||
                     folded.startsWith(QLatin1String("satisf"));
            words4 = words4 || folded.contains(QLatin1String("plutot"));
        }
    }
    if (labels) {
        return words4 && !words5 ? SatisfactionScale::Labels4 : SatisfactionScale::Labels5;
    }
    if (highest > 5 || lowest == 0) {
        return SatisfactionScale::ZeroToTen;
    }
    return SatisfactionScale::OneToFive;
}

bool looksLikeSatisfaction(const QStringList& samples)
{
    if (samples.isEmpty()) {
        return false;
    }
    static const QRegularExpression letters(QStringLiteral("[a-z]{3,}"));
    qsizetype labels = 0;
    for (const QString& sample : samples) {
        const QString folded = foldedText(sample);
        if (!letters.match(folded).hasMatch() ||
            readSatisfaction(sample, SatisfactionScale::Labels5).reading != CellReading::Read) {
            return false;
        }
        labels += folded.contains(QLatin1String("satisf")) ? 1 : 0;
    }
    return labels > 0;
}

} // namespace

QString surveyToolCode(SurveyTool tool)
{
    for (const ToolEntry& entry : kTools) {
        if (entry.tool == tool) {
            return QString::fromLatin1(entry.code);
        }
    }
    return {};
}

SurveyTool surveyToolFromCode(const QString& code)
{
    for (const ToolEntry& entry : kTools) {
        if (code == QLatin1String(entry.code)) {
            return entry.tool;
        }
    }
    return SurveyTool::Unknown;
}

QString surveyToolName(SurveyTool tool)
{
    for (const ToolEntry& entry : kTools) {
        if (entry.tool == tool) {
            return QCoreApplication::translate("SurveyMapping", entry.name);
        }
    }
    return {};
}

QString surveyRoleCode(SurveyRole role)
{
    for (const RoleEntry& entry : kRoles) {
        if (entry.role == role) {
            return QString::fromLatin1(entry.code);
        }
    }
    return {};
}

SurveyRole surveyRoleFromCode(const QString& code)
{
    for (const RoleEntry& entry : kRoles) {
        if (code == QLatin1String(entry.code)) {
            return entry.role;
        }
    }
    return SurveyRole::Ignored;
}

QString surveyRoleName(SurveyRole role)
{
    for (const RoleEntry& entry : kRoles) {
        if (entry.role == role) {
            return QCoreApplication::translate("SurveyMapping", entry.name);
        }
    }
    return {};
}

qsizetype SurveyMapping::columnOf(SurveyRole role) const
{
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (columns.at(i).role == role) {
            return i;
        }
    }
    return -1;
}

QStringList SurveyMapping::headers() const
{
    QStringList list;
    for (const SurveyColumn& column : columns) {
        list << column.header;
    }
    return list;
}

bool SurveyMapping::setRole(qsizetype column, SurveyRole role)
{
    if (column < 0 || column >= columns.size()) {
        return false;
    }
    SurveyColumn& target = columns[column];
    if (target.personal && role != SurveyRole::Ignored) {
        return false;
    }
    target.role = role;
    return true;
}

QStringList SurveyMapping::problems() const
{
    QStringList list;
    if (columnOf(SurveyRole::Session) < 0 && sessionCode.trimmed().isEmpty()) {
        list << tr("Choose the column that holds the session's code, or the session every "
                   "response of this file is for.");
    }
    for (const RoleEntry& entry : kRoles) {
        if (entry.role == SurveyRole::Ignored) {
            continue;
        }
        // One column per role; a yes/no question exported as an "Oui" and a "Non" column
        // takes one of each.
        int plain = 0;
        int yes = 0;
        int no = 0;
        for (const SurveyColumn& c : columns) {
            if (c.role == entry.role) {
                const int split = splitAnswerOf(c.header);
                (split > 0 ? yes : (split < 0 ? no : plain)) += 1;
            }
        }
        if (plain > 1 || yes > 1 || no > 1 || (plain > 0 && yes + no > 0)) {
            list << tr("Only one column can be “%1”.").arg(surveyRoleName(entry.role));
        }
    }
    return list;
}

QString SurveyMapping::toJson() const
{
    QJsonArray list;
    for (const SurveyColumn& column : columns) {
        QJsonObject entry{{QStringLiteral("header"), column.header},
                          {QStringLiteral("role"), surveyRoleCode(column.role)}};
        if (column.role == SurveyRole::Satisfaction) {
            entry.insert(QStringLiteral("scale"), satisfactionScaleCode(column.scale));
        }
        if (column.personal) {
            entry.insert(QStringLiteral("personal"), true);
        }
        list.append(entry);
    }
    QJsonObject root{{QStringLiteral("tool"), surveyToolCode(tool)},
                     {QStringLiteral("headerRow"), headerRow},
                     {QStringLiteral("subHeaderRows"), subHeaderRows},
                     {QStringLiteral("columns"), list}};
    if (!sessionCode.isEmpty()) {
        root.insert(QStringLiteral("session"), sessionCode);
    }
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact));
}

std::optional<SurveyMapping> SurveyMapping::fromJson(const QString& json)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    SurveyMapping mapping;
    mapping.tool = surveyToolFromCode(root.value(QStringLiteral("tool")).toString());
    mapping.headerRow = std::max(0, root.value(QStringLiteral("headerRow")).toInt());
    mapping.subHeaderRows = std::max(0, root.value(QStringLiteral("subHeaderRows")).toInt());
    mapping.sessionCode = root.value(QStringLiteral("session")).toString();
    const QJsonArray list = root.value(QStringLiteral("columns")).toArray();
    for (const QJsonValue& value : list) {
        const QJsonObject entry = value.toObject();
        SurveyColumn column;
        column.header = entry.value(QStringLiteral("header")).toString();
        column.personal =
            entry.value(QStringLiteral("personal")).toBool() || isPersonalHeader(column.header);
        column.role = column.personal
                          ? SurveyRole::Ignored
                          : surveyRoleFromCode(entry.value(QStringLiteral("role")).toString());
        column.scale = satisfactionScaleFromCode(entry.value(QStringLiteral("scale")).toString());
        mapping.columns << column;
    }
    return mapping;
}

SurveyMapping SurveyMapping::appliedTo(const QStringList& fileHeaders, qsizetype row) const
{
    SurveyMapping applied;
    applied.tool = tool;
    applied.headerRow = row;
    applied.subHeaderRows = subHeaderRows;
    applied.sessionCode = sessionCode;
    QList<bool> used(columns.size(), false);
    for (const QString& header : fileHeaders) {
        SurveyColumn column;
        column.header = header;
        const QString key = foldedText(header.simplified());
        for (qsizetype i = 0; i < columns.size(); ++i) {
            if (!used.at(i) && foldedText(columns.at(i).header.simplified()) == key) {
                used[i] = true;
                column = columns.at(i);
                column.header = header;
                break;
            }
        }
        column.personal = column.personal || isPersonalHeader(header);
        if (column.personal) {
            column.role = SurveyRole::Ignored;
        }
        applied.columns << column;
    }
    return applied;
}

QString headerSignature(const QStringList& headers)
{
    QStringList folded;
    for (const QString& header : headers) {
        folded << foldedText(header.simplified());
    }
    folded.sort();
    return QString::fromLatin1(
        QCryptographicHash::hash(folded.join(QLatin1Char('\n')).toUtf8(), QCryptographicHash::Sha1)
            .toHex());
}

qsizetype findSurveyHeaderRow(const QList<TableRecord>& firstRecords)
{
    qsizetype best = -1;
    int bestScore = 0;
    qsizetype firstFull = -1;
    const qsizetype limit = std::min<qsizetype>(firstRecords.size(), 6);
    for (qsizetype r = 0; r < limit; ++r) {
        const QStringList& cells = firstRecords.at(r).cells;
        int score = 0;
        bool full = !cells.isEmpty();
        for (const QString& cell : cells) {
            const QStringList words = headerWords(cell);
            full = full && !cell.trimmed().isEmpty();
            score += isLimeSurveyMeta(words) || isTimeHeader(words) ||
                             anyWordIn(words, {"serial", "sid", "heure de debut", "start time",
                                               "adresse de messagerie", "draft", "brouillon"})
                         ? 1
                         : 0;
        }
        if (score > bestScore) {
            best = r;
            bestScore = score;
        }
        if (full && firstFull < 0) {
            firstFull = r;
        }
    }
    if (best >= 0) {
        return best;
    }
    return firstFull >= 0 ? firstFull : 0;
}

SurveyTool detectSurveyTool(const QStringList& headers)
{
    if (countHeaders(headers, {"sid", "serial"}) >= 1 &&
        countHeaders(headers, {"sid", "serial", "submitted time", "submitted", "time", "draft",
                               "brouillon", "ip address", "adresse ip", "uid", "username",
                               "nom d'utilisateur", "date de soumission", "heure de soumission"}) >=
            3) {
        return SurveyTool::Framaforms;
    }
    if (countHeaders(headers, {"heure de debut", "heure de fin", "adresse de messagerie",
                               "start time", "completion time", "heure de la derniere modification",
                               "last modified time"}) >= 2) {
        return SurveyTool::MicrosoftForms;
    }
    int lime = 0;
    for (const QString& header : headers) {
        lime += isLimeSurveyMeta(headerWords(header)) ? 1 : 0;
    }
    if (lime >= 2) {
        return SurveyTool::LimeSurvey;
    }
    if (!headers.isEmpty() &&
        anyWordIn(headerWords(headers.first()), {"horodateur", "timestamp", "marca temporal"})) {
        return SurveyTool::GoogleForms;
    }
    return SurveyTool::Unknown;
}

SurveyMapping guessSurveyMapping(const QList<TableRecord>& firstRecords,
                                 const QSet<QString>& sessionCodes)
{
    SurveyMapping mapping;
    if (firstRecords.isEmpty()) {
        return mapping;
    }
    mapping.headerRow = findSurveyHeaderRow(firstRecords);
    const QStringList& headers = firstRecords.at(mapping.headerRow).cells;
    // Rows under the headers that are headers too (Framaforms' third row of keys): their first
    // cell, where every tool writes an id or a time, is empty.
    while (mapping.subHeaderRows < 2 &&
           mapping.headerRow + mapping.subHeaderRows + 1 < firstRecords.size() &&
           firstRecords.at(mapping.headerRow + mapping.subHeaderRows + 1)
               .cell(0)
               .trimmed()
               .isEmpty() &&
           !firstRecords.at(mapping.headerRow).cell(0).trimmed().isEmpty() &&
           detectSurveyTool(headers) == SurveyTool::Framaforms) {
        ++mapping.subHeaderRows;
    }
    mapping.tool = detectSurveyTool(headers);
    const auto free = [&mapping](SurveyRole role, int split) {
        for (const SurveyColumn& other : mapping.columns) {
            if (other.role == role && (split == 0 || splitAnswerOf(other.header) != -split)) {
                return false;
            }
        }
        return true;
    };
    for (qsizetype c = 0; c < headers.size(); ++c) {
        SurveyColumn column;
        column.header = headers.at(c);
        const int split = splitAnswerOf(column.header);
        // A yes/no option's column: the question is in the row above, over its first option.
        QString question = column.header;
        for (qsizetype q = c; split != 0 && mapping.headerRow > 0 && q >= 0; --q) {
            const QString above = firstRecords.at(mapping.headerRow - 1).cell(q).trimmed();
            if (!above.isEmpty()) {
                question = above;
                break;
            }
        }
        const QStringList words = headerWords(question);
        const QStringList samples =
            columnSamples(firstRecords, mapping.headerRow, mapping.subHeaderRows, c);
        column.personal = isPersonalHeader(column.header) || looksLikeEmails(samples);
        SurveyRole role = SurveyRole::Ignored;
        if (column.personal) {
            role = SurveyRole::Ignored;
        } else if (anyWordIn(words, {"id", "id de la reponse", "response id", "sid"})) {
            role = SurveyRole::ResponseId;
        } else if (isTimeHeader(words)) {
            role = SurveyRole::SubmittedAt;
        } else if (isLimeSurveyMeta(words)) {
            role = SurveyRole::Ignored;
        } else if (anyWordContains(words, {"session"}) ||
                   mostlySessionCodes(samples, sessionCodes)) {
            role = SurveyRole::Session;
        } else if (anyWordContains(words, {"recommand", "recommend", "conseill"}) ||
                   anyWordIn(words, {"reco"})) {
            role = SurveyRole::WouldRecommend;
        } else if (anyWordContains(words, {"competence", "useful", "skill", "utile"}) ||
                   anyWordIn(words, {"util"})) {
            role = SurveyRole::UsefulSkills;
        } else if (anyWordContains(words, {"satis", "note", "apprecia", "evaluez"}) ||
                   looksLikeSatisfaction(samples)) {
            role = SurveyRole::Satisfaction;
            column.scale = guessScale(words, samples);
        } else if (anyWordContains(words, {"commentaire", "comments", "remarque", "suggestion",
                                           "observation"}) ||
                   anyWordIn(words, {"comment"})) {
            role = SurveyRole::Comment;
        }
        if ((role == SurveyRole::UsefulSkills || role == SurveyRole::WouldRecommend) &&
            split == 0 && !samples.isEmpty() && !mostlyYesNo(samples)) {
            role = SurveyRole::Ignored;
        }
        if (split != 0 && role != SurveyRole::UsefulSkills && role != SurveyRole::WouldRecommend) {
            role = SurveyRole::Ignored;
        }
        column.role = role != SurveyRole::Ignored && free(role, split) ? role : SurveyRole::Ignored;
        mapping.columns << column;
    }
    return mapping;
}

} // namespace truc2
