#include "import/ReadAhead.h"

namespace truc2 {
namespace {

/// Records handed over at a time: few enough that the consumer starts at once, enough that
/// the two threads seldom meet at the lock.
constexpr std::size_t kBatchRecords = 256;

/// Batches read ahead at most: the memory stays a few hundred kilobytes whatever the file.
constexpr std::size_t kBatchesAhead = 4;

} // namespace

ReadAhead::ReadAhead(TableReader& source)
    : TableReader(source.path(), source.format())
    , m_position(source.position())
    , m_size(source.size())
    , m_thread([this, &source] { read(source); })
{}

ReadAhead::~ReadAhead()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void ReadAhead::read(TableReader& source)
{
    bool last = false;
    while (!last) {
        Batch batch;
        {
            const std::lock_guard lock(m_mutex);
            if (!m_used.empty()) {
                batch = std::move(m_used.back());
                m_used.pop_back();
            }
        }
        batch.records.resize(kBatchRecords);
        batch.count = 0;
        while (batch.count < kBatchRecords && source.next(batch.records[batch.count])) {
            ++batch.count;
        }
        last = batch.count < kBatchRecords;
        batch.position = source.position();
        batch.last = last;
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_stop || m_ready.size() < kBatchesAhead; });
        if (m_stop) {
            return;
        }
        if (last && source.failed()) {
            m_sourceError = source.error();
        }
        m_ready.push_back(std::move(batch));
        lock.unlock();
        m_changed.notify_all();
    }
}

bool ReadAhead::next(TableRecord& record)
{
    while (m_taken == m_current.count) {
        if (m_ended) {
            if (m_sourceError && !failed()) {
                setError(*m_sourceError);
            }
            return false;
        }
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_ready.empty(); });
        if (!m_current.records.empty()) {
            m_used.push_back(std::move(m_current));
        }
        m_current = std::move(m_ready.front());
        m_ready.pop_front();
        m_ended = m_current.last;
        lock.unlock();
        m_changed.notify_all();
        m_taken = 0;
        m_position = m_current.position;
    }
    std::swap(record, m_current.records[m_taken++]);
    return true;
}

} // namespace truc2
