#include "core/emulator/ReplayFeed.h"

#include "core/falco/Rfc3339.h"

#include <QDateTime>

namespace tfdrift {

namespace {
constexpr int kTickMs = 10;

// Falco starts a rule's output with the event time, "2026-03-06T21:22:54.123456789+0000: ";
// a replayed alert gets its new time there too, so the text agrees with the time column.
QString restampOutput(const QString &output, qint64 nowNs)
{
    const qsizetype end = output.indexOf(QLatin1String(": "));
    if (end <= 0 || !parseRfc3339Nanos(QStringView(output).left(end)))
        return output;
    QString time = formatRfc3339Nanos(nowNs);
    time.chop(1); // "Z"
    return time + QLatin1String("+0000") + output.mid(end);
}
} // namespace

ReplayFeed::ReplayFeed(AlertBatch alerts, Sink sink, QObject *parent)
    : QObject(parent)
    , m_alerts(std::move(alerts))
    , m_sink(std::move(sink))
{
    m_timer.setInterval(kTickMs);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ReplayFeed::tick);
}

void ReplayFeed::start(double ratePerSecond, bool loop, bool restamp)
{
    m_rate = ratePerSecond;
    m_loop = loop;
    m_restamp = restamp;
    m_next = 0;
    m_sent = 0;
    m_startedMs = QDateTime::currentMSecsSinceEpoch();
    if (m_alerts.isEmpty()) {
        QMetaObject::invokeMethod(this, &ReplayFeed::finished, Qt::QueuedConnection);
        return;
    }
    if (m_rate <= 0) {
        while (m_next < m_alerts.size())
            sendNext();
        QMetaObject::invokeMethod(this, &ReplayFeed::finished, Qt::QueuedConnection);
        return;
    }
    m_timer.start();
}

void ReplayFeed::stop()
{
    m_timer.stop();
}

void ReplayFeed::sendNext()
{
    FalcoAlert alert = m_alerts.at(m_next++);
    if (m_restamp) {
        // Alerts of one event (several rules matched it) share its time, and keep sharing it.
        const bool sameEvent = m_sent > 0 && alert.timeNs == m_lastOriginalNs;
        m_lastOriginalNs = alert.timeNs;
        if (!sameEvent)
            m_lastStampNs = QDateTime::currentMSecsSinceEpoch() * 1'000'000;
        const qint64 nowNs = m_lastStampNs;
        alert.timeNs = nowNs;
        const QString timeField = QStringLiteral("evt.time");
        if (alert.outputFields.contains(timeField))
            alert.outputFields.insert(timeField, nowNs);
        alert.output = restampOutput(alert.output, nowNs);
    }
    m_sink(alert);
    ++m_sent;
}

void ReplayFeed::tick()
{
    // Catch up to where the clock says we should be, so timer jitter does not lower the rate.
    const double elapsedSeconds = double(QDateTime::currentMSecsSinceEpoch() - m_startedMs) / 1000.0;
    const auto due = quint64(elapsedSeconds * m_rate) + 1;
    while (m_sent < due) {
        if (m_next >= m_alerts.size())
            m_next = 0;
        sendNext();
        if (!m_loop && m_next >= m_alerts.size()) {
            m_timer.stop();
            Q_EMIT finished();
            return;
        }
    }
}

} // namespace tfdrift
