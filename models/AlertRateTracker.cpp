#include "models/AlertRateTracker.h"

#include <algorithm>

namespace tfdrift {

AlertRateTracker::AlertRateTracker(qint64 windowMs)
    : m_windowMs(std::max<qint64>(windowMs, 1))
{
}

void AlertRateTracker::record(const QString &source, qsizetype alertCount, qint64 nowMs)
{
    if (alertCount <= 0)
        return;
    auto it = m_series.find(source);
    if (it == m_series.end()) {
        it = m_series.insert(source, Series{});
        it->firstSeenMs = nowMs;
    }
    if (!it->samples.empty() && it->samples.back().timeMs == nowMs)
        it->samples.back().count += alertCount;
    else
        it->samples.push_back({nowMs, alertCount});
    prune(*it, nowMs);
}

double AlertRateTracker::ratePerSecond(const QString &source, qint64 nowMs)
{
    const auto it = m_series.find(source);
    if (it == m_series.end())
        return 0.0;
    prune(*it, nowMs);
    qint64 total = 0;
    for (const Sample &sample : it->samples)
        total += sample.count;
    const qint64 spanMs = std::clamp<qint64>(nowMs - it->firstSeenMs, 1000, m_windowMs);
    return double(total) * 1000.0 / double(spanMs);
}

void AlertRateTracker::prune(Series &series, qint64 nowMs) const
{
    // The window is (now - window, now].
    while (!series.samples.empty() && series.samples.front().timeMs <= nowMs - m_windowMs)
        series.samples.pop_front();
}

void AlertRateTracker::clear()
{
    m_series.clear();
}

} // namespace tfdrift
