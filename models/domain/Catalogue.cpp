#include "domain/Catalogue.h"

#include "core/CodeTable.h"

namespace truc2 {
namespace {

constexpr std::array kRegistrationModes{
    std::pair{RegistrationMode::Capacity, "capacity"},
    std::pair{RegistrationMode::Open, "open"},
    std::pair{RegistrationMode::Closed, "closed"},
    std::pair{RegistrationMode::Cycle, "cycle"},
};

} // namespace

QString registrationModeCode(RegistrationMode mode)
{
    return codeOf(kRegistrationModes, mode);
}

RegistrationMode registrationModeFromCode(const QString& code)
{
    return valueOf(kRegistrationModes, code);
}

} // namespace truc2
