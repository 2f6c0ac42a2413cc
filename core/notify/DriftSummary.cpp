#include "core/notify/DriftSummary.h"

#include "core/drift/DriftEngine.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tfdrift::notify {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(tfdrift::notify::DriftSummary)
};
} // namespace

QString changeValueText(const QJsonValue &value)
{
    if (value.isUndefined())
        return Text::tr("(unknown)");
    // Wrapped in an array so that scalars print as JSON too, then unwrapped.
    const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

DriftSummary DriftSummary::of(const DriftEvent &event, bool isTest)
{
    DriftSummary summary;
    summary.resource = event.terraformAddress.isEmpty()
        ? event.resourceType + QLatin1Char(' ') + event.resourceId
        : event.terraformAddress;
    summary.change = changeKindName(event.kind);
    summary.severity = severityName(event.severity);
    summary.title = Text::tr("Drift: %1 %2").arg(summary.resource, summary.change);
    if (isTest)
        summary.title = Text::tr("[TEST] %1").arg(summary.title);
    summary.user = event.caller.identityType.isEmpty()
        ? event.caller.user
        : QStringLiteral("%1 (%2)").arg(event.caller.user, event.caller.identityType);
    summary.where
        = event.region.isEmpty() ? event.account : event.account + QStringLiteral(" / ") + event.region;
    summary.environment = event.environment;
    summary.apiCall = event.eventSource + QLatin1Char(' ') + event.eventName;
    summary.rule = event.alert.rule;
    for (const AttributeChange &change : event.changes) {
        if (change.attribute == outOfBandAttribute())
            summary.changes.append(change.attribute);
        else
            summary.changes.append(QStringLiteral("%1: %2 \u2192 %3")
                                       .arg(change.attribute, changeValueText(change.oldValue),
                                            changeValueText(change.newValue)));
    }
    return summary;
}

} // namespace tfdrift::notify
