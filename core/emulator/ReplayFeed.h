#pragma once

#include "core/falco/FalcoAlert.h"

#include <QObject>
#include <QTimer>

namespace tfdrift {

class FalcoEmulator;

// Feeds a list of alerts into the emulator's queue at a steady rate, optionally forever.
// Each alert is re-stamped with the current time (time and evt.time) so a replayed
// capture looks live; the rest of the alert is left exactly as recorded. Consecutive alerts of one
// event (several rules matched it) keep one shared time, so they still read as one event.
class ReplayFeed : public QObject
{
    Q_OBJECT

public:
    using Sink = std::function<void(const FalcoAlert &)>;

    ReplayFeed(AlertBatch alerts, Sink sink, QObject *parent = nullptr);

    // ratePerSecond <= 0 sends everything at once.
    void start(double ratePerSecond, bool loop, bool restamp = true);
    void stop();
    quint64 sent() const { return m_sent; }

Q_SIGNALS:
    void finished();

private:
    void tick();
    void sendNext();

    AlertBatch m_alerts;
    Sink m_sink;
    QTimer m_timer;
    qsizetype m_next = 0;
    quint64 m_sent = 0;
    double m_rate = 0;
    bool m_loop = false;
    bool m_restamp = true;
    qint64 m_startedMs = 0;
    qint64 m_lastOriginalNs = 0;
    qint64 m_lastStampNs = 0;
};

} // namespace tfdrift
