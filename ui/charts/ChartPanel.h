#pragma once

#include <QFrame>

class QLabel;
class QMenu;
class QStackedWidget;
class QToolButton;

namespace truc2::ui {

/// A chart of the dashboard in a frame with its title, or a sentence in its place when the
/// period has nothing to draw. Its picture can be copied to the clipboard or saved as PNG,
/// SVG or PDF, from the small menu button beside the title (chartMenuButton) or the content's
/// context menu (actions copyChartAction, savePngAction, saveSvgAction, savePdfAction).
class ChartPanel : public QFrame
{
    Q_OBJECT

public:
    enum class FileType
    {
        Png,
        Svg,
        Pdf
    };

    /// Takes `content` (a QChartView, the heat map…) as a child.
    ChartPanel(const QString& title, QWidget* content, QWidget* parent = nullptr);

    QString title() const;
    QWidget* content() const { return m_content; }
    /// The text said instead of the chart, or empty when the chart is shown.
    QString emptyText() const;
    void showContent();
    void showEmpty(const QString& text);
    /// Sentences shown under the chart (figures beside it); none when empty.
    void setNote(const QString& text);
    QString note() const;

    /// The chart as shown, at the screen's resolution.
    QImage image() const;
    void copyToClipboard() const;
    /// Writes the chart; the reason when it cannot.
    bool saveAs(const QString& path, FileType type, QString* error) const;
    /// Asks where to save it (FileDialog), then saves it; a message says why it failed.
    void saveWithDialog(FileType type);

private:
    void showMenu(const QPoint& globalPosition);

    QLabel* m_title = nullptr;
    QToolButton* m_menuButton = nullptr;
    QMenu* m_menu = nullptr;
    QStackedWidget* m_stack = nullptr;
    QWidget* m_content = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_note = nullptr;
};

} // namespace truc2::ui
