#pragma once

#include "core/rules/evaluation/RuleEvent.h"

namespace tfdrift::rules {

// A Cloud Audit Logs LogEntry as the gcpaudit plugin presents it to rules (source gcp_auditlog):
// gcp.* with the plugin's extraction semantics, quirks included so that dry runs predict Falco: the
// JSON-valued gcp.request, gcp.policyDelta and gcp.authorizationInfo read as "" (the plugin takes
// their string value, which objects lack); only gcp.resourceLabels is written out as JSON. Rules and
// outputs that need the request use json.value[/protoPayload/request].
class GcpAuditEvent : public RuleEvent
{
public:
    // `number` is the event's position in its stream (evt.num). The time comes from `timestamp`.
    GcpAuditEvent(QJsonObject logEntry, QByteArray rawJson, quint64 number);

    QString source() const override;
    QString pluginName() const override;
    QString pluginInfo() const override;

    static std::optional<ResolvedField> resolveField(const QString &name);

protected:
    void extractSourceField(int id, const QString &argument, FieldValue &value) const override;
};

} // namespace tfdrift::rules
