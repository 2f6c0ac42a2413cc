#include "core/ingest/http/HttpResponse.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>

namespace tfdrift {

namespace {
// RFC 9110 section 5.6.7 IMF-fixdate, e.g. "Sun, 06 Nov 1994 08:49:37 GMT".
// Formatting a date costs more than the rest of a response, and it changes once a second.
QByteArray httpDate()
{
    thread_local qint64 cachedSecond = -1;
    thread_local QByteArray cachedText;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (now != cachedSecond) {
        cachedSecond = now;
        cachedText = QLocale::c()
                         .toString(QDateTime::fromSecsSinceEpoch(now, Qt::UTC),
                                   QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
                         .toLatin1();
    }
    return cachedText;
}
} // namespace

HttpResponse HttpResponse::json(int statusCode, const QJsonObject &object)
{
    HttpResponse response;
    response.statusCode = statusCode;
    response.contentType = QByteArrayLiteral("application/json");
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return response;
}

HttpResponse HttpResponse::error(int statusCode, const QString &reason)
{
    return json(statusCode, QJsonObject{{QLatin1String("error"), reason}});
}

QByteArray HttpResponse::serialize(bool keepAliveHttp10) const
{
    QByteArray bytes;
    bytes.reserve(160 + body.size());
    bytes += "HTTP/1.1 " + QByteArray::number(statusCode) + ' ' + httpReasonPhrase(statusCode) + "\r\n";
    bytes += "Date: " + httpDate() + "\r\n";
    for (const HttpHeader &header : headers)
        bytes += header.name + ": " + header.value + "\r\n";
    if (!contentType.isEmpty())
        bytes += "Content-Type: " + contentType + "\r\n";
    bytes += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    if (closeConnection)
        bytes += "Connection: close\r\n";
    else if (keepAliveHttp10)
        bytes += "Connection: keep-alive\r\n";
    bytes += "\r\n";
    bytes += body;
    return bytes;
}

QByteArray httpReasonPhrase(int statusCode)
{
    switch (statusCode) {
    case 100: return QByteArrayLiteral("Continue");
    case 200: return QByteArrayLiteral("OK");
    case 202: return QByteArrayLiteral("Accepted");
    case 204: return QByteArrayLiteral("No Content");
    case 400: return QByteArrayLiteral("Bad Request");
    case 401: return QByteArrayLiteral("Unauthorized");
    case 403: return QByteArrayLiteral("Forbidden");
    case 404: return QByteArrayLiteral("Not Found");
    case 405: return QByteArrayLiteral("Method Not Allowed");
    case 408: return QByteArrayLiteral("Request Timeout");
    case 411: return QByteArrayLiteral("Length Required");
    case 413: return QByteArrayLiteral("Content Too Large");
    case 415: return QByteArrayLiteral("Unsupported Media Type");
    case 417: return QByteArrayLiteral("Expectation Failed");
    case 431: return QByteArrayLiteral("Request Header Fields Too Large");
    case 500: return QByteArrayLiteral("Internal Server Error");
    case 501: return QByteArrayLiteral("Not Implemented");
    case 503: return QByteArrayLiteral("Service Unavailable");
    case 505: return QByteArrayLiteral("HTTP Version Not Supported");
    default: return QByteArrayLiteral("Unknown");
    }
}

} // namespace tfdrift
