#pragma once

#include "core/falco/FalcoAlert.h"

#include <QByteArray>
#include <QMetaType>
#include <QObject>
#include <QSslConfiguration>
#include <QUrl>

#include <chrono>
#include <deque>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
class QNetworkReply;
QT_END_NAMESPACE

namespace tfdrift {

struct HttpPostResult {
    quint64 sequence = 0; // as returned by post()
    int httpStatus = 0;   // 0 when no response arrived
    QByteArray responseBody;
    QString error; // why no response arrived (connection, TLS, timeout); empty otherwise

    bool succeeded() const { return error.isEmpty() && httpStatus >= 200 && httpStatus < 300; }
};

// Posts alerts the way Falco's http_output does: one JSON object per POST, Content-Type
// application/json, User-Agent falcosecurity/falco, keep-alive. At most maxInFlight requests are
// outstanding; the rest wait in order. TLS certificates are always verified.
class HttpAlertPoster : public QObject
{
    Q_OBJECT

public:
    explicit HttpAlertPoster(QUrl url, QObject *parent = nullptr);
    ~HttpAlertPoster() override;

    QUrl url() const { return m_url; }

    // Sent as "Authorization: Bearer <token>" (falcosidekick's webhook can add such a header).
    void setBearerToken(const QString &token);
    // Trusts the certificates in a PEM file besides the system's, like http_output's ca_cert.
    bool addCaCertificates(const QString &pemFile, QString *error);
    void setMaxInFlight(int count);
    int maxInFlight() const { return m_maxInFlight; }
    // A request with no progress for this long fails.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    // Queues one alert; returns the sequence number its result will carry.
    quint64 post(const FalcoAlert &alert);
    // Queues a body exactly as given, e.g. to see how a receiver treats malformed JSON.
    quint64 postBody(QByteArray body);

    int inFlight() const { return m_inFlight; }
    qsizetype queued() const { return qsizetype(m_queue.size()); }
    bool isIdle() const { return m_inFlight == 0 && m_queue.empty(); }

Q_SIGNALS:
    void finished(const tfdrift::HttpPostResult &result);
    // Everything queued has been answered (or failed).
    void idle();

private:
    void sendQueued();
    void onReplyFinished(QNetworkReply *reply, quint64 sequence);

    QUrl m_url;
    QNetworkAccessManager *m_network;
    QByteArray m_authorization;
    QSslConfiguration m_tls;
    std::chrono::milliseconds m_timeout{30'000};
    int m_maxInFlight = 8;
    int m_inFlight = 0;
    quint64 m_nextSequence = 1;
    std::deque<std::pair<quint64, QByteArray>> m_queue;
};

} // namespace tfdrift

Q_DECLARE_METATYPE(tfdrift::HttpPostResult)
