#include "core/drift/EventDocument.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tfdrift {

namespace {
QString unescapePointerToken(QStringView token)
{
    QString text = token.toString();
    // Order matters: "~01" is "~1" literally, not "/".
    text.replace(QLatin1String("~1"), QLatin1String("/"));
    text.replace(QLatin1String("~0"), QLatin1String("~"));
    return text;
}

QJsonValue parseJsonText(QStringView text)
{
    if (text.isEmpty() || text == QLatin1String("<NA>"))
        return QJsonValue(QJsonValue::Undefined);
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    if (document.isObject())
        return document.object();
    if (document.isArray())
        return document.array();
    return QJsonValue(QJsonValue::Undefined);
}
} // namespace

std::optional<QJsonValue> resolveJsonPointer(const QJsonValue &root, QStringView pointer)
{
    QJsonValue current = root;
    if (pointer.isEmpty())
        return current;
    if (!pointer.startsWith(QLatin1Char('/')))
        return std::nullopt;
    qsizetype start = 1;
    QString unescaped;
    while (start <= pointer.size()) {
        qsizetype end = pointer.indexOf(QLatin1Char('/'), start);
        if (end < 0)
            end = pointer.size();
        QStringView token = pointer.mid(start, end - start);
        if (token.contains(QLatin1Char('~'))) {
            unescaped = unescapePointerToken(token);
            token = unescaped;
        }
        if (current.isObject()) {
            const QJsonObject object = current.toObject();
            const auto it = object.constFind(token);
            if (it == object.constEnd())
                return std::nullopt;
            current = it.value();
        } else if (current.isArray()) {
            bool ok = false;
            const int index = token.toInt(&ok);
            const QJsonArray array = current.toArray();
            if (!ok || index < 0 || index >= array.size())
                return std::nullopt;
            current = array.at(index);
        } else {
            return std::nullopt;
        }
        start = end + 1;
    }
    return current;
}

EventDocument::EventDocument(CloudProvider provider, const OutputFields &fields)
    : m_provider(provider)
    , m_fields(fields)
{
}

const QJsonValue &EventDocument::part(Part &part, const char *fieldName)
{
    if (!part.parsed) {
        const QLatin1String name(fieldName);
        const QStringView text = m_fields.string(name);
        if (!text.isEmpty()) {
            part.value = parseJsonText(text);
        } else {
            // Over HTTP a JSON field may arrive as JSON rather than as its text.
            const QJsonValue value = m_fields.value(name);
            part.value = value.isObject() || value.isArray() ? value : QJsonValue(QJsonValue::Undefined);
        }
        part.parsed = true;
    }
    return part.value;
}

std::optional<QJsonValue> EventDocument::resolve(const QString &pointer)
{
    const QStringView view(pointer);
    const auto rest = [&](qsizetype rootLength) { return view.mid(rootLength); };
    if (view == QLatin1String("/resource")) {
        if (m_provider != CloudProvider::Gcp)
            return std::nullopt;
        const QString name = m_fields.text(QLatin1String("gcp.resourceName"));
        return name.isEmpty() ? std::nullopt : std::optional<QJsonValue>(name);
    }
    std::optional<QJsonValue> value;
    if (view.startsWith(QLatin1String("/request/")) || view == QLatin1String("/request")) {
        if (m_provider == CloudProvider::Gcp) {
            // The gcpaudit plugin reads gcp.request as a string, so real Falco sends "" for it; rules
            // that want the request send json.value[/protoPayload/request] instead.
            const QJsonValue &request = part(m_request, "gcp.request");
            value = resolveJsonPointer(
                request.isUndefined() ? part(m_gcpRequestJson, "json.value[/protoPayload/request]") : request,
                rest(8));
        } else {
            value = resolveJsonPointer(part(m_request, "ct.request"), rest(8));
        }
    } else if (view.startsWith(QLatin1String("/response/")) || view == QLatin1String("/response")) {
        if (m_provider != CloudProvider::Aws)
            return std::nullopt;
        value = resolveJsonPointer(part(m_response, "ct.response"), rest(9));
    }
    if (value && value->isUndefined())
        return std::nullopt;
    return value;
}

} // namespace tfdrift
