#pragma once

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <vector>

namespace falco::outputs {
class response;
}

namespace tfdrift {

// Falco's single outbound queue: every subscribed client pops from it, so two clients
// split the alerts between them, exactly as with a real Falco.
class AlertQueue
{
public:
    using Message = std::shared_ptr<const falco::outputs::response>;

    explicit AlertQueue(std::size_t capacity = 1'000'000);

    // Returns false when the queue is full and the message was dropped (Falco drops too).
    bool push(Message message);
    std::vector<Message> popAll();
    std::size_t size() const;
    std::uint64_t dropped() const;

private:
    mutable std::mutex m_mutex;
    std::deque<Message> m_messages;
    std::size_t m_capacity;
    std::uint64_t m_dropped = 0;
};

} // namespace tfdrift
