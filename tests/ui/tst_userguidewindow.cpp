// The user guide of the Help menu: the French guide of docs/ with every screenshot it shows
// built into the program and drawn no wider than the text.
#include "dialogs/UserGuideWindow.h"

#include <QApplication>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextImageFormat>

using namespace truc2::ui;

class TestUserGuideWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheGuideWithItsScreenshots()
    {
        UserGuideWindow window;
        window.show();
        auto* browser = window.findChild<QTextBrowser*>(QStringLiteral("guideTextBrowser"));
        QVERIFY(browser);
        const QString text = browser->document()->toPlainText();
        QVERIFY(text.startsWith(QStringLiteral("Guide de l'utilisateur de TRUC²")));
        // It follows a school year, from setting up the school to the backups.
        for (const char* part :
             {"Installer l'école", "Importer les agents", "Inscrire les agents",
              "feuilles d'émargement", "Saisir les présences", "résultats d'enquête",
              "tableau de bord", "bilan de l'année", "Sauvegarder"}) {
            QVERIFY2(text.contains(QString::fromUtf8(part), Qt::CaseInsensitive), part);
        }

        QStringList images;
        for (QTextBlock block = browser->document()->begin(); block.isValid();
             block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextCharFormat format = it.fragment().charFormat();
                if (format.isImageFormat()) {
                    images << format.toImageFormat().name();
                }
            }
        }
        QVERIFY2(images.size() >= 12, qPrintable(images.join(QLatin1Char(' '))));
        for (const QString& name : std::as_const(images)) {
            const QVariant resource = browser->loadResource(QTextDocument::ImageResource,
                                                            browser->source().resolved(QUrl(name)));
            QImage image = resource.value<QImage>();
            if (image.isNull()) {
                image.loadFromData(resource.toByteArray());
            }
            QVERIFY2(!image.isNull(), qPrintable(name));
            QVERIFY2(image.width() <= 760, qPrintable(name));
        }
    }
};

QTEST_MAIN(TestUserGuideWindow)
#include "tst_userguidewindow.moc"
