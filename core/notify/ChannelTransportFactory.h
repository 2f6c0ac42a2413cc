#pragma once

#include "core/config/NotificationsConfig.h"

#include <QObject>
#include <QString>

#include <functional>

class QNetworkAccessManager;

namespace tfdrift::notify {

class ChannelTransport;
class SecretStore;

// The transport a channel sends through: a file (or stdout) for falco_output, HTTP for the others
// once their secrets are read. The callback runs once, later, with the transport (owned by parent)
// or, when a secret could not be read, with null and the error naming the key.
void createChannelTransport(const ChannelConfig &channel, SecretStore *secrets,
                            QNetworkAccessManager *network, QObject *parent,
                            std::function<void(ChannelTransport *transport, const QString &error)> done);

} // namespace tfdrift::notify
