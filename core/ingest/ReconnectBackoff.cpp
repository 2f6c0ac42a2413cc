#include "core/ingest/ReconnectBackoff.h"

#include <algorithm>
#include <cmath>

namespace tfdrift {

ReconnectBackoff::ReconnectBackoff()
    : ReconnectBackoff(Policy{})
{
}

ReconnectBackoff::ReconnectBackoff(Policy policy, quint32 seed)
    : m_policy(policy)
    , m_random(seed)
    , m_baseMs(policy.initialMs)
{
}

int ReconnectBackoff::nextDelayMs()
{
    const double factor = 1.0 + m_policy.jitter * (2.0 * m_random.generateDouble() - 1.0);
    const double delay = std::clamp(m_baseMs * factor, double(m_policy.initialMs) * (1.0 - m_policy.jitter),
                                    double(m_policy.maxMs));
    m_baseMs = std::min(m_baseMs * m_policy.multiplier, double(m_policy.maxMs));
    ++m_failures;
    return int(std::lround(delay));
}

void ReconnectBackoff::reset()
{
    m_baseMs = m_policy.initialMs;
    m_failures = 0;
}

} // namespace tfdrift
