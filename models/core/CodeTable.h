#pragma once

#include <QString>

#include <array>
#include <utility>

namespace truc2 {

/// An enum's stable codes as stored in the database; the first entry is the fallback.
template <typename Enum, std::size_t N>
using CodeTable = std::array<std::pair<Enum, const char*>, N>;

template <typename Enum, std::size_t N>
QString codeOf(const CodeTable<Enum, N>& table, Enum value)
{
    for (const auto& [key, code] : table) {
        if (key == value) {
            return QString::fromLatin1(code);
        }
    }
    return QString::fromLatin1(table.front().second);
}

template <typename Enum, std::size_t N>
Enum valueOf(const CodeTable<Enum, N>& table, const QString& code)
{
    for (const auto& [key, text] : table) {
        if (code.compare(QLatin1String(text), Qt::CaseInsensitive) == 0) {
            return key;
        }
    }
    return table.front().first;
}

} // namespace truc2
