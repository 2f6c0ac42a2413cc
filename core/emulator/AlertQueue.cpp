#include "core/emulator/AlertQueue.h"

namespace tfdrift {

AlertQueue::AlertQueue(std::size_t capacity)
    : m_capacity(capacity)
{
}

bool AlertQueue::push(Message message)
{
    std::lock_guard lock(m_mutex);
    if (m_messages.size() >= m_capacity) {
        ++m_dropped;
        return false;
    }
    m_messages.push_back(std::move(message));
    return true;
}

std::vector<AlertQueue::Message> AlertQueue::popAll()
{
    std::lock_guard lock(m_mutex);
    std::vector<Message> all(std::make_move_iterator(m_messages.begin()),
                             std::make_move_iterator(m_messages.end()));
    m_messages.clear();
    return all;
}

std::size_t AlertQueue::size() const
{
    std::lock_guard lock(m_mutex);
    return m_messages.size();
}

std::uint64_t AlertQueue::dropped() const
{
    std::lock_guard lock(m_mutex);
    return m_dropped;
}

} // namespace tfdrift
