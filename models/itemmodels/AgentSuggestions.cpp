#include "itemmodels/AgentSuggestions.h"

#include "core/TextKey.h"
#include "itemmodels/AgentTableModel.h"

#include <algorithm>

namespace truc2 {
namespace {

bool startsAWord(const QString& key, const QString& word)
{
    for (qsizetype at = key.indexOf(word); at >= 0; at = key.indexOf(word, at + 1)) {
        if (at == 0 || !key.at(at - 1).isLetterOrNumber()) {
            return true;
        }
    }
    return false;
}

} // namespace

QList<int> suggestAgents(const AgentTableModel& directory, const QString& typed, int limit,
                         const QSet<qint64>& excluded)
{
    const QStringList words = foldedText(typed).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty() || limit <= 0) {
        return {};
    }
    struct Match
    {
        int row;
        bool namePrefix;
    };
    QList<Match> matches;
    const QList<AgentEntry>& entries = directory.entries();
    for (int row = 0; row < entries.size(); ++row) {
        const AgentEntry& e = entries.at(row);
        if (!e.row.agent.active || excluded.contains(e.row.agent.id)) {
            continue;
        }
        const bool all = std::all_of(words.cbegin(), words.cend(), [&e](const QString& word) {
            return e.searchKey.contains(word);
        });
        if (!all) {
            continue;
        }
        const bool prefix = std::any_of(words.cbegin(), words.cend(), [&e](const QString& word) {
            return startsAWord(e.lastNameKey, word) || startsAWord(e.firstNameKey, word);
        });
        matches.append({row, prefix});
    }
    const auto before = [&entries](const Match& a, const Match& b) {
        if (a.namePrefix != b.namePrefix) {
            return a.namePrefix;
        }
        const AgentEntry& x = entries.at(a.row);
        const AgentEntry& y = entries.at(b.row);
        if (const int c = x.lastNameKey.compare(y.lastNameKey); c != 0) {
            return c < 0;
        }
        if (const int c = x.firstNameKey.compare(y.firstNameKey); c != 0) {
            return c < 0;
        }
        return a.row < b.row;
    };
    const qsizetype kept = std::min<qsizetype>(limit, matches.size());
    std::partial_sort(matches.begin(), matches.begin() + kept, matches.end(), before);
    QList<int> rows;
    rows.reserve(kept);
    for (qsizetype i = 0; i < kept; ++i) {
        rows << matches.at(i).row;
    }
    return rows;
}

} // namespace truc2
