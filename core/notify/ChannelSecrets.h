#pragma once

#include "core/config/NotificationsConfig.h"
#include "core/notify/SecretMasker.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QString>

#include <functional>

namespace tfdrift::notify {

class SecretStore;

// A channel's secrets, read from wherever config.yaml says they are, and a masker that hides each
// of them.
struct ChannelSecrets {
    QString url; // webhook_url, url or api_endpoint
    QString apiKey;
    QString routingKey;
    QList<QPair<QString, QString>> headers;
    SecretMasker masker;
};

using ChannelSecretsCallback = std::function<void(const ChannelSecrets &secrets, const QString &error)>;

// Reads every secret of the channel; keychain entries through store (which may be null when none
// is needed). The callback runs once, later, on context's thread; error names the failing keys.
void resolveChannelSecrets(const ChannelConfig &channel, SecretStore *store, QObject *context,
                           ChannelSecretsCallback callback);

} // namespace tfdrift::notify
