// In French, no English: every page of the main window (whatever pages it has) and every dialog
// a user can open, shown on a school with data, has its texts read (support/VisibleTexts.h) and
// checked against the French translation file (support/EnglishInFrench.h): a text equal to the
// source of a message translated otherwise, or holding an English-only word, is listed with
// where it was found (tst_englishinfrench tests the checker). Plural forms go through the
// real translator.
#include "EnglishInFrench.h"
#include "HistorySchool.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "PasswordStore.h"
#include "VisibleTexts.h"
#include "demo/DemoSchool.h"
#include "dialogs/ActionDialog.h"
#include "dialogs/AgentDialog.h"
#include "dialogs/AgentHistoryDialog.h"
#include "dialogs/AgentImportDialog.h"
#include "dialogs/AttendanceDialog.h"
#include "dialogs/ClosedDaysDialog.h"
#include "dialogs/ConnectDialog.h"
#include "dialogs/ExternalSpeakerDialog.h"
#include "dialogs/FirstRunDialog.h"
#include "dialogs/FormatDialog.h"
#include "dialogs/GroupMembersDialog.h"
#include "dialogs/OrganisationDialog.h"
#include "dialogs/SchoolSettingsDialog.h"
#include "dialogs/SessionDialog.h"
#include "dialogs/SurveyImportDialog.h"
#include "documents/PrintPreview.h"
#include "documents/SchoolYearDialog.h"
#include "i18n/Translations.h"
#include "pages/PendingAttendanceWidget.h"
#include "pages/RegistrationsPanel.h"
#include "pages/SessionDetailPanel.h"
#include "stats/PeriodFigures.h"

#include <QApplication>
#include <QCheckBox>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QStackedWidget>
#include <QTest>
#include <QUndoStack>

#include <array>

using namespace truc2;
using namespace truc2::ui;

class TestFrenchWalk : public QObject
{
    Q_OBJECT

private:
    QList<test::TsMessage> m_messages;
    std::unique_ptr<test::EnglishInFrench> m_check;
    std::unique_ptr<test::HistorySchool> m_school;
    std::unique_ptr<QUndoStack> m_undo;
    MemoryPasswordStore m_passwords; ///< Not the desktop's keyring, whose errors vary.

    PageContext context() { return {m_school->school.school(), *m_undo, false}; }

    /// One line per text that shows English, or empty.
    QString offending(const QList<test::VisibleText>& texts)
    {
        QStringList lines;
        // TRUC2_SHOW_TEXTS=1 lists every text read, to see what the walk reaches.
        static const bool show = qEnvironmentVariableIsSet("TRUC2_SHOW_TEXTS");
        for (const test::VisibleText& t : texts) {
            if (show) {
                qInfo("%s", qPrintable(QStringLiteral("«%1» — %2").arg(t.text, t.where)));
            }
            if (const QString why = m_check->problem(t.text); !why.isEmpty()) {
                lines.append(QStringLiteral("«%1» — %2 — %3").arg(t.text, why, t.where));
            }
        }
        return lines.isEmpty()
                   ? QString()
                   : QStringLiteral("\n%1 text(s) show English:\n  ").arg(lines.size()) +
                         lines.join(QStringLiteral("\n  "));
    }

    /// Fails with the whole report: printed in full as a warning (a failure's message is cut
    /// short by Qt Test), then a failure that points to it.
    static void expectNoEnglish(const QString& report)
    {
        if (!report.isEmpty()) {
            qWarning("%s", qPrintable(report));
        }
        QVERIFY2(report.isEmpty(), "texts show English: see the warning above");
    }

    /// Shows the window, lets it lay out, checks every text of it.
    void checkWindow(QWidget& window, const QString& place)
    {
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::qWait(50);
        const QList<test::VisibleText> texts = test::visibleTexts(&window, place);
        QVERIFY2(!texts.isEmpty(), qPrintable(place));
        const QString report = offending(texts);
        expectNoEnglish(report);
    }

    /// Runs `open`, which shows a modal dialog, and checks the dialog's texts.
    void checkModal(const std::function<void()>& open, const QString& place)
    {
        int modals = 0;
        const QList<test::VisibleText> texts = test::modalTexts(open, place, &modals);
        QVERIFY2(modals > 0, qPrintable(place));
        const QString report = offending(texts);
        expectNoEnglish(report);
    }

private Q_SLOTS:
    void initTestCase()
    {
        MessageBox::setAutomaticAnswers(true);
        test::useTemporarySettings();
        PasswordStore::setCurrent(&m_passwords);
        installTranslations(Language::French);
        QString error;
        m_messages = test::readTsFile(QStringLiteral(TRUC2_FR_TS), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(m_messages.size() > 1000);
        m_check = std::make_unique<test::EnglishInFrench>(m_messages);
        QVERIFY(m_check->untranslatedSourceCount() > 500);
        m_school = std::make_unique<test::HistorySchool>();
        m_undo = std::make_unique<QUndoStack>();
    }

    void everyPageOfTheMainWindow()
    {
        test::TestSchool demo;
        QVERIFY(buildDemoSchool(*demo, DemoOptions{}).ok());
        MainWindow window(*demo);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigationListWidget"));
        auto* pages = window.findChild<QStackedWidget*>(QStringLiteral("pagesStackedWidget"));
        QVERIFY(navigation && pages);
        QVERIFY(navigation->count() >= 5);
        QCOMPARE(navigation->count(), pages->count());

        // The window around the pages (title, menus, status bar, navigation); pages come next.
        QList<test::VisibleText> texts;
        for (const test::VisibleText& t :
             test::visibleTexts(&window, QStringLiteral("main window"), navigation->count())) {
            if (!t.where.contains(QLatin1String("pagesStackedWidget/"))) {
                texts.append(t);
            }
        }
        QString report = offending(texts);
        for (int row = 0; row < navigation->count(); ++row) {
            navigation->setCurrentRow(row);
            QWidget* page = pages->currentWidget();
            QCOMPARE(pages->currentIndex(), row);
            const QString place = QStringLiteral("page \"%1\" (%2)")
                                      .arg(navigation->item(row)->text(), page->objectName());
            QTest::qWait(100);
            texts = test::visibleTexts(page, place);
            QVERIFY2(!texts.isEmpty(), qPrintable(place));
            // Then what choosing a row adds (a detail panel, enabled buttons' new texts).
            QSet<QString> before;
            for (const test::VisibleText& t : std::as_const(texts)) {
                before.insert(t.text);
            }
            test::selectFirstRows(page);
            QTest::qWait(100);
            for (const test::VisibleText& t :
                 test::visibleTexts(page, place + QStringLiteral(" with a row chosen"))) {
                if (!before.contains(t.text)) {
                    texts.append(t);
                }
            }
            report += offending(texts);
        }
        expectNoEnglish(report);
    }

    void dialogsOfTheMenus()
    {
        MainWindow window(m_school->school.school());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Every command of the menus (undo and redo are disabled: nothing was done): the dialogs
        // they open (the About box, the school settings, the file choosers …) are read, then
        // cancelled. Quitting only closes the window, shown again.
        QList<QAction*> commands;
        std::function<void(const QList<QAction*>&)> gather = [&](const QList<QAction*>& actions) {
            for (QAction* action : actions) {
                if (action->menu()) {
                    gather(action->menu()->actions());
                } else if (!action->isSeparator() && action->isEnabled()) {
                    commands.append(action);
                }
            }
        };
        gather(window.menuBar()->actions());
        QVERIFY2(commands.size() >= 5, qPrintable(QString::number(commands.size())));
        QString report;
        int modals = 0;
        for (QAction* action : std::as_const(commands)) {
            int shown = 0;
            const QString place = QStringLiteral("menu command \"%1\"").arg(action->text());
            report += offending(test::modalTexts([action] { action->trigger(); }, place, &shown));
            modals += shown;
            window.show();
        }
        QVERIFY(modals >= 3);
        expectNoEnglish(report);
    }

    void actionDialog()
    {
        Result<QList<Action>> actions = m_school->school->catalogue().actions();
        QVERIFY(actions && !actions->isEmpty());
        ActionDialog dialog(m_school->school->catalogue(), actions->first());
        checkWindow(dialog, QStringLiteral("ActionDialog"));
        ActionDialog added(m_school->school->catalogue(), Action{});
        checkWindow(added, QStringLiteral("ActionDialog (new action)"));
    }

    void agentDialog()
    {
        Result<Agent> hal = m_school->school->agents().agent(m_school->hal);
        QVERIFY(hal);
        AgentDialog dialog(m_school->school.school(), *hal);
        checkWindow(dialog, QStringLiteral("AgentDialog"));
    }

    void agentHistoryDialog()
    {
        AgentHistoryDialog dialog(m_school->school.school(), m_school->hal);
        checkWindow(dialog, QStringLiteral("AgentHistoryDialog"));
    }

    void agentImportDialog()
    {
        AgentImportDialog dialog(context());
        checkWindow(dialog, QStringLiteral("AgentImportDialog"));
        QVERIFY(dialog.openFile(test::fixture(QStringLiteral("import/agents-rh.csv"))));
        checkWindow(dialog, QStringLiteral("AgentImportDialog (agents-rh.csv)"));
    }

    void attendanceDialog()
    {
        AttendanceDialog dialog(context(), m_school->ac1);
        checkWindow(dialog, QStringLiteral("AttendanceDialog"));
    }

    void closedDaysDialog()
    {
        const QMap<QDate, QString> days{{QDate(2020, 11, 11), QStringLiteral("Armistice")}};
        ClosedDaysDialog dialog(Period::schoolYear(2020), days);
        dialog.addPublicHolidays();
        checkWindow(dialog, QStringLiteral("ClosedDaysDialog"));
    }

    void connectDialog()
    {
        MemoryPasswordStore passwords;
        ConnectDialog dialog(passwords);
        dialog.setLocation(QStringLiteral("postgresql://rh@db.mairie.local:5432/truc2"));
        checkWindow(dialog, QStringLiteral("ConnectDialog"));
    }

    void externalSpeakerDialog()
    {
        ExternalSpeakerDialog dialog(m_school->school->agents());
        checkWindow(dialog, QStringLiteral("ExternalSpeakerDialog"));
    }

    void firstRunDialog()
    {
        FirstRunDialog dialog(QStringLiteral("/home/rh/.local/share/truc2/ecole.truc2"));
        checkWindow(dialog, QStringLiteral("FirstRunDialog"));
    }

    void formatAndMembersDialogs()
    {
        Result<Format> format = m_school->school->catalogue().format(m_school->ac);
        QVERIFY(format);
        FormatDialog dialog(m_school->school->catalogue(), *format);
        checkWindow(dialog, QStringLiteral("FormatDialog"));
        format->registrationMode = RegistrationMode::Closed;
        GroupMembersDialog members(context(), *format);
        checkWindow(members, QStringLiteral("GroupMembersDialog"));
    }

    void organisationDialog()
    {
        OrganisationDialog dialog(context());
        checkWindow(dialog, QStringLiteral("OrganisationDialog"));
    }

    void schoolSettingsDialog()
    {
        const Result<SchoolSettings> settings = m_school->school->settings().schoolSettings();
        QVERIFY(settings);
        SchoolSettingsDialog dialog(*settings);
        checkWindow(dialog, QStringLiteral("SchoolSettingsDialog"));
    }

    void sessionDialog()
    {
        Result<Session> session = m_school->school->sessions().session(m_school->coAnimated);
        QVERIFY(session);
        SessionDialog dialog(context(), *session);
        checkWindow(dialog, QStringLiteral("SessionDialog"));
        SessionDialog planned(context(), Session{});
        planned.findChild<QCheckBox*>(QStringLiteral("repeatCheckBox"))->setChecked(true);
        QTest::qWait(300);
        checkWindow(planned, QStringLiteral("SessionDialog (new series)"));
    }

    void surveyImportDialog()
    {
        SurveyImportDialog dialog(context());
        checkWindow(dialog, QStringLiteral("SurveyImportDialog"));
        QVERIFY(dialog.setFile(test::fixture(
            QStringLiteral("import/surveys/limesurvey_fulltext_semicolon_bom_crlf.csv"))));
        QTest::qWait(200);
        checkWindow(dialog, QStringLiteral("SurveyImportDialog (LimeSurvey export)"));
    }

    void sessionDetailPanel()
    {
        // The programme's panel of the chosen session: its registrations (with a waiting list)
        // and its attendance; then a held session over two days.
        SessionDetailPanel panel(context());
        panel.resize(700, 640);
        panel.setSession(m_school->waiting);
        checkWindow(panel, QStringLiteral("SessionDetailPanel (planned session)"));
        panel.setSession(m_school->twoDays);
        checkWindow(panel, QStringLiteral("SessionDetailPanel (held session)"));
        // Its tabs, which the programme page gives it: the registrations of a session with a
        // waiting list (the attendance is AttendanceDialog's panel).
        RegistrationsPanel registrations(context());
        registrations.resize(700, 500);
        registrations.setSession(m_school->waiting);
        checkWindow(registrations, QStringLiteral("RegistrationsPanel"));
        PendingAttendanceWidget pending(m_school->school.school());
        checkWindow(pending, QStringLiteral("PendingAttendanceWidget"));
    }

    void schoolYearDialog()
    {
        SchoolYearDialog dialog(2019, 2021, 2020);
        checkWindow(dialog, QStringLiteral("SchoolYearDialog"));
    }

    void printPreviews()
    {
        School& school = m_school->school.school();
        QWidget parent;
        checkModal([&] { showAttendanceSheet(school, m_school->twoDays, &parent); },
                   QStringLiteral("print preview of an attendance sheet"));
        checkModal(
            [&] {
                showTrainingAttestation(school, m_school->hal, Period::calendarYear(2020), &parent);
            },
            QStringLiteral("print preview of a training attestation"));
        checkModal(
            [&] {
                showAnimatorAttestation(school, m_school->ann, Period::calendarYear(2020), &parent);
            },
            QStringLiteral("print preview of an animation attestation"));
    }

    void pluralFormsAreFrench()
    {
        // A handful, as the screens count things: singular for 0 and 1, as French has it.
        const QList<std::array<const char*, 4>> examples{
            {"truc2::ui::ProgrammePage", "%n session(s)", "1 session", "17 sessions"},
            {"truc2::ui::AgentsPage", "%n agent(s)", "1 agent", "17 agents"},
            {"truc2::ui::CataloguePage", "%n action(s)", "1 action", "17 actions"},
            {"truc2::ui::AttendancePanel", "%n participant(s)", "1 participant", "17 participants"},
            {"truc2::ui::AnimatorsPage", "%n animator(s)", "1 animateur", "17 animateurs"},
            {"truc2::ui::GroupMembersDialog", "%n member(s)", "1 membre", "17 membres"},
        };
        for (const auto& example : examples) {
            const char* context = example[0];
            const char* source = example[1];
            const QString one = QString::fromUtf8(example[2]);
            const QString many = QString::fromUtf8(example[3]);
            const auto say = [context, source](int n) {
                return QCoreApplication::translate(context, source, nullptr, n);
            };
            QCOMPARE(say(0), QLatin1Char('0') + one.mid(1));
            QCOMPARE(say(1), one);
            QCOMPARE(say(2), QLatin1Char('2') + many.mid(2));
            QCOMPARE(say(17), many);
        }
        // Every plural message of the program: its first form for 0 and 1, the second from 2.
        int checked = 0;
        for (const test::TsMessage& m : std::as_const(m_messages)) {
            if (!m.numerus) {
                continue;
            }
            const QString where = m.context + QStringLiteral(": ") + m.source;
            QVERIFY2(m.translations.size() == 2, qPrintable(where));
            for (const int n : {0, 1, 2, 17}) {
                const QString form = m.translations.at(n < 2 ? 0 : 1);
                const QString expected = QString(form)
                                             .replace(QStringLiteral("%Ln"), QLocale().toString(n))
                                             .replace(QStringLiteral("%n"), QString::number(n));
                const QString said = QCoreApplication::translate(
                    qPrintable(m.context), qPrintable(m.source),
                    m.comment.isEmpty() ? nullptr : qPrintable(m.comment), n);
                QVERIFY2(said == expected,
                         qPrintable(where + QStringLiteral(" for %1: \"%2\"").arg(n).arg(said)));
                QVERIFY2(!said.contains(QLatin1String("(s)")), qPrintable(where));
            }
            ++checked;
        }
        QVERIFY(checked > 50);
    }

    void cleanupTestCase() { PasswordStore::setCurrent(nullptr); }
};

QTEST_MAIN(TestFrenchWalk)
#include "tst_frenchwalk.moc"
