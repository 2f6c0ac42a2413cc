// `notifications:` of config.yaml as delivery sees it: TFDrift-Falco's channel keys, our delivery keys,
// where each secret comes from, and messages that point at the mistake without ever showing a secret.
#include "core/config/AppConfig.h"

#include "support/ConfigDiagnosticText.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tfdrift;
using tfdrift::test::describe;
using tfdrift::test::findDiagnostic;

namespace {
// "severity line:column" of the diagnostic whose message contains text, or a note that there is none.
QString positionOf(const AppConfigResult &result, const QString &text)
{
    const ConfigDiagnostic *diagnostic = findDiagnostic(result, text);
    if (!diagnostic)
        return QStringLiteral("no diagnostic about \"%1\" in:\n%2").arg(text, describe(result.diagnostics));
    return QStringLiteral("%1 %2:%3")
        .arg(diagnostic->severity == ConfigDiagnostic::Severity::Error ? QStringLiteral("error")
                                                                       : QStringLiteral("warning"))
        .arg(diagnostic->line)
        .arg(diagnostic->column);
}

// Writes text as config.yaml in dir and loads it, so that relative paths resolve against dir.
AppConfigResult loadFromDir(const QTemporaryDir &dir, const QByteArray &text)
{
    QFile file(dir.filePath(QStringLiteral("config.yaml")));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(text);
    file.close();
    return loadAppConfigFile(file.fileName());
}

AppConfigResult parse(const QByteArray &text)
{
    return parseAppConfig(text, QStringLiteral("config.yaml"));
}

const ChannelConfig *channelNamed(const AppConfigResult &result, const QString &name)
{
    for (const ChannelConfig &channel : result.config.notifications.channels) {
        if (channel.name() == name)
            return &channel;
    }
    return nullptr;
}

QString allMessages(const AppConfigResult &result)
{
    return describe(result.diagnostics);
}

using Source = SecretReference::Source;
} // namespace

class TestNotificationsConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyChannelKeyOfTheBrief()
    {
        qputenv("TFDRIFT_TEST_SLACK_URL", "https://hooks.example.invalid/services/T0/B0/slack-secret");
        qputenv("TFDRIFT_TEST_DISCORD_URL", "https://discord.example.invalid/api/webhooks/1/discord-secret");
        qputenv("TFDRIFT_TEST_HOOK_URL", "https://hooks.example.com/drift");
        qputenv("TFDRIFT_TEST_HOOK_TOKEN", "hook-token");
        qputenv("TFDRIFT_TEST_CUSTOM_URL", "https://api.example.com/notifications");
        qputenv("TFDRIFT_TEST_CUSTOM_KEY", "custom-key");
        qputenv("TFDRIFT_TEST_PD_KEY", "pd-routing-key");
        qputenv("TFDRIFT_TEST_TEAMS_URL", "https://teams.example.invalid/teams-secret");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // '#drift' in single quotes: moc 6.4 misreads a raw string holding a double-quoted "#" or "//".
        const AppConfigResult result = loadFromDir(dir, R"(notifications:
  slack:
    enabled: true
    webhook_url: ${TFDRIFT_TEST_SLACK_URL}
    channel: '#drift'
  discord:
    enabled: true
    webhook_url: ${TFDRIFT_TEST_DISCORD_URL}
  webhook:
    enabled: true
    url: ${TFDRIFT_TEST_HOOK_URL}
    method: put
    headers:
      Authorization: "Bearer ${TFDRIFT_TEST_HOOK_TOKEN}"
      X-Team: platform
  custom:
    enabled: true
    api_endpoint: ${TFDRIFT_TEST_CUSTOM_URL}
    api_key: "${TFDRIFT_TEST_CUSTOM_KEY}"
    timeout: "30s"
  pagerduty:
    enabled: true
    routing_key: ${TFDRIFT_TEST_PD_KEY}
    region: eu
    events_url: http://127.0.0.1:9/enqueue
  teams:
    enabled: true
    webhook_url: ${TFDRIFT_TEST_TEAMS_URL}
  falco_output:
    enabled: true
    path: out/drift.jsonl
    priority: Error
)");
        QVERIFY2(result.diagnostics.isEmpty(), qPrintable(allMessages(result)));
        const QList<ChannelConfig> &channels = result.config.notifications.channels;
        // In the order written, each under the name of its key.
        QStringList names;
        for (const ChannelConfig &channel : channels)
            names << channel.name();
        QCOMPARE(names,
                 QStringList({QStringLiteral("slack"), QStringLiteral("discord"), QStringLiteral("webhook"),
                              QStringLiteral("custom"), QStringLiteral("pagerduty"), QStringLiteral("teams"),
                              QStringLiteral("falco_output")}));
        for (const ChannelConfig &channel : channels)
            QVERIFY2(channel.enabled, qPrintable(channel.name()));

        const ChannelConfig &slack = channels[0];
        QCOMPARE(slack.kind, ChannelKind::Slack);
        QCOMPARE(slack.url.source, Source::Environment);
        QCOMPARE(slack.url.value,
                 QStringLiteral("https://hooks.example.invalid/services/T0/B0/slack-secret"));
        QCOMPARE(slack.url.key, QStringLiteral("notifications.slack.webhook_url"));
        QCOMPARE(slack.slackChannel, QStringLiteral("#drift"));
        QVERIFY2(slack.origin.endsWith(QStringLiteral("config.yaml:3:5")), qPrintable(slack.origin));

        QCOMPARE(channels[1].url.value,
                 QStringLiteral("https://discord.example.invalid/api/webhooks/1/discord-secret"));

        const ChannelConfig &webhook = channels[2];
        QCOMPARE(webhook.url.value, QStringLiteral("https://hooks.example.com/drift"));
        QCOMPARE(webhook.method, QStringLiteral("PUT"));
        QCOMPARE(webhook.headers.size(), 2);
        QCOMPARE(webhook.headers[0].name, QStringLiteral("Authorization"));
        QCOMPARE(webhook.headers[0].value.source, Source::Environment);
        QCOMPARE(webhook.headers[0].value.value, QStringLiteral("Bearer hook-token"));
        QCOMPARE(webhook.headers[0].value.key, QStringLiteral("notifications.webhook.headers.Authorization"));
        QCOMPARE(webhook.headers[1].name, QStringLiteral("X-Team"));
        QCOMPARE(webhook.headers[1].value.source, Source::Plain);
        QCOMPARE(webhook.headers[1].value.value, QStringLiteral("platform"));

        const ChannelConfig &custom = channels[3];
        QCOMPARE(custom.url.value, QStringLiteral("https://api.example.com/notifications"));
        QCOMPARE(custom.url.key, QStringLiteral("notifications.custom.api_endpoint"));
        QCOMPARE(custom.apiKey.value, QStringLiteral("custom-key"));
        QCOMPARE(custom.apiKey.key, QStringLiteral("notifications.custom.api_key"));
        QCOMPARE(custom.delivery.timeoutMs, 30'000);

        const ChannelConfig &pagerDuty = channels[4];
        QCOMPARE(pagerDuty.routingKey.source, Source::Environment);
        QCOMPARE(pagerDuty.routingKey.value, QStringLiteral("pd-routing-key"));
        QCOMPARE(pagerDuty.pagerDutyRegion, QStringLiteral("eu"));
        QCOMPARE(pagerDuty.eventsUrl, QStringLiteral("http://127.0.0.1:9/enqueue"));

        QCOMPARE(channels[5].url.value, QStringLiteral("https://teams.example.invalid/teams-secret"));

        const ChannelConfig &falcoOutput = channels[6];
        QCOMPARE(falcoOutput.outputPath, dir.filePath(QStringLiteral("out/drift.jsonl")));
        QCOMPARE(falcoOutput.outputPriority, FalcoPriority::Error);
    }

    void filtersPerChannel()
    {
        const AppConfigResult result = parse(R"(notifications:
  falco_output:
    enabled: true
    min_severity: high
    resource_types: ["aws_iam_*", "aws_security_group*"]
    environments: [production, staging]
  webhook:
    enabled: false
    url: https://hooks.example.com/x
)");
        QVERIFY2(result.ok(), qPrintable(allMessages(result)));
        const ChannelConfig *falco = channelNamed(result, QStringLiteral("falco_output"));
        QVERIFY(falco);
        QCOMPARE(falco->filter.minSeverity, Severity::High);
        QCOMPARE(falco->filter.resourceTypes,
                 QStringList({QStringLiteral("aws_iam_*"), QStringLiteral("aws_security_group*")}));
        QCOMPARE(falco->filter.environments,
                 QStringList({QStringLiteral("production"), QStringLiteral("staging")}));
        // Without filter keys a channel receives every drift.
        const ChannelConfig *webhook = channelNamed(result, QStringLiteral("webhook"));
        QVERIFY(webhook);
        QCOMPARE(webhook->filter.minSeverity, Severity::Low);
        QVERIFY(webhook->filter.resourceTypes.isEmpty());
        QVERIFY(webhook->filter.environments.isEmpty());
    }

    void deliveryDefaults()
    {
        const AppConfigResult result = parse(R"(notifications:
  slack: {webhook_url: "keychain:slack"}
  discord: {enabled: true, webhook_url: "keychain:discord"}
  pagerduty: {enabled: true, routing_key: "keychain:pd"}
  falco_output:
)");
        QVERIFY2(result.diagnostics.isEmpty(), qPrintable(allMessages(result)));
        QCOMPARE(result.config.notifications.channels.size(), 4);
        const ChannelConfig *slack = channelNamed(result, QStringLiteral("slack"));
        QVERIFY(slack);
        // TFDrift-Falco: a channel without `enabled: true` is off.
        QVERIFY(!slack->enabled);
        // Slack takes about one message a second, Discord a little more.
        QCOMPARE(slack->delivery.minIntervalMs, 1000);
        QCOMPARE(channelNamed(result, QStringLiteral("discord"))->delivery.minIntervalMs, 500);
        const ChannelConfig *pagerDuty = channelNamed(result, QStringLiteral("pagerduty"));
        QCOMPARE(pagerDuty->delivery.minIntervalMs, 0);
        QCOMPARE(pagerDuty->delivery.timeoutMs, 10'000);
        QCOMPARE(pagerDuty->delivery.maxAttempts, 10);
        QCOMPARE(pagerDuty->delivery.initialBackoffMs, 1'000);
        QCOMPARE(pagerDuty->delivery.maxBackoffMs, 300'000);
        QVERIFY(pagerDuty->delivery.caFile.isEmpty());
        QCOMPARE(pagerDuty->pagerDutyRegion, QStringLiteral("us"));
        QVERIFY(pagerDuty->eventsUrl.isEmpty());
        // An empty falco_output writes Warning alerts to stdout.
        const ChannelConfig *falco = channelNamed(result, QStringLiteral("falco_output"));
        QVERIFY(falco);
        QVERIFY(!falco->enabled);
        QVERIFY(falco->outputPath.isEmpty());
        QCOMPARE(falco->outputPriority, FalcoPriority::Warning);
        QVERIFY(result.config.notifications.outboxPath.isEmpty());
    }

    void deliveryKeysOnEveryChannel()
    {
        qputenv("TFDRIFT_TEST_ATTEMPTS", "7");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("certs")));
        QFile ca(dir.filePath(QStringLiteral("certs/internal-ca.pem")));
        QVERIFY(ca.open(QIODevice::WriteOnly));
        ca.close();
        const AppConfigResult result = loadFromDir(dir, R"(notifications:
  slack:
    enabled: true
    webhook_url: "keychain:slack"
    timeout: 5s
    max_attempts: 3
    retry_backoff: 2s
    retry_backoff_max: 1m
    min_interval: 0s
    ca_file: certs/internal-ca.pem
  falco_output:
    enabled: true
    max_attempts: ${TFDRIFT_TEST_ATTEMPTS}
    retry_backoff: 10m
)");
        QVERIFY2(result.diagnostics.isEmpty(), qPrintable(allMessages(result)));
        const DeliveryPolicy &slack = channelNamed(result, QStringLiteral("slack"))->delivery;
        QCOMPARE(slack.timeoutMs, 5'000);
        QCOMPARE(slack.maxAttempts, 3);
        QCOMPARE(slack.initialBackoffMs, 2'000);
        QCOMPARE(slack.maxBackoffMs, 60'000);
        QCOMPARE(slack.minIntervalMs, 0); // the rate limit can be turned off
        QCOMPARE(slack.caFile, dir.filePath(QStringLiteral("certs/internal-ca.pem")));
        const DeliveryPolicy &falco = channelNamed(result, QStringLiteral("falco_output"))->delivery;
        QCOMPARE(falco.maxAttempts, 7);
        // A first wait longer than the default cap is not cut down to it.
        QCOMPARE(falco.initialBackoffMs, 600'000);
        QCOMPARE(falco.maxBackoffMs, 600'000);
    }

    void deliveryMistakes()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const AppConfigResult result = loadFromDir(dir, R"(notifications:
  webhook:
    enabled: true
    url: "keychain:hook"
    timeout: 0s
    max_attempts: 0
    retry_backoff: 30s
    retry_backoff_max: 10s
    min_interval: often
    ca_file: certs/missing-ca.pem
)");
        QVERIFY(!result.ok());
        QCOMPARE(positionOf(result, QStringLiteral("\"timeout\" must be longer than 0s")),
                 QStringLiteral("error 5:14"));
        QCOMPARE(positionOf(result, QStringLiteral("\"max_attempts\" must be between 1 and")),
                 QStringLiteral("error 6:19"));
        QCOMPARE(positionOf(result, QStringLiteral("\"retry_backoff_max\" must not be shorter than")),
                 QStringLiteral("error 8:24"));
        QCOMPARE(positionOf(result, QStringLiteral("\"min_interval\" must be a duration")),
                 QStringLiteral("error 9:19"));
        QCOMPARE(positionOf(result, QStringLiteral("missing-ca.pem does not exist")),
                 QStringLiteral("error 10:14"));
        QCOMPARE(result.diagnostics.size(), 5);
    }

    void threeSecretSources()
    {
        qputenv("TFDRIFT_TEST_ROUTING_KEY", "from-the-environment");
        const AppConfigResult result = parse(R"(notifications:
  pagerduty:
    enabled: true
    routing_key: ${TFDRIFT_TEST_ROUTING_KEY}
  custom:
    enabled: true
    api_endpoint: "keychain:tfdrift custom endpoint"
    api_key: plain-api-key
)");
        QVERIFY2(result.ok(), qPrintable(allMessages(result)));
        const SecretReference &environment = channelNamed(result, QStringLiteral("pagerduty"))->routingKey;
        QCOMPARE(environment.source, Source::Environment);
        QCOMPARE(environment.value, QStringLiteral("from-the-environment"));
        QCOMPARE(environment.key, QStringLiteral("notifications.pagerduty.routing_key"));

        const ChannelConfig *custom = channelNamed(result, QStringLiteral("custom"));
        QCOMPARE(custom->url.source, Source::Keychain);
        QCOMPARE(custom->url.keychainName, QStringLiteral("tfdrift custom endpoint"));
        QVERIFY(custom->url.value.isEmpty()); // read from the keychain only when it is needed
        QCOMPARE(custom->apiKey.source, Source::Plain);
        QCOMPARE(custom->apiKey.value, QStringLiteral("plain-api-key"));
    }

    void plainSecretIsAWarningThatNamesTheKeyOnly()
    {
        const AppConfigResult result = parse(R"(notifications:
  slack:
    enabled: true
    webhook_url: https://hooks.example.invalid/services/T0/B0/hunter2
  webhook:
    enabled: true
    url: "keychain:hook"
    headers:
      X-Team: platform
      X-Api-Key: hunter2-header
      X-Auth-Token: hunter2-token
)");
        QVERIFY2(result.ok(), qPrintable(allMessages(result)));
        QCOMPARE(
            positionOf(result,
                       QStringLiteral("\"notifications.slack.webhook_url\" holds a secret in plain text")),
            QStringLiteral("warning 4:18"));
        QCOMPARE(
            positionOf(result, QStringLiteral("\"notifications.webhook.headers.X-Api-Key\" holds a secret")),
            QStringLiteral("warning 10:18"));
        QCOMPARE(positionOf(result,
                            QStringLiteral("\"notifications.webhook.headers.X-Auth-Token\" holds a secret")),
                 QStringLiteral("warning 11:21"));
        // It says how to fix it; an ordinary header is no secret.
        QVERIFY(findDiagnostic(result, QStringLiteral("use ${ENV_VAR} or keychain:NAME")));
        QCOMPARE(result.diagnostics.size(), 3);
        QVERIFY2(!allMessages(result).contains(QStringLiteral("hunter2")), qPrintable(allMessages(result)));
        // The value is still used: plain text is discouraged, not refused.
        QCOMPARE(channelNamed(result, QStringLiteral("slack"))->url.value,
                 QStringLiteral("https://hooks.example.invalid/services/T0/B0/hunter2"));
    }

    void disabledChannelNeedsNoVariable()
    {
        qunsetenv("TFDRIFT_TEST_UNSET_DISCORD");
        qunsetenv("TFDRIFT_TEST_UNSET_TIMEOUT");
        const AppConfigResult result = parse(R"(notifications:
  discord:
    enabled: false
    webhook_url: ${TFDRIFT_TEST_UNSET_DISCORD}
    timeout: ${TFDRIFT_TEST_UNSET_TIMEOUT}
)");
        QVERIFY2(result.diagnostics.isEmpty(), qPrintable(allMessages(result)));
        const ChannelConfig *discord = channelNamed(result, QStringLiteral("discord"));
        QVERIFY(discord);
        QVERIFY(!discord->enabled);
        QCOMPARE(discord->url.source, Source::Environment);
        QVERIFY(discord->url.value.isEmpty());
    }

    void enabledChannelNeedsItsVariable()
    {
        qunsetenv("TFDRIFT_TEST_UNSET_DISCORD");
        const AppConfigResult result = parse(R"(notifications:
  discord:
    enabled: true
    webhook_url: ${TFDRIFT_TEST_UNSET_DISCORD}
)");
        QVERIFY(!result.ok());
        QCOMPARE(positionOf(result, QStringLiteral("TFDRIFT_TEST_UNSET_DISCORD is not set")),
                 QStringLiteral("error 4:18"));
        QCOMPARE(result.diagnostics.size(), 1);
    }

    void enabledChannelWithoutItsSecret_data()
    {
        QTest::addColumn<QByteArray>("channel");
        QTest::addColumn<QString>("message");
        QTest::newRow("slack") << QByteArray("slack:\n    enabled: true\n    channel: \"#drift\"\n")
                               << QStringLiteral("notifications.slack is enabled but has no \"webhook_url\"");
        QTest::newRow("discord") << QByteArray("discord:\n    enabled: true\n")
                                 << QStringLiteral(
                                        "notifications.discord is enabled but has no \"webhook_url\"");
        QTest::newRow("teams") << QByteArray("teams:\n    enabled: true\n")
                               << QStringLiteral("notifications.teams is enabled but has no \"webhook_url\"");
        QTest::newRow("webhook") << QByteArray("webhook:\n    enabled: true\n")
                                 << QStringLiteral("notifications.webhook is enabled but has no \"url\"");
        QTest::newRow("custom") << QByteArray("custom:\n    enabled: true\n    api_key: \"keychain:k\"\n")
                                << QStringLiteral(
                                       "notifications.custom is enabled but has no \"api_endpoint\"");
        QTest::newRow("pagerduty") << QByteArray("pagerduty:\n    enabled: true\n")
                                   << QStringLiteral(
                                          "notifications.pagerduty is enabled but has no \"routing_key\"");
    }

    void enabledChannelWithoutItsSecret()
    {
        QFETCH(QByteArray, channel);
        QFETCH(QString, message);
        const AppConfigResult result = parse("notifications:\n  " + channel);
        QVERIFY(!result.ok());
        // At the channel's key, where the missing key belongs.
        QCOMPARE(positionOf(result, message), QStringLiteral("error 2:3"));
        QCOMPARE(result.diagnostics.size(), 1);
    }

    void emptySecretOfAnEnabledChannel()
    {
        const AppConfigResult result = parse(R"(notifications:
  slack:
    enabled: true
    webhook_url:
  discord:
    enabled: false
    webhook_url:
)");
        QCOMPARE(
            positionOf(result, QStringLiteral("notifications.slack is enabled but has no \"webhook_url\"")),
            QStringLiteral("error 4:5"));
        QCOMPARE(result.diagnostics.size(), 1);
    }

    void badUrlNamesTheKeyNotTheValue()
    {
        qputenv("TFDRIFT_TEST_NOT_A_URL", "hunter2-not-a-url");
        const AppConfigResult result = parse(R"(notifications:
  slack:
    enabled: true
    webhook_url: ${TFDRIFT_TEST_NOT_A_URL}
  webhook:
    enabled: false
    url: ftp://hunter2.example.com/drop
  custom:
    enabled: true
    api_endpoint: "keychain:endpoint"
  pagerduty:
    enabled: true
    routing_key: "keychain:pd"
    events_url: https:///hunter2
)");
        QVERIFY(!result.ok());
        QCOMPARE(
            positionOf(result,
                       QStringLiteral("\"notifications.slack.webhook_url\" must be an http or https URL")),
            QStringLiteral("error 4:18"));
        // A plain URL is checked even on a channel that is off: it needs nothing from the machine.
        QCOMPARE(
            positionOf(result, QStringLiteral("\"notifications.webhook.url\" must be an http or https URL")),
            QStringLiteral("error 7:10"));
        QCOMPARE(
            positionOf(result,
                       QStringLiteral("\"notifications.pagerduty.events_url\" must be an http or https URL")),
            QStringLiteral("error 14:17"));
        QVERIFY2(!allMessages(result).contains(QStringLiteral("hunter2")), qPrintable(allMessages(result)));
    }

    void keychainNeedsAName()
    {
        const AppConfigResult result = parse(R"(notifications:
  teams:
    enabled: true
    webhook_url: "keychain:"
)");
        QCOMPARE(
            positionOf(result,
                       QStringLiteral("\"notifications.teams.webhook_url\" needs the name of a keychain")),
            QStringLiteral("error 4:18"));
        QCOMPARE(result.diagnostics.size(), 1);
    }

    void outboxIsRelativeToTheConfigFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // Its folder is created on first use, so it need not exist yet.
        const AppConfigResult result = loadFromDir(dir, R"(notifications:
  outbox: state/outbox.sqlite
)");
        QVERIFY2(result.diagnostics.isEmpty(), qPrintable(allMessages(result)));
        QCOMPARE(result.config.notifications.outboxPath, dir.filePath(QStringLiteral("state/outbox.sqlite")));
        QVERIFY(result.config.notifications.channels.isEmpty());

        const AppConfigResult folder = loadFromDir(dir, "notifications:\n  outbox: .\n");
        QCOMPARE(positionOf(folder, QStringLiteral("\"outbox\" must name a file")),
                 QStringLiteral("error 2:11"));
    }
};

QTEST_GUILESS_MAIN(TestNotificationsConfig)
#include "test_notifications_config.moc"
