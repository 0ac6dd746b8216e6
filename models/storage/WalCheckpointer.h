#pragma once

// The checkpoints of an SQLite school, on a thread of their own. A commit in WAL mode writes
// its pages to the log; a checkpoint then copies them into the file. SQLite runs it inside the
// commit that takes the log past 1,000 pages, so that a large write (an import) waits for its
// pages to be written twice. SQLite's documentation suggests the other way for applications
// that do not want that wait: "run checkpoints ... in a separate thread"
// (https://www.sqlite.org/wal.html#application_initiated_checkpoints). This class takes the
// checkpoints over from the connection: the commit returns once its pages are in the log, and
// the copy runs on the machine's other core through a connection of its own, without blocking
// readers or writers (a PASSIVE checkpoint).

#include <QString>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

class QSqlDatabase;
struct sqlite3;

namespace truc2 {

class WalCheckpointer
{
public:
    /// Pages in the log after a commit from which a checkpoint is run: SQLite's own default.
    static constexpr int kPages = 1000;

    /// Takes over the checkpoints of `connection`, an SQLite connection open for writing on the
    /// file `path`; nullptr for any other connection (PostgreSQL has no such log).
    static std::unique_ptr<WalCheckpointer> attach(const QSqlDatabase& connection,
                                                   const QString& path);
    /// Waits for a checkpoint under way, then gives the connection's checkpoints back to SQLite.
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer&) = delete;
    WalCheckpointer& operator=(const WalCheckpointer&) = delete;

    /// Waits until the checkpoints asked for so far are done: the log's pages are in the file,
    /// as far as no reader still needs the older ones. For tests and benchmarks.
    void waitUntilDone();
    /// Checkpoints run so far.
    int checkpointsRun() const;

private:
    WalCheckpointer(sqlite3* connection, QString path);

    /// SQLite's hook after each commit of the connection, with the pages in the log.
    static int afterCommit(void* self, sqlite3* connection, const char* database, int pages);
    void run();

    sqlite3* m_connection; ///< The school's connection, whose hook this is.
    const QString m_path;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_asked = false;   ///< A checkpoint is wanted.
    bool m_running = false; ///< One is under way.
    bool m_stop = false;
    int m_runs = 0;
    std::thread m_thread; ///< Last: started once everything above exists.
};

} // namespace truc2
