#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace truc2::ui {

/// The workstation's own preferences (QSettings), each behind a typed accessor: the only place
/// their keys are spelt. What the whole school shares lives in the database instead.
class AppSettings
{
public:
    static QString lastDatabase();
    static void setLastDatabase(const QString& path);

    /// The schools opened lately, most recent first: file paths and server addresses
    /// (postgresql://user@host:port/database, never with a password).
    static QStringList recentLocations();
    /// Puts this location first among the recent ones (keeping a few).
    static void addRecentLocation(const QString& location);

    static QByteArray windowGeometry();
    static QByteArray windowState();
    static void setWindow(const QByteArray& geometry, const QByteArray& state);

    /// A view's header layout (column widths, sort column), by the view's object name.
    static QByteArray headerState(const QString& viewName);
    static void setHeaderState(const QString& viewName, const QByteArray& state);

    /// The Programme page's view: "month", "week" or "list".
    static QString programmeView();
    static void setProgrammeView(const QString& view);

    /// The blank rows for walk-ins last chosen for an attendance sheet.
    static int sheetBlankRows(int byDefault);
    static void setSheetBlankRows(int rows);
};

} // namespace truc2::ui
