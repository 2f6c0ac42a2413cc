#pragma once

#include "core/falco/FalcoAlert.h"

#include <QAbstractTableModel>
#include <QColor>

#include <deque>

namespace tfdrift {

// The live alert list: a flat table over its own store, newest row last.
// Appends are queued and become rows once per event-loop pass with a single
// beginInsertRows/endInsertRows, however many batches arrived in between.
// Cell text is formatted when a view asks for it, so only visible rows cost anything.
class AlertTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        PriorityColumn,
        RuleColumn,
        SourceColumn,
        EndpointColumn,
        HostnameColumn,
        OutputColumn,
        ColumnCount,
    };

    enum Role {
        AlertRole = Qt::UserRole + 1, // the row's FalcoAlert
    };

    static constexpr qsizetype kDefaultRowCap = 1'000'000;
    // The Output column shows at most this much; the tooltip and AlertRole have the rest.
    static constexpr qsizetype kMaxDisplayedOutputChars = 512;

    explicit AlertTableModel(QObject *parent = nullptr);
    ~AlertTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Queues the batch; rows appear on the next event-loop pass (or at resume when paused).
    void appendAlerts(const AlertBatch &batch);
    // Turns what is queued into rows now, unless paused.
    void flushPending();

    // While paused, alerts keep being queued but no rows are added; resuming adds them all.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    qsizetype pendingCount() const { return qsizetype(m_pending.size()); }

    // Oldest rows are dropped once the table would exceed the cap (also while paused).
    void setRowCap(qsizetype cap);
    qsizetype rowCap() const { return m_rowCap; }
    // Alerts dropped because of the cap since construction or the last clear().
    quint64 droppedCount() const { return m_droppedCount; }

    const FalcoAlert &alertAt(int row) const { return m_rows[std::size_t(row)]; }

    // Removes every row and everything queued.
    void clear();

Q_SIGNALS:
    // After rows were added by a flush; count is how many.
    void rowsAppended(int count);
    // Rows shown, queued or dropped changed: for status bars.
    void countsChanged();

private:
    void scheduleFlush();
    void trimPendingToCap();
    QString displayText(const FalcoAlert &alert, int column) const;

    std::deque<FalcoAlert> m_rows;
    std::deque<FalcoAlert> m_pending;
    qsizetype m_rowCap = kDefaultRowCap;
    quint64 m_droppedCount = 0;
    bool m_paused = false;
    bool m_flushScheduled = false;
};

// The colour that marks a priority in the table: mid-tone so it reads on light and dark palettes.
QColor priorityColor(FalcoPriority priority);

} // namespace tfdrift
