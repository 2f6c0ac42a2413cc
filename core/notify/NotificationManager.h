#pragma once

#include "core/config/NotificationsConfig.h"
#include "core/drift/DriftEvent.h"
#include "core/notify/DeliveryReport.h"

#include <QList>
#include <QObject>

#include <optional>

class QNetworkAccessManager;

namespace tfdrift::notify {

class ChannelQueue;
class Outbox;
class SecretStore;

// The brief's NotificationManager: offers each drift event to every enabled channel whose filters
// take it, writes it to the outbox before anything is sent, and lets each channel's queue deliver
// it. Pending entries of an earlier run are sent as soon as the channels are ready.
class NotificationManager : public QObject
{
    Q_OBJECT

public:
    // outbox and secrets outlive the manager; secrets may be null when no channel uses the keychain.
    NotificationManager(const NotificationsConfig &config, Outbox *outbox, SecretStore *secrets,
                        QObject *parent = nullptr);
    ~NotificationManager() override;

    // Reads secrets and resumes what the outbox holds.
    void start();

    // How many channels queued the event (0: no enabled channel wants it, or it was queued already).
    int notify(const DriftEvent &event);

    // Dead letters back into their channel's queue; all of them when id is nullopt.
    int retryDeadLetters(std::optional<qint64> id = std::nullopt);

    // Every channel looks at the outbox again (after it was changed behind the manager's back).
    void wake();

    Outbox *outbox() const { return m_outbox; }
    // Nothing is in flight and no entry is due now (entries may wait for a later retry).
    bool isIdle() const;

Q_SIGNALS:
    void attemptFinished(const tfdrift::notify::DeliveryReport &report);
    void channelError(const QString &channel, const QString &message);
    // The outbox could not take an event: it is reported, never dropped silently.
    void queueError(const QString &message);
    void idle();

private:
    Outbox *m_outbox;
    QNetworkAccessManager *m_network;
    QList<ChannelQueue *> m_queues;
};

} // namespace tfdrift::notify
