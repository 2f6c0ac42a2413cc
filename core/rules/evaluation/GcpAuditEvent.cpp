#include "core/rules/evaluation/GcpAuditEvent.h"

#include "core/falco/Rfc3339.h"
#include "core/rules/evaluation/JsonPointer.h"

#include <QHash>

namespace tfdrift::rules {

namespace {

enum GcpField : int {
    FirstPathField = kSourceFieldBase,
    GcpPolicyDelta = kSourceFieldBase + 100,
    GcpLocation,
    GcpLoggingSink,
    GcpResourceLabels,
};

struct PathField {
    const char *name;
    const char *pointer; // where the plugin reads it, as a JSON pointer into the LogEntry
};

constexpr PathField kPathFields[] = {
    {"gcp.user", "/protoPayload/authenticationInfo/principalEmail"},
    {"gcp.callerIP", "/protoPayload/requestMetadata/callerIp"},
    {"gcp.userAgent", "/protoPayload/requestMetadata/callerSuppliedUserAgent"},
    {"gcp.authorizationInfo", "/protoPayload/authorizationInfo"},
    {"gcp.serviceName", "/protoPayload/serviceName"},
    {"gcp.request", "/protoPayload/request"},
    {"gcp.methodName", "/protoPayload/methodName"},
    {"gcp.cloudfunctions.function", "/resource/labels/function_name"},
    {"gcp.cloudsql.databaseId", "/resource/labels/database_id"},
    {"gcp.compute.instanceId", "/resource/labels/instance_id"},
    {"gcp.compute.networkId", "/resource/labels/network_id"},
    {"gcp.compute.subnetwork", "/resource/labels/subnetwork_name"},
    {"gcp.compute.subnetworkId", "/resource/labels/subnetwork_id"},
    {"gcp.dns.zone", "/resource/labels/zone_name"},
    {"gcp.iam.serviceAccount", "/resource/labels/email_id"},
    {"gcp.iam.serviceAccountId", "/resource/labels/unique_id"},
    {"gcp.projectId", "/resource/labels/project_id"},
    {"gcp.resourceName", "/protoPayload/resourceName"},
    {"gcp.resourceType", "/resource/type"},
    {"gcp.storage.bucket", "/resource/labels/bucket_name"},
    {"gcp.time", "/timestamp"},
};
constexpr int kPathFieldCount = int(std::size(kPathFields));
static_assert(FirstPathField + kPathFieldCount < GcpPolicyDelta);

const QHash<QString, ResolvedField> &gcpFields()
{
    static const QHash<QString, ResolvedField> fields = [] {
        QHash<QString, ResolvedField> table;
        for (int index = 0; index < kPathFieldCount; ++index)
            table.insert(QLatin1String(kPathFields[index].name),
                         ResolvedField{FirstPathField + index, FieldType::String, false});
        table.insert(QStringLiteral("gcp.policyDelta"),
                     ResolvedField{GcpPolicyDelta, FieldType::String, false});
        table.insert(QStringLiteral("gcp.location"), ResolvedField{GcpLocation, FieldType::String, false});
        table.insert(QStringLiteral("gcp.logging.sink"),
                     ResolvedField{GcpLoggingSink, FieldType::String, false});
        table.insert(QStringLiteral("gcp.resourceLabels"),
                     ResolvedField{GcpResourceLabels, FieldType::String, false});
        return table;
    }();
    return fields;
}

} // namespace

GcpAuditEvent::GcpAuditEvent(QJsonObject logEntry, QByteArray rawJson, quint64 number)
    : RuleEvent(logEntry, std::move(rawJson), number,
                parseRfc3339Nanos(logEntry.value(QLatin1String("timestamp")).toString()).value_or(0))
{
}

QString GcpAuditEvent::source() const
{
    return QStringLiteral("gcp_auditlog");
}

QString GcpAuditEvent::pluginName() const
{
    return QStringLiteral("gcpaudit");
}

QString GcpAuditEvent::pluginInfo() const
{
    return QString::fromUtf8(rawJson());
}

std::optional<ResolvedField> GcpAuditEvent::resolveField(const QString &name)
{
    const auto found = gcpFields().constFind(name);
    if (found != gcpFields().constEnd())
        return *found;
    return resolveCommonField(name);
}

void GcpAuditEvent::extractSourceField(int id, const QString &, FieldValue &value) const
{
    // The plugin's `string(v.GetStringBytes())`: a string's text, "" for any other JSON value (so
    // gcp.request, an object, reads as ""), nothing when absent.
    const auto setFrom = [&](const QString &pointer) {
        if (const std::optional<RawJson::Span> found = resolveJsonPointer(raw(), pointer))
            value.setString(raw().isString(*found) ? raw().stringValue(*found) : QString());
    };
    const auto textAt = [&](const QString &pointer) {
        const std::optional<RawJson::Span> found = resolveJsonPointer(raw(), pointer);
        return found && raw().isString(*found) ? raw().stringValue(*found) : QString();
    };
    if (id == GcpResourceLabels) {
        // The one JSON-valued field the plugin writes out as JSON.
        if (const std::optional<RawJson::Span> found
            = resolveJsonPointer(raw(), QStringLiteral("/resource/labels")))
            value.setString(QString::fromUtf8(raw().compact(*found)));
        return;
    }
    if (id >= FirstPathField && id < FirstPathField + kPathFieldCount) {
        setFrom(QLatin1String(kPathFields[id - FirstPathField].pointer));
        return;
    }
    const QString resourceType = textAt(QStringLiteral("/resource/type"));
    switch (GcpField(id)) {
    case GcpPolicyDelta:
        // Storage keeps the IAM delta in serviceData, BigQuery in metadata.datasetChange.
        setFrom(resourceType == QLatin1String("gcs_bucket")
                    ? QStringLiteral("/protoPayload/serviceData/policyDelta/bindingDeltas")
                    : QStringLiteral("/protoPayload/metadata/datasetChange/bindingDeltas"));
        return;
    case GcpLocation: {
        for (const char *pointer : {"/resource/labels/location", "/resource/labels/region"}) {
            if (resolveJsonPointer(raw(), QLatin1String(pointer))) {
                setFrom(QLatin1String(pointer));
                return;
            }
        }
        // A zone ("us-central1-a") names its region once its last two characters are dropped.
        const QString zone = textAt(QStringLiteral("/resource/labels/zone"));
        if (zone.size() > 2)
            value.setString(zone.chopped(2));
        else if (!zone.isEmpty())
            value.setString(zone);
        return;
    }
    case GcpLoggingSink:
        if (resourceType == QLatin1String("logging_sink"))
            setFrom(QStringLiteral("/resource/labels/name"));
        return;
    case GcpResourceLabels:
    case FirstPathField: return;
    }
}

} // namespace tfdrift::rules
