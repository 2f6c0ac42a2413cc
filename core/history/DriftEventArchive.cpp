#include "core/history/DriftEventArchive.h"

#include "core/history/DriftHistory.h"

namespace tfdrift {

DriftEventArchive::DriftEventArchive(qsizetype recentCapacity)
    : m_capacity(std::max<qsizetype>(1, recentCapacity))
{
}

bool DriftEventArchive::record(QList<DriftEvent> &events, QString *error)
{
    bool stored = true;
    if (m_history && !events.isEmpty()) {
        stored = m_history->append(events);
        if (!stored && error)
            *error = m_history->lastError();
    }
    if (!m_history || !stored)
        number(events);
    return stored;
}

void DriftEventArchive::number(QList<DriftEvent> &events)
{
    for (DriftEvent &event : events)
        event.id = m_nextLocalId++;
}

void DriftEventArchive::keepRecent(QList<DriftEvent> &&events)
{
    // Only the last m_capacity of a big batch would survive anyway.
    for (qsizetype i = std::max<qsizetype>(0, events.size() - m_capacity); i < events.size(); ++i) {
        DriftEvent &event = events[i];
        if (qsizetype(m_recent.size()) < m_capacity) {
            m_recent.push_back(std::move(event));
        } else {
            m_slotOfId.remove(m_recent[m_nextSlot].id);
            m_recent[m_nextSlot] = std::move(event);
        }
        m_slotOfId.insert(m_recent[m_nextSlot].id, m_nextSlot);
        m_nextSlot = (m_nextSlot + 1) % std::size_t(m_capacity);
    }
    events.clear();
}

std::optional<DriftEvent> DriftEventArchive::find(quint64 id) const
{
    const auto slot = m_slotOfId.constFind(id);
    if (slot != m_slotOfId.cend())
        return m_recent[*slot];
    if (m_history)
        return m_history->find(id);
    return std::nullopt;
}

} // namespace tfdrift
