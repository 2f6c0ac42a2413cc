#include "core/notify/ChannelTransportFactory.h"

#include "core/notify/ChannelSecrets.h"
#include "core/notify/FileChannelTransport.h"
#include "core/notify/HttpChannelTransport.h"

#include <QMetaObject>

namespace tfdrift::notify {

void createChannelTransport(const ChannelConfig &channel, SecretStore *secrets,
                            QNetworkAccessManager *network, QObject *parent,
                            std::function<void(ChannelTransport *, const QString &)> done)
{
    if (channel.kind == ChannelKind::FalcoOutput) {
        auto *transport = new FileChannelTransport(channel.outputPath, parent);
        QMetaObject::invokeMethod(
            parent, [done, transport] { done(transport, QString()); }, Qt::QueuedConnection);
        return;
    }
    resolveChannelSecrets(
        channel, secrets, parent,
        [channel, network, parent, done](const ChannelSecrets &resolved, const QString &error) {
            if (!error.isEmpty()) {
                done(nullptr, error);
                return;
            }
            done(new HttpChannelTransport(channel, resolved, network, parent), QString());
        });
}

} // namespace tfdrift::notify
