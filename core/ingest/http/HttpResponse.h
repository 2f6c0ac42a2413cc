#pragma once

#include "core/ingest/http/HttpRequest.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace tfdrift {

// A complete HTTP/1.1 response with a small body; this server never streams.
struct HttpResponse {
    int statusCode = 200;
    QList<HttpHeader> headers; // besides Date, Content-Type, Content-Length and Connection
    QByteArray contentType;
    QByteArray body;
    bool closeConnection = false; // the server closes after sending it

    // {"accepted":N}-style bodies and {"error":"..."} for every refusal, so senders that log the
    // body show the reason.
    static HttpResponse json(int statusCode, const QJsonObject &object);
    static HttpResponse error(int statusCode, const QString &reason);

    // The bytes on the wire. keepAliveHttp10 adds "Connection: keep-alive", which an HTTP/1.0
    // client needs to hear before it reuses the connection.
    QByteArray serialize(bool keepAliveHttp10 = false) const;
};

// "Accepted" for 202 and so on; "Unknown" for codes this server never sends.
QByteArray httpReasonPhrase(int statusCode);

} // namespace tfdrift
