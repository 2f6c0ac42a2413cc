#include "core/notify/NotificationRender.h"

#include "core/drift/GlobList.h"
#include "core/notify/ChannelPayloads.h"
#include "core/notify/DriftSummary.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace tfdrift::notify {

namespace {
QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray channelBody(const ChannelConfig &channel, const DriftEvent &event, bool isTest)
{
    switch (channel.kind) {
    case ChannelKind::Slack: return compact(slackPayload(event, channel.slackChannel, isTest));
    case ChannelKind::Discord: return compact(discordPayload(event, isTest));
    case ChannelKind::Teams: return compact(teamsPayload(event, isTest));
    case ChannelKind::PagerDuty: {
        // The routing key is a secret: it joins the body only on its way out.
        QJsonObject payload = pagerDutyPayload(event, QString(), isTest);
        payload.remove(QLatin1String("routing_key"));
        return compact(payload);
    }
    case ChannelKind::Webhook: return compact(webhookPayload(event, isTest));
    case ChannelKind::Custom: return compact(customApiPayload(event, isTest));
    case ChannelKind::FalcoOutput: return falcoOutputLine(event, channel.outputPriority, isTest);
    }
    return {};
}
} // namespace

RenderedNotification renderNotification(const ChannelConfig &channel, const DriftEvent &event, bool isTest)
{
    return {driftEventKey(event), DriftSummary::of(event, isTest).title, channelBody(channel, event, isTest)};
}

QString driftEventKey(const DriftEvent &event)
{
    QJsonArray changes;
    for (const AttributeChange &change : event.changes)
        changes.append(QJsonArray{change.attribute, change.oldValue, change.newValue});
    const QJsonArray identity{providerName(event.provider),
                              event.account,
                              event.region,
                              event.eventSource,
                              event.eventName,
                              event.resourceType,
                              event.resourceId,
                              changeKindName(event.kind),
                              QString::number(event.eventTimeNs),
                              event.alert.uuid,
                              changes};
    const QByteArray text = QJsonDocument(identity).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex().left(32));
}

bool channelAccepts(const ChannelConfig &channel, const DriftEvent &event)
{
    if (!channel.enabled || event.excluded || event.severity < channel.filter.minSeverity)
        return false;
    if (!channel.filter.resourceTypes.isEmpty()
        && !GlobList(channel.filter.resourceTypes, Qt::CaseSensitive).matches(event.resourceType))
        return false;
    return channel.filter.environments.isEmpty()
        || channel.filter.environments.contains(event.environment, Qt::CaseInsensitive);
}

DriftEvent testDriftEvent(qint64 nowMs)
{
    DriftEvent event;
    event.detectedAtMs = nowMs;
    event.eventTimeNs = nowMs * 1'000'000;
    event.provider = CloudProvider::Aws;
    event.account = QStringLiteral("000000000000");
    event.region = QStringLiteral("us-east-1");
    event.eventSource = QStringLiteral("ec2.amazonaws.com");
    event.eventName = QStringLiteral("AuthorizeSecurityGroupIngress");
    event.resourceType = QStringLiteral("aws_security_group");
    event.resourceId = QStringLiteral("sg-tfdrift-test");
    event.terraformAddress = QStringLiteral("aws_security_group.tfdrift_test");
    event.kind = ChangeKind::Modified;
    event.changes
        = {{QStringLiteral("ingress"), QJsonArray{}, QJsonArray{QStringLiteral("tcp/22 from 0.0.0.0/0")}}};
    event.caller.user = QStringLiteral("tfdrift-notify-test");
    event.caller.identityType = QStringLiteral("IAMUser");
    event.severity = Severity::Low;
    event.environment = QStringLiteral("development");
    event.alert.rule = QStringLiteral("TFDrift test alert");
    event.alert.uuid = QStringLiteral("test-%1").arg(nowMs);
    return event;
}

} // namespace tfdrift::notify
