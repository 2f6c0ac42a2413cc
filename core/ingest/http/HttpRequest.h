#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace tfdrift {

struct HttpHeader {
    QByteArray name;  // as the client spelled it; compare case-insensitively
    QByteArray value; // without surrounding whitespace
};

// One HTTP/1.x request as HttpRequestReader parsed it.
struct HttpRequest {
    QByteArray method;
    QByteArray target;
    int minorVersion = 1; // HTTP/1.0 or HTTP/1.1
    QList<HttpHeader> headers;
    QByteArray body; // chunked bodies arrive here already de-chunked
    bool keepAlive = true;
    bool expectsContinue = false;

    // The first value of a header, or an empty array when absent. Names are case-insensitive.
    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
    QList<QByteArray> headerValues(QByteArrayView name) const;
};

} // namespace tfdrift
