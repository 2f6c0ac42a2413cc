#include "core/drift/RecentEventIds.h"

namespace tfdrift {

RecentEventIds::RecentEventIds(int capacity)
    : m_capacity(capacity)
{
    m_ids.reserve(capacity);
}

bool RecentEventIds::insert(const QString &id)
{
    if (m_ids.contains(id))
        return false;
    m_ids.insert(id);
    m_order.push_back(id);
    if (int(m_order.size()) > m_capacity) {
        m_ids.remove(m_order.front());
        m_order.pop_front();
    }
    return true;
}

} // namespace tfdrift
