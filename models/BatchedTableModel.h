#pragma once

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QTimer>

#include <chrono>

class QDeadlineTimer;

namespace tfdrift {

// The machinery shared by the console's live tables: what arrives is queued and made into rows a
// slice at a time, one slice per event-loop pass, and made rows are inserted with a single
// beginInsertRows/endInsertRows, however many batches arrived in between. A pass stops making rows
// once its time budget is spent and leaves the rest to the next pass, so a burst never holds the
// event loop for longer than that. A pass waits on a zero timer, not a posted event: passes posted
// back to back ran in one go with the repaint the last insertion had asked for, and Qt's glib event
// loop kept timers waiting behind them.
//
// While rows keep coming, insertions are at least an insert interval apart: each one makes the
// views lay out and repaint, which costs more than making the rows, and nobody reads a table that
// changes faster. Pausing keeps making rows without adding them; a row cap drops the oldest.
// Storage lives in the subclass (see BatchedRowModel), which this class drives through the
// protected hooks below.
class BatchedTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr qsizetype kDefaultRowCap = 1'000'000;
    // How long one event-loop pass may spend making rows, and what it makes even past that, so that
    // a slow pass still gets somewhere.
    static constexpr std::chrono::milliseconds kDefaultPassBudget{1};
    static constexpr qsizetype kMinRowsPerPass = 512;
    static constexpr std::chrono::milliseconds kDefaultInsertInterval{50};
    // The most rows one insertion adds; a bigger backlog goes in over the next passes.
    static constexpr qsizetype kMaxRowsPerInsertion = 4096;

    explicit BatchedTableModel(QObject *parent = nullptr);
    ~BatchedTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;

    // Turns everything queued into rows now, however long it takes, unless paused.
    void flushPending();
    void setPassBudget(std::chrono::milliseconds budget) { m_passBudget = budget; }
    void setInsertInterval(std::chrono::milliseconds interval) { m_insertInterval = interval; }

    // While paused, rows keep being queued but none are added; resuming adds them all.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    // Queued, not yet rows: made or still to be made.
    qsizetype pendingCount() const { return pendingRowCount(); }

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
    virtual qsizetype pendingRowCount() const = 0;
    virtual qsizetype readyRowCount() const = 0; // pending rows already made
    // Makes pending items into ready rows, at least minimum of them, until the deadline; true when
    // none is left to make.
    virtual bool makeReadyRows(const QDeadlineTimer &deadline, qsizetype minimum) = 0;
    virtual void dropOldestStoredRows(qsizetype count) = 0;
    virtual void dropOldestPendingRows(qsizetype count) = 0;
    // Moves the oldest count ready rows to the store.
    virtual void moveReadyRowsToStore(qsizetype count) = 0;
    virtual void clearAllRows() = 0;

private:
    void scheduleFlush();
    void runPass();
    void insertReadyRowsWhenDue();
    void insertReadyRows(qsizetype limit);
    void trimQueueToCap();
    void removeOldestRows(qsizetype count);

    qsizetype m_rowCap = kDefaultRowCap;
    quint64 m_droppedCount = 0;
    bool m_paused = false;
    std::chrono::milliseconds m_passBudget = kDefaultPassBudget;
    std::chrono::milliseconds m_insertInterval = kDefaultInsertInterval;
    QElapsedTimer m_sinceInsert;
    QTimer m_insertTimer; // the insertion that waits for the interval to pass
    QTimer m_passTimer;   // the next pass, on a zero timer
};

} // namespace tfdrift
