#pragma once

#include "models/BatchedTableModel.h"
#include "models/ChunkedRows.h"

#include <iterator>
#include <vector>

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

    // Queues transform(item) for each item of items, made in place.
    template<typename Range, typename Transform>
    void queueRows(const Range &items, Transform transform)
    {
        if (std::empty(items))
            return;
        m_queued.reserve(m_queued.size() + std::size(items));
        for (const auto &item : items)
            m_queued.push_back(transform(item));
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
        for (qsizetype row = 0; row < count; ++row)
            rowDropping(m_rows[row]);
        m_rows.dropFront(count);
    }

    void dropOldestQueuedRows(qsizetype count) final
    {
        m_queued.erase(m_queued.begin(), m_queued.begin() + count);
    }

    void moveQueuedRowsToStore() final
    {
        for (Row &row : m_queued) {
            rowStored(row);
            m_rows.push_back(std::move(row));
        }
        m_queued.clear();
    }

    void clearAllRows() final
    {
        m_rows.clear();
        m_queued.clear();
        rowsCleared();
    }

    ChunkedRows<Row> m_rows;
    std::vector<Row> m_queued;
};

} // namespace tfdrift
