#pragma once

#include "core/ingest/http/HttpRequest.h"
#include "core/ingest/http/HttpResponse.h"

#include <optional>

namespace tfdrift {

// What an HttpConnection asks about each request. Called on the connection's thread.
class HttpRequestHandler
{
public:
    virtual ~HttpRequestHandler() = default;

    // A refusal decided from the request line and headers alone (method, credentials), given
    // before the body arrives so that nobody can make us buffer a body we would refuse anyway.
    virtual std::optional<HttpResponse> checkHead(const HttpRequest &head) = 0;

    // The answer to a complete request that passed checkHead().
    virtual HttpResponse handle(const HttpRequest &request) = 0;
};

} // namespace tfdrift
