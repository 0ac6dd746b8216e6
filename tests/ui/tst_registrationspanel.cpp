// The registrations panel of a session, driven through its widgets: agents added one after
// another from the type-ahead, refusals reported with the agent's name, the waiting list when
// the session is full, a cancellation seating the first agent waiting, undo and redo, the
// e-mail list on the clipboard, the headcount of an open conference, a read-only school.
#include "MessageBox.h"
#include "TestSchool.h"
#include "WidgetDriver.h"
#include "commands/EditCommand.h"
#include "i18n/Translations.h"
#include "itemmodels/RegistrationTableModel.h"
#include "pages/RegistrationsPanel.h"

#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace truc2;
using namespace truc2::ui;
using truc2::test::column;
using truc2::test::type;

class TestRegistrationsPanel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestSchool> m_school;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<RegistrationsPanel> m_panel;
    QStringList m_errors;
    qint64 m_workshop = 0;   ///< 3 seats, Marc LODIER animating
    qint64 m_conference = 0; ///< open headcount, no limit
    qint64 m_meeting = 0;    ///< managers' community: Claire MARTIN is its only member
    qint64 m_elodie = 0, m_petit = 0;

    School& school() { return m_school->school(); }

    qint64 addAgent(const QString& last, const QString& first, const QString& email)
    {
        Agent a;
        a.lastName = last;
        a.firstName = first;
        a.email = email;
        return *school().agents().insert(a);
    }

    qint64 addSession(const QString& code, const QString& name, RegistrationMode mode, int capacity,
                      const QList<SessionAnimator>& animators = {})
    {
        Format format;
        format.code = code;
        format.name = name;
        format.registrationMode = mode;
        Action action;
        action.formatId = *school().catalogue().insertFormat(format);
        action.title = name;
        Session s;
        s.actionId = *school().catalogue().insertAction(action);
        s.startsAt = QDateTime(QDate(2030, 6, 4), QTime(9, 0));
        s.endsAt = s.startsAt.addSecs(3 * 3600);
        s.capacity = capacity;
        s.animators = animators;
        return school().sessions().insert(s)->id;
    }

    void open(qint64 session, bool readOnly = false)
    {
        m_panel = std::make_unique<RegistrationsPanel>(PageContext{school(), *m_undo, readOnly});
        m_panel->resize(900, 500);
        m_panel->setSession(session);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    }

    template <typename W>
    W* find(const char* name)
    {
        return test::child<W>(m_panel.get(), name);
    }

    /// Types in the add field and presses Return, as HR does for each agent.
    void pick(const QString& typed)
    {
        type(m_panel.get(), "addAgentLineEdit", typed);
        QTest::keyClick(find<QLineEdit>("addAgentLineEdit"), Qt::Key_Return);
    }

    QString counts() { return find<QLabel>("countsLabel")->text(); }
    QString message() { return find<QLabel>("messageLabel")->text(); }
    QStringList names() { return column(find<QTableView>("registrantsTableView"), 0); }
    QStringList statuses()
    {
        return column(find<QTableView>("registrantsTableView"), RegistrationTableModel::Status);
    }

    void selectRow(const QString& name)
    {
        auto* view = find<QTableView>("registrantsTableView");
        const int row = int(names().indexOf(name));
        QVERIFY2(row >= 0, qPrintable(name));
        view->selectRow(row);
    }

    QString selectedName()
    {
        const QModelIndexList rows =
            find<QTableView>("registrantsTableView")->selectionModel()->selectedRows();
        return rows.isEmpty() ? QString() : rows.first().data().toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        TRUC2_REQUIRE_BACKEND();
        installTranslations(Language::English);
        MessageBox::setAutomaticAnswers(true);
        EditCommand::setErrorSink([this](const QString& text) { m_errors << text; });
    }

    void cleanupTestCase() { EditCommand::setErrorSink({}); }

    void init()
    {
        test::useTemporarySettings();
        m_errors.clear();
        MessageBox::takeShownTexts();
        m_school = std::make_unique<test::TestSchool>();
        m_undo = std::make_unique<QUndoStack>();
        m_elodie = addAgent(QStringLiteral("Dupont"), QStringLiteral("Élodie"),
                            QStringLiteral("elodie.dupont@ville.fr"));
        const qint64 marc = addAgent(QStringLiteral("Lodier"), QStringLiteral("Marc"),
                                     QStringLiteral("marc.lodier@ville.fr"));
        const qint64 claire = addAgent(QStringLiteral("Martin"), QStringLiteral("Claire"),
                                       QStringLiteral("claire.martin@ville.fr"));
        addAgent(QStringLiteral("Bernard"), QStringLiteral("Anne"), QString());
        addAgent(QStringLiteral("Zola"), QStringLiteral("Émile"),
                 QStringLiteral("emile.zola@ville.fr"));
        m_petit = addAgent(QStringLiteral("Petit"), QStringLiteral("Hugo"), QString());
        m_workshop = addSession(QStringLiteral("UT"), QStringLiteral("Un truc² en +"),
                                RegistrationMode::Capacity, 3, {{marc, AnimatorRole::Animator}});
        m_conference =
            addSession(QStringLiteral("AC"), QStringLiteral("Ac'Truc²"), RegistrationMode::Open, 0);
        m_meeting = addSession(QStringLiteral("CM"), QStringLiteral("Communauté des managers"),
                               RegistrationMode::Closed, 12);
        const Result<Session> meeting = school().sessions().session(m_meeting);
        const qint64 group = school().catalogue().action(meeting->actionId)->formatId;
        QVERIFY(school().catalogue().addMembers(group, {claire}));
    }

    void cleanup()
    {
        m_panel.reset();
        m_undo.reset();
        m_school.reset();
    }

    void typeAheadRegistersSeveralAgentsOneAfterAnother()
    {
        open(m_workshop);
        QCOMPARE(counts(), QStringLiteral("0 / 3 registered"));
        pick(QStringLiteral("elod"));
        QCOMPARE(message(), QStringLiteral("DUPONT Élodie is registered."));
        pick(QStringLiteral("mart"));
        pick(QStringLiteral("bern"));
        QCOMPARE(find<QLineEdit>("addAgentLineEdit")->text(), QString()); // ready for the next
        QCOMPARE(names(),
                 QStringList({QStringLiteral("BERNARD Anne"), QStringLiteral("DUPONT Élodie"),
                              QStringLiteral("MARTIN Claire")}));
        QCOMPARE(counts(), QStringLiteral("3 / 3 registered"));
        QCOMPARE(school().registrations().counts(m_workshop)->seatsTaken, 3);
        // Each is a step of its own.
        QCOMPARE(m_undo->count(), 3);
        QCOMPARE(m_undo->undoText(), QStringLiteral("Register BERNARD Anne"));
        QCOMPARE(selectedName(), QStringLiteral("BERNARD Anne")); // the last one added
        QVERIFY(m_errors.isEmpty());
    }

    void animatorsAndDuplicatesAreRefusedWithTheirName()
    {
        open(m_workshop);
        pick(QStringLiteral("elod"));
        pick(QStringLiteral("lodier"));
        pick(QStringLiteral("elod"));
        QCOMPARE(m_errors,
                 QStringList({QStringLiteral("LODIER Marc animates this session and cannot also "
                                             "attend it."),
                              QStringLiteral("DUPONT Élodie is already registered for this "
                                             "session.")}));
        QCOMPARE(names(), QStringList{QStringLiteral("DUPONT Élodie")});
        QCOMPARE(m_undo->count(), 1); // refusals leave no step behind
        // A closed group takes its members only.
        m_panel->setSession(m_meeting);
        QVERIFY(find<QLineEdit>("addAgentLineEdit")
                    ->placeholderText()
                    .contains(QStringLiteral("Communauté des managers")));
        pick(QStringLiteral("zola"));
        QVERIFY2(m_errors.last().startsWith(
                     QStringLiteral("ZOLA Émile is not a member of Communauté des managers")),
                 qPrintable(m_errors.last()));
        pick(QStringLiteral("claire"));
        QCOMPARE(names(), QStringList{QStringLiteral("MARTIN Claire")});
        QCOMPARE(counts(), QStringLiteral("1 / 12 registered"));
    }

    void fullSessionFillsTheWaitingListAndACancellationPromotes()
    {
        open(m_workshop);
        for (const char* typed : {"elod", "mart", "bern", "zola", "petit"}) {
            pick(QLatin1String(typed));
        }
        QCOMPARE(
            message(),
            QStringLiteral("The session is full: PETIT Hugo is on the waiting list, place 2."));
        QCOMPARE(counts(), QStringLiteral("3 / 3 registered · 2 on the waiting list"));
        QCOMPARE(names(),
                 QStringList({QStringLiteral("BERNARD Anne"), QStringLiteral("DUPONT Élodie"),
                              QStringLiteral("MARTIN Claire"), QStringLiteral("ZOLA Émile"),
                              QStringLiteral("PETIT Hugo")}));
        QCOMPARE(column(find<QTableView>("registrantsTableView"),
                        RegistrationTableModel::WaitingPosition),
                 QStringList(
                     {QString(), QString(), QString(), QStringLiteral("1"), QStringLiteral("2")}));

        auto* cancel = find<QPushButton>("cancelRegistrationButton");
        QCOMPARE(selectedName(), QStringLiteral("PETIT Hugo")); // the last one added
        find<QTableView>("registrantsTableView")->clearSelection();
        QVERIFY(!cancel->isEnabled());
        selectRow(QStringLiteral("DUPONT Élodie"));
        QVERIFY(cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        // Zola, first waiting, is seated and shown as such; Dupont leaves the list shown.
        QCOMPARE(names(),
                 QStringList({QStringLiteral("BERNARD Anne"), QStringLiteral("MARTIN Claire"),
                              QStringLiteral("ZOLA Émile"), QStringLiteral("PETIT Hugo")}));
        QCOMPARE(statuses(),
                 QStringList({QStringLiteral("Registered"), QStringLiteral("Registered"),
                              QStringLiteral("Registered"), QStringLiteral("Waiting list")}));
        QCOMPARE(counts(), QStringLiteral("3 / 3 registered · 1 on the waiting list"));
        QCOMPARE(selectedName(), QStringLiteral("ZOLA Émile"));
        QCOMPARE(message(), QStringLiteral("The registration of DUPONT Élodie is cancelled: ZOLA "
                                           "Émile, first on the waiting list, takes the seat."));
        // The cancelled are there when asked for.
        find<QCheckBox>("showCancelledCheckBox")->setChecked(true);
        QCOMPARE(names().last(), QStringLiteral("DUPONT Élodie"));
        QCOMPARE(statuses().last(), QStringLiteral("Cancelled"));
        selectRow(QStringLiteral("DUPONT Élodie"));
        QVERIFY(!cancel->isEnabled());
        find<QCheckBox>("showCancelledCheckBox")->setChecked(false);

        // Undo: Dupont has her seat back, Zola goes back to the head of the waiting list.
        QCOMPARE(m_undo->undoText(), QStringLiteral("Cancel the registration of DUPONT Élodie"));
        m_undo->undo();
        QCOMPARE(counts(), QStringLiteral("3 / 3 registered · 2 on the waiting list"));
        QCOMPARE(names().at(1), QStringLiteral("DUPONT Élodie"));
        QCOMPARE(names().at(3), QStringLiteral("ZOLA Émile"));
        QCOMPARE(statuses().at(3), QStringLiteral("Waiting list"));
        m_undo->redo();
        QCOMPARE(counts(), QStringLiteral("3 / 3 registered · 1 on the waiting list"));
        QCOMPARE(statuses().at(2), QStringLiteral("Registered"));
        // Undoing everything empties the session; redoing everything fills it again the same.
        while (m_undo->canUndo()) {
            m_undo->undo();
        }
        QCOMPARE(names(), QStringList());
        QCOMPARE(counts(), QStringLiteral("0 / 3 registered"));
        while (m_undo->canRedo()) {
            m_undo->redo();
        }
        QCOMPARE(counts(), QStringLiteral("3 / 3 registered · 1 on the waiting list"));
        QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(QLatin1Char('\n'))));
    }

    void copiesTheEmailsOfThoseHoldingASeat()
    {
        open(m_workshop);
        for (const char* typed : {"elod", "bern", "mart", "zola"}) {
            pick(QLatin1String(typed));
        }
        auto* copy = find<QPushButton>("copyEmailsButton");
        QVERIFY(copy->toolTip().contains(QStringLiteral("BERNARD Anne")));
        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(copy, Qt::LeftButton);
        // In the table's order; Zola waits, Bernard has no address.
        QCOMPARE(QGuiApplication::clipboard()->text(),
                 QStringLiteral("elodie.dupont@ville.fr; claire.martin@ville.fr"));
        const QStringList shown = MessageBox::takeShownTexts();
        QCOMPARE(shown.size(), 1);
        QVERIFY2(shown.first().contains(QStringLiteral("No e-mail address in the directory for: "
                                                       "BERNARD Anne.")),
                 qPrintable(shown.first()));
        QVERIFY(shown.first().startsWith(QStringLiteral("2 address"))); // plural once translated
    }

    void conferencesCountPeopleWithoutNames()
    {
        open(m_workshop);
        QVERIFY(!find<QSpinBox>("headcountSpinBox")->isVisible()); // a workshop names everyone
        m_panel->setSession(m_conference);
        auto* headcount = find<QSpinBox>("headcountSpinBox");
        QVERIFY(headcount->isVisible());
        QCOMPARE(counts(), QStringLiteral("0 registered"));
        headcount->setValue(35);
        QCOMPARE(school().sessions().session(m_conference)->anonymousHeadcount, 35);
        QCOMPARE(counts(), QStringLiteral("0 registered · 35 counted without names"));
        // Arrow clicks one after another make one step.
        headcount->stepUp();
        headcount->stepUp();
        QCOMPARE(school().sessions().session(m_conference)->anonymousHeadcount, 37);
        QCOMPARE(m_undo->count(), 1);
        // Named attendees beside the headcount, when known.
        pick(QStringLiteral("elod"));
        QCOMPARE(counts(), QStringLiteral("1 registered · 37 counted without names"));
        m_undo->undo(); // the registration
        m_undo->undo(); // the headcount
        QCOMPARE(school().sessions().session(m_conference)->anonymousHeadcount, 0);
        QCOMPARE(headcount->value(), 0);
        QCOMPARE(counts(), QStringLiteral("0 registered"));
        m_undo->redo();
        QCOMPARE(headcount->value(), 37);
        QVERIFY(m_errors.isEmpty());
    }

    void anotherWorkstationsChangesShowHere()
    {
        if (!test::onPostgres()) {
            QSKIP("Only a shared school (PostgreSQL) tells other workstations of its changes.");
        }
        open(m_workshop);
        pick(QStringLiteral("elod"));
        std::unique_ptr<School> other = m_school->openAgain();
        QVERIFY(other->registrations().registerAgent(m_workshop, m_petit));
        QTRY_COMPARE(names(),
                     QStringList({QStringLiteral("DUPONT Élodie"), QStringLiteral("PETIT Hugo")}));
        Session s = *other->sessions().session(m_workshop);
        s.capacity = 1; // the last registered goes back to the waiting list
        QVERIFY(other->sessions().update(s));
        QTRY_COMPARE(counts(), QStringLiteral("1 / 1 registered · 1 on the waiting list"));
        QCOMPARE(statuses().last(), QStringLiteral("Waiting list"));
    }

    void readOnlySchoolsOnlyCopy()
    {
        QVERIFY(school().registrations().registerAgent(m_workshop, m_elodie));
        open(m_workshop, true);
        QCOMPARE(names().size(), 1);
        selectRow(names().first());
        QVERIFY(!find<QLineEdit>("addAgentLineEdit")->isEnabled());
        QVERIFY(!find<QPushButton>("cancelRegistrationButton")->isEnabled());
        QVERIFY(find<QPushButton>("copyEmailsButton")->isEnabled());
        QVERIFY(!m_panel->registerAgent(m_petit));
        QVERIFY(!m_panel->cancelSelected());
        m_panel->setSession(m_conference);
        QVERIFY(!find<QSpinBox>("headcountSpinBox")->isEnabled());
        QCOMPARE(m_undo->count(), 0);
    }
};

QTEST_MAIN(TestRegistrationsPanel)
#include "tst_registrationspanel.moc"
