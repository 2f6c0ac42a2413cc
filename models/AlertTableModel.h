#pragma once

#include "core/falco/FalcoAlert.h"
#include "models/BatchedRowModel.h"

#include <QColor>

namespace tfdrift {

// The live alert list: a flat table over its own store, newest row last.
// Appended batches are queued as they are and become rows in time-boxed event-loop passes, with
// one beginInsertRows/endInsertRows for all the rows a pass adds, however many batches arrived in
// between (see BatchedTableModel for passes, pausing, the row cap and clearing).
// Cell text is formatted when a view asks for it, so only visible rows cost anything.
class AlertTableModel : public BatchedRowModel<FalcoAlert>
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

    // The Output column shows at most this much; the tooltip and AlertRole have the rest.
    static constexpr qsizetype kMaxDisplayedOutputChars = 512;

    explicit AlertTableModel(QObject *parent = nullptr);
    ~AlertTableModel() override;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Queues the batch, shared; its alerts become rows in the next event-loop passes (or at resume
    // when paused).
    void appendAlerts(const AlertBatch &batch) { queueItems(batch); }

    const FalcoAlert &alertAt(int row) const { return rowAt(row); }

protected:
    FalcoAlert makeRow(const FalcoAlert &alert) override { return alert; }

private:
    QString displayText(const FalcoAlert &alert, int column) const;
};

// The colour that marks a priority in the table: mid-tone so it reads on light and dark palettes.
QColor priorityColor(FalcoPriority priority);

} // namespace tfdrift
