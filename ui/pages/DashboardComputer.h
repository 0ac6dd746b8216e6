#pragma once

#include "stats/DashboardFigures.h"

#include <QObject>

#include <array>
#include <atomic>
#include <memory>
#include <optional>

class QThread;

namespace truc2 {
class School;
}

namespace truc2::ui {

class DashboardWorker;

/// Computes the dashboard's figures off the main thread, so that the window never freezes:
/// two threads, each with its own connection to the school (the same location and server
/// password, read-only) opened at the first request, compute the two halves of the figures
/// at once (DashboardCalculator::computeRecent() and olderYears()), and the answer comes when
/// both are done. The latest request wins: one asked for while another is computed is
/// answered alone, and an answer to an older request is dropped.
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
    void post(DashboardWorker* worker, int id, const Period& period, qint64 formatId);
    void deliverRecent(int id, const Result<DashboardFigures>& result);
    void deliverOlder(int id, const Result<QList<HeadlineFigures>>& result);
    void deliverBoth(int id);
    void deliver(int id, const Result<DashboardFigures>& result);
    void computeHere(int id, const Period& period, qint64 formatId);
    void fallBack(int id, const Period& period, qint64 formatId, const QString& why);
    void setBusy(bool busy);

    School& m_school;
    /// The recent half's worker and thread, then the older years'.
    std::array<QThread*, 2> m_threads{};
    std::array<DashboardWorker*, 2> m_workers{};
    std::shared_ptr<std::atomic<int>> m_latest;
    /// The latest request, and the last one answered on the main thread.
    Period m_period;
    qint64 m_formatId = 0;
    int m_answeredHere = 0;
    /// The halves of the latest request that have arrived.
    std::optional<Result<DashboardFigures>> m_recent;
    std::optional<Result<QList<HeadlineFigures>>> m_older;
    bool m_busy = false;
    bool m_inBackground = true;
};

} // namespace truc2::ui
