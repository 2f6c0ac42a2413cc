#include "core/notify/HttpChannelTransport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSslCertificate>
#include <QTimer>

#include <memory>

namespace tfdrift::notify {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(tfdrift::notify::HttpChannelTransport)
};

// Enough of a service's answer to see why it refused, short enough for a log line.
constexpr qsizetype kErrorBodyChars = 300;

QString oneLine(const QByteArray &body)
{
    QString text = QString::fromUtf8(body.left(kErrorBodyChars * 4)).simplified();
    if (text.size() > kErrorBodyChars)
        text = text.left(kErrorBodyChars) + QChar(0x2026);
    return text;
}

// Whether the service may have received the request although no answer came back.
bool mayHaveArrived(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::UnknownProxyError: return false;
    default: return true;
    }
}
} // namespace

HttpChannelTransport::HttpChannelTransport(ChannelConfig channel, ChannelSecrets secrets,
                                           QNetworkAccessManager *network, QObject *parent)
    : ChannelTransport(parent)
    , m_channel(std::move(channel))
    , m_secrets(std::move(secrets))
    , m_network(network)
    , m_ssl(QSslConfiguration::defaultConfiguration())
{
    if (!m_channel.delivery.caFile.isEmpty()) {
        const QList<QSslCertificate> certificates
            = QSslCertificate::fromPath(m_channel.delivery.caFile, QSsl::Pem);
        if (certificates.isEmpty())
            m_sslError = Text::tr("ca_file %1 holds no PEM certificate")
                             .arg(QDir::toNativeSeparators(m_channel.delivery.caFile));
        else
            m_ssl.addCaCertificates(certificates);
    }
    m_ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
}

QString HttpChannelTransport::pagerDutyEventsUrl(const ChannelConfig &channel)
{
    if (!channel.eventsUrl.isEmpty())
        return channel.eventsUrl;
    return channel.pagerDutyRegion == QLatin1String("eu")
        ? QStringLiteral("https://events.eu.pagerduty.com/v2/enqueue")
        : QStringLiteral("https://events.pagerduty.com/v2/enqueue");
}

QString HttpChannelTransport::requestUrl() const
{
    return m_channel.kind == ChannelKind::PagerDuty ? pagerDutyEventsUrl(m_channel) : m_secrets.url;
}

QString HttpChannelTransport::target() const
{
    return SecretMasker::maskedUrl(requestUrl());
}

QByteArray HttpChannelTransport::requestBody(const QByteArray &body) const
{
    if (m_channel.kind != ChannelKind::PagerDuty)
        return body;
    QJsonObject event = QJsonDocument::fromJson(body).object();
    event.insert(QLatin1String("routing_key"), m_secrets.routingKey);
    return QJsonDocument(event).toJson(QJsonDocument::Compact);
}

void HttpChannelTransport::send(const QByteArray &body, const QString &deliveryId, Done done)
{
    const QUrl url(requestUrl(), QUrl::StrictMode);
    if (!m_sslError.isEmpty() || !url.isValid()) {
        AttemptResult result;
        result.error = m_sslError.isEmpty() ? Text::tr("the channel's URL is not valid") : m_sslError;
        QMetaObject::invokeMethod(
            this, [done, result] { done(result); }, Qt::QueuedConnection);
        return;
    }
    QNetworkRequest request(url);
    request.setSslConfiguration(m_ssl);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setHeader(
        QNetworkRequest::UserAgentHeader,
        QByteArray(QByteArrayLiteral("tfdrift-console/") + QCoreApplication::applicationVersion().toUtf8()));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    if (m_channel.kind == ChannelKind::Webhook || m_channel.kind == ChannelKind::Custom)
        request.setRawHeader(QByteArrayLiteral("Idempotency-Key"), deliveryId.toUtf8());
    if (m_channel.kind == ChannelKind::Custom && !m_secrets.apiKey.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + m_secrets.apiKey.toUtf8());
    for (const auto &[name, value] : m_secrets.headers)
        request.setRawHeader(name.toUtf8(), value.toUtf8());

    const QByteArray verb
        = m_channel.kind == ChannelKind::Webhook ? m_channel.method.toUtf8() : QByteArrayLiteral("POST");
    QNetworkReply *reply = m_network->sendCustomRequest(request, verb, requestBody(body));

    // The whole request must finish in time, as Go's http.Client.Timeout in TFDrift-Falco: a
    // server that trickles bytes must not hold the channel forever.
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    auto timedOut = std::make_shared<bool>(false);
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, reply, [reply, timedOut] {
        *timedOut = true;
        reply->abort();
    });
    timer->start(int(std::min<qint64>(m_channel.delivery.timeoutMs, std::numeric_limits<int>::max())));

    const ChannelKind kind = m_channel.kind;
    const qint64 timeoutMs = m_channel.delivery.timeoutMs;
    const SecretMasker masker = m_secrets.masker;
    const QString shownUrl = target();
    connect(reply, &QNetworkReply::finished, this, [=] {
        reply->deleteLater();
        AttemptResult result;
        result.latencyMs = clock->elapsed();
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        const QByteArray answer = reply->isOpen() ? reply->readAll() : QByteArray();
        if (*timedOut) {
            result.outcome = AttemptOutcome::Retry;
            result.uncertain = true;
            result.error = Text::tr("no answer within %1 ms").arg(timeoutMs);
        } else if (status.isValid()) {
            result.httpStatus = status.toInt();
            result.outcome = outcomeForHttpStatus(result.httpStatus);
            if (result.outcome != AttemptOutcome::Delivered) {
                const QString reason
                    = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
                result.error = QStringLiteral("HTTP %1 %2").arg(result.httpStatus).arg(reason).trimmed();
                if (const QString text = oneLine(answer); !text.isEmpty())
                    result.error += QLatin1String(": ") + text;
            }
            if (result.httpStatus == 429 || result.httpStatus == 503) {
                result.retryAfterMs
                    = kind == ChannelKind::Discord ? parseDiscordRetryAfterMs(answer) : std::nullopt;
                if (!result.retryAfterMs)
                    result.retryAfterMs = parseRetryAfterMs(
                        reply->rawHeader(QByteArrayLiteral("Retry-After")), QDateTime::currentDateTimeUtc());
            }
        } else {
            result.outcome = AttemptOutcome::Retry;
            result.uncertain = mayHaveArrived(reply->error());
            // Qt's message names the whole URL, which is the secret for most webhooks.
            result.error = reply->errorString().replace(reply->url().toString(), shownUrl);
        }
        result.error = masker.mask(result.error);
        done(result);
    });
}

} // namespace tfdrift::notify
