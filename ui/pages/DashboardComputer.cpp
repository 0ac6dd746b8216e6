#include "pages/DashboardComputer.h"

#include "School.h"

#include <QDebug>
#include <QSqlDatabase>
#include <QThread>
#include <QTimer>

#include <utility>

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

    DashboardCalculator calculator() const { return {*m_database, *m_settings}; }

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
    const std::array<QString, 2> names{QStringLiteral("dashboard"),
                                       QStringLiteral("dashboard years")};
    for (std::size_t i = 0; i < m_threads.size(); ++i) {
        m_threads[i] = new QThread(this);
        m_threads[i]->setObjectName(names.at(i));
        m_workers[i] = new DashboardWorker(readingOptions(school.database()));
        m_workers[i]->moveToThread(m_threads[i]);
        m_threads[i]->start(QThread::LowPriority);
    }
}

DashboardComputer::~DashboardComputer()
{
    // Drop what is queued, close the connections in their own threads, then stop them.
    m_latest->store(-1);
    for (std::size_t i = 0; i < m_threads.size(); ++i) {
        DashboardWorker* worker = m_workers[i];
        QMetaObject::invokeMethod(
            worker, [worker] { worker->close(); }, Qt::BlockingQueuedConnection);
        m_threads[i]->quit();
        m_threads[i]->wait();
        delete worker;
    }
}

void DashboardComputer::computeOnMainThread()
{
    if (!m_inBackground) {
        return;
    }
    m_inBackground = false;
    // A request the threads were computing is answered here: their halves are dropped now.
    if (m_busy) {
        const int id = m_latest->load();
        QTimer::singleShot(0, this, [this, id] {
            if (id == m_latest->load()) {
                computeHere(id, m_period, m_formatId);
            }
        });
    }
}

void DashboardComputer::request(const Period& period, qint64 formatId)
{
    const int id = m_latest->load() + 1;
    m_latest->store(id);
    m_recent.reset();
    m_older.reset();
    m_period = period;
    m_formatId = formatId;
    setBusy(true);
    if (!m_inBackground) {
        // Still answered from the event loop, as the threads would.
        QTimer::singleShot(0, this, [this, id, period, formatId] {
            if (id == m_latest->load()) {
                computeHere(id, period, formatId);
            }
        });
        return;
    }
    for (DashboardWorker* worker : m_workers) {
        post(worker, id, period, formatId);
    }
}

void DashboardComputer::post(DashboardWorker* worker, int id, const Period& period, qint64 formatId)
{
    const bool recent = worker == m_workers.front();
    const std::shared_ptr<std::atomic<int>> latest = m_latest;
    QMetaObject::invokeMethod(
        worker,
        [this, worker, recent, latest, id, period, formatId] {
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
            if (recent) {
                const Result<DashboardFigures> result =
                    worker->calculator().computeRecent(period, formatId);
                QMetaObject::invokeMethod(
                    this, [this, id, result] { deliverRecent(id, result); }, Qt::QueuedConnection);
            } else {
                const Result<QList<HeadlineFigures>> result =
                    worker->calculator().olderYears(period, formatId);
                QMetaObject::invokeMethod(
                    this, [this, id, result] { deliverOlder(id, result); }, Qt::QueuedConnection);
            }
        },
        Qt::QueuedConnection);
}

void DashboardComputer::deliverRecent(int id, const Result<DashboardFigures>& result)
{
    if (id == m_latest->load() && m_inBackground) {
        m_recent = result;
        deliverBoth(id);
    }
}

void DashboardComputer::deliverOlder(int id, const Result<QList<HeadlineFigures>>& result)
{
    if (id == m_latest->load() && m_inBackground) {
        m_older = result;
        deliverBoth(id);
    }
}

void DashboardComputer::deliverBoth(int id)
{
    if (!m_recent || !m_older) {
        return; // the other half is still computed
    }
    Result<DashboardFigures> both = *std::exchange(m_recent, std::nullopt);
    const Result<QList<HeadlineFigures>> older = *std::exchange(m_older, std::nullopt);
    if (both && !older) {
        both = older.error();
    } else if (both) {
        both->addOlderYears(*older);
    }
    deliver(id, both);
}

void DashboardComputer::fallBack(int id, const Period& period, qint64 formatId, const QString& why)
{
    if (m_inBackground) {
        qInfo() << "The dashboard computes on the main thread:" << why;
        m_inBackground = false;
    }
    // Both threads may fall back for the same request: it is answered once.
    if (id == m_latest->load() && id != m_answeredHere) {
        computeHere(id, period, formatId);
    }
}

void DashboardComputer::computeHere(int id, const Period& period, qint64 formatId)
{
    m_answeredHere = id;
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
