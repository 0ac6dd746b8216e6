#pragma once

#include "import/TableReader.h"

namespace truc2 {

/// A TableReader over a table already in memory (a preview, a test's table): the importers
/// read it exactly as they read a file.
class MemoryTableReader : public TableReader
{
public:
    explicit MemoryTableReader(Table table);

    bool next(TableRecord& record) override;
    qint64 position() const override { return m_next; }
    qint64 size() const override { return m_table.records.size(); }

private:
    Table m_table;
    qsizetype m_next = 0;
};

} // namespace truc2
