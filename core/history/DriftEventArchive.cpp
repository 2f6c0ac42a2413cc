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

std::vector<QList<DriftEvent>> DriftEventArchive::keepRecent(const QList<DriftEvent> &events)
{
    std::vector<QList<DriftEvent>> released;
    if (events.isEmpty())
        return released;
    // Only the last m_capacity of a big batch would survive anyway.
    KeptBatch &kept
        = m_batches.emplace_back(KeptBatch{events, std::max<qsizetype>(0, events.size() - m_capacity)});
    for (qsizetype i = kept.firstKept; i < kept.events.size(); ++i) {
        const DriftEvent &event = kept.events.constData()[i];
        m_eventOfId.insert(event.id, &event);
    }
    m_keptCount += kept.events.size() - kept.firstKept;
    while (m_keptCount > m_capacity) {
        KeptBatch &oldest = m_batches.front();
        const DriftEvent &event = oldest.events.constData()[oldest.firstKept];
        // A newer event of the same id (numbers are unique, but be safe) keeps its entry.
        if (const auto entry = m_eventOfId.constFind(event.id);
            entry != m_eventOfId.cend() && *entry == &event)
            m_eventOfId.erase(entry);
        --m_keptCount;
        if (++oldest.firstKept == oldest.events.size()) {
            released.push_back(std::move(oldest.events));
            m_batches.pop_front();
        }
    }
    return released;
}

std::optional<DriftEvent> DriftEventArchive::find(quint64 id) const
{
    if (const DriftEvent *event = m_eventOfId.value(id))
        return *event;
    if (m_history)
        return m_history->find(id);
    return std::nullopt;
}

} // namespace tfdrift
