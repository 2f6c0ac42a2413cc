#pragma once

#include "core/drift/Severity.h"
#include "core/falco/FalcoPriority.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace tfdrift {

enum class ChannelKind { Slack, Discord, Teams, PagerDuty, Webhook, Custom, FalcoOutput };

// The channel's key under `notifications:` ("slack", "pagerduty", "falco_output", ...).
QString channelKindName(ChannelKind kind);

// A secret as config.yaml gives it. A keychain secret is only read when it is needed, and no
// secret is ever written back, logged or shown: messages name `key`, never the value.
struct SecretReference {
    enum class Source {
        None,        // not set
        Plain,       // written in the file (accepted, with a warning naming the key)
        Environment, // ${VAR}: `value` holds the expanded text
        Keychain,    // keychain:NAME: `keychainName` names the entry in the OS secret store
    };
    Source source = Source::None;
    QString value;        // Plain and Environment
    QString keychainName; // Keychain
    QString key;          // "notifications.slack.webhook_url"

    bool isSet() const { return source != Source::None; }
};

struct NotificationHeader {
    QString name;
    SecretReference value; // header values are often credentials (Authorization)
};

// Which drift events a channel receives. Excluded events never reach any channel.
struct ChannelFilter {
    Severity minSeverity = Severity::Low;
    QStringList resourceTypes; // globs such as "aws_iam_*"; empty: every type
    QStringList environments;  // production, staging, development; empty: every environment
};

// How hard a channel tries. The defaults suit a real service; tests shorten them.
struct DeliveryPolicy {
    qint64 timeoutMs = 10'000;       // one request; custom's `timeout` is TFDrift-Falco's key
    int maxAttempts = 10;            // then the notification is dead-lettered
    qint64 initialBackoffMs = 1'000; // doubled after each failure, with jitter
    qint64 maxBackoffMs = 300'000;   // the doubling stops here
    qint64 minIntervalMs = 0;        // rate limit: Slack 1s, Discord 500ms by default
    QString caFile;                  // extra trusted CAs (PEM); verification is never off
};

struct ChannelConfig {
    ChannelKind kind = ChannelKind::Webhook;
    bool enabled = false;
    ChannelFilter filter;
    DeliveryPolicy delivery;
    QString origin; // "config.yaml:12:3", where the channel is written

    // slack/discord/teams `webhook_url`, webhook `url`, custom `api_endpoint`.
    SecretReference url;
    QString slackChannel;                           // slack `channel` override, e.g. "#drift"
    QString method = QStringLiteral("POST");        // webhook: POST or PUT
    QList<NotificationHeader> headers;              // webhook
    SecretReference apiKey;                         // custom: sent as "Authorization: Bearer <key>"
    SecretReference routingKey;                     // pagerduty
    QString pagerDutyRegion = QStringLiteral("us"); // us or eu
    QString eventsUrl;  // pagerduty: overrides the region's endpoint (proxies, tests)
    QString outputPath; // falco_output: file to append to; empty: stdout
    FalcoPriority outputPriority = FalcoPriority::Warning; // falco_output `priority`

    QString name() const { return channelKindName(kind); }
};

struct NotificationsConfig {
    QList<ChannelConfig> channels; // every channel written in the file, enabled or not, in file order
    QString outboxPath;            // `notifications.outbox`; empty: the per-user data folder
};

} // namespace tfdrift
