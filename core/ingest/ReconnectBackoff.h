#pragma once

#include <QRandomGenerator>

namespace tfdrift {

// Exponential backoff with jitter, so that many consoles restarting together
// do not reconnect to one Falco in lock step.
class ReconnectBackoff
{
public:
    struct Policy {
        int initialMs = 500;
        int maxMs = 30'000;
        double multiplier = 2.0;
        double jitter = 0.2; // each delay is scaled by a random factor in [1 - jitter, 1 + jitter]
    };

    ReconnectBackoff();
    explicit ReconnectBackoff(Policy policy, quint32 seed = QRandomGenerator::global()->generate());

    // The delay before the next attempt; each call doubles the base up to maxMs.
    int nextDelayMs();
    void reset();
    int failures() const { return m_failures; }
    const Policy &policy() const { return m_policy; }

private:
    Policy m_policy;
    QRandomGenerator m_random;
    double m_baseMs;
    int m_failures = 0;
};

} // namespace tfdrift
