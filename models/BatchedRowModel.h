#pragma once

#include "models/BatchedTableModel.h"
#include "models/ChunkedRows.h"

#include <QDeadlineTimer>
#include <QList>

#include <algorithm>
#include <deque>

namespace tfdrift {

// A BatchedTableModel whose rows are values of Row, oldest first, each made by makeRow() from a
// value that arrived in a batch. A subclass adds columns (data(), headerData(), columnCount()) and
// may keep running totals through rowStored/rowDropping/rowsCleared.
//
// Rows are made where they will stay: at the back of the store, past the rows the table shows, so
// that an insertion only moves the boundary. Moving rows at insertion time read and wrote each
// row's memory again, long after it had left the cache, and that made insertions the longest stall
// of a burst. Rows made while paused are held apart instead, as a long pause may have to drop the
// oldest of them, which at the back of the store would mean moving all the others.
template<typename Row>
class BatchedRowModel : public BatchedTableModel
{
public:
    using BatchedTableModel::BatchedTableModel;

    const Row &rowAt(int row) const { return m_rows[row]; }

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
    qsizetype storedRowCount() const final { return m_storedCount; }
    qsizetype pendingRowCount() const final { return readyRowCount() + m_incomingCount; }
    qsizetype readyRowCount() const final { return readyInStoreCount() + m_held.size(); }
    qsizetype readyInStoreCount() const { return m_rows.size() - m_storedCount; }

    bool makeReadyRows(const QDeadlineTimer &deadline, qsizetype minimum) final
    {
        // Held rows go in first, so rows made after them must follow them there.
        ChunkedRows<Row> &ready = isPaused() || !m_held.empty() ? m_held : m_rows;
        for (qsizetype made = 0; !m_incoming.empty(); ++made) {
            // Reading the clock costs more than making a small row, so it is read now and then.
            if (made >= minimum && made % 64 == 0 && deadline.hasExpired())
                return false;
            const QList<Row> &batch = m_incoming.front();
            ready.push_back(makeRow(batch[m_incomingFront]));
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
        count = std::min(count, m_storedCount);
        for (qsizetype row = 0; row < count; ++row)
            rowDropping(m_rows[row]);
        m_rows.dropFront(count);
        m_storedCount -= count;
    }

    // Ready rows were made from items that arrived before any still incoming, and rows made in the
    // store before any held.
    void dropOldestPendingRows(qsizetype count) final
    {
        const qsizetype inStore = std::min(count, readyInStoreCount());
        m_rows.erase(m_storedCount, inStore); // a few passes' worth at most, see makeReadyRows()
        count -= inStore;
        const qsizetype held = std::min(count, m_held.size());
        m_held.dropFront(held);
        for (count -= held; count > 0 && !m_incoming.empty();) {
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
        const qsizetype inStore = std::min(count, readyInStoreCount());
        for (const qsizetype end = m_storedCount + inStore; m_storedCount < end; ++m_storedCount)
            rowStored(m_rows[m_storedCount]);
        // Held rows come after any made in the store, which are all stored by now.
        const qsizetype held = std::min(count - inStore, m_held.size());
        for (qsizetype i = 0; i < held; ++i) {
            rowStored(m_held[i]);
            m_rows.push_back(std::move(m_held[i]));
        }
        m_held.dropFront(held);
        m_storedCount += held;
    }

    void clearAllRows() final
    {
        m_rows.clear();
        m_storedCount = 0;
        m_held.clear();
        m_incoming.clear();
        m_incomingFront = 0;
        m_incomingCount = 0;
        rowsCleared();
    }

    ChunkedRows<Row> m_rows;           // the table's rows, then rows made for the next insertion
    qsizetype m_storedCount = 0;       // rows of m_rows in the table
    ChunkedRows<Row> m_held;           // made while paused (and after), waiting for an insertion
    std::deque<QList<Row>> m_incoming; // batches as they arrived, oldest first
    qsizetype m_incomingFront = 0;     // items of the first batch already made into rows
    qsizetype m_incomingCount = 0;
};

} // namespace tfdrift
