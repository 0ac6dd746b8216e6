#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace truc2 {

bool parseLanguage(const QString& code, Language* language)
{
    const QString lower = code.trimmed().toLower();
    if (lower == QLatin1String("fr")) {
        *language = Language::French;
        return true;
    }
    if (lower == QLatin1String("en")) {
        *language = Language::English;
        return true;
    }
    return false;
}

void installTranslations(Language language)
{
    auto* app = QCoreApplication::instance();
    Q_ASSERT(app);
    // Installing again (tests switch languages) replaces the previous language.
    static QList<QTranslator*> installed;
    for (QTranslator* previous : std::as_const(installed)) {
        QCoreApplication::removeTranslator(previous);
        delete previous;
    }
    installed.clear();
    const QLocale locale = language == Language::French
                               ? QLocale(QLocale::French, QLocale::France)
                               : QLocale(QLocale::English, QLocale::UnitedKingdom);
    QLocale::setDefault(locale);

    // The program's strings (English plurals too), then Qt's own (standard buttons, dialogs).
    auto* own = new QTranslator(app);
    if (own->load(locale, QStringLiteral("truc2"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
        installed << own;
    } else {
        delete own;
    }
    if (language == Language::French) {
        auto* qt = new QTranslator(app);
        if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt);
            installed << qt;
        } else {
            delete qt;
        }
    }
}

} // namespace truc2
