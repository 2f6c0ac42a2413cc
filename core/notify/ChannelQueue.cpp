#include "core/notify/ChannelQueue.h"

#include "core/notify/ChannelTransport.h"
#include "core/notify/ChannelTransportFactory.h"
#include "core/notify/Outbox.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRandomGenerator>

namespace tfdrift::notify {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(tfdrift::notify::ChannelQueue)
};

// A keychain that could not be read is asked again this much later: the user may unlock it.
constexpr qint64 kSecretRetryMs = 30'000;
constexpr qint64 kClaimMarginMs = 10'000;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}
} // namespace

ChannelQueue::ChannelQueue(ChannelConfig channel, Outbox *outbox, SecretStore *secrets,
                           QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_channel(std::move(channel))
    , m_outbox(outbox)
    , m_secrets(secrets)
    , m_network(network)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_transport)
            pump();
        else
            start();
    });
}

ChannelQueue::~ChannelQueue()
{
    // An attempt cut short by shutdown is not lost: the entry stays pending, free for the next run.
    if (m_inFlight)
        m_outbox->releaseClaim(m_inFlightId);
}

void ChannelQueue::start()
{
    createChannelTransport(m_channel, m_secrets, m_network, this,
                           [this](ChannelTransport *transport, const QString &error) {
                               if (!transport) {
                                   Q_EMIT channelError(name(),
                                                       Text::tr("%1: cannot read the channel's secrets, its "
                                                                "notifications wait in the outbox: %2")
                                                           .arg(name(), error));
                                   armAt(nowMs() + kSecretRetryMs);
                                   return;
                               }
                               m_transport = transport;
                               pump();
                           });
}

QString ChannelQueue::target() const
{
    return m_transport ? m_transport->target() : QString();
}

void ChannelQueue::wake()
{
    if (m_transport && !m_inFlight)
        pump();
}

void ChannelQueue::armAt(qint64 whenMs)
{
    m_timer.start(int(std::clamp<qint64>(whenMs - nowMs(), 0, std::numeric_limits<int>::max())));
}

void ChannelQueue::pump()
{
    if (m_inFlight || !m_transport)
        return;
    const qint64 now = nowMs();
    const qint64 notBefore = std::max(m_pausedUntilMs, m_lastSentMs + m_channel.delivery.minIntervalMs);
    const QList<OutboxEntry> due = m_outbox->due(name(), std::max(now, notBefore), 1);
    if (due.isEmpty()) {
        m_timer.stop();
        if (const std::optional<qint64> next = m_outbox->nextDueMs(name()))
            armAt(std::max(*next, notBefore));
        else
            Q_EMIT drained();
        return;
    }
    if (notBefore > now) {
        armAt(notBefore);
        return;
    }
    const OutboxEntry entry = due.first();
    // A claim outlasts the request's own timeout, so that no other process takes it meanwhile.
    if (!m_outbox->claim(entry.id, now, now + m_channel.delivery.timeoutMs + kClaimMarginMs)) {
        QMetaObject::invokeMethod(this, &ChannelQueue::pump, Qt::QueuedConnection);
        return;
    }
    m_inFlight = true;
    m_inFlightId = entry.id;
    m_lastSentMs = now;
    m_transport->send(entry.body, QStringLiteral("tfdrift-%1-%2").arg(name(), entry.eventKey),
                      [this, entry](const AttemptResult &result) { finishAttempt(entry, result); });
}

void ChannelQueue::finishAttempt(const OutboxEntry &entry, const AttemptResult &result)
{
    m_inFlight = false;
    const qint64 now = nowMs();
    DeliveryReport report{name(), entry.id, entry.summary, result, OutboxState::Pending, entry.attempts + 1,
                          0};
    if (result.outcome == AttemptOutcome::Delivered) {
        m_outbox->markDelivered(entry.id, result.httpStatus, now);
        report.state = OutboxState::Delivered;
    } else if (result.outcome == AttemptOutcome::Rejected) {
        m_outbox->markDead(entry.id, result.httpStatus, result.error, now);
        report.state = OutboxState::Dead;
    } else if (report.attempts >= m_channel.delivery.maxAttempts) {
        report.result.error
            = Text::tr("gave up after %n attempt(s): %1", nullptr, report.attempts).arg(result.error);
        m_outbox->markDead(entry.id, result.httpStatus, report.result.error, now);
        report.state = OutboxState::Dead;
    } else {
        const qint64 delay = result.retryAfterMs.value_or(backoffDelayMs(
            m_channel.delivery, report.attempts, QRandomGenerator::global()->generateDouble()));
        report.nextAttemptMs = now + delay;
        m_outbox->markRetry(entry.id, result.httpStatus, result.error, result.uncertain,
                            report.nextAttemptMs);
        // The service is down or asked us to slow down: the rest of the channel waits as well.
        m_pausedUntilMs = report.nextAttemptMs;
    }
    Q_EMIT attemptFinished(report);
    pump();
}

} // namespace tfdrift::notify
