#include "import/MemoryTableReader.h"

namespace truc2 {

MemoryTableReader::MemoryTableReader(Table table)
    : TableReader(table.path, table.format)
    , m_table(std::move(table))
{}

bool MemoryTableReader::next(TableRecord& record)
{
    if (m_next >= m_table.records.size()) {
        return false;
    }
    record = m_table.records.at(m_next++);
    return true;
}

} // namespace truc2
