#include "core/drift/DriftEventJson.h"

#include "core/falco/AlertJson.h"
#include "core/falco/Rfc3339.h"

#include <QCoreApplication>
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
class Text
{
    Q_DECLARE_TR_FUNCTIONS(tfdrift::DriftEventJson)
};

QJsonValue unknownIfNull(const QJsonValue &value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Undefined) : value;
}

std::optional<ChangeKind> parseChangeKind(const QString &name)
{
    for (ChangeKind kind :
         {ChangeKind::Modified, ChangeKind::Created, ChangeKind::Deleted, ChangeKind::Unmanaged}) {
        if (changeKindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

std::optional<CloudProvider> parseProvider(const QString &name)
{
    for (CloudProvider provider : {CloudProvider::Aws, CloudProvider::Gcp}) {
        if (providerName(provider) == name)
            return provider;
    }
    return std::nullopt;
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

namespace tfdrift {

std::optional<DriftEvent> driftEventFromJson(const QJsonObject &object, QString *error)
{
    const auto fail = [error](const char *key) {
        *error = Text::tr("drift event: \"%1\" is missing or has the wrong type").arg(QLatin1String(key));
        return std::nullopt;
    };
    DriftEvent event;
    event.id = quint64(object.value(QLatin1String("id")).toInteger());
    const std::optional<qint64> detectedNs
        = parseRfc3339Nanos(object.value(QLatin1String("detected_at")).toString());
    const std::optional<qint64> eventNs
        = parseRfc3339Nanos(object.value(QLatin1String("event_time")).toString());
    if (!detectedNs)
        return fail("detected_at");
    if (!eventNs)
        return fail("event_time");
    event.detectedAtMs = *detectedNs / 1'000'000;
    event.eventTimeNs = *eventNs;
    const std::optional<CloudProvider> provider
        = parseProvider(object.value(QLatin1String("provider")).toString());
    if (!provider)
        return fail("provider");
    event.provider = *provider;
    const std::optional<ChangeKind> kind = parseChangeKind(object.value(QLatin1String("kind")).toString());
    if (!kind)
        return fail("kind");
    event.kind = *kind;
    const std::optional<Severity> severity
        = parseSeverity(object.value(QLatin1String("severity")).toString());
    if (!severity)
        return fail("severity");
    event.severity = *severity;
    event.account = object.value(QLatin1String("account")).toString();
    event.region = object.value(QLatin1String("region")).toString();
    event.eventName = object.value(QLatin1String("event_name")).toString();
    event.eventSource = object.value(QLatin1String("event_source")).toString();
    event.resourceType = object.value(QLatin1String("resource_type")).toString();
    event.resourceId = object.value(QLatin1String("resource_id")).toString();
    event.terraformAddress = object.value(QLatin1String("terraform_address")).toString();
    event.stateName = object.value(QLatin1String("state")).toString();
    for (const QJsonValue &item : object.value(QLatin1String("changes")).toArray()) {
        const QJsonObject change = item.toObject();
        event.changes.append({change.value(QLatin1String("attribute")).toString(),
                              unknownIfNull(change.value(QLatin1String("old_value"))),
                              unknownIfNull(change.value(QLatin1String("new_value")))});
    }
    const QJsonObject user = object.value(QLatin1String("user")).toObject();
    event.caller = {
        user.value(QLatin1String("name")).toString(), user.value(QLatin1String("identity_type")).toString(),
        user.value(QLatin1String("arn")).toString(), user.value(QLatin1String("source_ip")).toString(),
        user.value(QLatin1String("user_agent")).toString()};
    for (const QJsonValue &rule : object.value(QLatin1String("matched_rules")).toArray())
        event.matchedRules.append(rule.toString());
    event.excluded = object.value(QLatin1String("excluded")).toBool();
    event.environment = object.value(QLatin1String("environment")).toString();
    const QJsonObject falco = object.value(QLatin1String("falco")).toObject();
    QString alertError;
    std::optional<FalcoAlert> alert
        = alertFromJson(falco.value(QLatin1String("alert")).toObject(), &alertError);
    if (!alert) {
        *error = Text::tr("drift event: its Falco alert: %1").arg(alertError);
        return std::nullopt;
    }
    event.alert = std::move(*alert);
    event.alert.endpoint = falco.value(QLatin1String("endpoint")).toString();
    return event;
}

} // namespace tfdrift
