// Delivery that loses nothing, checked against loopback servers that play Slack, Discord, Teams,
// PagerDuty and generic endpoints: what arrives on the wire, retries, Retry-After, outages,
// restarts, dead letters, timeouts, a flaky endpoint, hostile event text and masked secrets.
#include "core/notify/NotificationManager.h"
#include "core/notify/Outbox.h"
#include "core/notify/SecretStore.h"

#include "support/EventLoopWait.h"
#include "support/JsonStrings.h"
#include "support/LocalHttpServer.h"
#include "support/TestCertificates.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace tfdrift;
using namespace tfdrift::notify;
using tfdrift::test::allJsonStrings;
using tfdrift::test::LocalHttpServer;
using tfdrift::test::RecordedRequest;
using tfdrift::test::ScriptedReply;
using tfdrift::test::TestCertificates;
using tfdrift::test::waitUntil;

namespace {

const QString kHostileUser = QStringLiteral("<!channel> *bold* <http://evil|click>");

DriftEvent drift(int serial = 0, const QString &user = QStringLiteral("alice"))
{
    DriftEvent event;
    event.detectedAtMs = 1'709'760'175'000;
    event.eventTimeNs = 1'709'760'174'000'000'000 + serial;
    event.account = QStringLiteral("111122223333");
    event.region = QStringLiteral("us-east-1");
    event.eventName = QStringLiteral("AuthorizeSecurityGroupIngress");
    event.eventSource = QStringLiteral("ec2.amazonaws.com");
    event.resourceType = QStringLiteral("aws_security_group");
    event.resourceId = QStringLiteral("sg-%1").arg(serial, 6, 10, QLatin1Char('0'));
    event.terraformAddress = QStringLiteral("aws_security_group.web");
    event.changes = {{QStringLiteral("ingress"), QJsonArray{}, QJsonArray{22}}};
    event.caller.user = user;
    event.caller.identityType = QStringLiteral("IAMUser");
    event.severity = Severity::High;
    event.environment = QStringLiteral("production");
    event.alert.rule = QStringLiteral("Security Group Opened To The World");
    return event;
}

SecretReference plainSecret(const QString &value, const QString &key)
{
    SecretReference secret;
    secret.source = SecretReference::Source::Plain;
    secret.value = value;
    secret.key = key;
    return secret;
}

// A channel that gives up and comes back quickly, so that the tests take seconds.
ChannelConfig channelTo(ChannelKind kind, const QString &url)
{
    ChannelConfig channel;
    channel.kind = kind;
    channel.enabled = true;
    if (kind == ChannelKind::PagerDuty) {
        channel.eventsUrl = url;
        channel.routingKey = plainSecret(QStringLiteral("FAKE-ROUTING-KEY-FOR-TESTS"),
                                         QStringLiteral("notifications.pagerduty.routing_key"));
    } else {
        channel.url = plainSecret(url, QStringLiteral("notifications.%1.url").arg(channelKindName(kind)));
    }
    channel.delivery.timeoutMs = 3'000;
    channel.delivery.maxAttempts = 5;
    channel.delivery.initialBackoffMs = 50;
    channel.delivery.maxBackoffMs = 400;
    channel.delivery.minIntervalMs = 0;
    return channel;
}

// Hands out keychain entries from a map, later, as the OS store does.
class FakeSecretStore : public SecretStore
{
public:
    QHash<QString, QString> entries;

    void read(const QString &name, QObject *context, ReadCallback callback) override
    {
        const auto found = entries.constFind(name);
        const QString value = found != entries.constEnd() ? *found : QString();
        const QString error
            = found != entries.constEnd() ? QString() : QStringLiteral("no entry \"%1\"").arg(name);
        QTimer::singleShot(0, context, [callback, value, error] { callback(value, error); });
    }
};

// One manager over one outbox file, and everything it reported.
class Delivery
{
public:
    explicit Delivery(const QList<ChannelConfig> &channels, const QString &outboxPath = {},
                      SecretStore *store = nullptr)
    {
        config.channels = channels;
        QString error;
        outbox = Outbox::open(
            outboxPath.isEmpty() ? dir.filePath(QStringLiteral("outbox.sqlite")) : outboxPath, &error);
        QVERIFY2(outbox, qPrintable(error));
        manager = std::make_unique<NotificationManager>(config, outbox.get(), store);
        QObject::connect(manager.get(), &NotificationManager::attemptFinished,
                         [this](const DeliveryReport &report) { reports.append(report); });
        QObject::connect(manager.get(), &NotificationManager::channelError,
                         [this](const QString &, const QString &message) { channelErrors.append(message); });
        manager->start();
    }

    bool waitForState(qint64 id, OutboxState state, int timeoutMs)
    {
        return waitUntil(
            [&] {
                const std::optional<OutboxEntry> entry = outbox->entry(id);
                return entry && entry->state == state;
            },
            timeoutMs);
    }

    qint64 onlyEntryId() const
    {
        QList<OutboxEntry> all = outbox->entries(OutboxState::Pending)
            + outbox->entries(OutboxState::Delivered) + outbox->entries(OutboxState::Dead);
        return all.size() == 1 ? all.first().id : -1;
    }

    QTemporaryDir dir;
    NotificationsConfig config;
    std::unique_ptr<Outbox> outbox;
    std::unique_ptr<NotificationManager> manager;
    QList<DeliveryReport> reports;
    QStringList channelErrors;
};

ScriptedReply status(int code, QByteArray body = {}, QList<QPair<QByteArray, QByteArray>> headers = {})
{
    ScriptedReply reply;
    reply.status = code;
    reply.body = std::move(body);
    reply.headers = std::move(headers);
    return reply;
}

} // namespace

class TestNotificationDelivery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void slackRequestOnTheWire();
    void discordRequestOnTheWire();
    void teamsRequestOnTheWire();
    void pagerDutyRequestCarriesTheRoutingKey();
    void webhookUsesMethodHeadersAndIdempotencyKey();
    void customApiSendsBearerTokenAndBriefKeys();
    void falcoOutputAppendsAlertLines();
    void channelFiltersChooseTheEvents();
    void sameEventIsQueuedOncePerChannel();
    void serverErrorThenSuccessIsDeliveredOnRetry();
    void tooManyRequestsWaitsForRetryAfter();
    void discordRetryAfterIsHonoured();
    void refusedConnectionsUntilTheServerIsUp();
    void pendingOutboxIsResentAfterRestart();
    void clientErrorIsDeadLetteredWithoutRetry();
    void slowServerTimesOutThenRetries();
    void repeatedFailuresEndInDeadLetter();
    void thousandEventsThroughAFlakyEndpoint();
    void hostileUserArrivesInertEverywhere();
    void keychainSecretsAreReadAndMissingOnesReported();
    void secretsNeverAppearInErrors();
    void rateLimitSpacesRequests();
    void twoRunsSharingAnOutboxSendEachEntryOnce();
    void tlsTrustsTheChannelsCaBundle();
    void tlsWithAnUntrustedCertificateNeverDelivers();
};

void TestNotificationDelivery::slackRequestOnTheWire()
{
    LocalHttpServer slack;
    QVERIFY(slack.listen());
    slack.setHandler([](const RecordedRequest &, int) { return status(200, "ok"); });
    ChannelConfig channel = channelTo(ChannelKind::Slack, slack.url(QStringLiteral("/services/T0/B0/XYZ")));
    channel.slackChannel = QStringLiteral("#drift");
    Delivery delivery({channel});
    QCOMPARE(delivery.manager->notify(drift()), 1);
    QVERIFY(delivery.waitForState(delivery.onlyEntryId(), OutboxState::Delivered, 10'000));

    const RecordedRequest request = slack.requests().first();
    QCOMPARE(request.request.method, QByteArray("POST"));
    QCOMPARE(request.request.target, QByteArray("/services/T0/B0/XYZ"));
    QCOMPARE(request.request.header("Content-Type"), QByteArray("application/json"));
    const QJsonObject body = request.json();
    QVERIFY(body.value(QLatin1String("text")).toString().contains(QLatin1String("aws_security_group.web")));
    QCOMPARE(body.value(QLatin1String("channel")).toString(), QStringLiteral("#drift"));
    const QJsonArray blocks = body.value(QLatin1String("blocks")).toArray();
    QCOMPARE(blocks.at(0).toObject().value(QLatin1String("type")).toString(), QStringLiteral("header"));
    QCOMPARE(blocks.at(1).toObject().value(QLatin1String("type")).toString(), QStringLiteral("section"));
    QVERIFY(body.value(QLatin1String("attachments"))
                .toArray()
                .at(0)
                .toObject()
                .value(QLatin1String("color"))
                .isString());
    QCOMPARE(delivery.reports.size(), 1);
    QCOMPARE(delivery.reports.first().result.httpStatus, 200);
}

void TestNotificationDelivery::discordRequestOnTheWire()
{
    LocalHttpServer discord;
    QVERIFY(discord.listen());
    discord.setHandler([](const RecordedRequest &, int) { return status(204); });
    Delivery delivery({channelTo(ChannelKind::Discord, discord.url(QStringLiteral("/api/webhooks/1/abc")))});
    delivery.manager->notify(drift());
    QVERIFY(delivery.waitForState(delivery.onlyEntryId(), OutboxState::Delivered, 10'000));
    const QJsonObject body = discord.requests().first().json();
    const QJsonObject embed = body.value(QLatin1String("embeds")).toArray().at(0).toObject();
    QVERIFY(embed.value(QLatin1String("color")).isDouble());
    QVERIFY(!embed.value(QLatin1String("fields")).toArray().isEmpty());
    QCOMPARE(body.value(QLatin1String("allowed_mentions")).toObject().value(QLatin1String("parse")).toArray(),
             QJsonArray());
}

void TestNotificationDelivery::teamsRequestOnTheWire()
{
    LocalHttpServer teams;
    QVERIFY(teams.listen());
    teams.setHandler([](const RecordedRequest &, int) { return status(202, "1"); });
    Delivery delivery({channelTo(ChannelKind::Teams, teams.url(QStringLiteral("/workflows/abc")))});
    delivery.manager->notify(drift());
    QVERIFY(delivery.waitForState(delivery.onlyEntryId(), OutboxState::Delivered, 10'000));
    const QJsonObject body = teams.requests().first().json();
    QCOMPARE(body.value(QLatin1String("type")).toString(), QStringLiteral("message"));
    const QJsonObject attachment = body.value(QLatin1String("attachments")).toArray().at(0).toObject();
    QCOMPARE(attachment.value(QLatin1String("contentType")).toString(),
             QStringLiteral("application/vnd.microsoft.card.adaptive"));
    QCOMPARE(attachment.value(QLatin1String("content")).toObject().value(QLatin1String("type")).toString(),
             QStringLiteral("AdaptiveCard"));
}

void TestNotificationDelivery::pagerDutyRequestCarriesTheRoutingKey()
{
    LocalHttpServer pagerDuty;
    QVERIFY(pagerDuty.listen());
    pagerDuty.setHandler([](const RecordedRequest &, int) {
        return status(202, R"({"status":"success","message":"Event processed","dedup_key":"x"})");
    });
    ChannelConfig channel = channelTo(ChannelKind::PagerDuty, pagerDuty.url(QStringLiteral("/v2/enqueue")));
    Delivery delivery({channel});
    delivery.manager->notify(drift());
    QVERIFY(delivery.waitForState(delivery.onlyEntryId(), OutboxState::Delivered, 10'000));

    const QJsonObject body = pagerDuty.requests().first().json();
    QCOMPARE(body.value(QLatin1String("routing_key")).toString(), channel.routingKey.value);
    QCOMPARE(body.value(QLatin1String("event_action")).toString(), QStringLiteral("trigger"));
    QVERIFY(!body.value(QLatin1String("dedup_key")).toString().isEmpty());
    const QJsonObject payload = body.value(QLatin1String("payload")).toObject();
    QCOMPARE(payload.value(QLatin1String("severity")).toString(), QStringLiteral("error")); // high
    QVERIFY(!payload.value(QLatin1String("summary")).toString().isEmpty());
    QVERIFY(!payload.value(QLatin1String("source")).toString().isEmpty());
    // The key is a secret: the outbox keeps the body without it.
    QVERIFY(!delivery.outbox->entries(OutboxState::Delivered)
                 .first()
                 .body.contains(channel.routingKey.value.toUtf8()));
}

void TestNotificationDelivery::webhookUsesMethodHeadersAndIdempotencyKey()
{
    LocalHttpServer endpoint;
    QVERIFY(endpoint.listen());
    int calls = 0;
    endpoint.setHandler([&calls](const RecordedRequest &, int) { return status(++calls == 1 ? 500 : 200); });
    ChannelConfig channel = channelTo(ChannelKind::Webhook, endpoint.url(QStringLiteral("/hook")));
    channel.method = QStringLiteral("PUT");
    channel.headers
        = {{QStringLiteral("X-Team"), plainSecret(QStringLiteral("platform"), QStringLiteral("h"))}};
    Delivery delivery({channel});
    delivery.manager->notify(drift(7));
    QVERIFY(delivery.waitForState(delivery.onlyEntryId(), OutboxState::Delivered, 10'000));

    const QList<RecordedRequest> requests = endpoint.requests();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests[1].request.method, QByteArray("PUT"));
    QCOMPARE(requests[1].request.header("X-Team"), QByteArray("platform"));
    // A retry is recognisably the same notification.
    QVERIFY(!requests[0].request.header("Idempotency-Key").isEmpty());
    QCOMPARE(requests[1].request.header("Idempotency-Key"), requests[0].request.header("Idempotency-Key"));
    const QJsonObject body = requests[1].json();
    QCOMPARE(body.value(QLatin1String("resource_id")).toString(), QStringLiteral("sg-000007"));
}

void TestNotificationDelivery::customApiSendsBearerTokenAndBriefKeys()
{
    LocalHttpServer api;
    QVERIFY(api.listen());
    ChannelConfig channel = channelTo(ChannelKind::Custom, api.url(QStringLiteral("/notifications")));
    channel.apiKey
        = plainSecret(QStringLiteral("k3y-for-the-api"), QStringLiteral("notifications.custom.api_key"));
    Delivery delivery({channel});
    delivery.manager->notify(drift());
    QVERIFY(delivery.waitForState(delivery.onlyEntryId(), OutboxState::Delivered, 10'000));

    const RecordedRequest request = api.requests().first();
    QCOMPARE(request.request.header("Authorization"), QByteArray("Bearer k3y-for-the-api"));
    const QJsonObject body = request.json();
    QCOMPARE(body.value(QLatin1String("event_type")).toString(), QStringLiteral("terraform_drift"));
    QCOMPARE(body.value(QLatin1String("resource_type")).toString(), QStringLiteral("aws_security_group"));
    QCOMPARE(body.value(QLatin1String("user")).toString(), QStringLiteral("alice"));
    QCOMPARE(body.value(QLatin1String("severity")).toString(), QStringLiteral("high"));
}

void TestNotificationDelivery::falcoOutputAppendsAlertLines()
{
    QTemporaryDir dir;
    ChannelConfig channel;
    channel.kind = ChannelKind::FalcoOutput;
    channel.enabled = true;
    channel.outputPath = dir.filePath(QStringLiteral("drift.jsonl"));
    channel.outputPriority = FalcoPriority::Critical;
    Delivery delivery({channel});
    delivery.manager->notify(drift(1));
    delivery.manager->notify(drift(2));
    QVERIFY(waitUntil([&] { return delivery.outbox->stats().delivered == 2; }, 10'000));

    QFile file(channel.outputPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    for (const QByteArray &line : lines) {
        const QJsonObject alert = QJsonDocument::fromJson(line).object();
        QCOMPARE(alert.value(QLatin1String("priority")).toString(), QStringLiteral("Critical"));
        QVERIFY(!alert.value(QLatin1String("output")).toString().isEmpty());
    }
}

void TestNotificationDelivery::channelFiltersChooseTheEvents()
{
    QTemporaryDir dir;
    ChannelConfig critical;
    critical.kind = ChannelKind::FalcoOutput;
    critical.enabled = true;
    critical.outputPath = dir.filePath(QStringLiteral("a.jsonl"));
    critical.filter.minSeverity = Severity::Critical;
    ChannelConfig iamInStaging = critical;
    iamInStaging.kind = ChannelKind::Webhook;
    iamInStaging.url = plainSecret(QStringLiteral("http://127.0.0.1:9/"), QStringLiteral("u"));
    iamInStaging.filter.minSeverity = Severity::Low;
    iamInStaging.filter.resourceTypes = {QStringLiteral("aws_iam_*")};
    iamInStaging.filter.environments = {QStringLiteral("staging")};
    Delivery delivery({critical, iamInStaging});

    DriftEvent high = drift(1);
    QCOMPARE(delivery.manager->notify(high), 0);
    DriftEvent criticalEvent = drift(2);
    criticalEvent.severity = Severity::Critical;
    QCOMPARE(delivery.manager->notify(criticalEvent), 1);
    DriftEvent iamStaging = drift(3);
    iamStaging.resourceType = QStringLiteral("aws_iam_role");
    iamStaging.environment = QStringLiteral("staging");
    QCOMPARE(delivery.manager->notify(iamStaging), 1);
    iamStaging.environment = QStringLiteral("production");
    iamStaging.resourceId = QStringLiteral("other");
    QCOMPARE(delivery.manager->notify(iamStaging), 0);
    DriftEvent excluded = criticalEvent;
    excluded.resourceId = QStringLiteral("excluded");
    excluded.excluded = true;
    QCOMPARE(delivery.manager->notify(excluded), 0);
}

void TestNotificationDelivery::sameEventIsQueuedOncePerChannel()
{
    LocalHttpServer endpoint;
    QVERIFY(endpoint.listen());
    Delivery delivery({channelTo(ChannelKind::Webhook, endpoint.url())});
    QCOMPARE(delivery.manager->notify(drift(5)), 1);
    QCOMPARE(delivery.manager->notify(drift(5)), 0);
    QVERIFY(waitUntil([&] { return delivery.outbox->stats().delivered == 1; }, 10'000));
    QTest::qWait(200);
    QCOMPARE(endpoint.requestCount(), 1);
    QCOMPARE(delivery.outbox->stats().duplicatesSuppressed, 1);
}

void TestNotificationDelivery::serverErrorThenSuccessIsDeliveredOnRetry()
{
    LocalHttpServer endpoint;
    QVERIFY(endpoint.listen());
    endpoint.setHandler([](const RecordedRequest &, int index) { return status(index == 0 ? 500 : 200); });
    Delivery delivery({channelTo(ChannelKind::Slack, endpoint.url())});
    delivery.manager->notify(drift());
    QVERIFY(delivery.waitForState(delivery.onlyEntryId(), OutboxState::Delivered, 10'000));
    QCOMPARE(endpoint.requestCount(), 2);
    QCOMPARE(delivery.reports.size(), 2);
    QCOMPARE(delivery.reports[0].result.httpStatus, 500);
    QCOMPARE(delivery.reports[0].state, OutboxState::Pending);
    QCOMPARE(delivery.reports[1].state, OutboxState::Delivered);
    QCOMPARE(delivery.outbox->entry(delivery.onlyEntryId())->attempts, 2);
}

void TestNotificationDelivery::tooManyRequestsWaitsForRetryAfter()
{
    LocalHttpServer slack;
    QVERIFY(slack.listen());
    slack.setHandler([](const RecordedRequest &, int index) {
        return index == 0 ? status(429, "rate_limited", {{"Retry-After", "1"}}) : status(200, "ok");
    });
    Delivery delivery({channelTo(ChannelKind::Slack, slack.url())});
    delivery.manager->notify(drift());
    QVERIFY(delivery.waitForState(delivery.onlyEntryId(), OutboxState::Delivered, 10'000));
    const QList<RecordedRequest> requests = slack.requests();
    QCOMPARE(requests.size(), 2);
    // The channel's own backoff would have come back after 50 ms at most.
    QVERIFY2(requests[1].receivedMs - requests[0].receivedMs >= 990,
             qPrintable(QString::number(requests[1].receivedMs - requests[0].receivedMs)));
}

void TestNotificationDelivery::discordRetryAfterIsHonoured()
{
    LocalHttpServer discord;
    QVERIFY(discord.listen());
    discord.setHandler([](const RecordedRequest &, int index) {
        return index == 0
            ? status(429, R"({"message":"You are being rate limited.","retry_after":0.8,"global":false})")
            : status(204);
    });
    Delivery delivery({channelTo(ChannelKind::Discord, discord.url())});
    delivery.manager->notify(drift());
    QVERIFY(delivery.waitForState(delivery.onlyEntryId(), OutboxState::Delivered, 10'000));
    const QList<RecordedRequest> requests = discord.requests();
    QCOMPARE(requests.size(), 2);
    QVERIFY(requests[1].receivedMs - requests[0].receivedMs >= 790);
}

void TestNotificationDelivery::refusedConnectionsUntilTheServerIsUp()
{
    const quint16 port = LocalHttpServer::unusedPort();
    ChannelConfig channel
        = channelTo(ChannelKind::Webhook, QStringLiteral("http://127.0.0.1:%1/hook").arg(port));
    channel.delivery.maxAttempts = 100;
    channel.delivery.initialBackoffMs = 200;
    channel.delivery.maxBackoffMs = 1'000;
    Delivery delivery({channel});
    delivery.manager->notify(drift());
    const qint64 id = delivery.onlyEntryId();

    QTest::qWait(10'000);
    QCOMPARE(delivery.outbox->entry(id)->state, OutboxState::Pending);
    QVERIFY(delivery.reports.size() >= 5);
    QVERIFY(delivery.reports.last().result.httpStatus == 0
            && !delivery.reports.last().result.error.isEmpty());

    LocalHttpServer endpoint;
    QVERIFY(endpoint.listen(port));
    QVERIFY(delivery.waitForState(id, OutboxState::Delivered, 5'000));
    QCOMPARE(endpoint.requestCount(), 1);
}

void TestNotificationDelivery::pendingOutboxIsResentAfterRestart()
{
    QTemporaryDir dir;
    const QString outboxPath = dir.filePath(QStringLiteral("outbox.sqlite"));
    const quint16 port = LocalHttpServer::unusedPort();
    ChannelConfig channel
        = channelTo(ChannelKind::Webhook, QStringLiteral("http://127.0.0.1:%1/hook").arg(port));
    channel.delivery.maxAttempts = 100;
    channel.delivery.initialBackoffMs = 300;
    channel.delivery.maxBackoffMs = 300;
    QByteArray queuedBody;
    qint64 id = 0;
    {
        Delivery first({channel}, outboxPath);
        first.manager->notify(drift(3));
        id = first.onlyEntryId();
        QVERIFY(waitUntil([&] { return !first.reports.isEmpty(); }, 5'000));
        queuedBody = first.outbox->entry(id)->body;
    } // the run ends with the notification pending

    LocalHttpServer endpoint;
    QVERIFY(endpoint.listen(port));
    Delivery second({channel}, outboxPath);
    QVERIFY(second.waitForState(id, OutboxState::Delivered, 5'000));
    QCOMPARE(endpoint.requestCount(), 1);
    QCOMPARE(endpoint.requests().first().request.body, queuedBody);
    QCOMPARE(second.outbox->entry(id)->attempts, 2);
}

void TestNotificationDelivery::clientErrorIsDeadLetteredWithoutRetry()
{
    LocalHttpServer slack;
    QVERIFY(slack.listen());
    slack.setHandler([](const RecordedRequest &, int) { return status(400, "invalid_payload"); });
    Delivery delivery({channelTo(ChannelKind::Slack, slack.url())});
    delivery.manager->notify(drift());
    const qint64 id = delivery.onlyEntryId();
    QVERIFY(delivery.waitForState(id, OutboxState::Dead, 10'000));
    QTest::qWait(500);
    QCOMPARE(slack.requestCount(), 1);
    const OutboxEntry dead = *delivery.outbox->entry(id);
    QCOMPARE(dead.lastStatus, 400);
    QVERIFY2(dead.lastError.contains(QLatin1String("400"))
                 && dead.lastError.contains(QLatin1String("invalid_payload")),
             qPrintable(dead.lastError));

    // Fixed on the service's side: the dead letter is retried on request.
    slack.setHandler([](const RecordedRequest &, int) { return status(200, "ok"); });
    QCOMPARE(delivery.manager->retryDeadLetters(id), 1);
    QVERIFY(delivery.waitForState(id, OutboxState::Delivered, 10'000));
    QCOMPARE(slack.requestCount(), 2);
}

void TestNotificationDelivery::slowServerTimesOutThenRetries()
{
    LocalHttpServer endpoint;
    QVERIFY(endpoint.listen());
    endpoint.setHandler([](const RecordedRequest &, int index) {
        ScriptedReply reply = status(200);
        reply.delayMs = index == 0 ? 3'000 : 0;
        return reply;
    });
    ChannelConfig channel = channelTo(ChannelKind::Webhook, endpoint.url());
    channel.delivery.timeoutMs = 500;
    Delivery delivery({channel});
    delivery.manager->notify(drift());
    QVERIFY(delivery.waitForState(delivery.onlyEntryId(), OutboxState::Delivered, 10'000));
    QCOMPARE(delivery.reports.size(), 2);
    QVERIFY2(delivery.reports[0].result.error.contains(QLatin1String("500 ms")),
             qPrintable(delivery.reports[0].result.error));
    QVERIFY(delivery.reports[0].result.latencyMs >= 450 && delivery.reports[0].result.latencyMs < 2'500);
    // The slow server may have taken the first one too: counted, not hidden.
    QCOMPARE(delivery.outbox->stats().possibleDuplicatesSent, 1);
}

void TestNotificationDelivery::repeatedFailuresEndInDeadLetter()
{
    LocalHttpServer endpoint;
    QVERIFY(endpoint.listen());
    endpoint.setHandler([](const RecordedRequest &, int) { return status(503, "maintenance"); });
    ChannelConfig channel = channelTo(ChannelKind::Webhook, endpoint.url());
    channel.delivery.maxAttempts = 3;
    Delivery delivery({channel});
    delivery.manager->notify(drift());
    QVERIFY(delivery.waitForState(delivery.onlyEntryId(), OutboxState::Dead, 10'000));
    QCOMPARE(endpoint.requestCount(), 3);
    const OutboxEntry dead = *delivery.outbox->entry(delivery.onlyEntryId());
    QCOMPARE(dead.attempts, 3);
    QVERIFY(dead.lastError.contains(QLatin1String("503")));
}

void TestNotificationDelivery::thousandEventsThroughAFlakyEndpoint()
{
    constexpr int kEvents = 1000;
    LocalHttpServer endpoint;
    QVERIFY(endpoint.listen());
    // What the service accepted, by idempotency key; touched on the server's thread only until the end.
    auto accepted = std::make_shared<QHash<QByteArray, int>>();
    auto failures = std::make_shared<int>(0);
    endpoint.setHandler([accepted, failures](const RecordedRequest &request, int) {
        const quint32 roll = QRandomGenerator::global()->bounded(100u);
        if (roll < 30) {
            ++*failures;
            switch (roll % 3) {
            case 0: return status(500, "boom");
            case 1: return status(503, "busy");
            default: {
                ScriptedReply cut;
                cut.dropConnection = true;
                return cut;
            }
            }
        }
        ++(*accepted)[request.request.header("Idempotency-Key")];
        return status(200);
    });
    ChannelConfig channel = channelTo(ChannelKind::Webhook, endpoint.url());
    channel.delivery.maxAttempts = 30;
    channel.delivery.initialBackoffMs = 10;
    channel.delivery.maxBackoffMs = 100;
    Delivery delivery({channel});
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < kEvents; ++i)
        QCOMPARE(delivery.manager->notify(drift(i)), 1);
    QVERIFY(waitUntil([&] { return delivery.outbox->stats().delivered == kEvents; }, 240'000));
    const qint64 elapsedMs = clock.elapsed();

    const OutboxStats stats = delivery.outbox->stats();
    QCOMPARE(stats.dead, 0);
    QCOMPARE(stats.pending, 0);
    int duplicates = 0;
    for (int count : std::as_const(*accepted))
        duplicates += count - 1;
    qInfo("%d events, %d requests, %d failed on purpose, %d accepted twice (%.2f%%), %lld possible "
          "duplicates counted by the outbox, %lld ms",
          kEvents, endpoint.requestCount(), *failures, duplicates, 100.0 * duplicates / kEvents,
          stats.possibleDuplicatesSent, elapsedMs);
    QCOMPARE(accepted->size(), kEvents);
    QVERIFY(*failures > 0);
    QVERIFY2(duplicates * 100 < kEvents, "duplicates must stay under 1%");
}

void TestNotificationDelivery::hostileUserArrivesInertEverywhere()
{
    LocalHttpServer server;
    QVERIFY(server.listen());
    Delivery delivery({channelTo(ChannelKind::Slack, server.url(QStringLiteral("/slack"))),
                       channelTo(ChannelKind::Discord, server.url(QStringLiteral("/discord"))),
                       channelTo(ChannelKind::Teams, server.url(QStringLiteral("/teams")))});
    QCOMPARE(delivery.manager->notify(drift(0, kHostileUser)), 3);
    QVERIFY(waitUntil([&] { return delivery.outbox->stats().delivered == 3; }, 10'000));

    for (const RecordedRequest &request : server.requests()) {
        const QJsonObject body = request.json();
        const QStringList strings = allJsonStrings(body);
        QVERIFY2(!strings.isEmpty(), request.request.target.constData());
        for (const QString &text : strings) {
            QVERIFY2(!text.contains(QLatin1String("<!channel>")), qPrintable(text));
            QVERIFY2(!text.contains(QLatin1String("<http://evil|")), qPrintable(text));
        }
        if (request.request.target == "/slack")
            QVERIFY(strings.join(QLatin1Char('\n')).contains(QLatin1String("&lt;!channel&gt;")));
        if (request.request.target == "/discord")
            QCOMPARE(body.value(QLatin1String("allowed_mentions"))
                         .toObject()
                         .value(QLatin1String("parse"))
                         .toArray(),
                     QJsonArray());
        if (request.request.target == "/teams")
            QVERIFY(!QJsonDocument(body).toJson().contains("\"entities\""));
        QVERIFY(!strings.join(QLatin1Char('\n')).contains(QLatin1String("*bold*")));
    }
}

void TestNotificationDelivery::keychainSecretsAreReadAndMissingOnesReported()
{
    LocalHttpServer slack;
    QVERIFY(slack.listen());
    FakeSecretStore store;
    store.entries.insert(QStringLiteral("slack-webhook"),
                         slack.url(QStringLiteral("/services/T1/B1/FROMKEYCHAIN")));
    ChannelConfig fromKeychain = channelTo(ChannelKind::Slack, QString());
    fromKeychain.url = {};
    fromKeychain.url.source = SecretReference::Source::Keychain;
    fromKeychain.url.keychainName = QStringLiteral("slack-webhook");
    fromKeychain.url.key = QStringLiteral("notifications.slack.webhook_url");
    ChannelConfig missing = channelTo(ChannelKind::Discord, QString());
    missing.url = fromKeychain.url;
    missing.url.keychainName = QStringLiteral("nowhere");
    missing.url.key = QStringLiteral("notifications.discord.webhook_url");
    Delivery delivery({fromKeychain, missing}, {}, &store);
    QCOMPARE(delivery.manager->notify(drift()), 2);

    QVERIFY(waitUntil([&] { return delivery.outbox->stats().delivered == 1; }, 10'000));
    QCOMPARE(slack.requests().first().request.target, QByteArray("/services/T1/B1/FROMKEYCHAIN"));
    QTRY_COMPARE(delivery.channelErrors.size(), 1);
    QVERIFY(delivery.channelErrors.first().contains(QLatin1String("notifications.discord.webhook_url")));
    // Waiting for its secret, never dropped.
    QCOMPARE(delivery.outbox->stats().pending, 1);
}

void TestNotificationDelivery::secretsNeverAppearInErrors()
{
    const QString token = QStringLiteral("FAKE-TOKEN-FOR-TESTS-0123");
    LocalHttpServer slack;
    QVERIFY(slack.listen());
    // A service that echoes what it was sent, as some do in their errors.
    slack.setHandler([](const RecordedRequest &request, int) {
        return status(404, "no_service for " + request.request.target);
    });
    Delivery delivery({channelTo(ChannelKind::Slack, slack.url(QStringLiteral("/services/T0/B0/") + token))});
    delivery.manager->notify(drift());
    QVERIFY(delivery.waitForState(delivery.onlyEntryId(), OutboxState::Dead, 10'000));
    const QString error = delivery.outbox->entry(delivery.onlyEntryId())->lastError;
    QVERIFY2(error.contains(QLatin1String("404")) && error.contains(QLatin1String("***")), qPrintable(error));
    QVERIFY2(!error.contains(token), qPrintable(error));

    // Qt's own network errors name the URL.
    const quint16 port = LocalHttpServer::unusedPort();
    ChannelConfig refused = channelTo(
        ChannelKind::Slack, QStringLiteral("http://127.0.0.1:%1/services/T0/B0/%2").arg(port).arg(token));
    refused.delivery.maxAttempts = 1;
    Delivery second({refused});
    second.manager->notify(drift());
    QVERIFY(second.waitForState(second.onlyEntryId(), OutboxState::Dead, 10'000));
    QVERIFY2(!second.outbox->entry(second.onlyEntryId())->lastError.contains(token),
             qPrintable(second.outbox->entry(second.onlyEntryId())->lastError));
}

void TestNotificationDelivery::rateLimitSpacesRequests()
{
    LocalHttpServer slack;
    QVERIFY(slack.listen());
    ChannelConfig channel = channelTo(ChannelKind::Slack, slack.url());
    channel.delivery.minIntervalMs = 300;
    Delivery delivery({channel});
    for (int i = 0; i < 3; ++i)
        delivery.manager->notify(drift(i));
    QVERIFY(waitUntil([&] { return delivery.outbox->stats().delivered == 3; }, 10'000));
    const QList<RecordedRequest> requests = slack.requests();
    QCOMPARE(requests.size(), 3);
    for (int i = 1; i < requests.size(); ++i)
        QVERIFY2(requests[i].receivedMs - requests[i - 1].receivedMs >= 290,
                 qPrintable(QString::number(requests[i].receivedMs - requests[i - 1].receivedMs)));
}

void TestNotificationDelivery::twoRunsSharingAnOutboxSendEachEntryOnce()
{
    constexpr int kEntries = 40;
    LocalHttpServer endpoint;
    QVERIFY(endpoint.listen());
    endpoint.setHandler([](const RecordedRequest &, int) {
        ScriptedReply slow;
        slow.delayMs = 10; // long enough for both runs to be sending at once
        return slow;
    });
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.sqlite"));
    {
        QString error;
        auto outbox = Outbox::open(path, &error);
        QVERIFY2(outbox, qPrintable(error));
        for (int i = 0; i < kEntries; ++i)
            QVERIFY(outbox->add(QStringLiteral("webhook"), QStringLiteral("event-%1").arg(i),
                                QStringLiteral("s"), QByteArray::number(i), 0));
    }
    // The console and `tfdrift watch` on one machine share the default outbox.
    const ChannelConfig channel = channelTo(ChannelKind::Webhook, endpoint.url());
    Delivery console({channel}, path);
    Delivery cli({channel}, path);
    QVERIFY(waitUntil([&] { return console.outbox->stats().delivered == kEntries; }, 20'000));
    QCOMPARE(endpoint.requestCount(), kEntries);
    QSet<QByteArray> bodies;
    for (const RecordedRequest &request : endpoint.requests())
        bodies.insert(request.request.body);
    QCOMPARE(bodies.size(), kEntries);
    // Both took part.
    QVERIFY(!console.reports.isEmpty() && !cli.reports.isEmpty());
}

void TestNotificationDelivery::tlsTrustsTheChannelsCaBundle()
{
    TestCertificates certificates;
    QString error;
    QVERIFY2(certificates.generate(&error), qPrintable(error));
    LocalHttpServer service;
    QVERIFY(service.listenTls(certificates.serverCert(), certificates.serverKey()));
    QVERIFY(service.url().startsWith(QLatin1String("https://")));
    ChannelConfig channel = channelTo(ChannelKind::Webhook, service.url(QStringLiteral("/hook")));
    channel.delivery.caFile = certificates.caCert();
    Delivery delivery({channel});
    delivery.manager->notify(drift());
    QVERIFY(delivery.waitForState(delivery.onlyEntryId(), OutboxState::Delivered, 10'000));
    QCOMPARE(service.requestCount(), 1);
}

void TestNotificationDelivery::tlsWithAnUntrustedCertificateNeverDelivers()
{
    TestCertificates certificates;
    QString error;
    QVERIFY2(certificates.generate(&error), qPrintable(error));
    LocalHttpServer service;
    QVERIFY(service.listenTls(certificates.serverCert(), certificates.serverKey()));
    ChannelConfig untrusted = channelTo(ChannelKind::Webhook, service.url(QStringLiteral("/hook")));
    untrusted.delivery.maxAttempts = 2;
    ChannelConfig otherCa = untrusted;
    otherCa.kind = ChannelKind::Custom;
    otherCa.delivery.caFile = certificates.otherCaCert();
    Delivery delivery({untrusted, otherCa});
    QCOMPARE(delivery.manager->notify(drift()), 2);
    QVERIFY(waitUntil([&] { return delivery.outbox->stats().dead == 2; }, 10'000));
    // Verification stays on: not one request got through the handshake.
    QCOMPARE(service.requestCount(), 0);
    for (const OutboxEntry &dead : delivery.outbox->entries(OutboxState::Dead))
        QVERIFY2(dead.lastError.contains(QLatin1String("SSL"), Qt::CaseInsensitive)
                     || dead.lastError.contains(QLatin1String("certificate"), Qt::CaseInsensitive),
                 qPrintable(dead.lastError));
}

QTEST_GUILESS_MAIN(TestNotificationDelivery)
#include "test_notification_delivery.moc"
