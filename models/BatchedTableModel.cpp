#include "models/BatchedTableModel.h"

#include <QMetaObject>

#include <algorithm>

namespace tfdrift {

BatchedTableModel::BatchedTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

BatchedTableModel::~BatchedTableModel() = default;

int BatchedTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(storedRowCount());
}

void BatchedTableModel::rowsQueued()
{
    trimQueueToCap();
    if (m_paused)
        Q_EMIT countsChanged();
    else
        scheduleFlush();
}

void BatchedTableModel::scheduleFlush()
{
    if (m_flushScheduled)
        return;
    m_flushScheduled = true;
    QMetaObject::invokeMethod(
        this, [this] { flushPending(); }, Qt::QueuedConnection);
}

void BatchedTableModel::flushPending()
{
    m_flushScheduled = false;
    const qsizetype incoming = queuedRowCount(); // never above the cap, see trimQueueToCap()
    if (m_paused || incoming == 0)
        return;

    removeOldestRows(storedRowCount() + incoming - m_rowCap);

    const int first = int(storedRowCount());
    beginInsertRows({}, first, first + int(incoming) - 1);
    moveQueuedRowsToStore();
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
    const qsizetype excess = queuedRowCount() - m_rowCap;
    if (excess <= 0)
        return;
    dropOldestQueuedRows(excess);
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
    clearAllRows();
    m_droppedCount = 0;
    endResetModel();
    Q_EMIT countsChanged();
}

} // namespace tfdrift
