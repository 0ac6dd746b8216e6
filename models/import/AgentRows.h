#pragma once

// The records of an HR export read as agents, each with the problems that keep it out of the
// import: what the preview shows before anything is written.

#include "domain/Agent.h"
#include "import/AgentColumns.h"
#include "import/TableReader.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace truc2 {

/// One record of the file as it will be stored.
struct ImportedAgent
{
    qint64 line = 0; ///< Where the record starts in the file.
    /// The values read (matricule, names, e-mail, category, gender, status, grade); fields the
    /// mapping leaves out stay empty and are never written.
    Agent agent;
    QString directionName;
    QString serviceName;
    /// Why this record cannot be imported, in the user's language; empty when it can.
    QStringList problems;

    bool rejected() const { return !problems.isEmpty(); }
};

/// Reads the records that follow the mapping's header row as agents. Blank records are
/// skipped; every record gets its problems: missing matricule or name, a matricule on several
/// lines, an unknown civility or category, a malformed e-mail address.
QList<ImportedAgent> readAgentRows(const QList<TableRecord>& records,
                                   const AgentColumnMapping& mapping);
/// The first records of a file, among which its header row must be: a file read as it streams
/// hands them over to choose the columns before its agents are read.
inline constexpr qsizetype kAgentHeadRecords = 100;

/// The agents of a file read as it streams, and the mapping they were read with.
struct AgentFileRows
{
    AgentColumnMapping mapping;
    QList<ImportedAgent> rows;
};

/// Reads `source` once, as it streams: its decoding runs on another thread (ReadAhead) while
/// the agents are read from the records before. `chooseMapping` gets the first records (at
/// most kAgentHeadRecords; none for an empty file) and returns the mapping (guessed, loaded)
/// or why there is none, which is returned. Otherwise the rows as readAgentRows() reads them,
/// or the source's error if it fails.
Result<AgentFileRows> readAgentFile(
    TableReader& source,
    const std::function<Result<AgentColumnMapping>(const QList<TableRecord>& head)>& chooseMapping);

/// The values as the school writes them, for the field readers and their tests.
namespace agentvalues {
/// "M.", "Monsieur", "H", "Homme", "Masculin" → Male; "Mme", "Madame", "Mlle", "F", "Femme" →
/// Female; empty → Unknown; anything else → nullopt.
std::optional<Gender> gender(const QString& text);
/// "A", "b", "Cat. C", "Catégorie A", "A+" (kept as A: the schema knows A, B and C) → the
/// category; empty → None; anything else → nullopt.
std::optional<Category> category(const QString& text);
/// The usual statuses written the school's way ("TITULAIRE" → "Titulaire", "Contractuelle",
/// "Non titulaire", "CDD" → "Contractuel"); any other text is kept as written.
QString status(const QString& text);
bool isEmailAddress(const QString& text);
} // namespace agentvalues

} // namespace truc2
