// TRUC²: the window by default; headless verbs (demo, report, backup, check …) for scheduled
// jobs and tests. Everything of substance lives in the ui and models libraries.
#include "CommandLine.h"
#include "StartUp.h"
#include "core/TimeZoneSetup.h"
#include "i18n/Translations.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

namespace {

void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("truc2"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TRUC2_VERSION));
    QCoreApplication::setOrganizationDomain(QStringLiteral("truc2.org"));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.truc2.Truc2"));
}

truc2::Language chosenLanguage(const QStringList& arguments)
{
    truc2::Language language = truc2::Language::French;
    truc2::parseLanguage(truc2::cli::findLanguage(arguments), &language);
    return language;
}

} // namespace

int main(int argc, char* argv[])
{
    truc2::settleTimeZone();
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments << QString::fromLocal8Bit(argv[i]);
    }
    const bool console =
        !truc2::cli::findVerb(arguments).isEmpty() || arguments.contains(QLatin1String("--help")) ||
        arguments.contains(QLatin1String("-h")) || arguments.contains(QLatin1String("--version")) ||
        arguments.contains(QLatin1String("-v"));

    std::unique_ptr<QCoreApplication> app;
    if (console && truc2::cli::verbDrawsPages(truc2::cli::findVerb(arguments))) {
        // Fonts and painting without a window: a scheduled job has no screen to draw on.
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        if (truc2::cli::verbDrawsCharts(truc2::cli::findVerb(arguments))) {
            app = std::make_unique<QApplication>(argc, argv);
        } else {
            app = std::make_unique<QGuiApplication>(argc, argv);
        }
    } else if (console) {
        app = std::make_unique<QCoreApplication>(argc, argv);
    } else {
        app = std::make_unique<QApplication>(argc, argv);
    }
    describeApplication();
    truc2::installTranslations(chosenLanguage(arguments));

    truc2::cli::GlobalOptions options;
    int exitCode = truc2::cli::Success;
    if (!truc2::cli::parseGlobalOptions(arguments, &options, &exitCode)) {
        return exitCode;
    }
    if (!options.verb.isEmpty()) {
        return truc2::cli::runVerb(options);
    }
    // Without --database: the school of the last run, a file or a shared one on a server.
    const QString database = options.database.isEmpty()
                                 ? truc2::ui::startingLocation(truc2::cli::defaultDatabasePath())
                                 : options.database;
    return truc2::ui::runWindow(database);
}
