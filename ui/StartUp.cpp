#include "StartUp.h"

#include "AppSettings.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "School.h"
#include "demo/DemoSchool.h"
#include "dialogs/FirstRunDialog.h"
#include "storage/BackupRotation.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QProgressDialog>
#include <QStatusBar>
#include <QTimer>

namespace truc2::ui {
namespace {

class StartUpText
{
    Q_DECLARE_TR_FUNCTIONS(StartUp)

public:
    StartUpText() = delete;
};

/// Opens an existing school or creates a new one; empty when the user gave up.
std::unique_ptr<School> openOrCreate(QString path)
{
    for (;;) {
        if (!QFileInfo::exists(path)) {
            FirstRunDialog dialog(path);
            if (dialog.exec() != QDialog::Accepted) {
                return nullptr;
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

int runWindow(const QString& databasePath)
{
    QString path = databasePath;
    int exitCode = 0;
    while (!path.isEmpty()) {
        std::unique_ptr<School> school = openOrCreate(path);
        if (!school) {
            return exitCode;
        }
        AppSettings::setLastDatabase(school->database().location());
        MainWindow window(*school);
        window.show();
        // The day's copy is taken once the window is up, so that start-up stays quick.
        QTimer::singleShot(0, &window, [&window, &school] {
            if (school->database().isReadOnly()) {
                return;
            }
            const Result<QStringList> written =
                BackupRotation::run(school->database(), QDate::currentDate());
            if (!written) {
                window.statusBar()->showMessage(
                    StartUpText::tr("The daily backup failed: %1").arg(written.errorMessage()));
            }
        });
        exitCode = QApplication::exec();
        path = window.nextDatabase();
    }
    return exitCode;
}

} // namespace truc2::ui
