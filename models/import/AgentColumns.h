#pragma once

// The columns of an HR export mapped to the fields of an agent: guessed from the usual French
// headers, adjustable, saved as a small JSON file that the next import can use again.

#include "core/Result.h"
#include "import/TableReader.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace truc2 {

/// What a column of the file holds.
enum class AgentField
{
    Ignored,
    Matricule,
    Civility, ///< "M.", "Mme", "Monsieur", "H", "F" … stored as the gender.
    LastName,
    BirthName, ///< Nom de naissance: the last name when the usual one is empty.
    FirstName,
    Direction,
    Service,
    Grade,
    Category,
    Status,
    Email,
    FieldCount
};

/// The key of a field in a mapping file ("matricule", "lastName" …).
QString agentFieldKey(AgentField field);
/// The field of a key; Ignored for an unknown one.
AgentField agentFieldFromKey(const QString& key);
/// The field's name for the user, translated ("Last name").
QString agentFieldName(AgentField field);

/// The field a header names, from the usual French headers of HR exports ("N° agent",
/// "Nom d'usage", "Cat.", "Adresse mail" …), ignoring case, accents and punctuation; Ignored
/// when nothing fits.
AgentField guessAgentField(const QString& header);

/// Which field each column of a file holds, and which record holds the headers.
struct AgentColumnMapping
{
    Q_DECLARE_TR_FUNCTIONS(AgentColumnMapping)

public:
    qsizetype headerRow = 0;  ///< Index of the header record; the data follows it.
    QList<AgentField> fields; ///< One per column of the file, in file order.

    AgentField field(qsizetype column) const
    {
        return column >= 0 && column < fields.size() ? fields.at(column) : AgentField::Ignored;
    }
    /// The column holding a field, -1 when none does.
    qsizetype column(AgentField field) const { return fields.indexOf(field); }
    bool has(AgentField field) const { return fields.contains(field); }

    /// Refuses a mapping an import cannot use: no matricule or last name, a field held by two
    /// columns.
    Status check() const;

    bool operator==(const AgentColumnMapping&) const = default;
};

/// Guesses each column's field from the headers; a field goes to the first column that names
/// it best, the others are ignored.
AgentColumnMapping guessAgentMapping(const QStringList& headers, qsizetype headerRow = 0);

/// The mapping as JSON, each field tied to the header of its column (not its position), so that
/// a later export with its columns in another order still fits.
QByteArray agentMappingToJson(const AgentColumnMapping& mapping, const QStringList& headers);
/// Applies a saved mapping to a file: its header row is the mapping's; headers the mapping
/// names get their field, the others are guessed (for fields the mapping leaves free).
Result<AgentColumnMapping> agentMappingFromJson(const QByteArray& json,
                                                const QList<TableRecord>& records);

Status saveAgentMapping(const QString& path, const AgentColumnMapping& mapping,
                        const QStringList& headers);
Result<AgentColumnMapping> loadAgentMapping(const QString& path, const QList<TableRecord>& records);

} // namespace truc2
