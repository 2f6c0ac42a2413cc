#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <deque>

namespace tfdrift {

// Alerts per second for each source, over a sliding window of the last few seconds.
// Time is passed in by the caller (milliseconds on any monotonic or wall clock), which keeps
// the arithmetic testable without sleeping.
class AlertRateTracker
{
public:
    static constexpr qint64 kDefaultWindowMs = 5000;

    explicit AlertRateTracker(qint64 windowMs = kDefaultWindowMs);

    void record(const QString &source, qsizetype alertCount, qint64 nowMs);

    // Alerts per second seen from source over the window ending at nowMs. Until a source has been
    // tracked for a whole window, the rate is taken over the time since its first alert (at least
    // one second, so that a single early batch does not read as a burst).
    double ratePerSecond(const QString &source, qint64 nowMs);

    qint64 windowMs() const { return m_windowMs; }
    void clear();

private:
    // One sample per delivered batch (sources batch once per event-loop pass, so there are at most
    // a few thousand in a window). Exact times, rather than time buckets, keep a steady stream
    // reading steady whatever the phase between deliveries and the status bar's refresh.
    struct Sample {
        qint64 timeMs = 0;
        qint64 count = 0;
    };
    struct Series {
        std::deque<Sample> samples;
        qint64 firstSeenMs = 0;
    };

    void prune(Series &series, qint64 nowMs) const;

    qint64 m_windowMs;
    QHash<QString, Series> m_series;
};

} // namespace tfdrift
