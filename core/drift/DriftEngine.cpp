#include "core/drift/DriftEngine.h"

#include "core/drift/CallerIdentityResolver.h"
#include "core/drift/EventDocument.h"
#include "core/mapping/MappingCatalog.h"
#include "core/state/StateIndex.h"

#include <QJsonDocument>

namespace tfdrift {

namespace {
const QString kMaskedValue = QStringLiteral("(sensitive)");

QString scalarText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String: return value.toString();
    case QJsonValue::Double: {
        const double number = value.toDouble();
        const qint64 integer = value.toInteger();
        return double(integer) == number ? QString::number(integer) : QString::number(number, 'g', 17);
    }
    case QJsonValue::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default: return QString();
    }
}

// Terraform state and audit logs spell the same value differently: a boolean in state is often
// a string in a request, and numbers travel as text.
bool sameValue(const QJsonValue &inState, const QJsonValue &inCall)
{
    if (inState == inCall)
        return true;
    const bool stateScalar = inState.isString() || inState.isDouble() || inState.isBool();
    const bool callScalar = inCall.isString() || inCall.isDouble() || inCall.isBool();
    return stateScalar && callScalar
        && scalarText(inState).compare(scalarText(inCall), Qt::CaseInsensitive) == 0;
}
} // namespace

QString outOfBandAttribute()
{
    return QStringLiteral("(modified out of band)");
}

struct DriftEngine::Call {
    CloudProvider provider;
    QString eventName;
    QString eventSource;
    QString account;
    QString region;
};

DriftEngine::DriftEngine(std::shared_ptr<const MappingCatalog> catalog, const DriftEngineSettings &settings)
    : m_catalog(std::move(catalog))
    , m_rules(settings.rules, settings.defaultSeverity)
    , m_awsRegions(settings.awsRegions)
    , m_gcpProjects(settings.gcpProjects)
{
}

DriftEngine::~DriftEngine() = default;

void DriftEngine::setStateIndex(std::shared_ptr<const StateIndex> index)
{
    m_state = std::move(index);
}

std::optional<DriftEngine::Call> DriftEngine::readCall(const FalcoAlert &alert) const
{
    const OutputFields &fields = alert.outputFields;
    Call call;
    if (fields.contains(QLatin1String("ct.name"))) {
        call.provider = CloudProvider::Aws;
        // Reads change nothing, and a call that failed changed nothing either.
        if (fields.string(QLatin1String("ct.readonly")) == QLatin1String("true"))
            return std::nullopt;
        const QStringView error = fields.string(QLatin1String("ct.error"));
        if (!error.isEmpty() && error != QLatin1String("<NA>"))
            return std::nullopt;
        call.eventName = fields.text(QLatin1String("ct.name"));
        call.eventSource = fields.text(QLatin1String("ct.src"));
        call.region = fields.text(QLatin1String("ct.region"));
        // The account that owns the resource; the caller's may differ across accounts.
        call.account = fields.text(QLatin1String("ct.recipientaccountid"));
        if (call.account.isEmpty() || call.account == QLatin1String("<NA>"))
            call.account = fields.text(QLatin1String("ct.user.accountid"));
        if (!m_awsRegions.isEmpty() && !m_awsRegions.contains(call.region))
            return std::nullopt;
        return call;
    }
    if (fields.contains(QLatin1String("gcp.methodName"))) {
        call.provider = CloudProvider::Gcp;
        call.eventName = fields.text(QLatin1String("gcp.methodName"));
        call.eventSource = fields.text(QLatin1String("gcp.serviceName"));
        call.account = fields.text(QLatin1String("gcp.projectId"));
        call.region = fields.text(QLatin1String("gcp.location"));
        if (call.region == QLatin1String("<NA>"))
            call.region.clear(); // a project-wide resource has no location
        if (!m_gcpProjects.isEmpty() && !m_gcpProjects.contains(call.account))
            return std::nullopt;
        return call;
    }
    return std::nullopt;
}

QString DriftEngine::resourceId(const EventMapping &mapping, EventDocument &document) const
{
    for (const QString &pointer : mapping.idPointers) {
        if (const std::optional<QJsonValue> value = document.resolve(pointer)) {
            const QString text = scalarText(*value);
            if (!text.isEmpty())
                return text;
        }
    }
    return QString();
}

bool DriftEngine::diff(const EventMapping &mapping, const TerraformResource &resource,
                       EventDocument &document, DriftEvent *event) const
{
    bool anySet = false;
    event->changes.reserve(mapping.attributes.size());
    for (const AttributeSetter &setter : mapping.attributes) {
        const std::optional<QJsonValue> newValue = document.resolve(setter.pointer);
        if (!newValue)
            continue;
        anySet = true;
        if (resource.sensitiveAttributes.contains(setter.attribute)) {
            // The value stays secret, so whether it changed cannot be shown; that it was set can.
            event->changes.append({setter.attribute, kMaskedValue, kMaskedValue});
            continue;
        }
        const QJsonValue oldValue = resource.attributes.value(setter.attribute);
        if (!sameValue(oldValue, *newValue))
            event->changes.append({setter.attribute, oldValue, *newValue});
    }
    if (!anySet) {
        event->changes.append(
            {outOfBandAttribute(), QJsonValue(QJsonValue::Undefined), QJsonValue(QJsonValue::Undefined)});
        return true;
    }
    return !event->changes.isEmpty();
}

std::optional<DriftEvent> DriftEngine::evaluate(const FalcoAlert &alert, const QString &sourceEnvironment)
{
    const std::optional<Call> call = readCall(alert);
    if (!call)
        return std::nullopt;
    // The audit event's own id (CloudTrail eventID, LogEntry insertId) with its time: a replayed feed
    // restamps the time, so a replay is seen again while a second rule's alert is not.
    const QString eventId = alert.outputFields.text(
        QLatin1String(call->provider == CloudProvider::Aws ? "ct.id" : "json.value[/insertId]"));
    if (!eventId.isEmpty() && eventId != QLatin1String("<NA>")
        && !m_recentEvents.insert(eventId + QLatin1Char('@') + QString::number(alert.timeNs)))
        return std::nullopt;

    DriftEvent event;
    event.detectedAtMs = currentTimeMs();
    event.eventTimeNs = alert.timeNs;
    event.provider = call->provider;
    event.account = call->account;
    event.region = call->region;
    event.eventName = call->eventName;
    event.eventSource = call->eventSource;
    event.environment = sourceEnvironment;
    event.caller = call->provider == CloudProvider::Aws ? resolveAwsCaller(alert.outputFields)
                                                        : resolveGcpCaller(alert.outputFields);

    const EventMapping *mapping
        = m_catalog ? m_catalog->find(call->provider, call->eventName, call->eventSource) : nullptr;
    bool attributesKnown = true;
    if (!mapping) {
        // Reported, never dropped: a call we cannot map may still be someone's drift.
        event.resourceType = QStringLiteral("unknown");
        event.kind = ChangeKind::Unmanaged;
        event.changes.append(
            {outOfBandAttribute(), QJsonValue(QJsonValue::Undefined), QJsonValue(QJsonValue::Undefined)});
        attributesKnown = false;
    } else {
        EventDocument document(call->provider, alert.outputFields);
        event.resourceType = mapping->resourceType;
        event.resourceId = resourceId(*mapping, document);
        const TerraformResource *resource = nullptr;
        if (m_state && !event.resourceId.isEmpty()) {
            resource = m_state->find(mapping->resourceType, event.resourceId);
            if (!resource)
                resource = m_state->findAnyType(event.resourceId);
        }
        if (resource) {
            event.resourceType = resource->type;
            event.terraformAddress = resource->address;
            event.stateName = resource->stateName;
            if (!resource->environment.isEmpty())
                event.environment = resource->environment;
            switch (mapping->action) {
            case ApiAction::Delete: event.kind = ChangeKind::Deleted; break;
            case ApiAction::Create:
                return std::nullopt; // Terraform created it: state already knows the resource
            case ApiAction::Modify:
                event.kind = ChangeKind::Modified;
                if (!diff(*mapping, *resource, document, &event))
                    return std::nullopt;
                attributesKnown = event.changes.constFirst().attribute != outOfBandAttribute();
                break;
            }
        } else {
            event.kind = mapping->action == ApiAction::Create ? ChangeKind::Created : ChangeKind::Unmanaged;
        }
    }

    RuleQuery query;
    query.resourceType = event.resourceType;
    query.attributesKnown = attributesKnown;
    for (const AttributeChange &change : std::as_const(event.changes))
        query.changedAttributes.append(change.attribute);
    query.userNames = callerNames(event.caller, alert.outputFields);
    query.environments.append(event.environment);
    if (!sourceEnvironment.isEmpty() && sourceEnvironment != event.environment)
        query.environments.append(sourceEnvironment);
    query.eventTimeMs = alert.timeNs / 1'000'000;
    const RuleVerdict verdict = m_rules.evaluate(query);
    event.severity = verdict.severity;
    event.matchedRules = verdict.matchedRules;
    event.excluded = verdict.excluded;

    event.id = m_nextId++;
    event.alert = alert;
    return event;
}

} // namespace tfdrift
