#pragma once

#include <QDialog>

class QTextBrowser;

namespace truc2::ui {

/// The user guide (docs/guide-utilisateur.md and the screenshots it shows, built into the
/// program), in a window of its own that stays open beside the main window.
class UserGuideWindow : public QDialog
{
    Q_OBJECT

public:
    explicit UserGuideWindow(QWidget* parent = nullptr);

    /// The guide's address among the program's resources.
    static QUrl guideUrl();

private:
    QTextBrowser* m_browser = nullptr;
};

} // namespace truc2::ui
