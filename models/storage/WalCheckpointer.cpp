#include "storage/WalCheckpointer.h"

#include "storage/SqliteStatement.h"

#include <QSqlDatabase>

#include <sqlite3.h>

namespace truc2 {

std::unique_ptr<WalCheckpointer> WalCheckpointer::attach(const QSqlDatabase& connection,
                                                         const QString& path)
{
    sqlite3* handle = sqliteHandle(connection);
    if (!handle) {
        return nullptr;
    }
    return std::unique_ptr<WalCheckpointer>(new WalCheckpointer(handle, path));
}

WalCheckpointer::WalCheckpointer(sqlite3* connection, QString path)
    : m_connection(connection)
    , m_path(std::move(path))
    , m_thread([this] { run(); })
{
    // Replaces the connection's automatic checkpoint, which is itself such a hook.
    sqlite3_wal_hook(m_connection, &WalCheckpointer::afterCommit, this);
}

WalCheckpointer::~WalCheckpointer()
{
    // SQLite checkpoints in the commit again (and when the last connection closes).
    sqlite3_wal_autocheckpoint(m_connection, kPages);
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

int WalCheckpointer::afterCommit(void* self, sqlite3*, const char*, int pages)
{
    if (pages >= kPages) {
        auto* checkpointer = static_cast<WalCheckpointer*>(self);
        {
            const std::lock_guard lock(checkpointer->m_mutex);
            checkpointer->m_asked = true;
        }
        checkpointer->m_changed.notify_all();
    }
    return SQLITE_OK;
}

void WalCheckpointer::waitUntilDone()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_stop || (!m_asked && !m_running); });
}

int WalCheckpointer::checkpointsRun() const
{
    const std::lock_guard lock(m_mutex);
    return m_runs;
}

void WalCheckpointer::run()
{
    sqlite3* own = nullptr; // opened at the first checkpoint: a school only read needs none
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_changed.wait(lock, [this] { return m_stop || m_asked; });
        if (m_stop) {
            break;
        }
        m_asked = false;
        m_running = true;
        lock.unlock();
        if (!own) {
            if (sqlite3_open_v2(m_path.toUtf8().constData(), &own,
                                SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX,
                                nullptr) == SQLITE_OK) {
                // A new connection learns that the file is in WAL mode when it first reads
                // it; until then its checkpoints do nothing.
                sqlite3_exec(own, "PRAGMA schema_version", nullptr, nullptr, nullptr);
            } else {
                // The file cannot be opened again (gone, permissions changed): the log keeps
                // growing until the school's connection closes, which checkpoints it.
                sqlite3_close(own);
                own = nullptr;
            }
        }
        if (own) {
            // PASSIVE: copies what no reader still needs, waiting for no one; a checkpoint
            // that finds the log busy is done by the next commit's request.
            sqlite3_wal_checkpoint_v2(own, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        }
        lock.lock();
        m_running = false;
        ++m_runs;
        m_changed.notify_all();
    }
    lock.unlock();
    sqlite3_close(own);
}

} // namespace truc2
