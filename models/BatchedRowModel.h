#pragma once

#include "models/BatchedTableModel.h"

#include <algorithm>
#include <deque>
#include <iterator>

namespace tfdrift {

// A BatchedTableModel whose rows are values of Row, oldest first. A subclass adds columns (data(),
// headerData(), columnCount()) and may keep running totals through rowStored/rowDropping/rowsCleared.
template<typename Row>
class BatchedRowModel : public BatchedTableModel
{
public:
    using BatchedTableModel::BatchedTableModel;

    const Row &rowAt(int row) const { return m_rows[std::size_t(row)]; }

protected:
    // Queues the rows; they appear on the next event-loop pass (or at resume when paused).
    template<typename Range>
    void queueRows(const Range &rows)
    {
        if (std::empty(rows))
            return;
        m_queued.insert(m_queued.end(), std::cbegin(rows), std::cend(rows));
        rowsQueued();
    }

    // Called for each row as it becomes part of the table, and as it leaves it because of the cap.
    virtual void rowStored(const Row &) { }
    virtual void rowDropping(const Row &) { }
    // Called when clear() emptied the table.
    virtual void rowsCleared() { }

private:
    qsizetype storedRowCount() const final { return qsizetype(m_rows.size()); }
    qsizetype queuedRowCount() const final { return qsizetype(m_queued.size()); }

    void dropOldestStoredRows(qsizetype count) final
    {
        const auto end = m_rows.begin() + count;
        for (auto it = m_rows.begin(); it != end; ++it)
            rowDropping(*it);
        m_rows.erase(m_rows.begin(), end);
    }

    void dropOldestQueuedRows(qsizetype count) final
    {
        m_queued.erase(m_queued.begin(), m_queued.begin() + count);
    }

    void moveQueuedRowsToStore() final
    {
        for (const Row &row : m_queued)
            rowStored(row);
        std::move(m_queued.begin(), m_queued.end(), std::back_inserter(m_rows));
        m_queued.clear();
    }

    void clearAllRows() final
    {
        m_rows.clear();
        m_queued.clear();
        rowsCleared();
    }

    std::deque<Row> m_rows;
    std::deque<Row> m_queued;
};

} // namespace tfdrift
