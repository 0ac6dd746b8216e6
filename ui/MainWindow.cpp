#include "MainWindow.h"

#include "AppSettings.h"
#include "MessageBox.h"
#include "PasswordStore.h"
#include "School.h"
#include "ServerProbe.h"
#include "commands/EditCommand.h"
#include "dialogs/ConnectDialog.h"
#include "dialogs/SchoolSettingsDialog.h"
#include "dialogs/SurveyImportDialog.h"
#include "dialogs/UserGuideWindow.h"
#include "pages/AgentsPage.h"
#include "pages/AnimatorsPage.h"
#include "pages/CataloguePage.h"
#include "pages/DashboardPage.h"
#include "pages/ProgrammePage.h"
#include "pages/ReportsPage.h"
#include "pages/SurveysPage.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QProgressDialog>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QThread>
#include <QUndoStack>
#include <QVBoxLayout>

namespace truc2::ui {

MainWindow::MainWindow(School& school, QWidget* parent)
    : QMainWindow(parent)
    , m_school(school)
    , m_undoStack(new QUndoStack(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/truc2.svg")));
    const PageContext context{school, *m_undoStack, school.database().isReadOnly()};
    EditCommand::setErrorSink([this](const QString& message) {
        MessageBox::warning(this, tr("The change was not made"), message);
    });

    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigationListWidget"));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setFixedWidth(190);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setStyleSheet(QStringLiteral(
        "QListWidget { background: palette(alternate-base); padding-top: 8px; }"
        "QListWidget::item { padding: 6px 10px; border-radius: 6px; margin: 2px 8px; }"
        "QListWidget::item:selected { background: palette(highlight); "
        "color: palette(highlighted-text); }"));
    QFont navigationFont = m_navigation->font();
    navigationFont.setPointSizeF(navigationFont.pointSizeF() * 1.1);
    m_navigation->setFont(navigationFont);
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pagesStackedWidget"));

    m_agentsPage = new AgentsPage(context, this);
    addPage(tr("Agents"), QStringLiteral("agents"), m_agentsPage);
    addPage(tr("Programme"), QStringLiteral("programme"), new ProgrammePage(context, this));
    addPage(tr("Catalogue"), QStringLiteral("catalogue"), new CataloguePage(context, this));
    addPage(tr("Animators"), QStringLiteral("animators"), new AnimatorsPage(context, this));
    m_surveysPage = new SurveysPage(context, this);
    addPage(tr("Surveys"), QStringLiteral("surveys"), m_surveysPage);
    addPage(tr("Dashboard"), QStringLiteral("dashboard"), new DashboardPage(context, this));
    addPage(tr("Reports"), QStringLiteral("reports"), new ReportsPage(context, this));
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages,
            &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(0);

    auto* central = new QWidget(this);
    auto* outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    if (context.readOnly) {
        auto* banner = new QLabel(
            school.database().isShared()
                ? tr("Your account may only read this shared school: you can look at "
                     "everything, but not change anything. Ask the administrator for write "
                     "access to edit it.")
                : tr("This school is open read-only: you can look at everything, but not "
                     "change anything. Ask for write access to the file to edit it."),
            central);
        banner->setObjectName(QStringLiteral("readOnlyBannerLabel"));
        banner->setWordWrap(true);
        banner->setStyleSheet(
            QStringLiteral("background:#fff3cd; color:#664d03; padding:8px; border-bottom:1px "
                           "solid #ffe69c;"));
        outer->addWidget(banner);
    }
    auto* body = new QHBoxLayout;
    body->addWidget(m_navigation);
    body->addWidget(m_pages, 1);
    outer->addLayout(body, 1);
    setCentralWidget(central);

    createMenus();
    // Always in view, whatever the status bar says meanwhile: which school this is.
    auto* location = new QLabel(school.database().isShared()
                                    ? tr("Shared school on %1").arg(school.database().displayName())
                                    : school.database().displayName(),
                                this);
    location->setObjectName(QStringLiteral("locationLabel"));
    location->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(location);
    connect(&school.settings(), &SettingsStore::changed, this, &MainWindow::updateTitle);
    updateTitle();

    resize(1200, 760);
    restoreGeometry(AppSettings::windowGeometry());
    restoreState(AppSettings::windowState());
}

MainWindow::~MainWindow()
{
    EditCommand::setErrorSink({});
}

void MainWindow::addPage(const QString& title, const QString& iconName, QWidget* page)
{
    auto* item = new QListWidgetItem(QIcon(QStringLiteral(":/icons/%1.svg").arg(iconName)), title,
                                     m_navigation);
    item->setData(Qt::UserRole, page->objectName());
    item->setSizeHint(QSize(0, 36));
    m_pages->addWidget(page);
}

void MainWindow::showPage(const QString& objectName)
{
    for (int i = 0; i < m_navigation->count(); ++i) {
        if (m_navigation->item(i)->data(Qt::UserRole).toString() == objectName) {
            m_navigation->setCurrentRow(i);
            return;
        }
    }
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open =
        file->addAction(QIcon::fromTheme(QStringLiteral("document-open")),
                        tr("&Open another school…"), this, &MainWindow::openAnotherSchool);
    open->setShortcut(QKeySequence::Open);
    QAction* connectAction = file->addAction(QIcon::fromTheme(QStringLiteral("network-server")),
                                             tr("&Connect to a shared database…"), this,
                                             &MainWindow::connectToSharedDatabase);
    connectAction->setObjectName(QStringLiteral("connectAction"));
    file->addAction(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("&Back up now…"), this,
                    &MainWindow::backUpNow);
    QAction* settings =
        file->addAction(QIcon::fromTheme(QStringLiteral("document-properties")),
                        tr("School &settings…"), this, [this] {
                            SchoolSettingsDialog::edit(
                                {m_school, *m_undoStack, m_school.database().isReadOnly()}, this);
                        });
    settings->setObjectName(QStringLiteral("schoolSettingsAction"));
    file->addSeparator();
    QAction* importAgents = file->addAction(QIcon::fromTheme(QStringLiteral("document-import")),
                                            tr("&Import agents…"), this, [this] {
                                                showPage(QStringLiteral("agentsPage"));
                                                m_agentsPage->importAgents();
                                            });
    importAgents->setObjectName(QStringLiteral("importAgentsAction"));
    importAgents->setEnabled(!m_school.database().isReadOnly());
    const auto importSurveyResults = [this] {
        SurveyImportDialog::run({m_school, *m_undoStack, m_school.database().isReadOnly()}, this);
    };
    QAction* importSurvey =
        file->addAction(QIcon::fromTheme(QStringLiteral("document-import")),
                        tr("Import &survey results…"), this, importSurveyResults);
    connect(m_surveysPage, &SurveysPage::importRequested, this, importSurveyResults);
    importSurvey->setObjectName(QStringLiteral("importSurveyAction"));
    importSurvey->setEnabled(!m_school.database().isReadOnly());
    file->addSeparator();
    QAction* quit = file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")),
                                    tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    undo->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Z)});
    QAction* redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addAction(undo);
    edit->addAction(redo);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* guide = help->addAction(QIcon::fromTheme(QStringLiteral("help-contents")),
                                     tr("&User guide"), this, [this] {
                                         auto* window = new UserGuideWindow(this);
                                         window->show();
                                     });
    guide->setObjectName(QStringLiteral("userGuideAction"));
    guide->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About TRUC²"), this, &MainWindow::showAbout);
}

void MainWindow::updateTitle()
{
    const Result<SchoolIdentity> identity = m_school.settings().identity();
    const QString school =
        identity && !identity->schoolName.isEmpty() ? identity->schoolName : tr("Training school");
    const QString organisation = identity ? identity->organisationName : QString();
    QString title = organisation.isEmpty() ? school : tr("%1 — %2").arg(school, organisation);
    if (m_school.database().isShared()) {
        title = tr("%1 — %2").arg(title, m_school.database().displayName());
    }
    setWindowTitle(title);
}

QString MainWindow::fileFolder() const
{
    return m_school.database().isShared()
               ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
               : QFileInfo(m_school.database().location()).absolutePath();
}

void MainWindow::openAnotherSchool()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open a school"), fileFolder(),
                                     tr("TRUC² schools (*.truc2 *.sqlite *.db);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    m_nextDatabase = {path};
    close();
}

void MainWindow::connectToSharedDatabase()
{
    ConnectDialog dialog(PasswordStore::current(), this);
    if (m_school.database().isShared()) {
        dialog.setLocation(m_school.database().location());
    }
    for (;;) {
        if (dialog.exec() != QDialog::Accepted) {
            return;
        }
        // The server is probed in the background while this window keeps answering; Cancel
        // leaves it as it was, with its school open.
        DatabaseOptions options{dialog.location()};
        options.password = dialog.password();
        const std::unique_ptr<QProgressDialog> progress = ServerProbe::progressDialog(
            tr("Connecting to %1…").arg(dialog.address().displayName()), this);
        const std::optional<ServerProbe::Outcome> probed = ServerProbe::waitFor(options, *progress);
        if (!probed) {
            return;
        }
        if (probed->connected) {
            break;
        }
        dialog.setProblem(probed->error); // and the dialog again, to correct the address
    }
    // The window closes and the school reopens on the server, as File ▸ Open does; the
    // password goes along in memory only.
    m_nextDatabase = {dialog.location(), dialog.password()};
    close();
}

void MainWindow::backUpNow()
{
    const QString location = m_school.database().location();
    const Result<ServerAddress> server = ServerAddress::parse(location);
    const QString baseName = server ? server->database : QFileInfo(location).completeBaseName();
    const QString suggested =
        fileFolder() + QStringLiteral("/") + baseName +
        QDateTime::currentDateTime().toString(QStringLiteral("-yyyy-MM-dd-HHmm'.truc2'"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Back up the school"), suggested,
                                                      tr("TRUC² schools (*.truc2)"));
    if (path.isEmpty()) {
        return;
    }
    // The dialog already asked before replacing a file; the school file itself is refused.
    if (Status done = backUpTo(path); !done) {
        MessageBox::warning(this, tr("Backup"), done.errorMessage());
        return;
    }
    statusBar()->showMessage(tr("Backup written to %1.").arg(path), 8000);
}

Status MainWindow::backUpTo(const QString& path)
{
    if (m_school.database().isShared()) {
        return m_school.database().backupTo(path, true); // says how shared schools are saved
    }
    const DatabaseOptions options = DatabaseOptions::asItIs(m_school.database().location());
    Status result;
    QEventLoop loop;
    std::unique_ptr<QThread> worker(QThread::create([&options, &path, &result] {
        const Result<std::unique_ptr<Database>> copy = Database::open(options);
        result = copy ? (*copy)->backupTo(path, true) : Status(copy.error());
    }));
    connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    QProgressDialog busy(tr("Writing the backup…"), QString(), 0, 0, this);
    busy.setWindowModality(Qt::WindowModal);
    busy.setMinimumDuration(500);
    worker->start();
    if (!worker->isFinished()) {
        loop.exec();
    }
    worker->wait();
    return result;
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About TRUC²"),
        tr("<h3>TRUC² %1</h3><p>Les Temps de Rencontres Utiles pour se Connaître, Comprendre: "
           "the internal training school run by and for the agents.</p><p>Database: %2</p>")
            .arg(QCoreApplication::applicationVersion(),
                 m_school.database().location().toHtmlEscaped()));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    AppSettings::setWindow(saveGeometry(), saveState());
    QMainWindow::closeEvent(event);
}

} // namespace truc2::ui
