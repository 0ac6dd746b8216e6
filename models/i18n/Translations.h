#pragma once

#include <QString>

namespace truc2 {

/// Languages the program speaks; French is the default.
enum class Language
{
    French,
    English
};

/// "fr" or "en" (case-insensitive); nullopt-like false when neither.
bool parseLanguage(const QString& code, Language* language);

/// Installs the program's and Qt's own translations for a language and makes its locale the
/// default one (dates dd/MM/yyyy, decimal comma in French). Call once, after the application
/// object exists.
void installTranslations(Language language);

} // namespace truc2
