#pragma once

#include "stats/DashboardFigures.h"

#include <QObject>

#include <atomic>
#include <memory>

class QThread;

namespace truc2 {
class School;
}

namespace truc2::ui {

class DashboardWorker;

/// Computes the dashboard's figures off the main thread, so that the window never freezes:
/// a thread of its own with its own connection to the school (the same location and server
/// password, read-only),
/// opened at the first request. The latest request wins: one asked for while another is
/// computed is answered alone, and an answer to an older request is dropped.
///
/// When no second connection can be opened (a school opened from a path that no longer
/// exists, a server refusing another connection…), the figures are computed on the main
/// thread instead, still answered from the event loop, and inBackground() becomes false.
class DashboardComputer : public QObject
{
    Q_OBJECT

public:
    explicit DashboardComputer(School& school, QObject* parent = nullptr);
    ~DashboardComputer() override;

    /// Asks for a period's figures (all formats when formatId is 0); computed() answers later.
    void request(const Period& period, qint64 formatId);
    /// A request is waiting for its answer.
    bool isBusy() const { return m_busy; }
    /// Whether the figures are computed in the thread (false once it fell back to the main
    /// thread, or when told to).
    bool inBackground() const { return m_inBackground; }
    /// Computes on the main thread from now on (tests, and the fall-back).
    void computeOnMainThread();

Q_SIGNALS:
    void computed(const truc2::DashboardFigures& figures);
    void failed(const QString& message);
    void busyChanged(bool busy);

private:
    void deliver(int id, const Result<DashboardFigures>& result);
    void computeHere(int id, const Period& period, qint64 formatId);
    void fallBack(int id, const Period& period, qint64 formatId, const QString& why);
    void setBusy(bool busy);

    School& m_school;
    QThread* m_thread = nullptr;
    DashboardWorker* m_worker = nullptr;
    std::shared_ptr<std::atomic<int>> m_latest;
    bool m_busy = false;
    bool m_inBackground = true;
};

} // namespace truc2::ui
