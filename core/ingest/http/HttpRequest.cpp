#include "core/ingest/http/HttpRequest.h"

namespace tfdrift {

namespace {
bool sameName(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && a.compare(b, Qt::CaseInsensitive) == 0;
}
} // namespace

QByteArray HttpRequest::header(QByteArrayView name) const
{
    for (const HttpHeader &header : headers) {
        if (sameName(header.name, name))
            return header.value;
    }
    return {};
}

bool HttpRequest::hasHeader(QByteArrayView name) const
{
    for (const HttpHeader &header : headers) {
        if (sameName(header.name, name))
            return true;
    }
    return false;
}

QList<QByteArray> HttpRequest::headerValues(QByteArrayView name) const
{
    QList<QByteArray> values;
    for (const HttpHeader &header : headers) {
        if (sameName(header.name, name))
            values.append(header.value);
    }
    return values;
}

} // namespace tfdrift
