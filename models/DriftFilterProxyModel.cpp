#include "models/DriftFilterProxyModel.h"

#include "models/DriftEventTableModel.h"

namespace tfdrift {

DriftFilterProxyModel::DriftFilterProxyModel(DriftEventTableModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
{
    setSourceModel(source);
    setSortRole(DriftEventTableModel::SortRole);
}

void DriftFilterProxyModel::setDriftFilter(const DriftFilter &filter)
{
    m_filter = filter;
    invalidateRowsFilter();
}

bool DriftFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    return m_filter.matchesEverything() || m_filter.matches(m_source->eventAt(sourceRow));
}

} // namespace tfdrift
