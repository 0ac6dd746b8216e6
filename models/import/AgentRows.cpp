#include "import/AgentRows.h"

#include "core/TextKey.h"

#include <QHash>
#include <QRegularExpression>

namespace truc2 {
namespace {

class AgentImport
{
    Q_DECLARE_TR_FUNCTIONS(AgentImport)

public:
    AgentImport() = delete;
};

/// Folded letters and digits only: "Cat. A" → "cata", "M." → "m".
QString letters(const QString& text)
{
    const QString folded = foldedText(text);
    QString kept;
    kept.reserve(folded.size());
    for (const QChar c : folded) {
        if (c.isLetterOrNumber() || c == QLatin1Char('+')) {
            kept += c;
        }
    }
    return kept;
}

/// Inner runs of spaces as one, ends trimmed: names and labels as the school stores them.
QString cleaned(const QString& text)
{
    return text.simplified();
}

bool isBlank(const TableRecord& record)
{
    for (const QString& cell : record.cells) {
        if (!cell.trimmed().isEmpty()) {
            return false;
        }
    }
    return true;
}

/// The readers of civility and category see few distinct values: each is read once.
template <typename T>
std::optional<T> cachedRead(QHash<QString, std::optional<T>>& cache, const QString& text,
                            std::optional<T> (*read)(const QString&))
{
    auto found = cache.constFind(text);
    if (found == cache.cend()) {
        found = cache.insert(text, read(text));
    }
    return *found;
}

} // namespace

namespace agentvalues {

std::optional<Gender> gender(const QString& text)
{
    static const QHash<QString, Gender> known{
        {QStringLiteral("m"), Gender::Male},
        {QStringLiteral("mr"), Gender::Male},
        {QStringLiteral("monsieur"), Gender::Male},
        {QStringLiteral("h"), Gender::Male},
        {QStringLiteral("homme"), Gender::Male},
        {QStringLiteral("masculin"), Gender::Male},
        {QStringLiteral("f"), Gender::Female},
        {QStringLiteral("mme"), Gender::Female},
        {QStringLiteral("madame"), Gender::Female},
        {QStringLiteral("mlle"), Gender::Female},
        {QStringLiteral("mademoiselle"), Gender::Female},
        {QStringLiteral("femme"), Gender::Female},
        {QStringLiteral("feminin"), Gender::Female},
    };
    const QString key = letters(text);
    if (key.isEmpty()) {
        return Gender::Unknown;
    }
    const auto found = known.constFind(key);
    return found == known.cend() ? std::nullopt : std::optional(*found);
}

std::optional<Category> category(const QString& text)
{
    QString key = letters(text);
    for (const QString& prefix : {QStringLiteral("categorie"), QStringLiteral("cat")}) {
        if (key.startsWith(prefix)) {
            key = key.mid(prefix.size());
            break;
        }
    }
    if (key.endsWith(QLatin1Char('+'))) {
        key.chop(1); // "A+": the senior managers of category A
    }
    if (key.isEmpty() && letters(text).isEmpty()) {
        return Category::None;
    }
    if (key == QLatin1String("a")) {
        return Category::A;
    }
    if (key == QLatin1String("b")) {
        return Category::B;
    }
    if (key == QLatin1String("c")) {
        return Category::C;
    }
    return std::nullopt;
}

QString status(const QString& text)
{
    const QString key = letters(text);
    if (key == QLatin1String("titulaire") || key == QLatin1String("fonctionnaire")) {
        return QStringLiteral("Titulaire");
    }
    if (key == QLatin1String("stagiaire")) {
        return QStringLiteral("Stagiaire");
    }
    if (key == QLatin1String("contractuel") || key == QLatin1String("contractuelle") ||
        key == QLatin1String("nontitulaire") || key == QLatin1String("cdd") ||
        key == QLatin1String("cdi")) {
        return QStringLiteral("Contractuel");
    }
    if (key == QLatin1String("apprenti") || key == QLatin1String("apprentie")) {
        return QStringLiteral("Apprenti");
    }
    return cleaned(text);
}

bool isEmailAddress(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    return pattern.match(text).hasMatch();
}

} // namespace agentvalues

QList<ImportedAgent> readAgentRows(const QList<TableRecord>& records,
                                   const AgentColumnMapping& mapping)
{
    const auto column = [&](AgentField field) {
        return mapping.column(field);
    };
    const qsizetype matricule = column(AgentField::Matricule);
    const qsizetype civility = column(AgentField::Civility);
    const qsizetype lastName = column(AgentField::LastName);
    const qsizetype birthName = column(AgentField::BirthName);
    const qsizetype firstName = column(AgentField::FirstName);
    const qsizetype direction = column(AgentField::Direction);
    const qsizetype service = column(AgentField::Service);
    const qsizetype grade = column(AgentField::Grade);
    const qsizetype category = column(AgentField::Category);
    const qsizetype status = column(AgentField::Status);
    const qsizetype email = column(AgentField::Email);
    const auto cell = [](const TableRecord& record, qsizetype index) {
        return index < 0 ? QString() : record.cell(index).trimmed();
    };

    QHash<QString, std::optional<Gender>> genders;
    QHash<QString, std::optional<Category>> categories;
    QHash<QString, QString> statuses;
    QHash<QString, QList<qint64>> linesByMatricule;
    QList<ImportedAgent> rows;
    rows.reserve(std::max<qsizetype>(0, records.size() - mapping.headerRow - 1));
    for (qsizetype r = mapping.headerRow + 1; r < records.size(); ++r) {
        const TableRecord& record = records.at(r);
        if (isBlank(record)) {
            continue;
        }
        ImportedAgent row;
        row.line = record.line;
        Agent& a = row.agent;
        a.matricule = cell(record, matricule);
        a.lastName = cleaned(cell(record, lastName));
        if (a.lastName.isEmpty()) {
            a.lastName = cleaned(cell(record, birthName));
        }
        a.firstName = cleaned(cell(record, firstName));
        row.directionName = cleaned(cell(record, direction));
        row.serviceName = cleaned(cell(record, service));
        a.grade = cleaned(cell(record, grade));
        a.email = cell(record, email);

        if (a.matricule.isEmpty()) {
            row.problems.append(AgentImport::tr("No matricule: the agent cannot be matched."));
        } else {
            linesByMatricule[a.matricule].append(row.line);
        }
        if (a.lastName.isEmpty()) {
            row.problems.append(AgentImport::tr("No last name."));
        }
        if (firstName >= 0 && a.firstName.isEmpty()) {
            row.problems.append(AgentImport::tr("No first name."));
        }
        const QString civilityText = cell(record, civility);
        if (const std::optional<Gender> g =
                cachedRead(genders, civilityText, &agentvalues::gender)) {
            a.gender = *g;
        } else {
            row.problems.append(AgentImport::tr("Unknown civility “%1”.").arg(civilityText));
        }
        const QString categoryText = cell(record, category);
        if (const std::optional<Category> c =
                cachedRead(categories, categoryText, &agentvalues::category)) {
            a.category = *c;
        } else {
            row.problems.append(
                AgentImport::tr("Unknown category “%1”: A, B or C expected.").arg(categoryText));
        }
        const QString statusText = cell(record, status);
        auto known = statuses.constFind(statusText);
        if (known == statuses.cend()) {
            known = statuses.insert(statusText, agentvalues::status(statusText));
        }
        a.status = *known;
        if (!a.email.isEmpty() && !agentvalues::isEmailAddress(a.email)) {
            row.problems.append(AgentImport::tr("“%1” is not an e-mail address.").arg(a.email));
        }
        rows.append(std::move(row));
    }

    // A matricule on several lines: none of them can be trusted.
    for (ImportedAgent& row : rows) {
        const auto lines = linesByMatricule.constFind(row.agent.matricule);
        if (lines == linesByMatricule.cend() || lines->size() < 2) {
            continue;
        }
        QStringList lineNumbers;
        for (const qint64 line : *lines) {
            lineNumbers.append(QString::number(line));
        }
        row.problems.append(AgentImport::tr("Matricule %1 is on several lines: %2.")
                                .arg(row.agent.matricule, lineNumbers.join(QStringLiteral(", "))));
    }
    return rows;
}

} // namespace truc2
