#pragma once

#include <QAbstractTableModel>

namespace tfdrift {

// The machinery shared by the console's live tables: rows are queued as they arrive and become
// rows once per event-loop pass with a single beginInsertRows/endInsertRows, however many batches
// arrived in between. Pausing keeps queueing without adding rows; a row cap drops the oldest.
// Storage lives in the subclass (see BatchedRowModel), which this class drives through the
// protected hooks below.
class BatchedTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr qsizetype kDefaultRowCap = 1'000'000;

    explicit BatchedTableModel(QObject *parent = nullptr);
    ~BatchedTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;

    // Turns what is queued into rows now, unless paused.
    void flushPending();

    // While paused, rows keep being queued but none are added; resuming adds them all.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    qsizetype pendingCount() const { return queuedRowCount(); }

    // Oldest rows are dropped once the table would exceed the cap (also while paused).
    void setRowCap(qsizetype cap);
    qsizetype rowCap() const { return m_rowCap; }
    // Rows dropped because of the cap since construction or the last clear().
    quint64 droppedCount() const { return m_droppedCount; }

    // Removes every row and everything queued.
    void clear();

Q_SIGNALS:
    // After rows were added by a flush; count is how many.
    void rowsAppended(int count);
    // Rows shown, queued or dropped changed: for status bars.
    void countsChanged();

protected:
    // The subclass calls this after it queued rows: schedules the flush (or reports the queue while paused).
    void rowsQueued();

    virtual qsizetype storedRowCount() const = 0;
    virtual qsizetype queuedRowCount() const = 0;
    virtual void dropOldestStoredRows(qsizetype count) = 0;
    virtual void dropOldestQueuedRows(qsizetype count) = 0;
    virtual void moveQueuedRowsToStore() = 0;
    virtual void clearAllRows() = 0;

private:
    void scheduleFlush();
    void trimQueueToCap();
    void removeOldestRows(qsizetype count);

    qsizetype m_rowCap = kDefaultRowCap;
    quint64 m_droppedCount = 0;
    bool m_paused = false;
    bool m_flushScheduled = false;
};

} // namespace tfdrift
