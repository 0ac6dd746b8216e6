#include "import/AgentRows.h"

#include "core/TextKey.h"
#include "import/ReadAhead.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <vector>

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

/// True when simplified() would give the text back unchanged: single spaces between words.
bool isSimplified(QStringView text)
{
    bool afterSpace = true; // a leading space is not simplified
    for (const QChar c : text) {
        const bool space = c.isSpace();
        if (space && (afterSpace || c != QLatin1Char(' '))) {
            return false;
        }
        afterSpace = space;
    }
    return text.isEmpty() || !afterSpace;
}

/// Inner runs of spaces as one, ends trimmed: names and labels as the school stores them. Text
/// already so is kept as it is, sharing the cell's memory (simplified() always copies).
QString cleaned(const QString& text)
{
    return isSimplified(text) ? text : text.simplified();
}

/// isEmailAddress() for ASCII text, without the regular expression: one '@' after at least one
/// character, then a '.' with a character on each side, no white space (as \s means in ASCII).
/// A single line feed at the end is allowed, as the expression's '$' allows it.
bool isAsciiEmailAddress(QStringView text)
{
    if (text.endsWith(QLatin1Char('\n'))) {
        text.chop(1);
    }
    qsizetype at = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c == u' ' || (c >= u'\t' && c <= u'\r')) {
            return false;
        }
        if (c == u'@') {
            if (at >= 0) {
                return false;
            }
            at = i;
        }
    }
    if (at < 1) {
        return false;
    }
    // A dot in the domain with at least one character before and after it.
    for (qsizetype i = at + 2; i < text.size() - 1; ++i) {
        if (text[i] == QLatin1Char('.')) {
            return true;
        }
    }
    return false;
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

/// The values of a column that the file repeats (civility, category, status), each read once:
/// a short list searched in order, cheaper than hashing every cell.
template <typename T>
class ReadOnce
{
public:
    explicit ReadOnce(T (*read)(const QString&))
        : m_read(read)
    {}
    T operator()(const QString& text)
    {
        for (const auto& [seen, value] : m_seen) {
            if (seen == text) {
                return value;
            }
        }
        T value = m_read(text);
        if (m_seen.size() < kMostKept) {
            m_seen.append({text, value});
        }
        return value;
    }

private:
    static constexpr qsizetype kMostKept = 32;
    T (*m_read)(const QString&);
    QList<std::pair<QString, T>> m_seen;
};

/// Adds the problem of every row whose matricule is on several lines (found by sorting).
void flagDuplicateMatricules(QList<ImportedAgent>& rows)
{
    std::vector<qsizetype> order;
    order.reserve(static_cast<std::size_t>(rows.size()));
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (!rows.at(i).agent.matricule.isEmpty()) {
            order.push_back(i);
        }
    }
    std::stable_sort(order.begin(), order.end(), [&rows](qsizetype a, qsizetype b) {
        return rows.at(a).agent.matricule < rows.at(b).agent.matricule;
    });
    for (std::size_t first = 0; first < order.size();) {
        const QString& matricule = rows.at(order[first]).agent.matricule;
        std::size_t end = first + 1;
        while (end < order.size() && rows.at(order[end]).agent.matricule == matricule) {
            ++end;
        }
        if (end - first > 1) {
            QStringList lines;
            for (std::size_t i = first; i < end; ++i) {
                lines.append(QString::number(rows.at(order[i]).line));
            }
            // A matricule on several lines: none of them can be trusted.
            const QString problem = AgentImport::tr("Matricule %1 is on several lines: %2.")
                                        .arg(matricule, lines.join(QStringLiteral(", ")));
            for (std::size_t i = first; i < end; ++i) {
                rows[order[i]].problems.append(problem);
            }
        }
        first = end;
    }
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
    if (std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; })) {
        return isAsciiEmailAddress(text);
    }
    static const QRegularExpression pattern(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    return pattern.match(text).hasMatch();
}

} // namespace agentvalues

namespace {

/// Reads records as agents, one at a time, with the mapping's columns looked up once and each
/// civility, category and status of the file read once.
class AgentRowReader
{
public:
    explicit AgentRowReader(const AgentColumnMapping& mapping)
        : m_matricule(mapping.column(AgentField::Matricule))
        , m_civility(mapping.column(AgentField::Civility))
        , m_lastName(mapping.column(AgentField::LastName))
        , m_birthName(mapping.column(AgentField::BirthName))
        , m_firstName(mapping.column(AgentField::FirstName))
        , m_direction(mapping.column(AgentField::Direction))
        , m_service(mapping.column(AgentField::Service))
        , m_grade(mapping.column(AgentField::Grade))
        , m_category(mapping.column(AgentField::Category))
        , m_status(mapping.column(AgentField::Status))
        , m_email(mapping.column(AgentField::Email))
    {}

    /// Appends the agent of `record` to `rows`, unless the record is blank.
    void read(const TableRecord& record, QList<ImportedAgent>& rows)
    {
        if (isBlank(record)) {
            return;
        }
        const auto cell = [&record](qsizetype index) {
            return index < 0 ? QString() : record.cell(index).trimmed();
        };
        ImportedAgent row;
        row.line = record.line;
        Agent& a = row.agent;
        a.matricule = cell(m_matricule);
        a.lastName = cleaned(cell(m_lastName));
        if (a.lastName.isEmpty()) {
            a.lastName = cleaned(cell(m_birthName));
        }
        a.firstName = cleaned(cell(m_firstName));
        row.directionName = cleaned(cell(m_direction));
        row.serviceName = cleaned(cell(m_service));
        a.grade = cleaned(cell(m_grade));
        a.email = cell(m_email);

        if (a.matricule.isEmpty()) {
            row.problems.append(AgentImport::tr("No matricule: the agent cannot be matched."));
        }
        if (a.lastName.isEmpty()) {
            row.problems.append(AgentImport::tr("No last name."));
        }
        if (m_firstName >= 0 && a.firstName.isEmpty()) {
            row.problems.append(AgentImport::tr("No first name."));
        }
        const QString civilityText = cell(m_civility);
        if (const std::optional<Gender> g = m_genders(civilityText)) {
            a.gender = *g;
        } else {
            row.problems.append(AgentImport::tr("Unknown civility “%1”.").arg(civilityText));
        }
        const QString categoryText = cell(m_category);
        if (const std::optional<Category> c = m_categories(categoryText)) {
            a.category = *c;
        } else {
            row.problems.append(
                AgentImport::tr("Unknown category “%1”: A, B or C expected.").arg(categoryText));
        }
        a.status = m_statuses(cell(m_status));
        if (!a.email.isEmpty() && !agentvalues::isEmailAddress(a.email)) {
            row.problems.append(AgentImport::tr("“%1” is not an e-mail address.").arg(a.email));
        }
        rows.append(std::move(row));
    }

private:
    qsizetype m_matricule;
    qsizetype m_civility;
    qsizetype m_lastName;
    qsizetype m_birthName;
    qsizetype m_firstName;
    qsizetype m_direction;
    qsizetype m_service;
    qsizetype m_grade;
    qsizetype m_category;
    qsizetype m_status;
    qsizetype m_email;
    ReadOnce<std::optional<Gender>> m_genders{&agentvalues::gender};
    ReadOnce<std::optional<Category>> m_categories{&agentvalues::category};
    ReadOnce<QString> m_statuses{&agentvalues::status};
};

} // namespace

QList<ImportedAgent> readAgentRows(const QList<TableRecord>& records,
                                   const AgentColumnMapping& mapping)
{
    AgentRowReader reader(mapping);
    QList<ImportedAgent> rows;
    rows.reserve(std::max<qsizetype>(0, records.size() - mapping.headerRow - 1));
    for (qsizetype r = mapping.headerRow + 1; r < records.size(); ++r) {
        reader.read(records.at(r), rows);
    }
    flagDuplicateMatricules(rows);
    return rows;
}

Result<AgentFileRows> readAgentFile(
    TableReader& source,
    const std::function<Result<AgentColumnMapping>(const QList<TableRecord>& head)>& chooseMapping)
{
    // The file is decoded and split into cells on another thread meanwhile.
    ReadAhead records(source);
    QList<TableRecord> head;
    TableRecord record;
    while (head.size() < kAgentHeadRecords && records.next(record)) {
        head.append(std::move(record));
    }
    if (records.failed()) {
        return records.error();
    }
    Result<AgentColumnMapping> mapping = chooseMapping(head);
    if (!mapping) {
        return mapping.error();
    }
    AgentFileRows file{std::move(mapping).value(), {}};
    AgentRowReader reader(file.mapping);
    for (qsizetype index = file.mapping.headerRow + 1; index < head.size(); ++index) {
        reader.read(head.at(index), file.rows);
    }
    for (qsizetype index = head.size(); records.next(record); ++index) {
        if (index > file.mapping.headerRow) {
            reader.read(record, file.rows);
        }
    }
    if (records.failed()) {
        return records.error();
    }
    flagDuplicateMatricules(file.rows);
    return file;
}

} // namespace truc2
