#pragma once

#include "core/config/NotificationsConfig.h"
#include "core/notify/ChannelSecrets.h"
#include "core/notify/ChannelTransport.h"

#include <QSslConfiguration>

class QNetworkAccessManager;

namespace tfdrift::notify {

// Slack, Discord, Teams, PagerDuty, webhook and custom API over HTTP(S). TLS verification is
// always on; a channel's ca_file adds trusted CAs and never replaces the system's. Proxies come
// from the system configuration.
class HttpChannelTransport : public ChannelTransport
{
    Q_OBJECT

public:
    HttpChannelTransport(ChannelConfig channel, ChannelSecrets secrets, QNetworkAccessManager *network,
                         QObject *parent = nullptr);

    void send(const QByteArray &body, const QString &deliveryId, Done done) override;
    QString target() const override;

    // Where PagerDuty events go: events_url when set, else the region's endpoint.
    static QString pagerDutyEventsUrl(const ChannelConfig &channel);

private:
    QString requestUrl() const;
    QByteArray requestBody(const QByteArray &body) const;

    ChannelConfig m_channel;
    ChannelSecrets m_secrets;
    QNetworkAccessManager *m_network;
    QSslConfiguration m_ssl;
    QString m_sslError; // the CA bundle could not be read: every attempt says so
};

} // namespace tfdrift::notify
