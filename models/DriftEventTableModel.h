#pragma once

#include "core/drift/DriftEvent.h"
#include "core/drift/DriftMonitor.h" // DriftEventBatch and the DriftEvent metatype
#include "models/BatchedRowModel.h"
#include "models/DriftStatistics.h"
#include "models/StringPool.h"

#include <QColor>

#include <array>

class QPalette;

namespace tfdrift {

// The live drift list: a flat table over its own store of DriftEvents, newest row last.
// Appended batches are queued as they are and become rows in time-boxed event-loop passes, never
// one beginInsertRows per event (see BatchedTableModel for passes, pausing, the row cap and clearing).
// Cell text is formatted when a view asks for it and never cached, so a retained event costs its
// DriftEvent and nothing more; running totals by severity are kept for the status bar.
class DriftEventTableModel : public BatchedRowModel<DriftEvent>
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        SeverityColumn,
        ChangeKindColumn,
        ResourceTypeColumn,
        ResourceColumn, // Terraform address, or the cloud id when no state manages the resource
        AttributesColumn,
        UserColumn,
        AccountColumn,
        RegionColumn,
        SourceColumn, // the configured Falco endpoint that delivered the alert
        RuleColumn,   // the Falco rule that fired
        ColumnCount,
    };

    enum Role {
        DriftEventRole = Qt::UserRole + 1, // the row's DriftEvent
        SortRole,                          // a value that sorts the column as a user expects
        SeverityRole,                      // int(Severity), higher is more severe
    };

    // Cells show at most this much text; the tooltip and DriftEventRole have the rest.
    static constexpr qsizetype kMaxDisplayedChars = 256;

    explicit DriftEventTableModel(QObject *parent = nullptr);
    ~DriftEventTableModel() override;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Queues the batch, shared; each event becomes a slim row (see slimmed()) in the next
    // event-loop passes (or at resume when paused).
    void appendEvents(const DriftEventBatch &events) { queueItems(events); }

    // The row's slim event; DriftEventArchive keeps the whole of it by its id.
    const DriftEvent &eventAt(int row) const { return rowAt(row); }

    // The event as a row keeps it: everything the table, the filter and the charts read, without the
    // raw alert's output text, output fields and tags, with repeated strings shared.
    DriftEvent slimmed(const DriftEvent &event);

    // Rows in the table with this severity (queued events are not counted until they are rows).
    quint64 severityCount(Severity severity) const;
    // Running totals over the rows, for the charts.
    const DriftStatistics &statistics() const { return m_statistics; }

    // Orders two events as the column sorts them (<0, 0, >0): time as time, severity and change by rank, text
    // by code point. Builds no strings, as sorting a million rows calls it tens of millions of times.
    static int compareForSort(const DriftEvent &left, const DriftEvent &right, int column);

    // Translated names as the table shows them.
    static QString severityTitle(Severity severity);
    static QString changeKindTitle(ChangeKind kind);

protected:
    DriftEvent makeRow(const DriftEvent &event) override { return slimmed(event); }
    void rowStored(const DriftEvent &event) override;
    void rowDropping(const DriftEvent &event) override;
    void rowsCleared() override;

private:
    static QString fullText(const DriftEvent &event, int column);
    static QVariant sortValue(const DriftEvent &event, int column);

    std::array<quint64, 4> m_severityCounts{};
    StringPool m_strings;
    DriftStatistics m_statistics;
};

// The colour that marks a severity as text and swatch. Dark shades on light palettes and light ones
// on dark palettes, chosen by the palette's window lightness, so it stays readable on both.
QColor severityTextColor(Severity severity, const QPalette &palette);

} // namespace tfdrift
