// The keyring against a real Secret Service: gnome-keyring-daemon on a session bus of its own,
// in a throw-away home (tests/support/with-test-keyring.sh, which CTest runs this under). A
// password stored through PasswordStore is read back, by this run and by another run of a
// program; it is overwritten, forgotten; the connection dialog keeps it there when asked. And
// without any Secret Service (a child run on a session bus that is not there): a clear message,
// no crash, nothing kept elsewhere, the password asked again.
#include "PasswordStore.h"
#include "TestSchool.h"
#include "WidgetDriver.h"
#include "dialogs/ConnectDialog.h"
#include "i18n/Translations.h"
#include "storage/ServerAddress.h"

#include <QApplication>
#include <QCheckBox>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>

using namespace truc2;
using namespace truc2::ui;

namespace {

/// What a child run of this program does instead of the tests (TRUC2_PASSWORDSTORE_CHILD).
const char* const kChildVariable = "TRUC2_PASSWORDSTORE_CHILD";
const QString kChildRead = QStringLiteral("read");
const QString kChildWithoutService = QStringLiteral("without-secret-service");

const QString kServer = QStringLiteral("postgresql://marie@db.town-hall.local:5432/truc2");
const QString kFirst = QStringLiteral("Premier-Secret-17");
const QString kSecond = QStringLiteral("Second-Secret-42");

/// How long a keyring may take to answer a call here (it answers in milliseconds).
constexpr int kKeyringWaitMs = 10'000;

struct Answer
{
    bool done = false;
    QString password;
    QString error;
};

Answer readNow(PasswordStore& store, const QString& key)
{
    auto answer = std::make_shared<Answer>();
    store.read(key, [answer](const QString& password, const QString& error) {
        *answer = {true, password, error};
    });
    static_cast<void>(QTest::qWaitFor([answer] { return answer->done; }, kKeyringWaitMs));
    return *answer;
}

Answer writeNow(PasswordStore& store, const QString& key, const QString& password)
{
    auto answer = std::make_shared<Answer>();
    store.write(key, password, [answer](const QString& error) { *answer = {true, {}, error}; });
    static_cast<void>(QTest::qWaitFor([answer] { return answer->done; }, kKeyringWaitMs));
    return *answer;
}

Answer removeNow(PasswordStore& store, const QString& key)
{
    auto answer = std::make_shared<Answer>();
    store.remove(key, [answer](const QString& error) { *answer = {true, {}, error}; });
    static_cast<void>(QTest::qWaitFor([answer] { return answer->done; }, kKeyringWaitMs));
    return *answer;
}

QString serverKey(const QString& location)
{
    return PasswordStore::keyFor(*ServerAddress::parse(location));
}

/// The files under `folder` that hold `secret` as plain text.
QStringList filesHolding(const QString& folder, const QString& secret)
{
    QStringList holding;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(secret.toUtf8())) {
            holding << file.fileName();
        }
    }
    return holding;
}

using test::child;
using test::clickOk;

void fillServer(ConnectDialog* dialog)
{
    test::type(dialog, "hostLineEdit", QStringLiteral("db.town-hall.local"));
    test::type(dialog, "portLineEdit", QStringLiteral("5432"));
    test::type(dialog, "databaseLineEdit", QStringLiteral("truc2"));
    test::type(dialog, "userLineEdit", QStringLiteral("marie"));
}

/// Runs this program again with `mode` in kChildVariable and `environment` added.
struct ChildRun
{
    int exitCode = -1;
    QString output; ///< what it printed on its standard output
    QString errors; ///< and on its error output
};

ChildRun runChild(const QString& mode, const QStringList& arguments,
                  const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    QProcessEnvironment env = environment;
    env.insert(QLatin1String(kChildVariable), mode);
    process.setProcessEnvironment(env);
    process.start(QCoreApplication::applicationFilePath(), arguments);
    if (!process.waitForFinished(60'000)) {
        process.kill();
        process.waitForFinished();
    }
    const bool normal = process.exitStatus() == QProcess::NormalExit;
    return {normal ? process.exitCode() : -1, QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

/// A child run: prints the password the keyring keeps under the key given, as the next run of
/// the program reads it at start-up.
int printStoredPassword(const QString& key)
{
    KeyringPasswordStore store;
    const Answer answer = readNow(store, key);
    if (!answer.done || !answer.error.isEmpty()) {
        fprintf(stderr, "keyring: %s\n", qPrintable(answer.error));
        return 1;
    }
    fputs(qPrintable(answer.password), stdout);
    return 0;
}

} // namespace

/// Skips the test function (QSKIP only leaves the function it is written in) unless this run
/// has the wrapper's throw-away keyring.
#define TRUC2_SKIP_WITHOUT_TEST_KEYRING()                                                          \
    do {                                                                                           \
        if (!m_skipReason.isEmpty()) {                                                             \
            QSKIP(qPrintable(m_skipReason));                                                       \
        }                                                                                          \
    } while (false)

/// Runs under a real, unlocked Secret Service (the CTest wrapper), else skips its keyring tests.
class TestPasswordStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        installTranslations(Language::English);
        const QString missing = qEnvironmentVariable("TRUC2_TEST_KEYRING_MISSING");
        const QString home = qEnvironmentVariable("TRUC2_TEST_KEYRING_HOME");
        if (!missing.isEmpty()) {
            m_skipReason = QStringLiteral("No Secret Service to test against: %1").arg(missing);
        } else if (home.isEmpty() || QFileInfo(home).canonicalFilePath() !=
                                         QFileInfo(QDir::homePath()).canonicalFilePath()) {
            // Never the desktop's own keyring: only the throw-away one of the wrapper.
            m_skipReason = QStringLiteral(
                "Run through CTest (dbus-run-session -- tests/support/with-test-keyring.sh): "
                "the keyring tests never use the desktop's own keyring");
        }
    }

    void init() { test::useTemporarySettings(); }

    void storesReadsOverwritesAndForgets()
    {
        TRUC2_SKIP_WITHOUT_TEST_KEYRING();
        KeyringPasswordStore store;
        const QString key = serverKey(kServer);
        const QString otherKey =
            serverKey(QStringLiteral("postgresql://paul@db.town-hall.local:5432/truc2"));

        // Never stored: an empty password, not an error.
        Answer answer = readNow(store, key);
        QVERIFY(answer.done);
        QCOMPARE(answer.error, QString());
        QCOMPARE(answer.password, QString());

        QCOMPARE(writeNow(store, key, kFirst).error, QString());
        QCOMPARE(writeNow(store, otherKey, kSecond).error, QString());
        // Kept by the wrapper's gnome-keyring, in the login keyring it made for this run.
        QVERIFY(QFile::exists(qEnvironmentVariable("XDG_DATA_HOME") +
                              QStringLiteral("/keyrings/login.keyring")));
        answer = readNow(store, key);
        QCOMPARE(answer.error, QString());
        QCOMPARE(answer.password, kFirst);

        // Another store, as the program makes at its next start, finds it too.
        KeyringPasswordStore another;
        QCOMPARE(readNow(another, key).password, kFirst);

        // Overwritten: the new password only; the other server's stays as it was.
        QCOMPARE(writeNow(store, key, kSecond).error, QString());
        QCOMPARE(readNow(another, key).password, kSecond);
        QCOMPARE(readNow(store, otherKey).password, kSecond);

        // The keyring's files hold them encrypted: neither password is in clear in the home.
        QCOMPARE(filesHolding(QDir::homePath(), kFirst), QStringList());
        QCOMPARE(filesHolding(QDir::homePath(), kSecond), QStringList());

        // Forgotten: read back as never stored; forgetting again is no error either.
        QCOMPARE(removeNow(store, key).error, QString());
        answer = readNow(another, key);
        QCOMPARE(answer.error, QString());
        QCOMPARE(answer.password, QString());
        QCOMPARE(removeNow(store, key).error, QString());
        QCOMPARE(readNow(store, otherKey).password, kSecond);
        QCOMPARE(removeNow(store, otherKey).error, QString());
    }

    void anotherRunOfTheProgramFindsIt()
    {
        TRUC2_SKIP_WITHOUT_TEST_KEYRING();
        KeyringPasswordStore store;
        const QString key = serverKey(kServer);
        QCOMPARE(writeNow(store, key, kFirst).error, QString());
        ChildRun run = runChild(kChildRead, {key});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errors));
        QCOMPARE(run.output, kFirst);

        QCOMPARE(removeNow(store, key).error, QString());
        run = runChild(kChildRead, {key});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errors));
        QCOMPARE(run.output, QString());
    }

    void connectDialogKeepsItInTheKeyringWhenAsked()
    {
        TRUC2_SKIP_WITHOUT_TEST_KEYRING();
        KeyringPasswordStore store;
        const QString key = serverKey(kServer);
        {
            ConnectDialog dialog(store);
            dialog.show();
            fillServer(&dialog);
            test::type(&dialog, "passwordLineEdit", kFirst);
            auto* remember = child<QCheckBox>(&dialog, "rememberCheckBox");
            QTRY_VERIFY(remember->isEnabled()); // the keyring answered the dialog's first look
            QVERIFY(!child<QLabel>(&dialog, "keyringLabel")->isVisible());
            QTest::mouseClick(remember, Qt::LeftButton);
            QVERIFY(dialog.remembersPassword());
            clickOk(&dialog);
            QTRY_COMPARE(dialog.result(), int(QDialog::Accepted)); // once the keyring wrote it
        }
        QCOMPARE(readNow(store, key).password, kFirst);
        QCOMPARE(filesHolding(QDir::homePath(), kFirst), QStringList());
        {
            // Back on that server: the box says the keyring keeps it; unticked, it is forgotten.
            ConnectDialog dialog(store);
            dialog.show();
            dialog.setLocation(kServer);
            auto* remember = child<QCheckBox>(&dialog, "rememberCheckBox");
            QTRY_VERIFY(remember->isChecked());
            QTest::mouseClick(remember, Qt::LeftButton);
            test::type(&dialog, "passwordLineEdit", kFirst);
            clickOk(&dialog);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QTRY_COMPARE(readNow(store, key).password, QString());
    }

    void withoutSecretServiceItIsSaidAndAskedAgain()
    {
        // A child run whose session bus is not there: no keyring service can answer it. Its
        // home is a folder of its own, searched afterwards for the password.
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=%1/no-bus").arg(home.path()));
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.remove(QStringLiteral("TRUC2_TEST_KEYRING_HOME"));
        const ChildRun run = runChild(kChildWithoutService, {}, env);
        QVERIFY2(run.exitCode == 0, qPrintable(run.output + run.errors));
        QVERIFY2(run.output.contains(QLatin1String(", 0 failed")), qPrintable(run.output));
        QVERIFY2(!run.output.contains(QLatin1String(" 0 passed")), qPrintable(run.output));
        QCOMPARE(filesHolding(home.path(), kFirst), QStringList());
    }

private:
    QString m_skipReason;
};

/// The child run of withoutSecretServiceItIsSaidAndAskedAgain: no Secret Service answers.
class TestWithoutSecretService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { installTranslations(Language::English); }
    void init() { test::useTemporarySettings(); }

    void everyCallSaysWhyPromptly()
    {
        KeyringPasswordStore store;
        const QString key = serverKey(kServer);
        QElapsedTimer clock;
        clock.start();
        const Answer written = writeNow(store, key, kFirst);
        QVERIFY(written.done);
        QVERIFY2(written.error.contains(QLatin1String("keyring")), qPrintable(written.error));
        const Answer read = readNow(store, key);
        QVERIFY(read.done);
        QVERIFY2(read.error.contains(QLatin1String("keyring")), qPrintable(read.error));
        QCOMPARE(read.password, QString());
        const Answer removed = removeNow(store, key);
        QVERIFY(removed.done);
        QVERIFY(!removed.error.isEmpty());
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
        qInfo("The store says: %s", qPrintable(written.error));
    }

    void connectDialogSaysItAndTheNextAsksAgain()
    {
        KeyringPasswordStore store;
        {
            ConnectDialog dialog(store);
            dialog.show();
            fillServer(&dialog);
            auto* note = child<QLabel>(&dialog, "keyringLabel");
            QTRY_VERIFY(note->isVisible());
            QVERIFY2(note->text().contains(QLatin1String("asked again next time")),
                     qPrintable(note->text()));
            QVERIFY(!child<QCheckBox>(&dialog, "rememberCheckBox")->isEnabled());
            test::type(&dialog, "passwordLineEdit", kFirst);
            clickOk(&dialog);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QCOMPARE(dialog.password(), kFirst); // the connection still gets it, in memory
        }
        // The next time on that server, the password is asked again.
        ConnectDialog dialog(store);
        dialog.show();
        dialog.setLocation(kServer);
        QTRY_VERIFY(child<QLabel>(&dialog, "keyringLabel")->isVisible());
        QCOMPARE(child<QLineEdit>(&dialog, "passwordLineEdit")->text(), QString());
        QVERIFY(!dialog.remembersPassword());
    }
};

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const QString mode = qEnvironmentVariable(kChildVariable);
    if (mode == kChildRead && argc == 2) {
        return printStoredPassword(QString::fromLocal8Bit(argv[1]));
    }
    if (mode == kChildWithoutService) {
        TestWithoutSecretService tests;
        return QTest::qExec(&tests, 1, argv); // the parent's arguments do not apply here
    }
    TestPasswordStore tests;
    return QTest::qExec(&tests, argc, argv);
}

#include "tst_passwordstore.moc"
