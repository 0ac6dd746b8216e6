#include "domain/Agent.h"

#include "core/CodeTable.h"

namespace truc2 {
namespace {

// Category::None and Gender::Unknown are stored as NULL, never through these tables.
constexpr std::array kCategories{
    std::pair{Category::None, ""},
    std::pair{Category::A, "A"},
    std::pair{Category::B, "B"},
    std::pair{Category::C, "C"},
};

constexpr std::array kGenders{
    std::pair{Gender::Unknown, ""},
    std::pair{Gender::Female, "F"},
    std::pair{Gender::Male, "M"},
};

} // namespace

QString categoryCode(Category category)
{
    return codeOf(kCategories, category);
}

Category categoryFromCode(const QString& code)
{
    return valueOf(kCategories, code.trimmed());
}

QString genderCode(Gender gender)
{
    return codeOf(kGenders, gender);
}

Gender genderFromCode(const QString& code)
{
    return valueOf(kGenders, code.trimmed());
}

QStringList usualAgentStatuses()
{
    return {QStringLiteral("Titulaire"), QStringLiteral("Stagiaire"), QStringLiteral("Contractuel"),
            QStringLiteral("Apprenti")};
}

QString personDisplayName(const QString& lastName, const QString& firstName)
{
    return firstName.isEmpty() ? lastName.toUpper()
                               : lastName.toUpper() + QLatin1Char(' ') + firstName;
}

QString Agent::displayName() const
{
    return personDisplayName(lastName, firstName);
}

} // namespace truc2
