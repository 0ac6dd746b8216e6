#include "pages/DashboardComputer.h"

#include "School.h"

#include <QDebug>
#include <QSqlDatabase>
#include <QThread>
#include <QTimer>

namespace truc2::ui {

/// Lives in the computer's thread: opens its connection there at the first request, and closes
/// it there when told to.
class DashboardWorker : public QObject
{
public:
    explicit DashboardWorker(DatabaseOptions options)
        : m_options(std::move(options))
    {}

    /// Opens the connection if needed; false (with the reason) when it cannot be.
    bool ensureOpen(QString* why)
    {
        if (m_database) {
            return true;
        }
        Result<std::unique_ptr<Database>> opened = Database::open(m_options);
        if (!opened) {
            *why = opened.error().message;
            return false;
        }
        m_database = std::move(opened).value();
        m_settings = std::make_unique<SettingsStore>(*m_database);
        return true;
    }

    Result<DashboardFigures> compute(const Period& period, qint64 formatId) const
    {
        return DashboardCalculator(*m_database, *m_settings).compute(period, formatId);
    }

    void close()
    {
        m_settings.reset();
        m_database.reset();
    }

private:
    DatabaseOptions m_options;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SettingsStore> m_settings;
};

namespace {

/// The second connection reads the same school, and never upgrades what the window opened.
/// The server password the window connected with (from its keyring) is the connection's own.
DatabaseOptions readingOptions(const Database& database)
{
    DatabaseOptions options{database.location()};
    options.ifMissing = DatabaseOptions::IfMissing::Fail;
    options.readOnly = true;
    options.upgrade = false;
    options.password = database.connection().password();
    return options;
}

} // namespace

DashboardComputer::DashboardComputer(School& school, QObject* parent)
    : QObject(parent)
    , m_school(school)
    , m_latest(std::make_shared<std::atomic<int>>(0))
{
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("dashboard"));
    m_worker = new DashboardWorker(readingOptions(school.database()));
    m_worker->moveToThread(m_thread);
    m_thread->start(QThread::LowPriority);
}

DashboardComputer::~DashboardComputer()
{
    // Drop what is queued, close the connection in its own thread, then stop it.
    m_latest->store(-1);
    DashboardWorker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->close(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
}

void DashboardComputer::computeOnMainThread()
{
    m_inBackground = false;
}

void DashboardComputer::request(const Period& period, qint64 formatId)
{
    const int id = m_latest->load() + 1;
    m_latest->store(id);
    setBusy(true);
    if (!m_inBackground) {
        // Still answered from the event loop, as the thread would.
        QTimer::singleShot(0, this, [this, id, period, formatId] {
            if (id == m_latest->load()) {
                computeHere(id, period, formatId);
            }
        });
        return;
    }
    DashboardWorker* worker = m_worker;
    const std::shared_ptr<std::atomic<int>> latest = m_latest;
    QMetaObject::invokeMethod(
        worker,
        [this, worker, latest, id, period, formatId] {
            if (id != latest->load()) {
                return; // a newer request is queued behind this one
            }
            QString why;
            if (!worker->ensureOpen(&why)) {
                QMetaObject::invokeMethod(
                    this,
                    [this, id, period, formatId, why] { fallBack(id, period, formatId, why); },
                    Qt::QueuedConnection);
                return;
            }
            const Result<DashboardFigures> result = worker->compute(period, formatId);
            QMetaObject::invokeMethod(
                this, [this, id, result] { deliver(id, result); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void DashboardComputer::fallBack(int id, const Period& period, qint64 formatId, const QString& why)
{
    qInfo() << "The dashboard computes on the main thread:" << why;
    m_inBackground = false;
    if (id == m_latest->load()) {
        computeHere(id, period, formatId);
    }
}

void DashboardComputer::computeHere(int id, const Period& period, qint64 formatId)
{
    deliver(
        id,
        DashboardCalculator(m_school.database(), m_school.settings()).compute(period, formatId));
}

void DashboardComputer::deliver(int id, const Result<DashboardFigures>& result)
{
    if (id != m_latest->load()) {
        return; // stale: a newer request is on its way
    }
    setBusy(false);
    if (result) {
        Q_EMIT computed(*result);
    } else {
        Q_EMIT failed(result.error().message);
    }
}

void DashboardComputer::setBusy(bool busy)
{
    if (m_busy != busy) {
        m_busy = busy;
        Q_EMIT busyChanged(busy);
    }
}

} // namespace truc2::ui
