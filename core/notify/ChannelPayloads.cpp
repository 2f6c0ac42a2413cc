#include "core/notify/ChannelPayloads.h"

#include "core/drift/DriftEventJson.h"
#include "core/falco/Rfc3339.h"
#include "core/notify/DriftSummary.h"
#include "core/notify/TextEscaping.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSysInfo>

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
// Teams documents no per-field limit, only about 28 KB per message: these keep a card well inside it
// even when every character needs a backslash.
constexpr qsizetype kTeamsTitleLimit = 200;
constexpr qsizetype kTeamsFactLimit = 500;
constexpr qsizetype kTeamsChangeLineLimit = 300;
constexpr qsizetype kTeamsChangeLines = 20;

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

QString teamsColor(Severity severity)
{
    switch (severity) {
    case Severity::Critical:
    case Severity::High: return QStringLiteral("attention");
    case Severity::Medium: return QStringLiteral("warning");
    case Severity::Low: return QStringLiteral("default");
    }
    return QStringLiteral("default");
}

QJsonObject teamsTextBlock(const QString &text)
{
    return {{QStringLiteral("type"), QStringLiteral("TextBlock")},
            {QStringLiteral("text"), text},
            {QStringLiteral("wrap"), true}};
}

QJsonObject teamsFact(const QString &title, const QString &value)
{
    return {
        {QStringLiteral("title"), title},
        {QStringLiteral("value"),
         value.isEmpty() ? QStringLiteral("\u2014") : escapeTeamsText(truncated(value, kTeamsFactLimit))}};
}

QJsonValue orNull(const QJsonValue &value)
{
    return value.isUndefined() ? QJsonValue(QJsonValue::Null) : value;
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

// [{attribute, old, new}] with the values as JSON, null when the call did not say.
QJsonArray changesAsJson(const DriftEvent &event)
{
    QJsonArray changes;
    for (const AttributeChange &change : event.changes)
        changes.append(QJsonObject{{QStringLiteral("attribute"), change.attribute},
                                   {QStringLiteral("old"), orNull(change.oldValue)},
                                   {QStringLiteral("new"), orNull(change.newValue)}});
    return changes;
}

// Falco's own placeholder for a field without a value.
QString orNotAvailable(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("<NA>") : text;
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

QJsonObject teamsPayload(const DriftEvent &event, bool isTest)
{
    const DriftSummary summary = DriftSummary::of(event, isTest);
    QJsonObject title = teamsTextBlock(escapeTeamsText(truncated(summary.title, kTeamsTitleLimit)));
    title.insert(QStringLiteral("weight"), QStringLiteral("bolder"));
    title.insert(QStringLiteral("size"), QStringLiteral("medium"));
    title.insert(QStringLiteral("color"), teamsColor(event.severity));
    QJsonArray body{title};
    if (isTest) {
        QJsonObject marker = teamsTextBlock(Text::tr("Test notification sent from TFDrift Console."));
        marker.insert(QStringLiteral("color"), QStringLiteral("accent"));
        marker.insert(QStringLiteral("spacing"), QStringLiteral("none"));
        body.append(marker);
    }

    QJsonArray facts{
        teamsFact(Text::tr("Resource"), summary.resource), teamsFact(Text::tr("Change"), summary.change),
        teamsFact(Text::tr("Severity"), summary.severity), teamsFact(Text::tr("User"), summary.user),
        teamsFact(Text::tr("Account / region"), summary.where)};
    if (!summary.environment.isEmpty())
        facts.append(teamsFact(Text::tr("Environment"), summary.environment));
    facts.append(teamsFact(Text::tr("API call"), summary.apiCall));
    facts.append(teamsFact(Text::tr("Falco rule"), summary.rule));
    body.append(
        QJsonObject{{QStringLiteral("type"), QStringLiteral("FactSet")}, {QStringLiteral("facts"), facts}});

    if (!summary.changes.isEmpty()) {
        QJsonObject heading = teamsTextBlock(Text::tr("Changes"));
        heading.insert(QStringLiteral("weight"), QStringLiteral("bolder"));
        heading.insert(QStringLiteral("spacing"), QStringLiteral("medium"));
        body.append(heading);
        const qsizetype shown = std::min<qsizetype>(summary.changes.size(), kTeamsChangeLines);
        for (qsizetype index = 0; index < shown; ++index) {
            QJsonObject line = teamsTextBlock(
                escapeTeamsText(truncated(summary.changes.at(index), kTeamsChangeLineLimit)));
            line.insert(QStringLiteral("fontType"), QStringLiteral("monospace"));
            line.insert(QStringLiteral("spacing"), QStringLiteral("none"));
            body.append(line);
        }
        if (summary.changes.size() > shown) {
            QJsonObject more = teamsTextBlock(
                QChar(0x2026) + QLatin1Char(' ')
                + Text::tr("and %n more change(s)", nullptr, int(summary.changes.size() - shown)));
            more.insert(QStringLiteral("isSubtle"), true);
            body.append(more);
        }
    }

    // No msteams.entities: without them no <at> text can mention anyone, and none is ever added.
    const QJsonObject card{
        {QStringLiteral("$schema"), QStringLiteral("http://adaptivecards.io/schemas/adaptive-card.json")},
        {QStringLiteral("type"), QStringLiteral("AdaptiveCard")},
        {QStringLiteral("version"), QStringLiteral("1.4")},
        {QStringLiteral("body"), body},
        {QStringLiteral("msteams"), QJsonObject{{QStringLiteral("width"), QStringLiteral("Full")}}},
    };
    return {
        {QStringLiteral("type"), QStringLiteral("message")},
        {QStringLiteral("attachments"),
         QJsonArray{QJsonObject{
             {QStringLiteral("contentType"), QStringLiteral("application/vnd.microsoft.card.adaptive")},
             {QStringLiteral("contentUrl"), QJsonValue(QJsonValue::Null)},
             {QStringLiteral("content"), card}}}},
    };
}

QJsonObject webhookPayload(const DriftEvent &event, bool isTest)
{
    QJsonObject payload = driftEventToJson(event);
    if (isTest)
        payload.insert(QStringLiteral("test"), true);
    return payload;
}

QJsonObject customApiPayload(const DriftEvent &event, bool isTest)
{
    const qint64 detectedAtNs = event.detectedAtMs != 0 ? event.detectedAtMs * 1'000'000 : event.eventTimeNs;
    // Go's time.RFC3339, as TFDrift-Falco formats it: whole seconds, "Z" for UTC.
    const QString timestamp = formatRfc3339Nanos(detectedAtNs).left(19) + QLatin1Char('Z');
    QJsonObject details{
        {QStringLiteral("account"), event.account},
        {QStringLiteral("provider"), providerName(event.provider)},
        {QStringLiteral("terraform_address"), event.terraformAddress},
        {QStringLiteral("event_name"), event.eventName},
        {QStringLiteral("event_source"), event.eventSource},
        {QStringLiteral("environment"), event.environment},
        {QStringLiteral("falco_rule"), event.alert.rule},
        {QStringLiteral("changes"), changesAsJson(event)},
    };
    if (isTest)
        details.insert(QStringLiteral("test"), true);
    return {
        {QStringLiteral("event_type"), QStringLiteral("terraform_drift")},
        {QStringLiteral("resource_type"), event.resourceType},
        {QStringLiteral("resource_id"), event.resourceId},
        {QStringLiteral("change_type"), changeKindName(event.kind)},
        {QStringLiteral("severity"), severityName(event.severity)},
        {QStringLiteral("user"), event.caller.user},
        {QStringLiteral("region"), event.region},
        {QStringLiteral("timestamp"), timestamp},
        {QStringLiteral("details"), details},
    };
}

QByteArray falcoOutputLine(const DriftEvent &event, FalcoPriority priority, bool isTest)
{
    // A wire format read by Falco tooling and log pipelines, so it stays untranslated, as Falco's is.
    const qint64 timeNs = event.eventTimeNs != 0 ? event.eventTimeNs : event.detectedAtMs * 1'000'000;
    const QString time = formatRfc3339Nanos(timeNs);
    QStringList attributes;
    for (const AttributeChange &change : event.changes)
        attributes.append(change.attribute);
    const QString resource = event.terraformAddress.isEmpty()
        ? event.resourceType + QLatin1Char(' ') + event.resourceId
        : event.terraformAddress;
    // Falco starts its output with the time as "...000000000+0000: Priority".
    QString output = time.left(time.size() - 1) + QStringLiteral("+0000: ") + priorityName(priority)
        + QLatin1Char(' ') + (isTest ? QStringLiteral("[TEST] ") : QString())
        + QStringLiteral("Terraform drift detected (resource=%1 change=%2 user=%3 account=%4 region=%5 "
                         "changes=%6)")
              .arg(orNotAvailable(resource), changeKindName(event.kind), orNotAvailable(event.caller.user),
                   orNotAvailable(event.account), orNotAvailable(event.region),
                   orNotAvailable(attributes.join(QLatin1Char(','))));

    // TFDrift-Falco's own names where it has one (its notifier's falco_output: resource.type,
    // resource.id, user.name, severity, drift.attribute/old_value/new_value for its one-attribute
    // alerts), and the tfdrift.* namespace of its telemetry for the rest.
    QJsonObject fields{
        {QStringLiteral("resource.type"), textOrNull(event.resourceType)},
        {QStringLiteral("resource.id"), textOrNull(event.resourceId)},
        {QStringLiteral("user.name"), textOrNull(event.caller.user)},
        {QStringLiteral("severity"), severityName(event.severity)},
        {QStringLiteral("tfdrift.terraform_address"), textOrNull(event.terraformAddress)},
        {QStringLiteral("tfdrift.change_type"), changeKindName(event.kind)},
        {QStringLiteral("tfdrift.provider"), providerName(event.provider)},
        {QStringLiteral("tfdrift.account"), textOrNull(event.account)},
        {QStringLiteral("tfdrift.region"), textOrNull(event.region)},
        {QStringLiteral("tfdrift.event_name"), textOrNull(event.eventName)},
        {QStringLiteral("tfdrift.event_source"), textOrNull(event.eventSource)},
        {QStringLiteral("tfdrift.environment"), textOrNull(event.environment)},
        {QStringLiteral("tfdrift.falco_rule"), textOrNull(event.alert.rule)},
        // JSON text in a string field, as the cloudtrail plugin does with ct.request.
        {QStringLiteral("tfdrift.changes"),
         QString::fromUtf8(QJsonDocument(changesAsJson(event)).toJson(QJsonDocument::Compact))},
    };
    if (event.changes.size() == 1) {
        const AttributeChange &change = event.changes.constFirst();
        fields.insert(QStringLiteral("drift.attribute"), change.attribute);
        fields.insert(QStringLiteral("drift.old_value"), orNull(change.oldValue));
        fields.insert(QStringLiteral("drift.new_value"), orNull(change.newValue));
    }
    if (isTest)
        fields.insert(QStringLiteral("tfdrift.test"), true);

    const QJsonObject alert{
        {QStringLiteral("hostname"), QSysInfo::machineHostName()},
        {QStringLiteral("output"), output},
        {QStringLiteral("output_fields"), fields},
        {QStringLiteral("priority"), priorityName(priority)},
        {QStringLiteral("rule"), QStringLiteral("Terraform Drift Detected")},
        {QStringLiteral("source"), QStringLiteral("tfdrift")},
        {QStringLiteral("tags"),
         QJsonArray{QStringLiteral("terraform"), QStringLiteral("drift"), providerName(event.provider)}},
        {QStringLiteral("time"), time},
    };
    QByteArray line = QJsonDocument(alert).toJson(QJsonDocument::Compact);
    line.append('\n');
    return line;
}

} // namespace tfdrift::notify
