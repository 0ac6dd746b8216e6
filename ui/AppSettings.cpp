#include "AppSettings.h"

#include <QSettings>

namespace truc2::ui {
namespace {

const QString kLastDatabase = QStringLiteral("database/last");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kHeaders = QStringLiteral("headers/");

} // namespace

QString AppSettings::lastDatabase()
{
    return QSettings().value(kLastDatabase).toString();
}

void AppSettings::setLastDatabase(const QString& path)
{
    QSettings().setValue(kLastDatabase, path);
}

QByteArray AppSettings::windowGeometry()
{
    return QSettings().value(kGeometry).toByteArray();
}

QByteArray AppSettings::windowState()
{
    return QSettings().value(kState).toByteArray();
}

void AppSettings::setWindow(const QByteArray& geometry, const QByteArray& state)
{
    QSettings settings;
    settings.setValue(kGeometry, geometry);
    settings.setValue(kState, state);
}

QByteArray AppSettings::headerState(const QString& viewName)
{
    return QSettings().value(kHeaders + viewName).toByteArray();
}

void AppSettings::setHeaderState(const QString& viewName, const QByteArray& state)
{
    QSettings().setValue(kHeaders + viewName, state);
}

} // namespace truc2::ui
