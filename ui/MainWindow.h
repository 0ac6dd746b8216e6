#pragma once

#include "PageContext.h"
#include "SchoolLocation.h"
#include "core/Result.h"

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;
class QUndoStack;

namespace truc2 {
class School;
}

namespace truc2::ui {

class AgentsPage;
class SurveysPage;

/// The window: a navigation sidebar, one page per job of the school year, the Edit menu's
/// undo stack shared by every page. Pages do the work; this class only wires them.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(School& school, QWidget* parent = nullptr);
    ~MainWindow() override;

    QUndoStack* undoStack() const { return m_undoStack; }
    AgentsPage* agentsPage() const { return m_agentsPage; }
    /// Its importRequested() opens the survey import dialog.
    SurveysPage* surveysPage() const { return m_surveysPage; }

    /// Shows the page with that object name ("agentsPage", "cataloguePage" …).
    void showPage(const QString& objectName);

    /// Writes a copy of the school to `path` (replacing a file there) on a connection of its
    /// own in the background, the window repainting behind a busy indicator meanwhile.
    Status backUpTo(const QString& path);

    /// The school to open after this window closes (File ▸ Open, File ▸ Connect), or empty
    /// to quit.
    SchoolLocation nextDatabase() const { return m_nextDatabase; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void addPage(const QString& title, const QString& iconName, QWidget* page);
    void createMenus();
    void openAnotherSchool();
    void connectToSharedDatabase();
    QString fileFolder() const;
    void backUpNow();
    void showAbout();
    void updateTitle();

    School& m_school;
    QUndoStack* m_undoStack = nullptr;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    AgentsPage* m_agentsPage = nullptr;
    SurveysPage* m_surveysPage = nullptr;
    SchoolLocation m_nextDatabase;
};

} // namespace truc2::ui
