#include "core/notify/ChannelPayloads.h"

#include "core/falco/Rfc3339.h"
#include "core/notify/DriftSummary.h"
#include "core/notify/TextEscaping.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>

#include <algorithm>

namespace tfdrift::notify {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(tfdrift::notify::ChannelPayloads)
};

// Slack's and Discord's documented limits.
constexpr qsizetype kSlackHeaderLimit = 150;
constexpr qsizetype kSlackSectionLimit = 3000;
constexpr qsizetype kSlackFieldLimit = 2000;
constexpr qsizetype kDiscordTitleLimit = 256;
constexpr qsizetype kDiscordDescriptionLimit = 4096;
constexpr qsizetype kDiscordFieldNameLimit = 256;
constexpr qsizetype kDiscordFieldValueLimit = 1024;
constexpr qsizetype kPagerDutySummaryLimit = 1024;

QString slackEmoji(Severity severity)
{
    switch (severity) {
    case Severity::Critical: return QStringLiteral(":red_circle:");
    case Severity::High: return QStringLiteral(":large_orange_circle:");
    case Severity::Medium: return QStringLiteral(":large_yellow_circle:");
    case Severity::Low: return QStringLiteral(":large_blue_circle:");
    }
    return {};
}

QString hexColor(Severity severity)
{
    return QStringLiteral("#%1").arg(severityColor(severity), 6, 16, QLatin1Char('0'));
}

QJsonObject mrkdwn(const QString &text)
{
    return {{QStringLiteral("type"), QStringLiteral("mrkdwn")}, {QStringLiteral("text"), text}};
}

// "*Label*\nvalue" with the value escaped and cut to Slack's field limit.
QJsonObject slackField(const QString &label, const QString &value)
{
    return mrkdwn(truncated(QLatin1Char('*') + label + QStringLiteral("*\n") + escapeSlackMrkdwn(value),
                            kSlackFieldLimit));
}

QJsonObject discordField(const QString &name, const QString &value, bool inline_)
{
    return {{QStringLiteral("name"), truncated(name, kDiscordFieldNameLimit)},
            {QStringLiteral("value"),
             truncated(value.isEmpty() ? QStringLiteral("-") : escapeDiscordMarkdown(value),
                       kDiscordFieldValueLimit)},
            {QStringLiteral("inline"), inline_}};
}

} // namespace

int severityColor(Severity severity)
{
    switch (severity) {
    case Severity::Critical: return 0xD32F2F;
    case Severity::High: return 0xF57C00;
    case Severity::Medium: return 0xFBC02D;
    case Severity::Low: return 0x1976D2;
    }
    return 0x757575;
}

QString pagerDutySeverity(Severity severity)
{
    switch (severity) {
    case Severity::Critical: return QStringLiteral("critical");
    case Severity::High: return QStringLiteral("error");
    case Severity::Medium: return QStringLiteral("warning");
    case Severity::Low: return QStringLiteral("info");
    }
    return QStringLiteral("info");
}

QJsonObject slackPayload(const DriftEvent &event, const QString &channelOverride, bool isTest)
{
    const DriftSummary summary = DriftSummary::of(event, isTest);
    QJsonArray fields{slackField(Text::tr("Resource"), summary.resource),
                      slackField(Text::tr("Change"), summary.change),
                      mrkdwn(QLatin1Char('*') + Text::tr("Severity") + QStringLiteral("*\n")
                             + slackEmoji(event.severity) + QLatin1Char(' ') + summary.severity),
                      slackField(Text::tr("User"), summary.user),
                      slackField(Text::tr("Account / region"), summary.where),
                      slackField(Text::tr("API call"), summary.apiCall)};
    if (!summary.environment.isEmpty())
        fields.append(slackField(Text::tr("Environment"), summary.environment));

    QStringList changeLines;
    for (const QString &line : summary.changes)
        changeLines.append(QStringLiteral("\u2022 ") + escapeSlackMrkdwn(line));
    const QJsonArray attachmentBlocks{
        QJsonObject{{QStringLiteral("type"), QStringLiteral("section")},
                    {QStringLiteral("text"),
                     mrkdwn(truncated(changeLines.isEmpty() ? QStringLiteral("-")
                                                            : changeLines.join(QLatin1Char('\n')),
                                      kSlackSectionLimit))}},
        QJsonObject{{QStringLiteral("type"), QStringLiteral("context")},
                    {QStringLiteral("elements"),
                     QJsonArray{mrkdwn(truncated(Text::tr("Falco rule: ") + escapeSlackMrkdwn(summary.rule)
                                                     + QStringLiteral(" \u00b7 ")
                                                     + formatRfc3339Nanos(event.eventTimeNs),
                                                 kSlackSectionLimit))}}}};

    QJsonObject payload{
        {QStringLiteral("text"),
         truncated(slackEmoji(event.severity) + QLatin1Char(' ') + escapeSlackMrkdwn(summary.title),
                   kSlackSectionLimit)},
        {QStringLiteral("blocks"),
         QJsonArray{
             QJsonObject{{QStringLiteral("type"), QStringLiteral("header")},
                         {QStringLiteral("text"),
                          QJsonObject{{QStringLiteral("type"), QStringLiteral("plain_text")},
                                      {QStringLiteral("text"), truncated(summary.title, kSlackHeaderLimit)},
                                      {QStringLiteral("emoji"), false}}}},
             QJsonObject{{QStringLiteral("type"), QStringLiteral("section")},
                         {QStringLiteral("fields"), fields}}}},
        {QStringLiteral("attachments"),
         QJsonArray{QJsonObject{{QStringLiteral("color"), hexColor(event.severity)},
                                {QStringLiteral("blocks"), attachmentBlocks}}}},
    };
    if (!channelOverride.isEmpty())
        payload.insert(QStringLiteral("channel"), channelOverride);
    return payload;
}

QJsonObject discordPayload(const DriftEvent &event, bool isTest)
{
    const DriftSummary summary = DriftSummary::of(event, isTest);
    QStringList changeLines;
    for (const QString &line : summary.changes)
        changeLines.append(escapeDiscordMarkdown(line));
    QJsonArray fields{discordField(Text::tr("Resource"), summary.resource, false),
                      discordField(Text::tr("Change"), summary.change, true),
                      discordField(Text::tr("Severity"), summary.severity, true),
                      discordField(Text::tr("User"), summary.user, true),
                      discordField(Text::tr("Account / region"), summary.where, true),
                      discordField(Text::tr("API call"), summary.apiCall, false)};
    if (!summary.environment.isEmpty())
        fields.append(discordField(Text::tr("Environment"), summary.environment, true));
    const QJsonObject embed{
        {QStringLiteral("title"), truncated(summary.title, kDiscordTitleLimit)},
        {QStringLiteral("description"),
         truncated(changeLines.isEmpty() ? QStringLiteral("-") : changeLines.join(QLatin1Char('\n')),
                   kDiscordDescriptionLimit)},
        {QStringLiteral("color"), severityColor(event.severity)},
        {QStringLiteral("fields"), fields},
        {QStringLiteral("timestamp"), formatRfc3339Nanos(event.eventTimeNs)},
        {QStringLiteral("footer"), QJsonObject{{QStringLiteral("text"), truncated(summary.rule, 2048)}}},
    };
    return {
        {QStringLiteral("embeds"), QJsonArray{embed}},
        // Nothing in an alert may ping anyone: no @everyone, no roles, no users.
        {QStringLiteral("allowed_mentions"), QJsonObject{{QStringLiteral("parse"), QJsonArray{}}}},
    };
}

QString pagerDutyDedupKey(const DriftEvent &event)
{
    QStringList attributes;
    for (const AttributeChange &change : event.changes)
        attributes.append(change.attribute);
    std::sort(attributes.begin(), attributes.end());
    attributes.removeDuplicates();
    const QString identity = QStringList{providerName(event.provider), event.account, event.resourceType,
                                         event.resourceId, attributes.join(QLatin1Char(','))}
                                 .join(QLatin1Char('\n'));
    // Hashed so that the key stays short and carries no resource name into PagerDuty's URLs.
    return QStringLiteral("tfdrift-")
        + QString::fromLatin1(
               QCryptographicHash::hash(identity.toUtf8(), QCryptographicHash::Sha256).toHex().left(40));
}

QJsonObject pagerDutyPayload(const DriftEvent &event, const QString &routingKey, bool isTest)
{
    const DriftSummary summary = DriftSummary::of(event, isTest);
    QJsonArray changes;
    for (const AttributeChange &change : event.changes)
        changes.append(QJsonObject{{QStringLiteral("attribute"), change.attribute},
                                   {QStringLiteral("old"), changeValueText(change.oldValue)},
                                   {QStringLiteral("new"), changeValueText(change.newValue)}});
    const QJsonObject details{
        {QStringLiteral("resource_type"), event.resourceType},
        {QStringLiteral("resource_id"), event.resourceId},
        {QStringLiteral("terraform_address"), event.terraformAddress},
        {QStringLiteral("change_type"), summary.change},
        {QStringLiteral("account"), event.account},
        {QStringLiteral("region"), event.region},
        {QStringLiteral("environment"), event.environment},
        {QStringLiteral("user"), event.caller.user},
        {QStringLiteral("identity_type"), event.caller.identityType},
        {QStringLiteral("source_ip"), event.caller.sourceIp},
        {QStringLiteral("api_call"), summary.apiCall},
        {QStringLiteral("falco_rule"), summary.rule},
        {QStringLiteral("changes"), changes},
        {QStringLiteral("test"), isTest},
    };
    return {
        {QStringLiteral("routing_key"), routingKey},
        {QStringLiteral("event_action"), QStringLiteral("trigger")},
        {QStringLiteral("dedup_key"), pagerDutyDedupKey(event)},
        {QStringLiteral("payload"),
         QJsonObject{{QStringLiteral("summary"), truncated(summary.title, kPagerDutySummaryLimit)},
                     {QStringLiteral("source"),
                      event.terraformAddress.isEmpty() ? event.resourceId : event.terraformAddress},
                     {QStringLiteral("severity"), pagerDutySeverity(event.severity)},
                     {QStringLiteral("timestamp"), formatRfc3339Nanos(event.eventTimeNs)},
                     {QStringLiteral("component"), event.resourceType},
                     {QStringLiteral("group"), event.account},
                     {QStringLiteral("class"), summary.change},
                     {QStringLiteral("custom_details"), details}}},
    };
}

} // namespace tfdrift::notify
