// Opening a shared school without freezing the window: the server is probed in a thread of its
// own (ServerProbe, Database::probe) behind a progress dialog whose Cancel works at once. A
// server that accepts connections and never answers (a QTcpServer of the test) keeps the probe
// waiting: the event loop keeps running, Cancel returns promptly and leaves everything as it
// was, at start-up (back to the first choices, or the connection dialog) and from the window
// (its school stays open). The probe refuses what opening refuses, in the same words.
#include "MainWindow.h"
#include "MessageBox.h"
#include "PasswordStore.h"
#include "ServerProbe.h"
#include "StartUp.h"
#include "TestSchool.h"
#include "WidgetDriver.h"
#include "dialogs/ConnectDialog.h"
#include "dialogs/FirstRunDialog.h"
#include "i18n/Translations.h"
#include "storage/Database.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QProgressDialog>
#include <QRadioButton>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>

using namespace truc2;
using namespace truc2::ui;

namespace {

/// Accepts connections and never says a word: a client waits until its own timeout.
class SilentServer
{
public:
    SilentServer()
    {
        if (!m_server.listen(QHostAddress::LocalHost)) {
            qFatal("Cannot listen: %s", qPrintable(m_server.errorString()));
        }
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                m_held.append(socket); // kept open, never answered
            }
        });
    }

    /// Clients still connected, waiting for an answer (libpq hangs up at its timeout).
    int waitingClients() const
    {
        return int(std::count_if(m_held.begin(), m_held.end(), [](const QTcpSocket* socket) {
            return socket->state() == QAbstractSocket::ConnectedState;
        }));
    }

    QString location() const
    {
        return QStringLiteral("postgresql://marie@127.0.0.1:%1/truc2").arg(m_server.serverPort());
    }

private:
    QTcpServer m_server;
    QList<QTcpSocket*> m_held;
};

using test::child;
using test::clickOk;

void fillFrom(ConnectDialog* dialog, const QString& location)
{
    const ServerAddress address = *ServerAddress::parse(location);
    test::type(dialog, "hostLineEdit", address.host);
    test::type(dialog, "portLineEdit", QString::number(address.port));
    test::type(dialog, "databaseLineEdit", address.database);
    test::type(dialog, "userLineEdit", address.user);
}

QString resultText(ConnectDialog* dialog)
{
    auto* label = child<QLabel>(dialog, "testResultLabel");
    return label->isVisibleTo(dialog) ? label->text() : QString();
}

/// Answers the modal windows as they come, each with the next handler given for its kind; a
/// window of another kind fails the test and is closed. A timer ticking every 20 ms does it,
/// and counts its ticks: they go on only while the event loop runs. A main window that shows
/// is closed and noted, unless told otherwise.
class Driver : public QObject
{
public:
    using Handler = std::function<void(QWidget*)>;

    Driver()
    {
        m_timer.setInterval(20);
        connect(&m_timer, &QTimer::timeout, this, &Driver::look);
        m_timer.start();
        qApp->installEventFilter(this);
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Show && watched == m_last) {
            m_last = nullptr; // the same dialog again (asking again): answered again
        }
        return false;
    }

    /// The next modal window is a `kind` (a class name), answered by `handle`.
    void expect(const char* kind, Handler handle) { m_expected.append({kind, std::move(handle)}); }

    /// Answers the progress dialog: waits `waitMs` while it shows (the ticks and that wait are
    /// noted), then clicks its Cancel and starts `sinceCancel`.
    void cancelProgressAfter(int waitMs)
    {
        expect("QProgressDialog", [this, waitMs](QWidget* widget) {
            auto* progress = qobject_cast<QProgressDialog*>(widget);
            labelShown = progress->labelText();
            const int ticksAtShow = ticks;
            QTimer::singleShot(waitMs, progress, [this, progress, ticksAtShow] {
                ticksWhileWaiting = ticks - ticksAtShow;
                progressWasVisible = progress->isVisible();
                sinceCancel.start();
                QTest::mouseClick(child<QPushButton>(progress, "cancelConnectPushButton"),
                                  Qt::LeftButton);
            });
        });
    }

    /// Notes how long after Cancel the next window came, and whether `silent` still kept the
    /// abandoned probe waiting then (it did if that window came before the probe's timeout).
    Handler noteCancelReturned(const SilentServer& silent, Handler then)
    {
        return [this, &silent, then = std::move(then)](QWidget* widget) {
            cancelToNextMs = sinceCancel.isValid() ? sinceCancel.elapsed() : -1;
            clientsWaitingThen = silent.waitingClients();
            then(widget);
        };
    }

    /// Closes a main window that shows (runWindow's), not the test's own.
    bool closesMainWindows = true;
    int ticks = 0;
    int ticksWhileWaiting = -1;
    bool progressWasVisible = false;
    QString labelShown;
    QElapsedTimer sinceCancel;
    qint64 cancelToNextMs = -1;
    int clientsWaitingThen = -1;
    QString mainWindowTitle;
    QStringList unexpected;

    int pending() const { return int(m_expected.size()); }

private:
    void look()
    {
        ++ticks;
        QWidget* modal = QApplication::activeModalWidget();
        if (m_last && (m_last != modal || !m_last->isVisible())) {
            m_last = nullptr; // gone: the same dialog shown again is answered again
        }
        if (modal && modal != m_last && modal->isVisible()) {
            const QString kind = QString::fromLatin1(modal->metaObject()->className());
            const bool wanted =
                !m_expected.isEmpty() && kind.endsWith(QLatin1String(m_expected.first().first));
            if (!wanted && qobject_cast<QProgressDialog*>(modal)) {
                return; // a server that answers at once: the progress only flashes by
            }
            m_last = modal;
            if (wanted) {
                m_expected.takeFirst().second(modal);
            } else {
                unexpected << kind;
                modal->close();
            }
            return;
        }
        if (!closesMainWindows) {
            return;
        }
        for (QWidget* top : QApplication::topLevelWidgets()) {
            if (auto* window = qobject_cast<MainWindow*>(top); window && window->isVisible()) {
                mainWindowTitle = window->windowTitle();
                window->close();
            }
        }
    }

    QList<QPair<const char*, Handler>> m_expected;
    QPointer<QWidget> m_last;
    QTimer m_timer;
};

/// The error opening the school at `location` gives.
QString openError(const QString& location)
{
    const Result<std::unique_ptr<Database>> opened = Database::open({location});
    return opened ? QString() : opened.errorMessage();
}

void setMeta(Database& database, const QString& key, const QString& value)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("UPDATE meta SET value = :value WHERE key = :key"));
    query.bindValue(QStringLiteral(":value"), value);
    query.bindValue(QStringLiteral(":key"), key);
    QVERIFY(query.exec());
}

} // namespace

class TestServerProbe : public QObject
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

    void init() { test::useTemporarySettings(); }

    void cleanupTestCase()
    {
        ServerProbe::waitForAbandoned();
        PasswordStore::setCurrent(nullptr);
    }

    void probeSaysWhatOpeningWouldSay()
    {
        test::TestSchool school;
        Result<DatabaseProbe> probed = Database::probe({school.path()});
        QVERIFY2(probed, qPrintable(probed ? QString() : probed.errorMessage()));
        QVERIFY(!probed->readOnly);
        QCOMPARE(probed->schemaVersion, Database::latestSchemaVersion());

        // A newer schema, then another program's database: refused in open()'s own words.
        setMeta(school->database(), QStringLiteral("schema_version"),
                QString::number(Database::latestSchemaVersion() + 1));
        probed = Database::probe({school.path()});
        QVERIFY(!probed);
        QVERIFY2(probed.errorMessage().contains(QLatin1String("newer version")),
                 qPrintable(probed.errorMessage()));
        QCOMPARE(probed.errorMessage(), openError(school.path()));
        setMeta(school->database(), QStringLiteral("schema_version"),
                QString::number(Database::latestSchemaVersion()));
        setMeta(school->database(), QStringLiteral("app_id"), QStringLiteral("another-program"));
        probed = Database::probe({school.path()});
        QVERIFY(!probed);
        QVERIFY2(probed.errorMessage().contains(QStringLiteral("not a TRUC² school")),
                 qPrintable(probed.errorMessage()));
        QCOMPARE(probed.errorMessage(), openError(school.path()));

        // A server that refuses the connection.
        const QString refused = QStringLiteral("postgresql://marie@127.0.0.1:1/truc2");
        probed = Database::probe({refused});
        QVERIFY(!probed);
        QVERIFY2(probed.errorMessage().contains(QLatin1String("cannot be reached")),
                 qPrintable(probed.errorMessage()));
        QCOMPARE(probed.errorMessage(), openError(refused));
    }

    void probeChangesNothing()
    {
        // An empty database is one opening would create the school in: the probe leaves it
        // empty; a missing file is not created.
        QTemporaryDir dir;
        QString empty;
        if (test::onPostgres()) {
            empty = test::createServerDatabase();
        } else {
            empty = dir.filePath(QStringLiteral("empty.truc2"));
            QFile file(empty);
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        const Result<DatabaseProbe> probed = Database::probe({empty});
        QVERIFY2(probed, qPrintable(probed ? QString() : probed.errorMessage()));
        QCOMPARE(probed->schemaVersion, 0);
        {
            const Result<std::unique_ptr<Database>> again =
                Database::open(DatabaseOptions::asItIs(empty));
            QVERIFY(!again); // still empty: read as it is, there is no school in it
            QVERIFY2(again.errorMessage().contains(QLatin1String("cannot be created")),
                     qPrintable(again.errorMessage()));
        }
        if (test::onPostgres()) {
            test::dropServerDatabase(empty);
        } else {
            QCOMPARE(QFileInfo(empty).size(), 0);
            const QString missing = dir.filePath(QStringLiteral("missing.truc2"));
            DatabaseOptions create{missing, DatabaseOptions::IfMissing::Create};
            QVERIFY(!Database::probe(create));
            QVERIFY(!QFile::exists(missing));
        }
    }

    void cancelledProbeNeverAnswers()
    {
        SilentServer silent;
        ServerProbe probe;
        QList<ServerProbe::Outcome> finished;
        connect(&probe, &ServerProbe::finished, this,
                [&finished](const ServerProbe::Outcome& outcome) { finished.append(outcome); });
        probe.start({silent.location()});
        QVERIFY(probe.isRunning());
        QTest::qWait(300);
        QVERIFY(probe.isRunning()); // the server keeps it waiting
        QElapsedTimer clock;
        clock.start();
        probe.cancel();
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(!probe.isRunning());
        // The thread still waits for the server, then ends on its own; nothing is announced.
        ServerProbe::waitForAbandoned();
        QCOMPARE(finished.count(), 0);

        // A probe left to finish says why it failed.
        const QString refused = QStringLiteral("postgresql://marie@127.0.0.1:1/truc2");
        probe.start({refused});
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
        const ServerProbe::Outcome outcome = finished.first();
        QVERIFY(!outcome.connected);
        QVERIFY2(outcome.error.contains(QLatin1String("cannot be reached")),
                 qPrintable(outcome.error));
    }

    void startUpCancelGoesBackToTheFirstChoices()
    {
        SilentServer silent;
        Driver driver;
        driver.expect("FirstRunDialog", [](QWidget* widget) {
            auto* dialog = qobject_cast<FirstRunDialog*>(widget);
            QTest::mouseClick(child<QRadioButton>(dialog, "serverRadioButton"), Qt::LeftButton);
            dialog->accept();
        });
        driver.expect("ConnectDialog", [&silent](QWidget* widget) {
            auto* dialog = qobject_cast<ConnectDialog*>(widget);
            fillFrom(dialog, silent.location());
            clickOk(dialog);
        });
        driver.cancelProgressAfter(600);
        driver.expect("FirstRunDialog", driver.noteCancelReturned(silent, [](QWidget* widget) {
            qobject_cast<QDialog*>(widget)->reject();
        }));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("school.truc2"));
        QCOMPARE(runWindow(path), 0);
        QCOMPARE(driver.unexpected, QStringList());
        QCOMPARE(driver.pending(), 0);
        QVERIFY(driver.progressWasVisible);
        QVERIFY2(driver.labelShown.contains(QLatin1String("Connecting")),
                 qPrintable(driver.labelShown));
        // 600 ms of waiting: the event loop ran all along (a tick every 20 ms).
        QVERIFY2(driver.ticksWhileWaiting >= 10,
                 qPrintable(QString::number(driver.ticksWhileWaiting)));
        // The first choices came back at once, while the probe still waited for the server.
        QCOMPARE(driver.clientsWaitingThen, 1);
        QVERIFY2(driver.cancelToNextMs >= 0 && driver.cancelToNextMs < 3000,
                 qPrintable(QString::number(driver.cancelToNextMs)));
        QVERIFY(driver.mainWindowTitle.isEmpty());
        QVERIFY(!QFile::exists(path));
    }

    void startUpOnAServerCancelAsksHowToConnect()
    {
        SilentServer silent;
        Driver driver;
        driver.cancelProgressAfter(300);
        driver.expect("ConnectDialog",
                      driver.noteCancelReturned(silent, [&silent](QWidget* widget) {
                          auto* dialog = qobject_cast<ConnectDialog*>(widget);
                          QCOMPARE(dialog->location(), silent.location());
                          QCOMPARE(resultText(dialog), QString()); // cancelled, not failed
                          dialog->reject();
                      }));
        QCOMPARE(runWindow(silent.location()), 0);
        QCOMPARE(driver.unexpected, QStringList());
        QCOMPARE(driver.pending(), 0);
        QVERIFY(driver.ticksWhileWaiting >= 5);
        QCOMPARE(driver.clientsWaitingThen, 1);
        QVERIFY2(driver.cancelToNextMs >= 0 && driver.cancelToNextMs < 3000,
                 qPrintable(QString::number(driver.cancelToNextMs)));
        QVERIFY(driver.mainWindowTitle.isEmpty());
    }

    void windowCancelKeepsTheSchoolOpen()
    {
        test::TestSchool school;
        const qint64 service = school.addService(QStringLiteral("Direction"), QStringLiteral("RH"));
        MainWindow window(school.school());
        window.show();
        const QString title = window.windowTitle();
        SilentServer silent;
        Driver driver;
        driver.closesMainWindows = false;
        driver.expect("ConnectDialog", [&silent](QWidget* widget) {
            auto* dialog = qobject_cast<ConnectDialog*>(widget);
            fillFrom(dialog, silent.location());
            clickOk(dialog);
        });
        driver.cancelProgressAfter(600);
        window.findChild<QAction*>(QStringLiteral("connectAction"))->trigger();
        const qint64 afterCancel = driver.sinceCancel.elapsed();
        QCOMPARE(silent.waitingClients(), 1); // back before the probe gave up on the server
        QCOMPARE(driver.unexpected, QStringList());
        QCOMPARE(driver.pending(), 0);
        QVERIFY(driver.progressWasVisible);
        QVERIFY2(driver.labelShown.contains(silent.location().mid(13)),
                 qPrintable(driver.labelShown)); // "Connecting to marie@127.0.0.1:…"
        QVERIFY2(driver.ticksWhileWaiting >= 10,
                 qPrintable(QString::number(driver.ticksWhileWaiting)));
        QVERIFY2(afterCancel < 3000, qPrintable(QString::number(afterCancel)));
        // Nothing changed: the window and its school stay as they were.
        QVERIFY(window.isVisible());
        QCOMPARE(window.windowTitle(), title);
        QVERIFY(window.nextDatabase().isEmpty());
        QVERIFY(school->database().connection().isOpen());
        QSqlQuery query(school->database().connection());
        query.prepare(QStringLiteral("SELECT name FROM service WHERE id = :id"));
        query.bindValue(QStringLiteral(":id"), service);
        QVERIFY(query.exec() && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("RH"));
    }

    void windowAsksAgainWhenTheServerRefuses()
    {
        test::TestSchool school;
        MainWindow window(school.school());
        window.show();
        Driver driver;
        driver.closesMainWindows = false;
        driver.expect("ConnectDialog", [](QWidget* widget) {
            auto* dialog = qobject_cast<ConnectDialog*>(widget);
            fillFrom(dialog, QStringLiteral("postgresql://marie@127.0.0.1:1/truc2"));
            clickOk(dialog);
        });
        QString shown;
        driver.expect("ConnectDialog", [&shown](QWidget* widget) {
            auto* dialog = qobject_cast<ConnectDialog*>(widget);
            shown = resultText(dialog);
            dialog->reject();
        });
        window.findChild<QAction*>(QStringLiteral("connectAction"))->trigger();
        QCOMPARE(driver.unexpected, QStringList());
        QCOMPARE(driver.pending(), 0);
        QVERIFY2(shown.contains(QLatin1String("cannot be reached")), qPrintable(shown));
        QVERIFY(window.isVisible());
        QVERIFY(window.nextDatabase().isEmpty());
    }

    void windowOpensTheServerWhenItAnswers()
    {
        if (!test::onPostgres()) {
            QSKIP("Needs the PostgreSQL test server");
        }
        test::TestSchool shown;
        test::TestSchool other;
        MainWindow window(shown.school());
        window.show();
        Driver driver;
        driver.closesMainWindows = false;
        driver.expect("ConnectDialog", [&other](QWidget* widget) {
            auto* dialog = qobject_cast<ConnectDialog*>(widget);
            fillFrom(dialog, other.path());
            clickOk(dialog);
        });
        window.findChild<QAction*>(QStringLiteral("connectAction"))->trigger();
        QCOMPARE(driver.unexpected, QStringList());
        QCOMPARE(driver.pending(), 0);
        QCOMPARE(window.nextDatabase().location, other.path());
        QVERIFY(!window.isVisible()); // closed, for runWindow to open the school on the server
    }

private:
    MemoryPasswordStore m_passwords;
};

QTEST_MAIN(TestServerProbe)
#include "tst_serverprobe.moc"
