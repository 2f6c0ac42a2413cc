#include "core/ingest/http/HttpAlertPoster.h"

#include "core/falco/AlertJson.h"

#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>

namespace tfdrift {

HttpAlertPoster::HttpAlertPoster(QUrl url, QObject *parent)
    : QObject(parent)
    , m_url(std::move(url))
    , m_network(new QNetworkAccessManager(this))
    , m_tls(QSslConfiguration::defaultConfiguration())
{
    qRegisterMetaType<tfdrift::HttpPostResult>();
}

HttpAlertPoster::~HttpAlertPoster() = default;

void HttpAlertPoster::setBearerToken(const QString &token)
{
    m_authorization = token.isEmpty() ? QByteArray() : "Bearer " + token.toUtf8();
}

bool HttpAlertPoster::addCaCertificates(const QString &pemFile, QString *error)
{
    QFile file(pemFile);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("cannot read CA file %1: %2").arg(pemFile, file.errorString());
        return false;
    }
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certificates.isEmpty()) {
        if (error)
            *error = tr("no PEM certificate in CA file %1").arg(pemFile);
        return false;
    }
    m_tls.addCaCertificates(certificates);
    return true;
}

void HttpAlertPoster::setMaxInFlight(int count)
{
    m_maxInFlight = qMax(1, count);
    sendQueued();
}

quint64 HttpAlertPoster::post(const FalcoAlert &alert)
{
    return postBody(QJsonDocument(alertToJson(alert)).toJson(QJsonDocument::Compact));
}

quint64 HttpAlertPoster::postBody(QByteArray body)
{
    const quint64 sequence = m_nextSequence++;
    m_queue.emplace_back(sequence, std::move(body));
    sendQueued();
    return sequence;
}

void HttpAlertPoster::sendQueued()
{
    while (m_inFlight < m_maxInFlight && !m_queue.empty()) {
        auto [sequence, body] = std::move(m_queue.front());
        m_queue.pop_front();

        QNetworkRequest request(m_url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("falcosecurity/falco"));
        if (!m_authorization.isEmpty())
            request.setRawHeader(QByteArrayLiteral("Authorization"), m_authorization);
        // Falco's libcurl speaks HTTP/1.1 to http_output URLs; so do we.
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        request.setTransferTimeout(int(m_timeout.count()));
        if (m_url.scheme() == QLatin1String("https"))
            request.setSslConfiguration(m_tls);

        QNetworkReply *reply = m_network->post(request, body);
        ++m_inFlight;
        connect(reply, &QNetworkReply::finished, this,
                [this, reply, sequence = sequence] { onReplyFinished(reply, sequence); });
    }
}

void HttpAlertPoster::onReplyFinished(QNetworkReply *reply, quint64 sequence)
{
    reply->deleteLater();
    --m_inFlight;

    HttpPostResult result;
    result.sequence = sequence;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (status.isValid()) {
        result.httpStatus = status.toInt();
        result.responseBody = reply->readAll();
    } else {
        result.error = reply->errorString();
    }

    sendQueued();
    Q_EMIT finished(result);
    if (isIdle())
        Q_EMIT idle();
}

} // namespace tfdrift
