#pragma once

#include "core/falco/FalcoAlert.h"
#include "core/ingest/http/HttpRequestHandler.h"

#include <QByteArray>

#include <functional>

namespace tfdrift {

// The alert endpoint's rules: POST on any path (Falco posts to whatever URL its user configured,
// falcosidekick to /), an optional bearer token, and a body of Falco alerts (see parseAlertBody).
class HttpAlertHandler : public HttpRequestHandler
{
public:
    using AlertSink = std::function<void(AlertBatch &&)>;

    // An empty token accepts every request. sink receives each accepted body's alerts, on the
    // calling thread, before the 202 goes out.
    HttpAlertHandler(const QString &bearerToken, AlertSink sink);

    std::optional<HttpResponse> checkHead(const HttpRequest &head) override;
    HttpResponse handle(const HttpRequest &request) override;

private:
    bool hasValidToken(const HttpRequest &head) const;

    QByteArray m_tokenDigest; // SHA-256 of the token; empty when none is configured
    AlertSink m_sink;
};

} // namespace tfdrift
