// Connecting to a shared school: the dialog's fields and the address they make, the test of
// the connection, the password kept in the keyring only when asked (never in the preferences),
// the start-up that asks again when the server refuses.
#include "AppSettings.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "PasswordStore.h"
#include "StartUp.h"
#include "TestSchool.h"
#include "WidgetDriver.h"
#include "dialogs/ConnectDialog.h"
#include "dialogs/FirstRunDialog.h"
#include "i18n/Translations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDirIterator>
#include <QFileInfo>
#include <QPointer>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>

using namespace truc2;
using namespace truc2::ui;

namespace {

const QString kSecret = QStringLiteral("Tr3s-Secret-42");

using test::child;
using test::clickOk;

void fill(ConnectDialog* dialog, const QString& host, const QString& port, const QString& database,
          const QString& user)
{
    test::type(dialog, "hostLineEdit", host);
    test::type(dialog, "portLineEdit", port);
    test::type(dialog, "databaseLineEdit", database);
    test::type(dialog, "userLineEdit", user);
}

void pickMode(ConnectDialog* dialog, const QString& mode)
{
    auto* combo = child<QComboBox>(dialog, "tlsComboBox");
    combo->setCurrentIndex(combo->findData(mode));
}

QString resultText(ConnectDialog* dialog)
{
    auto* label = child<QLabel>(dialog, "testResultLabel");
    return label->isVisibleTo(dialog) ? label->text() : QString();
}

/// Every file of the preferences folder, read back whole.
QByteArray preferencesFiles()
{
    const QSettings probe(QSettings::NativeFormat, QSettings::UserScope,
                          QCoreApplication::applicationName(), QStringLiteral("preferences"));
    QByteArray all;
    QDirIterator it(QFileInfo(probe.fileName()).absolutePath(), QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly)) {
            all += file.readAll();
        }
    }
    return all;
}

/// Answers the modal connection dialogs as they come, one handler each (a further one is
/// refused and counted), and closes the main window once it shows, noting its title.
class Answerer : public QObject
{
public:
    explicit Answerer(QList<std::function<void(ConnectDialog*)>> handlers)
        : m_handlers(std::move(handlers))
    {
        m_timer.setInterval(20);
        connect(&m_timer, &QTimer::timeout, this, &Answerer::look);
        m_timer.start();
    }

    /// Chooses in the first-run dialog, when one shows.
    std::function<void(FirstRunDialog*)> firstRun;
    int dialogsSeen = 0;
    QString windowTitle;
    QString locationText;
    bool readOnlyBanner = false;

private:
    void look()
    {
        auto* dialog = qobject_cast<ConnectDialog*>(QApplication::activeModalWidget());
        if (m_last && !m_last->isVisible()) {
            m_last = nullptr; // closed: shown again, it is answered again
        }
        if (dialog && dialog == m_last && QTest::currentTestFailed()) {
            dialog->reject(); // a handler failed with the dialog still open: do not hang
            return;
        }
        if (dialog && dialog != m_last) {
            m_last = dialog;
            if (dialogsSeen++ < m_handlers.size()) {
                m_handlers[dialogsSeen - 1](dialog);
            } else {
                dialog->reject();
            }
            return;
        }
        if (auto* first = qobject_cast<FirstRunDialog*>(QApplication::activeModalWidget())) {
            firstRun ? firstRun(first) : first->reject();
            return;
        }
        for (QWidget* top : QApplication::topLevelWidgets()) {
            if (auto* window = qobject_cast<MainWindow*>(top); window && window->isVisible()) {
                windowTitle = window->windowTitle();
                locationText = child<QLabel>(window, "locationLabel")->text();
                readOnlyBanner = window->findChild<QLabel*>(QStringLiteral("readOnlyBannerLabel"));
                window->close();
            }
        }
    }

    QList<std::function<void(ConnectDialog*)>> m_handlers;
    QPointer<ConnectDialog> m_last;
    QTimer m_timer;
};

void adminExec(const QString& sql)
{
    QString error;
    if (!test::serverAdminExec(sql, &error) && !error.contains(QLatin1String("already exists")) &&
        !error.contains(QLatin1String("duplicate key"))) {
        qFatal("%s: %s", qPrintable(sql), qPrintable(error));
    }
}

/// The school's address for a role that may only read it, and whose password the server
/// checks (scripts/pg-cluster.sh lets that one role in by password only).
QString readerLocation(test::TestSchool& school)
{
    adminExec(QStringLiteral("CREATE ROLE truc2_password_check LOGIN PASSWORD 'x'"));
    adminExec(QStringLiteral("ALTER ROLE truc2_password_check PASSWORD '%1'").arg(kSecret));
    // The school's tables are granted in its own database, by their owner.
    QSqlQuery grant(school->database().connection());
    if (!grant.exec(QStringLiteral(
            "GRANT SELECT ON ALL TABLES IN SCHEMA public TO truc2_password_check"))) {
        qFatal("Cannot grant the reader: %s", qPrintable(grant.lastError().text()));
    }
    ServerAddress address = *ServerAddress::parse(school.path());
    address.user = QStringLiteral("truc2_password_check");
    return address.toLocation();
}

} // namespace

class TestConnectDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        TRUC2_REQUIRE_BACKEND();
        installTranslations(Language::English);
        MessageBox::setAutomaticAnswers(true);
        PasswordStore::setCurrent(&m_passwords);
    }

    void init()
    {
        test::useTemporarySettings();
        m_passwords = MemoryPasswordStore();
    }

    void cleanupTestCase() { PasswordStore::setCurrent(nullptr); }

    void buildsTheAddressFromTheFields()
    {
        ConnectDialog dialog(m_passwords);
        dialog.show();
        QCOMPARE(child<QLineEdit>(&dialog, "portLineEdit")->text(), QStringLiteral("5432"));
        QCOMPARE(child<QLineEdit>(&dialog, "passwordLineEdit")->echoMode(), QLineEdit::Password);
        fill(&dialog, QStringLiteral("db.town-hall.local"), QStringLiteral("5433"),
             QStringLiteral("truc2"), QStringLiteral("marie"));
        QCOMPARE(dialog.location(),
                 QStringLiteral("postgresql://marie@db.town-hall.local:5433/truc2"));
        auto* explanation = child<QLabel>(&dialog, "tlsExplanationLabel");
        const QString preferText = explanation->text();
        pickMode(&dialog, QStringLiteral("verify-full"));
        QVERIFY(explanation->text() != preferText);
        QVERIFY(explanation->text().contains(QStringLiteral("certificate")));
        pickMode(&dialog, QStringLiteral("require"));
        QCOMPARE(
            dialog.location(),
            QStringLiteral("postgresql://marie@db.town-hall.local:5433/truc2?sslmode=require"));
        test::type(&dialog, "passwordLineEdit", kSecret);
        clickOk(&dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.password(), kSecret);
    }

    void fillsTheFieldsFromAnAddress()
    {
        ConnectDialog dialog(m_passwords);
        dialog.setLocation(
            QStringLiteral("postgresql://paul@srv.local:6000/ecole?sslmode=disable"));
        QCOMPARE(child<QLineEdit>(&dialog, "hostLineEdit")->text(), QStringLiteral("srv.local"));
        QCOMPARE(child<QLineEdit>(&dialog, "portLineEdit")->text(), QStringLiteral("6000"));
        QCOMPARE(child<QLineEdit>(&dialog, "databaseLineEdit")->text(), QStringLiteral("ecole"));
        QCOMPARE(child<QLineEdit>(&dialog, "userLineEdit")->text(), QStringLiteral("paul"));
        QCOMPARE(child<QComboBox>(&dialog, "tlsComboBox")->currentData().toString(),
                 QStringLiteral("disable"));
        QVERIFY(child<QLabel>(&dialog, "tlsExplanationLabel")
                    ->text()
                    .contains(QStringLiteral("clear")));
        dialog.setProblem(
            QStringLiteral("The server srv.local refused the password of user paul."));
        QVERIFY(resultText(&dialog).contains(QStringLiteral("refused the password")));
    }

    void refusesMissingAndWrongFields()
    {
        ConnectDialog dialog(m_passwords);
        dialog.show();
        fill(&dialog, QString(), QStringLiteral("70000"), QString(), QString());
        clickOk(&dialog);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        auto* problems = child<QLabel>(&dialog, "problemsLabel");
        QVERIFY(problems->isVisible());
        for (const char* name : {"hostLineEdit", "portLineEdit", "databaseLineEdit"}) {
            auto* edit = child<QLineEdit>(&dialog, name);
            QVERIFY2(edit->styleSheet().contains(QStringLiteral("border")), name);
            QVERIFY2(!edit->toolTip().isEmpty(), name);
        }
        QVERIFY(
            child<QLineEdit>(&dialog, "portLineEdit")->toolTip().contains(QStringLiteral("65535")));
        QVERIFY(child<QLineEdit>(&dialog, "userLineEdit")->styleSheet().isEmpty());

        // Letters cannot even be typed in the port; a host with a slash is refused.
        fill(&dialog, QStringLiteral("srv/x"), QStringLiteral("54a32"), QStringLiteral("truc2"),
             QString());
        QCOMPARE(child<QLineEdit>(&dialog, "portLineEdit")->text(), QStringLiteral("5432"));
        clickOk(&dialog);
        QVERIFY(dialog.isVisible());
        QVERIFY(problems->text().contains(QStringLiteral("cannot contain")));
        QVERIFY(child<QLineEdit>(&dialog, "portLineEdit")->styleSheet().isEmpty());

        test::type(&dialog, "hostLineEdit", QStringLiteral("srv.local"));
        clickOk(&dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void unreachableServerIsSaidWithoutClosing()
    {
        ConnectDialog dialog(m_passwords);
        dialog.show();
        fill(&dialog, QStringLiteral("127.0.0.1"), QStringLiteral("1"), QStringLiteral("truc2"),
             QStringLiteral("marie"));
        QSignalSpy finished(&dialog, &ConnectDialog::testFinished);
        QTest::mouseClick(child<QPushButton>(&dialog, "testConnectionPushButton"), Qt::LeftButton);
        QVERIFY(dialog.isTesting());
        QVERIFY(finished.wait(15000));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY2(resultText(&dialog).contains(QStringLiteral("cannot be reached")),
                 qPrintable(resultText(&dialog)));
        QVERIFY(dialog.isVisible());
        QVERIFY(child<QPushButton>(&dialog, "testConnectionPushButton")->isEnabled());
        // Editing the address hides a result that no longer applies.
        test::type(&dialog, "portLineEdit", QStringLiteral("5433"));
        QVERIFY(resultText(&dialog).isEmpty());
    }

    void testAgainstTheServerSucceeds()
    {
        if (!test::onPostgres()) {
            QSKIP("Needs the PostgreSQL test server");
        }
        test::TestSchool school;
        ConnectDialog dialog(m_passwords);
        dialog.show();
        dialog.setLocation(school.path());
        QSignalSpy finished(&dialog, &ConnectDialog::testFinished);
        QTest::mouseClick(child<QPushButton>(&dialog, "testConnectionPushButton"), Qt::LeftButton);
        QVERIFY(finished.wait(15000));
        QVERIFY2(finished.first().first().toBool(), qPrintable(resultText(&dialog)));
        QVERIFY(resultText(&dialog).contains(QStringLiteral("read and change")));
        QVERIFY(dialog.isVisible());

        // A reader: a wrong password is refused in plain words; the right one may only read.
        dialog.setLocation(readerLocation(school));
        test::type(&dialog, "passwordLineEdit", QStringLiteral("wrong"));
        QTest::mouseClick(child<QPushButton>(&dialog, "testConnectionPushButton"), Qt::LeftButton);
        QVERIFY(finished.wait(15000));
        QVERIFY2(resultText(&dialog).contains(QStringLiteral("refused the password")),
                 qPrintable(resultText(&dialog)));
        test::type(&dialog, "passwordLineEdit", kSecret);
        QTest::mouseClick(child<QPushButton>(&dialog, "testConnectionPushButton"), Qt::LeftButton);
        QVERIFY(finished.wait(15000));
        QVERIFY2(resultText(&dialog).contains(QStringLiteral("only read")),
                 qPrintable(resultText(&dialog)));
        QVERIFY(m_passwords.passwords().isEmpty()); // a test keeps nothing
    }

    void passwordIsKeptOnlyWhenAsked()
    {
        const QString key = QStringLiteral("marie@db.local:5432/truc2");
        {
            ConnectDialog dialog(m_passwords);
            dialog.show();
            fill(&dialog, QStringLiteral("db.local"), QStringLiteral("5432"),
                 QStringLiteral("truc2"), QStringLiteral("marie"));
            test::type(&dialog, "passwordLineEdit", kSecret);
            QVERIFY(!child<QCheckBox>(&dialog, "rememberCheckBox")->isChecked());
            clickOk(&dialog);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QCOMPARE(m_passwords.writeCount(), 0);
            QVERIFY(m_passwords.passwords().isEmpty());
        }
        {
            ConnectDialog dialog(m_passwords);
            dialog.show();
            fill(&dialog, QStringLiteral("db.local"), QStringLiteral("5432"),
                 QStringLiteral("truc2"), QStringLiteral("marie"));
            test::type(&dialog, "passwordLineEdit", kSecret);
            QTest::mouseClick(child<QCheckBox>(&dialog, "rememberCheckBox"), Qt::LeftButton);
            QVERIFY(dialog.remembersPassword());
            clickOk(&dialog);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QCOMPARE(m_passwords.passwords().value(key), kSecret);
        }
        {
            // Back on that server: the box says the keyring keeps it; unticked, it is forgotten.
            ConnectDialog dialog(m_passwords);
            dialog.show();
            dialog.setLocation(QStringLiteral("postgresql://marie@db.local:5432/truc2"));
            auto* remember = child<QCheckBox>(&dialog, "rememberCheckBox");
            QVERIFY(remember->isChecked());
            QTest::mouseClick(remember, Qt::LeftButton);
            clickOk(&dialog);
            QVERIFY(m_passwords.passwords().isEmpty());
        }
        QVERIFY(!preferencesFiles().contains(kSecret.toUtf8()));
    }

    void missingKeyringIsSaidAndNothingElseKeepsThePassword()
    {
        m_passwords.setUnavailable(QStringLiteral("no secret service"));
        ConnectDialog dialog(m_passwords);
        dialog.show();
        auto* remember = child<QCheckBox>(&dialog, "rememberCheckBox");
        auto* note = child<QLabel>(&dialog, "keyringLabel");
        QVERIFY(!remember->isEnabled());
        QVERIFY(note->isVisible());
        QVERIFY(note->text().contains(QStringLiteral("asked again next time")));
        fill(&dialog, QStringLiteral("db.local"), QStringLiteral("5432"), QStringLiteral("truc2"),
             QStringLiteral("marie"));
        test::type(&dialog, "passwordLineEdit", kSecret);
        clickOk(&dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.password(), kSecret);
        QCOMPARE(m_passwords.writeCount(), 0);
    }

    void windowConnectsWithThePasswordInMemoryOnly()
    {
        test::TestSchool school;
        MainWindow window(*school);
        window.show();
        // The window closes for a server once it answered (the test server's school); one
        // that cannot be reached brings the dialog back with the reason, and nothing changes.
        const QString server = test::onPostgres()
                                   ? school.path()
                                   : QStringLiteral("postgresql://marie@127.0.0.1:1/truc2");
        test::answerDialog<ConnectDialog>([&server](ConnectDialog* dialog) {
            const ServerAddress address = *ServerAddress::parse(server);
            fill(dialog, address.host, QString::number(address.port), address.database,
                 address.user);
            test::type(dialog, "passwordLineEdit", kSecret);
        });
        QString askedAgain;
        QTimer again;
        connect(&again, &QTimer::timeout, this, [&askedAgain] {
            auto* dialog = qobject_cast<ConnectDialog*>(QApplication::activeModalWidget());
            if (dialog && dialog->isVisible() && !resultText(dialog).isEmpty()) {
                askedAgain = resultText(dialog);
                dialog->reject();
            }
        });
        again.start(20);
        window.findChild<QAction*>(QStringLiteral("connectAction"))->trigger();
        if (test::onPostgres()) {
            QCOMPARE(askedAgain, QString());
            QCOMPARE(window.nextDatabase().location, server);
            QCOMPARE(window.nextDatabase().password, kSecret);
            QVERIFY(!window.isVisible());
        } else {
            QVERIFY2(askedAgain.contains(QStringLiteral("cannot be reached")),
                     qPrintable(askedAgain));
            QVERIFY(window.nextDatabase().isEmpty());
            QVERIFY(window.isVisible());
            window.close();
        }
        const QByteArray preferences = preferencesFiles();
        QVERIFY(preferences.contains("geometry")); // the file the window writes, read back
        QVERIFY(!preferences.contains(kSecret.toUtf8()));
    }

    void recentServerIsOfferedAgain()
    {
        AppSettings::addRecentLocation(QStringLiteral("/home/marie/school.truc2"));
        AppSettings::addRecentLocation(QStringLiteral("postgresql://marie@db.local:5432/truc2"));
        AppSettings::setLastDatabase(QStringLiteral("postgresql://marie@db.local:5432/truc2"));
        QCOMPARE(startingLocation(QStringLiteral("/default.truc2")),
                 QStringLiteral("postgresql://marie@db.local:5432/truc2"));
        ConnectDialog dialog(m_passwords);
        auto* recent = child<QComboBox>(&dialog, "recentComboBox");
        QCOMPARE(recent->count(), 2); // the blank entry and the server, not the file
        QCOMPARE(child<QLineEdit>(&dialog, "hostLineEdit")->text(), QStringLiteral("db.local"));
        AppSettings::setLastDatabase(QStringLiteral("/no/such/school.truc2"));
        QCOMPARE(startingLocation(QStringLiteral("/default.truc2")),
                 QStringLiteral("/default.truc2"));
    }

    void startUpAsksAgainWhenTheServerCannotBeReached()
    {
        // Given up: nothing opens, the program ends cleanly.
        Answerer answers({[](ConnectDialog* dialog) {
            QVERIFY2(resultText(dialog).contains(QStringLiteral("cannot be reached")),
                     qPrintable(resultText(dialog)));
            QCOMPARE(child<QLineEdit>(dialog, "hostLineEdit")->text(), QStringLiteral("127.0.0.1"));
            dialog->reject();
        }});
        QCOMPARE(runWindow(QStringLiteral("postgresql://marie@127.0.0.1:1/truc2")), 0);
        QCOMPARE(answers.dialogsSeen, 1);
        QVERIFY(answers.windowTitle.isEmpty());
    }

    void firstRunOffersTheServer()
    {
        // A new workstation: no school file yet, the school lives on the server.
        Answerer answers({[](ConnectDialog* dialog) {
                              QVERIFY(resultText(dialog).isEmpty());
                              fill(dialog, QStringLiteral("127.0.0.1"), QStringLiteral("1"),
                                   QStringLiteral("truc2"), QStringLiteral("marie"));
                              clickOk(dialog);
                          },
                          [](ConnectDialog* dialog) {
                              QVERIFY(
                                  resultText(dialog).contains(QStringLiteral("cannot be reached")));
                              dialog->reject();
                          }});
        answers.firstRun = [](FirstRunDialog* dialog) {
            QTest::mouseClick(child<QRadioButton>(dialog, "serverRadioButton"), Qt::LeftButton);
            QCOMPARE(dialog->choice(), FirstRunDialog::Choice::Server);
            dialog->accept();
        };
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("school.truc2"));
        QCOMPARE(runWindow(path), 0);
        QCOMPARE(answers.dialogsSeen, 2);
        QVERIFY(!QFile::exists(path));
    }

    void startUpAsksForThePasswordThenOpens()
    {
        if (!test::onPostgres()) {
            QSKIP("Needs the PostgreSQL test server");
        }
        test::TestSchool school;
        const QString location = readerLocation(school);
        const ServerAddress address = *ServerAddress::parse(location);

        {
            Answerer answers({[](ConnectDialog* dialog) {
                QVERIFY2(resultText(dialog).contains(QStringLiteral("refused the password")),
                         qPrintable(resultText(dialog)));
                test::type(dialog, "passwordLineEdit", kSecret);
                QTest::mouseClick(child<QCheckBox>(dialog, "rememberCheckBox"), Qt::LeftButton);
                clickOk(dialog);
            }});
            QCOMPARE(runWindow(location), 0);
            QCOMPARE(answers.dialogsSeen, 1);
            QVERIFY2(answers.windowTitle.contains(address.displayName()),
                     qPrintable(answers.windowTitle));
            QVERIFY(answers.locationText.contains(address.displayName()));
            QVERIFY(answers.readOnlyBanner);
        }
        QCOMPARE(m_passwords.passwords().value(PasswordStore::keyFor(address)), kSecret);
        QCOMPARE(AppSettings::lastDatabase(), location);
        QCOMPARE(AppSettings::recentLocations().value(0), location);
        const QByteArray preferences = preferencesFiles();
        QVERIFY(preferences.contains("truc2_password_check"));
        QVERIFY(!preferences.contains(kSecret.toUtf8()));

        // Next time the keyring's password opens it without asking.
        Answerer again({});
        QCOMPARE(runWindow(location), 0);
        QCOMPARE(again.dialogsSeen, 0);
        QVERIFY(again.windowTitle.contains(address.displayName()));
    }

private:
    MemoryPasswordStore m_passwords;
};

QTEST_MAIN(TestConnectDialog)
#include "tst_connectdialog.moc"
