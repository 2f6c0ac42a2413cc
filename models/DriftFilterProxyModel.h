#pragma once

#include "core/filter/DriftFilter.h"
#include "core/filter/QuickFilter.h"

#include <QAbstractProxyModel>
#include <QElapsedTimer>
#include <QTimer>

#include <optional>
#include <vector>

namespace tfdrift {

class DriftEventTableModel;

// The drift table as the user narrowed and sorted it: the rows that pass the filter bar's expression,
// in arrival order or sorted by a column (time as time, severity by rank, text by code point).
//
// Made for a million live rows, where QSortFilterProxyModel re-sorts and re-maps on every append
// and filters in one blocking pass. Rows are kept as arrival sequence numbers, so dropping the
// oldest at the cap renumbers nothing. A new filter is applied in slices of kSliceMs per event-loop
// pass, newest events first: the first matches show at once, the window keeps painting, and a
// scan that takes longer than kProgressAfterMs reports progress and can be cancelled.
class DriftFilterProxyModel : public QAbstractProxyModel
{
    Q_OBJECT

public:
    static constexpr int kSliceMs = 8;
    static constexpr int kProgressAfterMs = 100;

    explicit DriftFilterProxyModel(DriftEventTableModel *source, QObject *parent = nullptr);
    ~DriftFilterProxyModel() override;

    // Work per slice; 0 examines one small block per pass (for tests).
    void setSliceMs(int milliseconds) { m_sliceMs = milliseconds; }

    // Each starts re-filtering every row; the first slice runs before it returns. A row is shown
    // when it passes both the expression and the quick filters.
    void setDriftFilter(const DriftFilter &filter);
    void setQuickFilter(const QuickFilter &filter);
    bool isFiltering() const { return m_scan.has_value(); }
    // Stops re-filtering and keeps the matches found so far (the newest events).
    void cancelFiltering();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Column -1 restores arrival order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    // Re-filtering has taken kProgressAfterMs and goes on: examined of total rows (emitted per slice).
    void filteringProgress(qint64 examined, qint64 total);
    void filteringFinished(bool cancelled);

private:
    struct Scan {
        qsizetype cursor = 0; // positions in the order below this one are still to examine
        qsizetype total = 0;
        QElapsedTimer clock;
    };

    bool isSorted() const { return m_sortColumn >= 0; }
    qsizetype orderSize() const;
    quint64 orderAt(qsizetype position) const;
    bool accepts(quint64 sequence) const;
    bool lessThan(quint64 left, quint64 right) const;
    int sourceRowOf(quint64 sequence) const { return int(sequence - m_firstSequence); }

    void runScanSlice();
    void finishScan(bool cancelled);
    void insertVisibleRows(std::vector<quint64> sequences); // sorted: scattered inserts

    void onSourceRowsInserted(const QModelIndex &parent, int first, int last);
    void onSourceRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void onSourceRowsRemoved(const QModelIndex &parent, int first, int last);
    void onSourceAboutToBeReset();
    void onSourceReset();
    void onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                             const QList<int> &roles);
    void appendSequences(std::vector<quint64> sequences);
    void mergeIntoOrder(std::vector<quint64> sequences);
    void rebuildRows(); // without signals: inside a reset or before anyone looks

    DriftEventTableModel *m_source;
    void restartScan();

    DriftFilter m_filter;
    QuickFilter m_quickFilter;
    quint64 m_firstSequence = 0;  // arrival number of the source's row 0
    std::vector<quint64> m_rows;  // visible rows, in display order
    std::vector<quint64> m_order; // every source row in sort order; empty when unsorted
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::optional<Scan> m_scan;
    std::vector<quint64> m_heldBack; // arrivals while a sorted scan runs; added after it
    QTimer m_nextSlice;
    int m_sliceMs = kSliceMs;
};

} // namespace tfdrift
