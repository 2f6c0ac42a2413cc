#pragma once

#include "models/BatchedTableModel.h"
#include "models/ChunkedRows.h"

#include <QDeadlineTimer>
#include <QList>

#include <deque>
#include <vector>

namespace tfdrift {

// A BatchedTableModel whose rows are values of Row, oldest first, each made by makeRow() from a
// value that arrived in a batch. A subclass adds columns (data(), headerData(), columnCount()) and
// may keep running totals through rowStored/rowDropping/rowsCleared.
template<typename Row>
class BatchedRowModel : public BatchedTableModel
{
public:
    using BatchedTableModel::BatchedTableModel;

    const Row &rowAt(int row) const { return m_rows[std::size_t(row)]; }

protected:
    // Queues the batch as it is (it stays shared, so this costs no copy); its items become rows in
    // the next event-loop passes (or at resume when paused).
    void queueItems(const QList<Row> &items)
    {
        if (items.isEmpty())
            return;
        m_incoming.push_back(items);
        m_incomingCount += items.size();
        rowsQueued();
    }

    // The row an item becomes. Called on the model's thread, in the passes that make rows.
    virtual Row makeRow(const Row &item) = 0;

    // Called for each row as it becomes part of the table, and as it leaves it because of the cap.
    virtual void rowStored(const Row &) { }
    virtual void rowDropping(const Row &) { }
    // Called when clear() emptied the table.
    virtual void rowsCleared() { }

private:
    qsizetype storedRowCount() const final { return qsizetype(m_rows.size()); }
    qsizetype pendingRowCount() const final { return readyRowCount() + m_incomingCount; }
    qsizetype readyRowCount() const final { return qsizetype(m_ready.size()) - m_readyFront; }

    bool makeReadyRows(const QDeadlineTimer &deadline, qsizetype minimum) final
    {
        for (qsizetype made = 0; !m_incoming.empty(); ++made) {
            // Reading the clock costs more than making a small row, so it is read now and then.
            if (made >= minimum && made % 64 == 0 && deadline.hasExpired())
                return false;
            const QList<Row> &batch = m_incoming.front();
            m_ready.push_back(makeRow(batch[m_incomingFront]));
            --m_incomingCount;
            if (++m_incomingFront == batch.size()) {
                m_incoming.pop_front();
                m_incomingFront = 0;
            }
        }
        return true;
    }

    void dropOldestStoredRows(qsizetype count) final
    {
        for (qsizetype row = 0; row < count; ++row)
            rowDropping(m_rows[row]);
        m_rows.dropFront(count);
    }

    // Ready rows were made from items that arrived before any still incoming.
    void dropOldestPendingRows(qsizetype count) final
    {
        const qsizetype ready = std::min(count, readyRowCount());
        for (qsizetype i = m_readyFront; i < m_readyFront + ready; ++i)
            m_ready[std::size_t(i)] = Row();
        m_readyFront += ready;
        forgetUsedReadyRows();
        for (count -= ready; count > 0 && !m_incoming.empty();) {
            const qsizetype left = m_incoming.front().size() - m_incomingFront;
            const qsizetype dropped = std::min(count, left);
            m_incomingCount -= dropped;
            count -= dropped;
            if (dropped == left) {
                m_incoming.pop_front();
                m_incomingFront = 0;
            } else {
                m_incomingFront += dropped;
            }
        }
    }

    void moveReadyRowsToStore(qsizetype count) final
    {
        for (const qsizetype end = m_readyFront + count; m_readyFront < end; ++m_readyFront) {
            Row &row = m_ready[std::size_t(m_readyFront)];
            rowStored(row);
            m_rows.push_back(std::move(row));
        }
        forgetUsedReadyRows();
    }

    void forgetUsedReadyRows()
    {
        if (m_readyFront < qsizetype(m_ready.size()))
            return;
        m_ready.clear();
        m_readyFront = 0;
    }

    void clearAllRows() final
    {
        m_rows.clear();
        m_ready.clear();
        m_readyFront = 0;
        m_incoming.clear();
        m_incomingFront = 0;
        m_incomingCount = 0;
        rowsCleared();
    }

    ChunkedRows<Row> m_rows;
    std::vector<Row> m_ready;          // made, waiting for an insertion
    qsizetype m_readyFront = 0;        // rows of m_ready already inserted or dropped
    std::deque<QList<Row>> m_incoming; // batches as they arrived, oldest first
    qsizetype m_incomingFront = 0;     // items of the first batch already made into rows
    qsizetype m_incomingCount = 0;
};

} // namespace tfdrift
