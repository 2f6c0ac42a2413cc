#include "models/DriftFilterProxyModel.h"

#include "models/DriftEventTableModel.h"

#include <QHash>

#include <algorithm>
#include <numeric>

namespace tfdrift {

namespace {
// How many rows are examined between two looks at the clock.
constexpr qsizetype kRowsPerClockCheck = 512;
} // namespace

DriftFilterProxyModel::DriftFilterProxyModel(DriftEventTableModel *source, QObject *parent)
    : QAbstractProxyModel(parent)
    , m_source(source)
{
    QAbstractProxyModel::setSourceModel(source);
    m_nextSlice.setSingleShot(true);
    m_nextSlice.setInterval(0);
    connect(&m_nextSlice, &QTimer::timeout, this, &DriftFilterProxyModel::runScanSlice);
    connect(source, &QAbstractItemModel::rowsInserted, this, &DriftFilterProxyModel::onSourceRowsInserted);
    connect(source, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            &DriftFilterProxyModel::onSourceRowsAboutToBeRemoved);
    connect(source, &QAbstractItemModel::rowsRemoved, this, &DriftFilterProxyModel::onSourceRowsRemoved);
    connect(source, &QAbstractItemModel::modelAboutToBeReset, this,
            &DriftFilterProxyModel::onSourceAboutToBeReset);
    connect(source, &QAbstractItemModel::modelReset, this, &DriftFilterProxyModel::onSourceReset);
    connect(source, &QAbstractItemModel::dataChanged, this, &DriftFilterProxyModel::onSourceDataChanged);
    connect(source, &QAbstractItemModel::headerDataChanged, this, &QAbstractItemModel::headerDataChanged);
    rebuildRows();
}

DriftFilterProxyModel::~DriftFilterProxyModel() = default;

// --- the item model -----------------------------------------------------------------------------

QModelIndex DriftFilterProxyModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex DriftFilterProxyModel::parent(const QModelIndex &) const
{
    return {};
}

int DriftFilterProxyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DriftFilterProxyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_source->columnCount();
}

QModelIndex DriftFilterProxyModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || proxyIndex.model() != this || proxyIndex.row() >= rowCount())
        return {};
    return m_source->index(sourceRowOf(m_rows[std::size_t(proxyIndex.row())]), proxyIndex.column());
}

QModelIndex DriftFilterProxyModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != m_source)
        return {};
    const quint64 sequence = m_firstSequence + quint64(sourceIndex.row());
    std::vector<quint64>::const_iterator found;
    if (isSorted()) {
        found = std::find(m_rows.begin(), m_rows.end(), sequence);
    } else {
        found = std::lower_bound(m_rows.begin(), m_rows.end(), sequence);
        if (found != m_rows.end() && *found != sequence)
            found = m_rows.end();
    }
    if (found == m_rows.end())
        return {};
    return index(int(found - m_rows.begin()), sourceIndex.column());
}

QVariant DriftFilterProxyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // Column headers do not depend on rows; the base class would look them up through row 0,
    // which an empty result does not have.
    if (orientation == Qt::Horizontal)
        return m_source->headerData(section, orientation, role);
    return QAbstractProxyModel::headerData(section, orientation, role);
}

// --- order and filter ---------------------------------------------------------------------------

qsizetype DriftFilterProxyModel::orderSize() const
{
    return isSorted() ? qsizetype(m_order.size()) : qsizetype(m_source->rowCount());
}

quint64 DriftFilterProxyModel::orderAt(qsizetype position) const
{
    return isSorted() ? m_order[std::size_t(position)] : m_firstSequence + quint64(position);
}

bool DriftFilterProxyModel::accepts(quint64 sequence) const
{
    const DriftEvent &event = m_source->eventAt(sourceRowOf(sequence));
    return m_quickFilter.matches(event) && (m_filter.matchesEverything() || m_filter.matches(event));
}

bool DriftFilterProxyModel::lessThan(quint64 left, quint64 right) const
{
    const int order = DriftEventTableModel::compareForSort(
        m_source->eventAt(sourceRowOf(left)), m_source->eventAt(sourceRowOf(right)), m_sortColumn);
    if (order == 0)
        return left < right; // equal keys keep arrival order, as a stable sort would
    return m_sortOrder == Qt::AscendingOrder ? order < 0 : order > 0;
}

// --- re-filtering in slices ---------------------------------------------------------------------

void DriftFilterProxyModel::setDriftFilter(const DriftFilter &filter)
{
    m_filter = filter;
    restartScan();
}

void DriftFilterProxyModel::setQuickFilter(const QuickFilter &filter)
{
    m_quickFilter = filter;
    restartScan();
}

void DriftFilterProxyModel::restartScan()
{
    if (m_scan) {
        m_nextSlice.stop();
        m_scan.reset();
        Q_EMIT filteringFinished(true);
    }
    // Arrivals held back during an earlier sorted scan take their place in the order now.
    mergeIntoOrder(std::exchange(m_heldBack, {}));
    beginResetModel();
    m_rows.clear();
    endResetModel();
    m_scan = Scan{orderSize(), orderSize(), {}};
    m_scan->clock.start();
    runScanSlice();
}

void DriftFilterProxyModel::cancelFiltering()
{
    if (m_scan)
        finishScan(true);
}

void DriftFilterProxyModel::runScanSlice()
{
    if (!m_scan)
        return;
    QElapsedTimer slice;
    slice.start();
    std::vector<quint64> found; // newest first
    qsizetype cursor = m_scan->cursor;
    while (cursor > 0) {
        const qsizetype stop = std::max<qsizetype>(0, cursor - kRowsPerClockCheck);
        for (; cursor > stop; --cursor) {
            const quint64 sequence = orderAt(cursor - 1);
            if (accepts(sequence))
                found.push_back(sequence);
        }
        if (slice.elapsed() >= m_sliceMs)
            break;
    }
    m_scan->cursor = cursor;
    if (!found.empty()) {
        // Everything found lies before the rows found in earlier slices.
        std::reverse(found.begin(), found.end());
        beginInsertRows({}, 0, int(found.size()) - 1);
        m_rows.insert(m_rows.begin(), found.begin(), found.end());
        endInsertRows();
    }
    if (cursor == 0) {
        finishScan(false);
        return;
    }
    if (m_scan->clock.elapsed() >= kProgressAfterMs)
        Q_EMIT filteringProgress(m_scan->total - cursor, m_scan->total);
    m_nextSlice.start();
}

void DriftFilterProxyModel::finishScan(bool cancelled)
{
    m_nextSlice.stop();
    m_scan.reset();
    appendSequences(std::exchange(m_heldBack, {}));
    Q_EMIT filteringFinished(cancelled);
}

// --- sorting ------------------------------------------------------------------------------------

void DriftFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    if (column >= columnCount())
        column = -1;
    if (column == m_sortColumn && (column < 0 || order == m_sortOrder))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    const auto less = [this](quint64 left, quint64 right) { return lessThan(left, right); };
    m_order.clear();
    if (isSorted()) {
        m_order.resize(std::size_t(m_source->rowCount()));
        std::iota(m_order.begin(), m_order.end(), m_firstSequence);
        std::sort(m_order.begin(), m_order.end(), less);
    }
    if (m_scan) {
        // Positions in the old order mean nothing in the new one: examine everything again.
        m_heldBack.clear(); // already in the new order
        restartScan();
        return;
    }

    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<quint64> sequences;
    sequences.reserve(std::size_t(before.size()));
    for (const QModelIndex &index : before)
        sequences.push_back(m_rows[std::size_t(index.row())]);
    if (isSorted())
        std::sort(m_rows.begin(), m_rows.end(), less);
    else
        std::sort(m_rows.begin(), m_rows.end());
    QHash<quint64, int> newRows;
    if (!before.isEmpty()) {
        for (std::size_t row = 0; row < m_rows.size(); ++row)
            newRows.insert(m_rows[row], int(row));
    }
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i)
        after.append(index(newRows.value(sequences[std::size_t(i)]), before[i].column()));
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

// --- following the source -----------------------------------------------------------------------

void DriftFilterProxyModel::onSourceRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    std::vector<quint64> arrived(std::size_t(last - first + 1));
    std::iota(arrived.begin(), arrived.end(), m_firstSequence + quint64(first));
    if (m_scan && isSorted()) {
        // A merge would move the positions the scan walks; these wait for it to end.
        m_heldBack.insert(m_heldBack.end(), arrived.begin(), arrived.end());
        return;
    }
    appendSequences(std::move(arrived));
}

void DriftFilterProxyModel::mergeIntoOrder(std::vector<quint64> sequences)
{
    if (!isSorted() || sequences.empty())
        return;
    const auto less = [this](quint64 left, quint64 right) { return lessThan(left, right); };
    std::sort(sequences.begin(), sequences.end(), less);
    // One pass over the order with a binary search per arrival, instead of one insert each.
    std::vector<quint64> merged;
    merged.reserve(m_order.size() + sequences.size());
    auto from = m_order.begin();
    for (const quint64 sequence : sequences) {
        const auto to = std::upper_bound(from, m_order.end(), sequence, less);
        merged.insert(merged.end(), from, to);
        merged.push_back(sequence);
        from = to;
    }
    merged.insert(merged.end(), from, m_order.end());
    m_order.swap(merged);
}

void DriftFilterProxyModel::appendSequences(std::vector<quint64> sequences)
{
    if (sequences.empty())
        return;
    mergeIntoOrder(sequences);
    std::erase_if(sequences, [this](quint64 sequence) { return !accepts(sequence); });
    if (sequences.empty())
        return;
    if (!isSorted()) {
        const int first = rowCount();
        beginInsertRows({}, first, first + int(sequences.size()) - 1);
        m_rows.insert(m_rows.end(), sequences.begin(), sequences.end());
        endInsertRows();
        return;
    }
    insertVisibleRows(std::move(sequences));
}

void DriftFilterProxyModel::insertVisibleRows(std::vector<quint64> sequences)
{
    // Each run of arrivals that lands between the same two rows is one insertion; the runs go in
    // from the bottom up so that the positions found first stay right.
    const auto less = [this](quint64 left, quint64 right) { return lessThan(left, right); };
    std::sort(sequences.begin(), sequences.end(), less);
    struct Run {
        std::size_t position;
        std::size_t begin;
        std::size_t end;
    };
    std::vector<Run> runs;
    auto from = m_rows.begin();
    for (std::size_t i = 0; i < sequences.size(); ++i) {
        from = std::upper_bound(from, m_rows.end(), sequences[i], less);
        const auto position = std::size_t(from - m_rows.begin());
        if (!runs.empty() && runs.back().position == position)
            runs.back().end = i + 1;
        else
            runs.push_back({position, i, i + 1});
    }
    for (auto run = runs.rbegin(); run != runs.rend(); ++run) {
        const int first = int(run->position);
        beginInsertRows({}, first, first + int(run->end - run->begin) - 1);
        m_rows.insert(m_rows.begin() + qsizetype(run->position), sequences.begin() + qsizetype(run->begin),
                      sequences.begin() + qsizetype(run->end));
        endInsertRows();
    }
}

void DriftFilterProxyModel::onSourceRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last)
{
    // The source only ever drops its oldest rows, at the cap.
    if (parent.isValid() || first != 0)
        return;
    const quint64 limit = m_firstSequence + quint64(last) + 1;
    const auto going = [limit](quint64 sequence) { return sequence < limit; };
    std::erase_if(m_heldBack, going);
    if (m_scan) {
        // Positions below the cursor that disappear move the cursor down with them.
        const qsizetype removedBelow = isSorted()
            ? qsizetype(std::count_if(m_order.begin(), m_order.begin() + m_scan->cursor, going))
            : std::min<qsizetype>(m_scan->cursor, last + 1);
        m_scan->cursor -= removedBelow;
        m_scan->total -= std::min<qsizetype>(m_scan->total, last + 1);
    }
    std::erase_if(m_order, going);

    if (!isSorted()) {
        const auto end = std::lower_bound(m_rows.begin(), m_rows.end(), limit);
        if (end == m_rows.begin())
            return;
        beginRemoveRows({}, 0, int(end - m_rows.begin()) - 1);
        m_rows.erase(m_rows.begin(), end);
        endRemoveRows();
        return;
    }
    // Sorted, the oldest rows are anywhere: remove each run of them, from the bottom up.
    std::size_t row = m_rows.size();
    while (row > 0) {
        if (!going(m_rows[row - 1])) {
            --row;
            continue;
        }
        std::size_t runStart = row - 1;
        while (runStart > 0 && going(m_rows[runStart - 1]))
            --runStart;
        beginRemoveRows({}, int(runStart), int(row) - 1);
        m_rows.erase(m_rows.begin() + qsizetype(runStart), m_rows.begin() + qsizetype(row));
        endRemoveRows();
        row = runStart;
    }
}

void DriftFilterProxyModel::onSourceRowsRemoved(const QModelIndex &parent, int first, int last)
{
    if (!parent.isValid() && first == 0)
        m_firstSequence += quint64(last) + 1;
}

void DriftFilterProxyModel::onSourceAboutToBeReset()
{
    beginResetModel();
    if (m_scan) {
        m_nextSlice.stop();
        m_scan.reset();
        Q_EMIT filteringFinished(true);
    }
    m_rows.clear();
    m_order.clear();
    m_heldBack.clear();
}

void DriftFilterProxyModel::onSourceReset()
{
    m_firstSequence = 0;
    rebuildRows();
    endResetModel();
}

void DriftFilterProxyModel::rebuildRows()
{
    m_order.clear();
    m_rows.clear();
    if (isSorted()) {
        m_order.resize(std::size_t(m_source->rowCount()));
        std::iota(m_order.begin(), m_order.end(), m_firstSequence);
        std::sort(m_order.begin(), m_order.end(),
                  [this](quint64 left, quint64 right) { return lessThan(left, right); });
    }
    for (qsizetype position = 0; position < orderSize(); ++position) {
        if (accepts(orderAt(position)))
            m_rows.push_back(orderAt(position));
    }
}

void DriftFilterProxyModel::onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                                const QList<int> &roles)
{
    // Rows do not change once stored; pass along what a view may still want to repaint.
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        const QModelIndex left = mapFromSource(m_source->index(row, topLeft.column()));
        if (left.isValid())
            Q_EMIT dataChanged(left, index(left.row(), bottomRight.column()), roles);
    }
}

} // namespace tfdrift
