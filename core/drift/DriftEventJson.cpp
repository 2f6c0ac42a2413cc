#include "core/drift/DriftEventJson.h"

#include "core/falco/AlertJson.h"
#include "core/falco/Rfc3339.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace tfdrift {

namespace {
QJsonValue orNull(const QJsonValue &value)
{
    return value.isUndefined() ? QJsonValue(QJsonValue::Null) : value;
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}
} // namespace

QJsonObject driftEventToJson(const DriftEvent &event)
{
    QJsonArray changes;
    for (const AttributeChange &change : event.changes) {
        changes.append(QJsonObject{{QStringLiteral("attribute"), change.attribute},
                                   {QStringLiteral("old_value"), orNull(change.oldValue)},
                                   {QStringLiteral("new_value"), orNull(change.newValue)}});
    }
    const QJsonObject user{{QStringLiteral("name"), event.caller.user},
                           {QStringLiteral("identity_type"), textOrNull(event.caller.identityType)},
                           {QStringLiteral("arn"), textOrNull(event.caller.arn)},
                           {QStringLiteral("source_ip"), textOrNull(event.caller.sourceIp)},
                           {QStringLiteral("user_agent"), textOrNull(event.caller.userAgent)}};
    const QJsonObject falco{{QStringLiteral("rule"), event.alert.rule},
                            {QStringLiteral("priority"), priorityName(event.alert.priority)},
                            {QStringLiteral("source"), event.alert.source},
                            {QStringLiteral("hostname"), event.alert.hostname},
                            {QStringLiteral("endpoint"), textOrNull(event.alert.endpoint)},
                            {QStringLiteral("alert"), alertToJson(event.alert)}};
    return QJsonObject{
        {QStringLiteral("id"), qint64(event.id)},
        {QStringLiteral("detected_at"), formatRfc3339Nanos(event.detectedAtMs * 1'000'000)},
        {QStringLiteral("event_time"), formatRfc3339Nanos(event.eventTimeNs)},
        {QStringLiteral("provider"), providerName(event.provider)},
        {QStringLiteral("account"), event.account},
        {QStringLiteral("region"), event.region},
        {QStringLiteral("event_name"), event.eventName},
        {QStringLiteral("event_source"), event.eventSource},
        {QStringLiteral("resource_type"), event.resourceType},
        {QStringLiteral("resource_id"), event.resourceId},
        {QStringLiteral("terraform_address"), textOrNull(event.terraformAddress)},
        {QStringLiteral("state"), textOrNull(event.stateName)},
        {QStringLiteral("kind"), changeKindName(event.kind)},
        {QStringLiteral("changes"), changes},
        {QStringLiteral("user"), user},
        {QStringLiteral("severity"), severityName(event.severity)},
        {QStringLiteral("matched_rules"), QJsonArray::fromStringList(event.matchedRules)},
        {QStringLiteral("excluded"), event.excluded},
        {QStringLiteral("environment"), textOrNull(event.environment)},
        {QStringLiteral("falco"), falco},
    };
}

QByteArray driftEventToJsonLine(const DriftEvent &event)
{
    QByteArray line = QJsonDocument(driftEventToJson(event)).toJson(QJsonDocument::Compact);
    line.append('\n');
    return line;
}

} // namespace tfdrift
