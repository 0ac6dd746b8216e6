#include "dialogs/UserGuideWindow.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QImage>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace truc2::ui {
namespace {

/// Screenshots are as wide as the windows they show: the guide draws them at most this wide.
constexpr int kImageWidth = 760;

/// Shows the guide's Markdown, its screenshots scaled to the text's width, and opens outside
/// links in the desktop's browser.
class GuideBrowser : public QTextBrowser
{
public:
    using QTextBrowser::QTextBrowser;

    QVariant loadResource(int type, const QUrl& name) override
    {
        QVariant resource = QTextBrowser::loadResource(type, name);
        if (type == QTextDocument::ImageResource) {
            QImage image;
            if (image.loadFromData(resource.toByteArray()) && image.width() > kImageWidth) {
                return image.scaledToWidth(kImageWidth, Qt::SmoothTransformation);
            }
        }
        return resource;
    }
};

} // namespace

UserGuideWindow::UserGuideWindow(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("userGuideWindow"));
    setWindowTitle(tr("User guide"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_browser = new GuideBrowser(this);
    m_browser->setObjectName(QStringLiteral("guideTextBrowser"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setSource(guideUrl(), QTextDocument::MarkdownResource);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(860, 760);
}

QUrl UserGuideWindow::guideUrl()
{
    return QUrl(QStringLiteral("qrc:/guide/guide-utilisateur.md"));
}

} // namespace truc2::ui
