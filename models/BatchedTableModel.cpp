#include "models/BatchedTableModel.h"

#include <QDeadlineTimer>

#include <algorithm>

namespace tfdrift {

BatchedTableModel::BatchedTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_insertTimer.setSingleShot(true);
    m_passTimer.setSingleShot(true);
    connect(&m_passTimer, &QTimer::timeout, this, &BatchedTableModel::runPass);
    connect(&m_insertTimer, &QTimer::timeout, this, [this] {
        if (m_paused)
            return;
        insertReadyRows(kMaxRowsPerInsertion);
        if (readyRowCount() > 0)
            scheduleFlush();
    });
}

BatchedTableModel::~BatchedTableModel() = default;

int BatchedTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(storedRowCount());
}

void BatchedTableModel::rowsQueued()
{
    trimQueueToCap();
    // Rows are made while paused too: made rows are what the table keeps, and usually smaller.
    scheduleFlush();
    if (m_paused)
        Q_EMIT countsChanged();
}

void BatchedTableModel::scheduleFlush()
{
    if (!m_passTimer.isActive())
        m_passTimer.start(0);
}

void BatchedTableModel::runPass()
{
    const bool allMade = makeReadyRows(QDeadlineTimer(m_passBudget), kMinRowsPerPass);
    if (!m_paused)
        insertReadyRowsWhenDue();
    if (!allMade || (!m_paused && readyRowCount() >= kMaxRowsPerInsertion))
        scheduleFlush();
}

void BatchedTableModel::insertReadyRowsWhenDue()
{
    if (readyRowCount() == 0)
        return;
    const auto since
        = [this] { return std::chrono::milliseconds(m_sinceInsert.isValid() ? m_sinceInsert.elapsed() : 0); };
    // Checked on every pass, as passes come more often than a timer gets its turn during a burst.
    // A backlog is inserted pass by pass, a bounded slice each time (runPass() schedules them).
    if (!m_sinceInsert.isValid() || since() >= m_insertInterval || readyRowCount() >= kMaxRowsPerInsertion)
        insertReadyRows(kMaxRowsPerInsertion);
    // What is left waits for the interval, even if nothing else arrives.
    const qsizetype left = readyRowCount();
    if (left > 0 && left < kMaxRowsPerInsertion && !m_insertTimer.isActive())
        m_insertTimer.start(std::max(std::chrono::milliseconds(0), m_insertInterval - since()));
}

void BatchedTableModel::flushPending()
{
    if (m_paused)
        return;
    makeReadyRows(QDeadlineTimer(QDeadlineTimer::Forever), 0);
    insertReadyRows(readyRowCount());
}

void BatchedTableModel::insertReadyRows(qsizetype limit)
{
    m_insertTimer.stop();
    const qsizetype incoming = std::min(readyRowCount(), limit); // never above the cap, see trimQueueToCap()
    if (incoming == 0)
        return;
    m_sinceInsert.start();

    removeOldestRows(storedRowCount() + incoming - m_rowCap);

    const int first = int(storedRowCount());
    beginInsertRows({}, first, first + int(incoming) - 1);
    moveReadyRowsToStore(incoming);
    endInsertRows();

    Q_EMIT rowsAppended(int(incoming));
    Q_EMIT countsChanged();
}

void BatchedTableModel::removeOldestRows(qsizetype count)
{
    if (count <= 0)
        return;
    beginRemoveRows({}, 0, int(count - 1));
    dropOldestStoredRows(count);
    endRemoveRows();
    m_droppedCount += quint64(count);
}

void BatchedTableModel::trimQueueToCap()
{
    // Anything queued beyond the cap would be dropped by the flush anyway; dropping it now
    // keeps a long pause from growing memory without bound.
    const qsizetype excess = pendingRowCount() - m_rowCap;
    if (excess <= 0)
        return;
    dropOldestPendingRows(excess);
    m_droppedCount += quint64(excess);
}

void BatchedTableModel::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    if (!m_paused)
        flushPending();
    Q_EMIT countsChanged();
}

void BatchedTableModel::setRowCap(qsizetype cap)
{
    m_rowCap = std::max<qsizetype>(1, cap);
    removeOldestRows(storedRowCount() - m_rowCap);
    trimQueueToCap();
    Q_EMIT countsChanged();
}

void BatchedTableModel::clear()
{
    beginResetModel();
    m_insertTimer.stop();
    clearAllRows();
    m_droppedCount = 0;
    endResetModel();
    Q_EMIT countsChanged();
}

} // namespace tfdrift
