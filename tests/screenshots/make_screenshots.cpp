// Makes docs/screenshots/*.png from the real widgets over the demo school, in French:
//   cmake --build <build dir> --target screenshots
#include "MainWindow.h"
#include "PasswordStore.h"
#include "School.h"
#include "calendar/MonthView.h"
#include "demo/DemoSchool.h"
#include "dialogs/AgentDialog.h"
#include "dialogs/AgentHistoryDialog.h"
#include "dialogs/AgentImportDialog.h"
#include "dialogs/ConnectDialog.h"
#include "dialogs/FirstRunDialog.h"
#include "dialogs/SchoolSettingsDialog.h"
#include "dialogs/SessionDialog.h"
#include "dialogs/SurveyImportDialog.h"
#include "documents/AttendanceSheet.h"
#include "documents/ImpactReportSource.h"
#include "documents/ImpactReportWriters.h"
#include "documents/PrintPreview.h"
#include "documents/ReportPictures.h"
#include "i18n/Translations.h"
#include "itemmodels/AgentTableModel.h"
#include "itemmodels/SurveyCommentModel.h"
#include "pages/AgentsPage.h"
#include "pages/AnimatorsPage.h"
#include "pages/DashboardPage.h"
#include "pages/ProgrammePage.h"
#include "pages/ReportsPage.h"
#include "pages/SessionDetailPanel.h"
#include "pages/SurveysPage.h"
#include "stats/AnimatorFigures.h"
#include "storage/AgentHistoryStore.h"
#include "storage/AttendanceSheetSource.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QHash>
#include <QLineEdit>
#include <QPdfDocument>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace truc2;

namespace {

void save(QWidget& widget, const QDir& folder, const QString& name)
{
    widget.show();
    QApplication::processEvents();
    QTest::qWait(50);
    const QString path = folder.filePath(name + QStringLiteral(".png"));
    if (!widget.grab().save(path)) {
        qFatal("Cannot write %s", qPrintable(path));
    }
    qInfo("%s", qPrintable(path));
}

/// Page `page` of a PDF drawn at `dpi` dots per inch, as pdftoppm would, saved as `name`.png.
void savePdfPage(QPdfDocument& document, int page, int dpi, const QDir& folder, const QString& name)
{
    const QSizeF points = document.pagePointSize(page);
    const QImage image = document.render(page, (points * dpi / 72.0).toSize());
    const QString path = folder.filePath(name + QStringLiteral(".png"));
    if (!image.save(path)) {
        qFatal("Cannot write %s", qPrintable(path));
    }
    qInfo("%s", qPrintable(path));
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setStyle(QStringLiteral("Fusion"));
    QCoreApplication::setApplicationName(QStringLiteral("truc2-screenshots"));
    // A fresh profile: no remembered column widths or window size from an earlier run.
    QTemporaryDir profile;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, profile.path());
    QCoreApplication::setApplicationName(QStringLiteral("truc2"));
    installTranslations(Language::French);
    const QDir folder(argc > 1 ? QString::fromLocal8Bit(argv[1])
                               : QStringLiteral("docs/screenshots"));
    QDir().mkpath(folder.path());

    QTemporaryDir dir;
    auto school = School::open(
        {dir.filePath(QStringLiteral("demo.truc2")), DatabaseOptions::IfMissing::Create});
    if (!school || !buildDemoSchool(**school, DemoOptions{})) {
        qFatal("Cannot build the demo school");
    }

    ui::MainWindow window(**school);
    window.resize(1280, 800);
    window.showPage(QStringLiteral("agentsPage"));
    auto* search = window.agentsPage()->findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
    QTest::keyClicks(search, QStringLiteral("mar"));
    QTest::qWait(300);
    save(window, folder, QStringLiteral("agents"));
    search->clear();

    window.showPage(QStringLiteral("cataloguePage"));
    save(window, folder, QStringLiteral("catalogue"));

    // The demo school's programme runs from September 2019 to December 2021.
    window.showPage(QStringLiteral("programmePage"));
    auto* programme = window.findChild<ui::ProgrammePage*>();
    programme->setView(ui::ProgrammePage::View::Month);
    programme->showDate(QDate(2021, 3, 15));
    {
        // The session detail of a workshop of the month.
        const auto month = (*school)->sessions().programme(QDate(2021, 3, 1), QDate(2021, 3, 31));
        for (const ProgrammeEntry& e : month ? *month : QList<ProgrammeEntry>{}) {
            if (e.registered > 5 && e.session.capacity > 0) {
                programme->monthView()->setSelectedSession(e.id());
                break;
            }
        }
    }
    save(window, folder, QStringLiteral("programme-month"));
    {
        // The session detail alone, wider: its registrations, then its attendance.
        ui::SessionDetailPanel* detail = programme->detailPanel();
        QWidget* holder = detail->parentWidget();
        detail->setParent(nullptr);
        detail->resize(640, 620);
        detail->tabs()->setCurrentIndex(0);
        save(*detail, folder, QStringLiteral("session-registrations"));
        detail->tabs()->setCurrentIndex(1);
        save(*detail, folder, QStringLiteral("session-attendance"));
        detail->hide();
        detail->setParent(holder);
        if (auto* splitter = qobject_cast<QSplitter*>(holder)) {
            splitter->addWidget(detail);
        }
        detail->show();
    }
    programme->setView(ui::ProgrammePage::View::Week);
    programme->showDate(QDate(2021, 3, 16));
    save(window, folder, QStringLiteral("programme-week"));
    programme->setView(ui::ProgrammePage::View::List);
    save(window, folder, QStringLiteral("programme-list"));
    programme->setView(ui::ProgrammePage::View::Month);

    window.showPage(QStringLiteral("animatorsPage"));
    window.findChild<ui::AnimatorsPage*>()->showSchoolYear(2020);
    save(window, folder, QStringLiteral("animators"));

    // The survey answers of 2021, the comments of the session with the most below.
    window.showPage(QStringLiteral("surveysPage"));
    {
        auto* surveys = window.findChild<ui::SurveysPage*>();
        surveys->showCalendarYear(2021);
        const SurveyCommentModel* comments = surveys->commentModel();
        QHash<qint64, int> commentsOf;
        qint64 most = 0;
        for (int row = 0; row < comments->rowCount(); ++row) {
            const qint64 session = comments->comment(row).sessionId;
            if (session > 0 && ++commentsOf[session] > commentsOf.value(most)) {
                most = session;
            }
        }
        surveys->selectSession(most);
        save(window, folder, QStringLiteral("surveys"));

        // A LimeSurvey export of 2021 workshops in the mapping dialog, then imported.
        QUndoStack undo;
        const ui::PageContext context{**school, undo, false};
        ui::SurveyImportDialog surveyImport(context, &window);
        surveyImport.resize(1100, 760);
        if (surveyImport.setFile(QStringLiteral(TRUC2_FIXTURES_DIR) +
                                 QStringLiteral("/import/surveys/"
                                                "limesurvey_fulltext_semicolon_bom_crlf.csv"))) {
            QTest::qWait(200);
            save(surveyImport, folder, QStringLiteral("survey-import"));
            if (surveyImport.importFile()) {
                surveys->reload();
                surveys->findChild<QTabWidget*>(QStringLiteral("surveysTabs"))->setCurrentIndex(1);
                QTest::qWait(100);
                surveys->findChild<QTableView*>(QStringLiteral("importsView"))->selectRow(0);
                QTest::qWait(300);
                save(window, folder, QStringLiteral("surveys-imports"));
                // Back to the demo's own answers, whose figures the municipality published
                // (the dashboard and the report show them).
                undo.undo();
            }
        }
    }

    {
        // The dashboard of the school year 2020–2021, tall enough to show most of its charts.
        window.showPage(QStringLiteral("dashboardPage"));
        auto* dashboard = window.findChild<ui::DashboardPage*>();
        dashboard->periodSelector()->showSchoolYear(2020);
        if (!QTest::qWaitFor(
                [dashboard] { return dashboard->hasFigures() && !dashboard->isBusy(); }, 20000)) {
            qFatal("The dashboard's figures did not come");
        }
        window.resize(1280, 1500);
        QTest::qWait(300);
        save(window, folder, QStringLiteral("dashboard"));
        window.resize(1280, 800);
    }

    {
        // The HR system's export (French Excel, windows-1252) in the agents import's preview.
        QUndoStack undo;
        ui::AgentImportDialog agentImport(ui::PageContext{**school, undo, false}, &window);
        agentImport.resize(1100, 760);
        if (agentImport.openFile(QStringLiteral(TRUC2_FIXTURES_DIR) +
                                 QStringLiteral("/import/agents-rh.csv"))) {
            QTest::qWait(200);
            save(agentImport, folder, QStringLiteral("agent-import"));
        }
    }

    window.showPage(QStringLiteral("agentsPage"));
    auto* table = window.agentsPage()->findChild<QTableView*>(QStringLiteral("agentsTableView"));
    QTest::qWait(300);
    const qint64 id = table->model()->index(3, 0).data(AgentTableModel::AgentIdRole).toLongLong();
    ui::AgentDialog agentDialog(**school, *(*school)->agents().agent(id), &window);
    save(agentDialog, folder, QStringLiteral("agent-dialog"));

    // The history of the animator of 2020–2021 who also attended the most sessions.
    if (const auto animators = AnimatorCalculator((*school)->database())
                                   .compute(Period::schoolYear(2020), QDateTime())) {
        const AgentHistoryStore histories((*school)->database(), (*school)->settings());
        qint64 busiest = 0;
        int most = -1;
        for (const AnimatorFigures& a : animators->animators) {
            const auto history = histories.history(a.personId);
            if (!a.external && history && history->sessionsAttended() > most) {
                most = history->sessionsAttended();
                busiest = a.personId;
            }
        }
        if (busiest > 0) {
            ui::AgentHistoryDialog historyDialog(**school, busiest, &window);
            save(historyDialog, folder, QStringLiteral("agent-history"));
        }
    }

    // A new lunch-time series planned over a room the programme already uses at that hour.
    if (const auto week = (*school)->sessions().programme(QDate(2021, 9, 6), QDate(2021, 9, 17))) {
        const auto taken = std::find_if(week->cbegin(), week->cend(), [](const ProgrammeEntry& e) {
            return !e.session.location.isEmpty() && !e.animators.isEmpty() &&
                   e.session.startsAt.time() >= QTime(11, 0);
        });
        if (taken != week->cend()) {
            Session planned;
            planned.actionId = taken->session.actionId;
            planned.startsAt = taken->session.startsAt.addSecs(-30 * 60);
            planned.endsAt = planned.startsAt.addSecs(75 * 60);
            planned.location = taken->session.location;
            planned.capacity = 15;
            planned.notes = QStringLiteral("Apporter son repas ; café offert.");
            planned.animators = taken->session.animators.mid(0, 1);
            QUndoStack undo;
            ui::SessionDialog sessionDialog(ui::PageContext{**school, undo, false}, planned,
                                            &window);
            sessionDialog.findChild<QCheckBox*>(QStringLiteral("repeatCheckBox"))->setChecked(true);
            QTest::qWait(300); // the conflicts of each date of the series
            save(sessionDialog, folder, QStringLiteral("session-dialog"));
        }
    }

    // The attendance sheet of a two-day exam preparation in its print preview, and its first
    // page as printed, rendered from the PDF.
    const Result<qint64> preparation =
        AttendanceSheetReader((*school)->database(), (*school)->settings())
            .sessionIdOf(QStringLiteral("PR-2020-001"));
    if (preparation) {
        QTimer::singleShot(400, &window, [&folder] {
            if (QWidget* preview = QApplication::activeModalWidget()) {
                preview->resize(1000, 820);
                save(*preview, folder, QStringLiteral("sheet-preview"));
                preview->close();
            }
        });
        ui::showAttendanceSheet(**school, *preparation, &window);
        const Result<PagedDocument> sheet =
            AttendanceSheet::make((*school)->database(), (*school)->settings(), *preparation);
        const QString pdf = dir.filePath(QStringLiteral("sheet.pdf"));
        QPdfDocument document;
        if (sheet && sheet->writePdf(pdf) && document.load(pdf) == QPdfDocument::Error::None) {
            savePdfPage(document, 0, 70, folder, QStringLiteral("attendance-sheet"));
        }
    }

    // The Rapports page on 2021, then two pages of that year's impact report as printed
    // (its summary and a page of tables), rendered from the PDF.
    window.showPage(QStringLiteral("reportsPage"));
    if (auto* reports = window.findChild<ui::ReportsPage*>()) {
        reports->periodSelector()->showCalendarYear(2021);
        QTest::qWait(200);
        reports->refresh();
        save(window, folder, QStringLiteral("reports"));
    }
    Result<ImpactReportInput> report =
        readImpactReport((*school)->database(), (*school)->settings(), Period::calendarYear(2021),
                         0, QDate(2022, 1, 17));
    if (report) {
        report->charts = ui::chartsForReport(report->figures);
        const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
        QPdfDocument document;
        if (writeImpactReport(*report, ReportFormat::Pdf, pdf) &&
            document.load(pdf) == QPdfDocument::Error::None) {
            for (const int page : {1, 2}) {
                savePdfPage(document, page, 100, folder, QStringLiteral("report-%1").arg(page));
            }
        }
    }

    ui::FirstRunDialog firstRun(QStringLiteral("/home/rh/.local/share/truc2/school.truc2"));
    save(firstRun, folder, QStringLiteral("first-run"));

    ui::MemoryPasswordStore passwords;
    ui::ConnectDialog connect(passwords, &window);
    connect.setLocation(QStringLiteral("postgresql://rh-formation@db.mairie.local:5432/truc2"));
    save(connect, folder, QStringLiteral("connect-dialog"));

    if (const Result<SchoolSettings> settings = (*school)->settings().schoolSettings()) {
        ui::SchoolSettingsDialog schoolSettings(*settings, &window);
        save(schoolSettings, folder, QStringLiteral("school-settings"));
    }
    return 0;
}
