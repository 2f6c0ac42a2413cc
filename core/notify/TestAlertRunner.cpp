#include "core/notify/TestAlertRunner.h"

#include "core/notify/ChannelTransport.h"
#include "core/notify/ChannelTransportFactory.h"
#include "core/notify/NotificationRender.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>

namespace tfdrift::notify {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(tfdrift::notify::TestAlertRunner)
};
} // namespace

TestAlertRunner::TestAlertRunner(NotificationsConfig config, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_secrets(secrets)
    , m_network(new QNetworkAccessManager(this))
{
    QNetworkProxyFactory::setUseSystemConfiguration(true);
}

bool TestAlertRunner::start(const QString &onlyChannel, QString *error)
{
    QList<ChannelConfig> chosen;
    for (const ChannelConfig &channel : std::as_const(m_config.channels)) {
        if (!onlyChannel.isEmpty() && channel.name() != onlyChannel)
            continue;
        if (!channel.enabled) {
            if (!onlyChannel.isEmpty()) {
                *error = Text::tr("channel \"%1\" is not enabled (set notifications.%1.enabled: true)")
                             .arg(onlyChannel);
                return false;
            }
            continue;
        }
        chosen.append(channel);
    }
    if (chosen.isEmpty()) {
        *error = onlyChannel.isEmpty()
            ? Text::tr("no notification channel is enabled")
            : Text::tr("the config has no channel \"%1\" under notifications").arg(onlyChannel);
        return false;
    }
    m_outstanding = int(chosen.size());
    for (const ChannelConfig &channel : std::as_const(chosen))
        runChannel(channel);
    return true;
}

void TestAlertRunner::runChannel(const ChannelConfig &channel)
{
    const RenderedNotification rendered
        = renderNotification(channel, testDriftEvent(QDateTime::currentMSecsSinceEpoch()), true);
    const QString deliveryId = QStringLiteral("tfdrift-test-%1-%2").arg(channel.name(), rendered.eventKey);
    createChannelTransport(
        channel, m_secrets, m_network, this,
        [this, channel, rendered, deliveryId](ChannelTransport *transport, const QString &error) {
            if (!transport) {
                AttemptResult failed;
                failed.outcome = AttemptOutcome::Rejected;
                failed.error = error;
                record({channel.name(), QString(), failed});
                return;
            }
            transport->send(rendered.body, deliveryId,
                            [this, transport, channel](const AttemptResult &result) {
                                record({channel.name(), transport->target(), result});
                                transport->deleteLater();
                            });
        });
}

void TestAlertRunner::record(const TestAlertResult &result)
{
    m_results.append(result);
    Q_EMIT channelFinished(result);
    if (--m_outstanding > 0)
        return;
    // In the order of the config file, however fast each service answered.
    QStringList order;
    for (const ChannelConfig &channel : std::as_const(m_config.channels))
        order.append(channel.name());
    std::stable_sort(m_results.begin(), m_results.end(),
                     [&order](const TestAlertResult &a, const TestAlertResult &b) {
                         return order.indexOf(a.channel) < order.indexOf(b.channel);
                     });
    Q_EMIT finished(m_results);
}

} // namespace tfdrift::notify
