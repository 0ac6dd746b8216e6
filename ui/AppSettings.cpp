#include "AppSettings.h"

#include <QCoreApplication>
#include <QSettings>

#include <memory>

namespace truc2::ui {
namespace {

const QString kLastDatabase = QStringLiteral("database/last");
const QString kRecentLocations = QStringLiteral("database/recent");
constexpr int kRecentCount = 8;
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kHeaders = QStringLiteral("headers/");
const QString kProgrammeView = QStringLiteral("programme/view");
const QString kSheetBlankRows = QStringLiteral("documents/sheetBlankRows");

/// The program's own file (~/.config/truc2/preferences.conf on Linux), whatever the
/// organisation name: the application data folder stays ~/.local/share/truc2.
std::unique_ptr<QSettings> preferences()
{
    return std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::UserScope,
                                       QCoreApplication::applicationName(),
                                       QStringLiteral("preferences"));
}

} // namespace

QString AppSettings::lastDatabase()
{
    return preferences()->value(kLastDatabase).toString();
}

void AppSettings::setLastDatabase(const QString& path)
{
    preferences()->setValue(kLastDatabase, path);
}

QStringList AppSettings::recentLocations()
{
    return preferences()->value(kRecentLocations).toStringList();
}

void AppSettings::addRecentLocation(const QString& location)
{
    QStringList recent = recentLocations();
    recent.removeAll(location);
    recent.prepend(location);
    preferences()->setValue(kRecentLocations, recent.mid(0, kRecentCount));
}

QByteArray AppSettings::windowGeometry()
{
    return preferences()->value(kGeometry).toByteArray();
}

QByteArray AppSettings::windowState()
{
    return preferences()->value(kState).toByteArray();
}

void AppSettings::setWindow(const QByteArray& geometry, const QByteArray& state)
{
    const auto settings = preferences();
    settings->setValue(kGeometry, geometry);
    settings->setValue(kState, state);
}

QByteArray AppSettings::headerState(const QString& viewName)
{
    return preferences()->value(kHeaders + viewName).toByteArray();
}

void AppSettings::setHeaderState(const QString& viewName, const QByteArray& state)
{
    preferences()->setValue(kHeaders + viewName, state);
}

QString AppSettings::programmeView()
{
    return preferences()->value(kProgrammeView, QStringLiteral("month")).toString();
}

void AppSettings::setProgrammeView(const QString& view)
{
    preferences()->setValue(kProgrammeView, view);
}

int AppSettings::sheetBlankRows(int byDefault)
{
    bool ok = false;
    const int rows = preferences()->value(kSheetBlankRows, byDefault).toInt(&ok);
    return ok && rows >= 0 ? rows : byDefault;
}

void AppSettings::setSheetBlankRows(int rows)
{
    preferences()->setValue(kSheetBlankRows, rows);
}

} // namespace truc2::ui
