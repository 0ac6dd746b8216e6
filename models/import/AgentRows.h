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
/// The first records of a file, among which its header row must be: the command line reads
/// them to guess or check the columns, then reads the whole file as it streams.
inline constexpr qsizetype kAgentHeadRecords = 100;

/// The same, read from `source` as it reads the file: its decoding runs on another thread
/// (ReadAhead) while the agents are read from the records before. Its error, if it fails.
Result<QList<ImportedAgent>> readAgentRows(TableReader& source, const AgentColumnMapping& mapping);

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
