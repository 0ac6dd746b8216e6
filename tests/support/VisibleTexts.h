#pragma once

// Every text a user can read on a window, collected from its widgets: what the translation
// tests check word by word.

#include <QList>
#include <QString>

#include <functional>

class QAction;
class QWidget;

namespace truc2::test {

/// One text shown to the user, and where: "dialog › parent/names › Class#objectName (what)".
struct VisibleText
{
    QString text;
    QString where;
};

/// The texts of `root` and every widget under it, shown or not yet shown (a tab not chosen, a
/// label filled later): window titles, labels, buttons, group boxes, tabs, combo box items,
/// placeholders, tool tips, charts (titles, axes, series), spin box prefixes and suffixes,
/// read-only text edits, the actions of every widget (menus and their submenus, tool bars, context
/// menus), the header data of every item view's model in both orientations and the display and tool
/// tip data of its first `firstRows` rows. `place` (the page or dialog) starts every `where`. Empty
/// texts are left out; a text found twice at one place is given once.
QList<VisibleText> visibleTexts(QWidget* root, const QString& place, int firstRows = 5);

/// The texts of actions (their menus and submenus too), as visibleTexts() gives them.
QList<VisibleText> actionTexts(const QList<QAction*>& actions, const QString& where);

/// Runs `open`; every modal dialog it shows meanwhile has its texts read (`place` › its class)
/// and is then rejected. `modals` counts them.
QList<VisibleText> modalTexts(const std::function<void()>& open, const QString& place, int* modals);

/// Selects the first row of every shown item view under `root` that has no current row yet, as
/// a user's first click would, so that the panels showing the chosen row fill in.
void selectFirstRows(QWidget* root);

/// "a/b/Class#name": the widget's class and object name after its named ancestors up to root.
QString widgetPath(const QWidget* widget, const QWidget* root);

} // namespace truc2::test
