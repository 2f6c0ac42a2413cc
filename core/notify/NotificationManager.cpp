#include "core/notify/NotificationManager.h"

#include "core/notify/ChannelQueue.h"
#include "core/notify/NotificationRender.h"
#include "core/notify/Outbox.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>

namespace tfdrift::notify {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(tfdrift::notify::NotificationManager)
};
} // namespace

NotificationManager::NotificationManager(const NotificationsConfig &config, Outbox *outbox,
                                         SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_network(new QNetworkAccessManager(this))
{
    qRegisterMetaType<DeliveryReport>();
    // Corporate networks reach Slack and PagerDuty through the proxy the system names.
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    for (const ChannelConfig &channel : config.channels) {
        if (!channel.enabled)
            continue;
        auto *queue = new ChannelQueue(channel, outbox, secrets, m_network, this);
        connect(queue, &ChannelQueue::attemptFinished, this, &NotificationManager::attemptFinished);
        connect(queue, &ChannelQueue::channelError, this, &NotificationManager::channelError);
        connect(queue, &ChannelQueue::drained, this, [this] {
            if (isIdle())
                Q_EMIT idle();
        });
        m_queues.append(queue);
    }
}

NotificationManager::~NotificationManager() = default;

void NotificationManager::start()
{
    for (ChannelQueue *queue : std::as_const(m_queues))
        queue->start();
}

int NotificationManager::notify(const DriftEvent &event)
{
    int queued = 0;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (ChannelQueue *queue : std::as_const(m_queues)) {
        if (!channelAccepts(queue->channel(), event))
            continue;
        const RenderedNotification rendered = renderNotification(queue->channel(), event);
        if (!m_outbox->add(queue->name(), rendered.eventKey, rendered.summary, rendered.body, now)) {
            if (!m_outbox->lastError().isEmpty())
                Q_EMIT queueError(Text::tr("%1: cannot write \"%2\" to the notification outbox: %3")
                                      .arg(queue->name(), rendered.summary, m_outbox->lastError()));
            continue;
        }
        ++queued;
        queue->wake();
    }
    return queued;
}

int NotificationManager::retryDeadLetters(std::optional<qint64> id)
{
    const int revived = m_outbox->retryDead(id, QDateTime::currentMSecsSinceEpoch());
    wake();
    return revived;
}

void NotificationManager::wake()
{
    for (ChannelQueue *queue : std::as_const(m_queues))
        queue->wake();
}

bool NotificationManager::isIdle() const
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const ChannelQueue *queue : m_queues) {
        if (queue->isBusy() || !m_outbox->due(queue->name(), now, 1).isEmpty())
            return false;
    }
    return true;
}

} // namespace tfdrift::notify
