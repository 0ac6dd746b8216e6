#pragma once

#include "core/Result.h"

#include <QStringList>

namespace truc2 {

class Database;

/// Small reads that the programme's forms offer as choices.
class ProgrammeLookups
{
public:
    explicit ProgrammeLookups(const Database& database);

    /// The rooms sessions already use, each once (spellings that differ only by case, accents
    /// or surrounding spaces count as one room, written as most sessions write it), in
    /// alphabetical order, accents ignored.
    Result<QStringList> knownRooms() const;

private:
    const Database& m_db;
};

} // namespace truc2
