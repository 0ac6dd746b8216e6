#include "StartUp.h"

#include "AppSettings.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "PasswordStore.h"
#include "School.h"
#include "ServerProbe.h"
#include "demo/DemoSchool.h"
#include "dialogs/ConnectDialog.h"
#include "dialogs/FirstRunDialog.h"
#include "storage/BackupRotation.h"
#include "storage/ServerAddress.h"

#include <QApplication>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QPointer>
#include <QProgressDialog>
#include <QScopeGuard>
#include <QStatusBar>
#include <QThread>
#include <QTimer>

namespace truc2::ui {
namespace {

class StartUpText
{
    Q_DECLARE_TR_FUNCTIONS(StartUp)

public:
    StartUpText() = delete;
};

/// How long to wait for the keyring (which may ask the user to unlock it) at start-up.
constexpr int kKeyringWaitMs = 60'000;

/// The password the keyring keeps for this server; empty when there is none or no keyring.
QString rememberedPassword(const QString& location)
{
    const Result<ServerAddress> address = ServerAddress::parse(location);
    if (!address) {
        return {};
    }
    struct Answer
    {
        bool done = false;
        QString password;
    };
    auto answer = std::make_shared<Answer>();
    QEventLoop loop;
    QPointer<QEventLoop> waiting(&loop);
    PasswordStore::current().read(PasswordStore::keyFor(*address),
                                  [answer, waiting](const QString& password, const QString&) {
                                      answer->done = true;
                                      answer->password = password;
                                      if (waiting) {
                                          waiting->quit();
                                      }
                                  });
    if (!answer->done) {
        QTimer::singleShot(kKeyringWaitMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return answer->password;
}

/// Opens the school on a server: with the password given, else the keyring's. The server is
/// probed first in the background, behind a progress dialog whose Cancel works while the
/// window keeps answering; only then is the school opened here, where the server now answers
/// at once. When that fails, the connection dialog shows why with the address filled in, until
/// it works or the user gives up (empty). A cancelled wait is left to the caller when it passes
/// `cancelled` (set then), else the connection dialog comes back. `where` becomes the address
/// and password that worked.
std::unique_ptr<School> openOnServer(SchoolLocation& where, bool* cancelled = nullptr)
{
    for (;;) {
        if (where.password.isEmpty()) {
            where.password = rememberedPassword(where.location);
        }
        DatabaseOptions options{where.location};
        options.password = where.password;
        QString problem;
        {
            const std::unique_ptr<QProgressDialog> progress = ServerProbe::progressDialog(
                StartUpText::tr("Connecting to the shared school…"), nullptr);
            const std::optional<ServerProbe::Outcome> probed =
                ServerProbe::waitFor(options, *progress);
            if (!probed && cancelled) {
                *cancelled = true;
                return nullptr;
            }
            if (probed && probed->connected) {
                // The server answered: the school opens on this thread, as the window's
                // connection must (a migration may still take a moment, and cannot stop).
                progress->setCancelButton(nullptr);
                QCoreApplication::processEvents();
                Result<std::unique_ptr<School>> opened = School::open(options);
                if (opened) {
                    return std::move(opened).value();
                }
                problem = opened.errorMessage();
            } else if (probed) {
                problem = probed->error;
            }
        }
        ConnectDialog dialog(PasswordStore::current());
        dialog.setLocation(where.location);
        if (!problem.isEmpty()) {
            dialog.setProblem(problem);
        }
        if (dialog.exec() != QDialog::Accepted) {
            return nullptr;
        }
        where = {dialog.location(), dialog.password()};
    }
}

/// Opens an existing school or creates a new one; empty when the user gave up. `where`
/// becomes the school that was opened.
std::unique_ptr<School> openOrCreate(SchoolLocation& where)
{
    if (ServerAddress::isServerLocation(where.location)) {
        return openOnServer(where);
    }
    QString& path = where.location;
    for (;;) {
        if (!QFileInfo::exists(path)) {
            FirstRunDialog dialog(path);
            if (dialog.exec() != QDialog::Accepted) {
                return nullptr;
            }
            if (dialog.choice() == FirstRunDialog::Choice::Server) {
                ConnectDialog connect(PasswordStore::current());
                if (connect.exec() != QDialog::Accepted) {
                    continue; // back to the first choices
                }
                const QString file = path; // `path` is where.location, which changes now
                where = {connect.location(), connect.password()};
                bool cancelled = false;
                std::unique_ptr<School> school = openOnServer(where, &cancelled);
                if (cancelled) {
                    where = {file}; // back to the first choices, as if never asked
                    continue;
                }
                return school;
            }
            const bool demo = dialog.choice() == FirstRunDialog::Choice::Demo;
            QProgressDialog progress(StartUpText::tr("Creating the school…"), QString(), 0, 0);
            progress.setWindowModality(Qt::ApplicationModal);
            progress.setMinimumDuration(0);
            progress.show();
            QCoreApplication::processEvents();
            Result<std::unique_ptr<School>> created = createSchool(
                path, demo, dialog.organisationName(), dialog.schoolName(), dialog.headcount());
            if (created) {
                return std::move(created).value();
            }
            MessageBox::warning(nullptr, StartUpText::tr("TRUC²"), created.errorMessage());
            return nullptr;
        }
        Result<std::unique_ptr<School>> opened = School::open({path});
        if (opened) {
            return std::move(opened).value();
        }
        // Say why, and let the user pick another file rather than leaving.
        const auto answer = MessageBox::question(
            nullptr, StartUpText::tr("TRUC²"),
            StartUpText::tr("%1\n\nOpen another school file?").arg(opened.errorMessage()),
            QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Open);
        if (answer != QMessageBox::Open) {
            return nullptr;
        }
        path = QFileDialog::getOpenFileName(nullptr, StartUpText::tr("Open a school"),
                                            QFileInfo(path).absolutePath(),
                                            StartUpText::tr("TRUC² schools (*.truc2 *.sqlite "
                                                            "*.db);;All files (*)"));
        if (path.isEmpty()) {
            return nullptr;
        }
    }
}

/// The day's copy of a school file (BackupRotation), taken in the background on a connection
/// of its own so that the window never waits for it; a problem shows in the status bar.
/// Nothing for a read-only file or a shared school, which the server's own backups cover.
std::unique_ptr<QThread> startDailyBackup(const Database& database, MainWindow& window)
{
    if (database.isReadOnly() || database.isShared()) {
        return nullptr;
    }
    const QString path = database.location();
    QPointer<QStatusBar> statusBar = window.statusBar();
    std::unique_ptr<QThread> thread(QThread::create([path, statusBar] {
        const Result<std::unique_ptr<Database>> copy =
            Database::open(DatabaseOptions::asItIs(path));
        const Result<QStringList> written = copy ? BackupRotation::run(**copy, QDate::currentDate())
                                                 : Result<QStringList>(copy.error());
        if (!written && statusBar) { // the window waits for this thread before it closes
            const QString message =
                StartUpText::tr("The daily backup failed: %1").arg(written.errorMessage());
            QMetaObject::invokeMethod(
                statusBar, [statusBar, message] { statusBar->showMessage(message); },
                Qt::QueuedConnection);
        }
    }));
    thread->start(QThread::LowPriority);
    return thread;
}

} // namespace

Result<std::unique_ptr<School>> createSchool(const QString& path, bool demo,
                                             const QString& organisation, const QString& schoolName,
                                             int headcount)
{
    Result<std::unique_ptr<School>> school =
        School::open({path, DatabaseOptions::IfMissing::Create});
    if (!school) {
        return school;
    }
    School& s = **school;
    Status filled =
        demo ? buildDemoSchool(s, DemoOptions{}) : s.database().transaction([&]() -> Status {
            if (Status done = s.settings().setIdentity({organisation, schoolName, QByteArray()});
                !done) {
                return done;
            }
            return s.settings().setHeadcount(QDate::currentDate().year(), headcount);
        });
    if (!filled) {
        school->reset();
        QFile::remove(path);
        return filled.error();
    }
    return school;
}

QString startingLocation(const QString& defaultPath)
{
    const QString last = AppSettings::lastDatabase();
    return ServerAddress::isServerLocation(last) || QFileInfo(last).isFile() ? last : defaultPath;
}

int runWindow(const QString& databasePath)
{
    // A probe the user stopped waiting for still runs until its server answers or times out.
    const auto waitForProbes = qScopeGuard(&ServerProbe::waitForAbandoned);
    SchoolLocation next{databasePath};
    SchoolLocation shown; // the school of the last window, to come back to
    int exitCode = 0;
    while (!next.isEmpty()) {
        std::unique_ptr<School> school = openOrCreate(next);
        if (!school && !shown.isEmpty() && shown.location != next.location) {
            // The user gave up on the other school: the one that was open comes back.
            next = shown;
            school = openOrCreate(next);
        }
        if (!school) {
            return exitCode;
        }
        shown = next;
        AppSettings::setLastDatabase(school->database().location());
        AppSettings::addRecentLocation(school->database().location());
        MainWindow window(*school);
        window.show();
        std::unique_ptr<QThread> backup = startDailyBackup(school->database(), window);
        exitCode = QApplication::exec();
        if (backup) {
            backup->wait(); // a copy under way is finished, not cut short
        }
        next = window.nextDatabase();
    }
    return exitCode;
}

} // namespace truc2::ui
