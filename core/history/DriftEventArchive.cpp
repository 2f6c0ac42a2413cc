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
    if (!m_history || !stored) {
        for (DriftEvent &event : events)
            event.id = m_nextLocalId++;
    }
    for (const DriftEvent &event : std::as_const(events))
        remember(event);
    return stored;
}

void DriftEventArchive::keep(QList<DriftEvent> &events)
{
    for (DriftEvent &event : events) {
        event.id = m_nextLocalId++;
        remember(event);
    }
}

std::optional<DriftEvent> DriftEventArchive::find(quint64 id) const
{
    for (const DriftEvent &event : m_recent) {
        if (event.id == id)
            return event;
    }
    if (m_history)
        return m_history->find(id);
    return std::nullopt;
}

void DriftEventArchive::remember(const DriftEvent &event)
{
    if (qsizetype(m_recent.size()) < m_capacity)
        m_recent.push_back(event);
    else
        m_recent[m_nextSlot] = event;
    m_nextSlot = (m_nextSlot + 1) % std::size_t(m_capacity);
}

} // namespace tfdrift
