#pragma once

#include "core/config/NotificationsConfig.h"
#include "core/notify/DeliveryReport.h"

#include <QObject>
#include <QTimer>

class QNetworkAccessManager;

namespace tfdrift::notify {

class ChannelTransport;
class Outbox;
class SecretStore;

// Works through one channel's part of the outbox: one request at a time, oldest first, no faster
// than the channel's rate limit. A failure the service may get over (network, timeout, 408, 429,
// 5xx) waits a backoff, or as long as the service asked, and pauses the whole channel meanwhile so
// that a service that is down is not hammered; anything else, or too many attempts, dead-letters
// the entry with the reason.
class ChannelQueue : public QObject
{
    Q_OBJECT

public:
    ChannelQueue(ChannelConfig channel, Outbox *outbox, SecretStore *secrets, QNetworkAccessManager *network,
                 QObject *parent = nullptr);
    ~ChannelQueue() override;

    QString name() const { return m_channel.name(); }
    const ChannelConfig &channel() const { return m_channel; }

    // Reads the channel's secrets, then sends whatever is due; asks again later when they cannot be read.
    void start();
    // Looks at the outbox again: something new was added or a dead letter was revived.
    void wake();

    bool isBusy() const { return m_inFlight; }
    QString target() const; // masked; empty until the secrets are read

Q_SIGNALS:
    void attemptFinished(const tfdrift::notify::DeliveryReport &report);
    // The channel cannot send at all for now (a keychain entry missing): its entries wait.
    void channelError(const QString &channel, const QString &message);
    void drained(); // nothing due now and nothing in flight

private:
    void pump();
    void armAt(qint64 whenMs);
    void finishAttempt(const struct OutboxEntry &entry, const AttemptResult &result);

    ChannelConfig m_channel;
    Outbox *m_outbox;
    SecretStore *m_secrets;
    QNetworkAccessManager *m_network;
    ChannelTransport *m_transport = nullptr;
    QTimer m_timer;
    bool m_inFlight = false;
    qint64 m_inFlightId = 0;
    qint64 m_pausedUntilMs = 0;
    qint64 m_lastSentMs = 0;
};

} // namespace tfdrift::notify
