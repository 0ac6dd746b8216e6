#include "import/AgentColumns.h"

#include "core/TextKey.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <array>

namespace truc2 {
namespace {

struct FieldInfo
{
    AgentField field;
    const char* key;
    const char* name;
};

constexpr std::array kFields{
    FieldInfo{AgentField::Ignored, "ignored", QT_TRANSLATE_NOOP("AgentColumnMapping", "(ignored)")},
    FieldInfo{AgentField::Matricule, "matricule",
              QT_TRANSLATE_NOOP("AgentColumnMapping", "Matricule")},
    FieldInfo{AgentField::Civility, "civility",
              QT_TRANSLATE_NOOP("AgentColumnMapping", "Civility or sex")},
    FieldInfo{AgentField::LastName, "lastName",
              QT_TRANSLATE_NOOP("AgentColumnMapping", "Last name")},
    FieldInfo{AgentField::BirthName, "birthName",
              QT_TRANSLATE_NOOP("AgentColumnMapping", "Birth name")},
    FieldInfo{AgentField::FirstName, "firstName",
              QT_TRANSLATE_NOOP("AgentColumnMapping", "First name")},
    FieldInfo{AgentField::Direction, "direction",
              QT_TRANSLATE_NOOP("AgentColumnMapping", "Direction")},
    FieldInfo{AgentField::Service, "service", QT_TRANSLATE_NOOP("AgentColumnMapping", "Service")},
    FieldInfo{AgentField::Grade, "grade", QT_TRANSLATE_NOOP("AgentColumnMapping", "Grade")},
    FieldInfo{AgentField::Category, "category",
              QT_TRANSLATE_NOOP("AgentColumnMapping", "Category")},
    FieldInfo{AgentField::Status, "status", QT_TRANSLATE_NOOP("AgentColumnMapping", "Status")},
    FieldInfo{AgentField::Email, "email", QT_TRANSLATE_NOOP("AgentColumnMapping", "E-mail")},
};
static_assert(kFields.size() == static_cast<std::size_t>(AgentField::FieldCount));

/// How well a header names a field: exactly (2), or as its first words (1, "Statut de l'agent").
struct HeaderForm
{
    AgentField field;
    const char* form; ///< Folded, punctuation as spaces.
};

// Exact forms first; a header is matched against every form and keeps its best score.
constexpr std::array kForms{
    HeaderForm{AgentField::Matricule, "matricule"},
    HeaderForm{AgentField::Matricule, "mat"},
    HeaderForm{AgentField::Matricule, "matr"},
    HeaderForm{AgentField::Matricule, "n agent"},
    HeaderForm{AgentField::Matricule, "no agent"},
    HeaderForm{AgentField::Matricule, "num agent"},
    HeaderForm{AgentField::Matricule, "numero agent"},
    HeaderForm{AgentField::Matricule, "n d agent"},
    HeaderForm{AgentField::Matricule, "numero d agent"},
    HeaderForm{AgentField::Matricule, "identifiant agent"},
    HeaderForm{AgentField::Matricule, "id agent"},
    HeaderForm{AgentField::Civility, "civilite"},
    HeaderForm{AgentField::Civility, "sexe"},
    HeaderForm{AgentField::Civility, "genre"},
    HeaderForm{AgentField::LastName, "nom"},
    HeaderForm{AgentField::LastName, "nom d usage"},
    HeaderForm{AgentField::LastName, "nom usuel"},
    HeaderForm{AgentField::LastName, "nom marital"},
    HeaderForm{AgentField::LastName, "nom de famille"},
    HeaderForm{AgentField::LastName, "nom agent"},
    HeaderForm{AgentField::LastName, "nom de l agent"},
    HeaderForm{AgentField::LastName, "last name"},
    HeaderForm{AgentField::BirthName, "nom de naissance"},
    HeaderForm{AgentField::BirthName, "nom patronymique"},
    HeaderForm{AgentField::BirthName, "nom de jeune fille"},
    HeaderForm{AgentField::FirstName, "prenom"},
    HeaderForm{AgentField::FirstName, "prenom usuel"},
    HeaderForm{AgentField::FirstName, "first name"},
    HeaderForm{AgentField::Direction, "direction"},
    HeaderForm{AgentField::Direction, "pole"},
    HeaderForm{AgentField::Direction, "libelle direction"},
    HeaderForm{AgentField::Service, "service"},
    HeaderForm{AgentField::Service, "libelle service"},
    HeaderForm{AgentField::Service, "service d affectation"},
    HeaderForm{AgentField::Service, "affectation"},
    HeaderForm{AgentField::Grade, "grade"},
    HeaderForm{AgentField::Grade, "libelle grade"},
    HeaderForm{AgentField::Category, "categorie"},
    HeaderForm{AgentField::Category, "cat"},
    HeaderForm{AgentField::Category, "categorie statutaire"},
    HeaderForm{AgentField::Category, "categorie hierarchique"},
    HeaderForm{AgentField::Status, "statut"},
    HeaderForm{AgentField::Status, "situation statutaire"},
    HeaderForm{AgentField::Email, "courriel"},
    HeaderForm{AgentField::Email, "mail"},
    HeaderForm{AgentField::Email, "email"},
    HeaderForm{AgentField::Email, "e mail"},
    HeaderForm{AgentField::Email, "adresse mail"},
    HeaderForm{AgentField::Email, "adresse e mail"},
    HeaderForm{AgentField::Email, "adresse email"},
    HeaderForm{AgentField::Email, "adresse electronique"},
    HeaderForm{AgentField::Email, "adresse de messagerie"},
    HeaderForm{AgentField::Email, "messagerie"},
};

/// "N° d'agent" → "n d agent": folded, every run of other characters one space.
QString headerWords(const QString& header)
{
    const QString folded = foldedText(header);
    QString words;
    words.reserve(folded.size());
    bool space = true;
    for (const QChar c : folded) {
        if (c.isLetterOrNumber()) {
            words += c;
            space = false;
        } else if (!space) {
            words += QLatin1Char(' ');
            space = true;
        }
    }
    return words.trimmed();
}

std::pair<AgentField, int> bestField(const QString& header)
{
    const QString words = headerWords(header);
    AgentField best = AgentField::Ignored;
    int score = 0;
    for (const HeaderForm& form : kForms) {
        const QString name = QLatin1String(form.form);
        if (words == name) {
            return {form.field, 2};
        }
        if (score == 0 && words.startsWith(name + QLatin1Char(' '))) {
            best = form.field;
            score = 1;
        }
    }
    // "Nom de naissance" starts like "Nom": the longest form that starts it wins.
    if (score == 1) {
        qsizetype longest = 0;
        for (const HeaderForm& form : kForms) {
            const QString name = QLatin1String(form.form);
            if (words.startsWith(name + QLatin1Char(' ')) && name.size() > longest) {
                longest = name.size();
                best = form.field;
            }
        }
    }
    return {best, score};
}

} // namespace

QString agentFieldKey(AgentField field)
{
    for (const FieldInfo& info : kFields) {
        if (info.field == field) {
            return QLatin1String(info.key);
        }
    }
    return QStringLiteral("ignored");
}

AgentField agentFieldFromKey(const QString& key)
{
    for (const FieldInfo& info : kFields) {
        if (key == QLatin1String(info.key)) {
            return info.field;
        }
    }
    return AgentField::Ignored;
}

QString agentFieldName(AgentField field)
{
    for (const FieldInfo& info : kFields) {
        if (info.field == field) {
            return QCoreApplication::translate("AgentColumnMapping", info.name);
        }
    }
    return {};
}

AgentField guessAgentField(const QString& header)
{
    return bestField(header).first;
}

Status AgentColumnMapping::check() const
{
    if (!has(AgentField::Matricule)) {
        return Error{tr("Choose the column that holds the matricule: agents are matched by it.")};
    }
    if (!has(AgentField::LastName) && !has(AgentField::BirthName)) {
        return Error{tr("Choose the column that holds the last name.")};
    }
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const AgentField f = fields.at(i);
        if (f != AgentField::Ignored && fields.indexOf(f, i + 1) >= 0) {
            return Error{tr("Two columns hold the field “%1”: keep one.").arg(agentFieldName(f))};
        }
    }
    return {};
}

AgentColumnMapping guessAgentMapping(const QStringList& headers, qsizetype headerRow)
{
    AgentColumnMapping mapping;
    mapping.headerRow = headerRow;
    mapping.fields.fill(AgentField::Ignored, headers.size());
    QList<int> scores(headers.size(), 0);
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const auto [field, score] = bestField(headers.at(i));
        if (field == AgentField::Ignored) {
            continue;
        }
        const qsizetype taken = mapping.fields.indexOf(field);
        if (taken < 0) {
            mapping.fields[i] = field;
            scores[i] = score;
        } else if (score > scores.at(taken)) {
            mapping.fields[taken] = AgentField::Ignored;
            mapping.fields[i] = field;
            scores[i] = score;
        }
    }
    return mapping;
}

QByteArray agentMappingToJson(const AgentColumnMapping& mapping, const QStringList& headers)
{
    QJsonArray columns;
    for (qsizetype i = 0; i < mapping.fields.size(); ++i) {
        columns.append(
            QJsonObject{{QStringLiteral("header"), i < headers.size() ? headers.at(i) : QString()},
                        {QStringLiteral("field"), agentFieldKey(mapping.fields.at(i))}});
    }
    const QJsonObject root{{QStringLiteral("kind"), QStringLiteral("truc2-agent-mapping")},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("headerRow"), mapping.headerRow},
                           {QStringLiteral("columns"), columns}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<AgentColumnMapping> agentMappingFromJson(const QByteArray& json,
                                                const QList<TableRecord>& records)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    const QJsonObject root = document.object();
    if (parseError.error != QJsonParseError::NoError ||
        !root.value(QStringLiteral("columns")).isArray()) {
        return Error{AgentColumnMapping::tr("This is not a column mapping of agents.")};
    }
    AgentColumnMapping mapping;
    mapping.headerRow = root.value(QStringLiteral("headerRow")).toInteger(0);
    if (mapping.headerRow < 0 || mapping.headerRow >= records.size()) {
        return Error{AgentColumnMapping::tr("The column mapping reads its headers on row %1; "
                                            "they must be within the first %2 rows of the file.")
                         .arg(mapping.headerRow + 1)
                         .arg(records.size())};
    }
    const QStringList headers = records.at(mapping.headerRow).cells;
    mapping.fields.fill(AgentField::Ignored, headers.size());
    QList<bool> named(headers.size(), false);
    const QJsonArray columns = root.value(QStringLiteral("columns")).toArray();
    for (const QJsonValue& value : columns) {
        const QJsonObject column = value.toObject();
        const QString header = headerWords(column.value(QStringLiteral("header")).toString());
        const QString key = column.value(QStringLiteral("field")).toString();
        const AgentField field = agentFieldFromKey(key);
        if (field == AgentField::Ignored && key != QLatin1String("ignored")) {
            return Error{
                AgentColumnMapping::tr("Unknown field “%1” in the column mapping.").arg(key)};
        }
        for (qsizetype i = 0; i < headers.size(); ++i) {
            if (!named.at(i) && headerWords(headers.at(i)) == header) {
                mapping.fields[i] = field;
                named[i] = true;
                break;
            }
        }
    }
    // The headers the mapping does not name are guessed among themselves.
    QStringList unnamed = headers;
    for (qsizetype i = 0; i < headers.size(); ++i) {
        if (named.at(i)) {
            unnamed[i].clear();
        }
    }
    const AgentColumnMapping guessed = guessAgentMapping(unnamed, mapping.headerRow);
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const AgentField field = guessed.fields.at(i);
        if (!named.at(i) && field != AgentField::Ignored && !mapping.has(field)) {
            mapping.fields[i] = field;
        }
    }
    return mapping;
}

Status saveAgentMapping(const QString& path, const AgentColumnMapping& mapping,
                        const QStringList& headers)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(agentMappingToJson(mapping, headers)) < 0 ||
        !file.commit()) {
        return Error{AgentColumnMapping::tr("Cannot write %1: %2").arg(path, file.errorString())};
    }
    return {};
}

Result<AgentColumnMapping> loadAgentMapping(const QString& path, const QList<TableRecord>& records)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{AgentColumnMapping::tr("Cannot read %1: %2").arg(path, file.errorString())};
    }
    Result<AgentColumnMapping> mapping = agentMappingFromJson(file.read(1 << 20), records);
    if (!mapping) {
        return Error{QStringLiteral("%1: %2").arg(path, mapping.errorMessage())};
    }
    return mapping;
}

} // namespace truc2
