#pragma once

// A table reader that reads on another thread, a few batches of records ahead of its consumer:
// decoding the file and splitting it into cells (a third of a survey import's reading) runs on
// the machine's other core while the consumer checks the records before.

#include "import/TableReader.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace truc2 {

class ReadAhead final : public TableReader
{
public:
    /// Starts reading `source`, which nothing else may use until this reader is destroyed.
    explicit ReadAhead(TableReader& source);
    /// Stops the reading (between two records) and waits for it.
    ~ReadAhead() override;
    ReadAhead(const ReadAhead&) = delete;
    ReadAhead& operator=(const ReadAhead&) = delete;

    /// The source's records in order; at their end, the source's error if it failed. What
    /// `record` held goes back to the source for its memory, as the source's next() takes it.
    bool next(TableRecord& record) override;
    /// The source's position after the batch the last record came from.
    qint64 position() const override { return m_position; }
    qint64 size() const override { return m_size; }

private:
    struct Batch
    {
        std::vector<TableRecord> records; ///< Its first `count` are the source's.
        std::size_t count = 0;
        qint64 position = 0;
        bool last = false;
    };

    void read(TableReader& source);

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_ready; ///< Read, not yet taken.
    std::vector<Batch> m_used; ///< Taken: the consumer's records, to read the next ones into.
    bool m_stop = false;       ///< The consumer wants no more.
    std::optional<Error> m_sourceError;

    // The consumer's side only.
    Batch m_current;
    std::size_t m_taken = 0;
    bool m_ended = false;
    qint64 m_position = 0;
    qint64 m_size = 0;

    std::thread m_thread; ///< Last: started once everything above exists.
};

} // namespace truc2
