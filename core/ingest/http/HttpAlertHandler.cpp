#include "core/ingest/http/HttpAlertHandler.h"

#include "core/ingest/http/AlertBodyParser.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace tfdrift {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(tfdrift::HttpAlertHandler)
};

QByteArray sha256(QByteArrayView bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

// Both digests have the same length, so the time taken says nothing about where they differ.
bool equalInConstantTime(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

HttpResponse unauthorized(const QString &reason, QByteArray challenge)
{
    HttpResponse response = HttpResponse::error(401, reason);
    response.headers.append({QByteArrayLiteral("WWW-Authenticate"), std::move(challenge)});
    return response;
}
} // namespace

HttpAlertHandler::HttpAlertHandler(const QString &bearerToken, AlertSink sink)
    : m_tokenDigest(bearerToken.isEmpty() ? QByteArray() : sha256(bearerToken.toUtf8()))
    , m_sink(std::move(sink))
{
}

std::optional<HttpResponse> HttpAlertHandler::checkHead(const HttpRequest &head)
{
    if (head.method != "POST") {
        HttpResponse response
            = HttpResponse::error(405,
                                  Text::tr("method %1 is not allowed; post Falco alerts with POST")
                                      .arg(QString::fromLatin1(head.method)));
        response.headers.append({QByteArrayLiteral("Allow"), QByteArrayLiteral("POST")});
        return response;
    }
    if (!m_tokenDigest.isEmpty() && !hasValidToken(head)) {
        if (!head.hasHeader("Authorization"))
            return unauthorized(Text::tr("missing bearer token"),
                                QByteArrayLiteral("Bearer realm=\"tfdrift\""));
        return unauthorized(Text::tr("invalid bearer token"),
                            QByteArrayLiteral("Bearer realm=\"tfdrift\", error=\"invalid_token\""));
    }
    return std::nullopt;
}

HttpResponse HttpAlertHandler::handle(const HttpRequest &request)
{
    QString error;
    std::optional<AlertBatch> alerts = parseAlertBody(request.body, &error);
    if (!alerts)
        return HttpResponse::error(400, error);

    const qint64 now = currentTimeMs();
    for (FalcoAlert &alert : *alerts)
        alert.receivedAtMs = now;
    const qsizetype count = alerts->size();
    m_sink(std::move(*alerts));
    return HttpResponse::json(202, QJsonObject{{QLatin1String("accepted"), qint64(count)}});
}

bool HttpAlertHandler::hasValidToken(const HttpRequest &head) const
{
    const QList<QByteArray> values = head.headerValues("Authorization");
    if (values.size() != 1)
        return false;
    // RFC 6750: "Bearer" is case-insensitive, then one or more spaces, then the token.
    const QByteArray &value = values.front();
    constexpr QByteArrayView scheme("Bearer ");
    if (value.size() <= scheme.size()
        || QByteArrayView(value).first(scheme.size()).compare(scheme, Qt::CaseInsensitive) != 0)
        return false;
    const QByteArray token = value.sliced(scheme.size()).trimmed();
    return equalInConstantTime(sha256(token), m_tokenDigest);
}

} // namespace tfdrift
