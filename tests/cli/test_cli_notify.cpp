// `tfdrift notify` as a user runs it, against loopback servers that play the services: the test
// alert's per-channel report with secrets masked, and the outbox across separate runs.
#include "core/notify/NotificationManager.h"
#include "core/notify/Outbox.h"

#include "support/ChildProcess.h"
#include "support/EventLoopWait.h"
#include "support/LocalHttpServer.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace tfdrift;
using namespace tfdrift::test;

namespace {

const QByteArray kSlackSecret = "FAKE/FAKE/fakeSlackToken42";
const QByteArray kDiscordSecret = "0/fakeDiscordToken42";
const QByteArray kApiKey = "fake-api-key-for-tests";

QString writeConfig(const QTemporaryDir &dir, const QByteArray &text)
{
    const QString path = dir.filePath(QStringLiteral("config.yaml"));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(text);
    return path;
}

// Three services and a falco_output file; every secret comes from the environment.
QByteArray threeChannelConfig(quint16 port)
{
    qputenv("TFDRIFT_TEST_SLACK_URL",
            "http://127.0.0.1:" + QByteArray::number(port) + "/services/" + kSlackSecret);
    qputenv("TFDRIFT_TEST_DISCORD_URL",
            "http://127.0.0.1:" + QByteArray::number(port) + "/api/webhooks/" + kDiscordSecret);
    qputenv("TFDRIFT_TEST_API_KEY", kApiKey);
    const QByteArray url = "http://127.0.0.1:" + QByteArray::number(port);
    return "notifications:\n"
           "  outbox: outbox.sqlite\n"
           "  slack:\n"
           "    enabled: true\n"
           "    webhook_url: ${TFDRIFT_TEST_SLACK_URL}\n"
           "  discord:\n"
           "    enabled: true\n"
           "    webhook_url: ${TFDRIFT_TEST_DISCORD_URL}\n"
           "  custom:\n"
           "    enabled: true\n"
           "    api_endpoint: "
        + url
        + "/notifications\n"
          "    api_key: ${TFDRIFT_TEST_API_KEY}\n"
          "    timeout: 5s\n"
          "  falco_output:\n"
          "    enabled: true\n"
          "    path: drift.jsonl\n";
}

// Slack takes it, Discord does not know the webhook (and echoes its URL, as services may), the
// custom API takes it.
ScriptedReply serviceAnswer(const RecordedRequest &request, int)
{
    ScriptedReply reply;
    if (request.request.target.startsWith("/api/webhooks/")) {
        reply.status = 404;
        reply.body = R"({"message": "Unknown Webhook )" + request.request.target + R"(", "code": 10015})";
    } else if (request.request.target.startsWith("/notifications")) {
        reply.status = 201;
    } else {
        reply.body = "ok";
    }
    return reply;
}

QByteArray lineOf(const CliRun &run, const QByteArray &channel)
{
    for (const QByteArray &line : run.lines()) {
        if (line.startsWith(QByteArray(channel + ' ')))
            return line.simplified();
    }
    return {};
}

} // namespace

class TestCliNotify : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testAlertReportsEachChannelWithSecretsMasked();
    void testAlertToOneChannel();
    void unknownChannelIsAUsageError();
    void flushResendsWhatAnEarlierRunLeftPending();
    void deadLettersAreListedAndRetried();
};

void TestCliNotify::testAlertReportsEachChannelWithSecretsMasked()
{
    LocalHttpServer services;
    QVERIFY(services.listen());
    services.setHandler(serviceAnswer);
    QTemporaryDir dir;
    const QString config = writeConfig(dir, threeChannelConfig(services.port()));

    const CliRun run
        = runTfdrift({QStringLiteral("notify"), QStringLiteral("test"), QStringLiteral("--config"), config});
    QCOMPARE(run.exitCode, 1); // Discord failed
    const QByteArray slack = lineOf(run, "slack");
    const QByteArray discord = lineOf(run, "discord");
    const QByteArray custom = lineOf(run, "custom");
    const QByteArray falco = lineOf(run, "falco_output");
    QVERIFY2(slack.startsWith("slack ok 200 "), slack.constData());
    QVERIFY2(discord.startsWith("discord FAILED 404 "), discord.constData());
    QVERIFY2(discord.contains("Unknown Webhook"), discord.constData());
    QVERIFY2(custom.startsWith("custom ok 201 "), custom.constData());
    QVERIFY2(falco.startsWith("falco_output ok - "), falco.constData());
    QVERIFY(QRegularExpression(QStringLiteral(" \\d+ ms ")).match(QString::fromUtf8(slack)).hasMatch());
    QVERIFY2(slack.contains(QByteArray("http://127.0.0.1:" + QByteArray::number(services.port()) + "/***")),
             slack.constData());
    QVERIFY(run.stderrText.contains(QLatin1String("4 channel(s) tested, 1 failed")));

    // Not one secret in anything printed, though Discord echoed its URL.
    const QByteArray everything = run.stdoutBytes + run.stderrText.toUtf8();
    for (const QByteArray &secret : {kSlackSecret, kDiscordSecret, kApiKey, QByteArray("fakeDiscordToken"),
                                     QByteArray("fakeSlackToken")})
        QVERIFY2(!everything.contains(secret), everything.constData());

    // What the services got is a test, and says so.
    QCOMPARE(services.requestCount(), 3);
    for (const RecordedRequest &request : services.requests()) {
        QVERIFY2(request.request.body.contains("[TEST]") || request.request.body.contains("\"test\":true"),
                 request.request.body.constData());
        if (request.request.target == "/notifications")
            QCOMPARE(request.request.header("Authorization"), "Bearer " + kApiKey);
    }
    QFile falcoFile(dir.filePath(QStringLiteral("drift.jsonl")));
    QVERIFY(falcoFile.open(QIODevice::ReadOnly));
    QVERIFY(falcoFile.readAll().contains("\"tfdrift.test\":true"));
}

void TestCliNotify::testAlertToOneChannel()
{
    LocalHttpServer services;
    QVERIFY(services.listen());
    services.setHandler(serviceAnswer);
    QTemporaryDir dir;
    const QString config = writeConfig(dir, threeChannelConfig(services.port()));
    const CliRun run
        = runTfdrift({QStringLiteral("notify"), QStringLiteral("test"), QStringLiteral("--config"), config,
                      QStringLiteral("--channel"), QStringLiteral("slack")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(!lineOf(run, "slack").isEmpty());
    QVERIFY(lineOf(run, "discord").isEmpty());
    QCOMPARE(services.requestCount(), 1);
}

void TestCliNotify::unknownChannelIsAUsageError()
{
    QTemporaryDir dir;
    const QString config = writeConfig(dir, threeChannelConfig(LocalHttpServer::unusedPort()));
    const CliRun run
        = runTfdrift({QStringLiteral("notify"), QStringLiteral("test"), QStringLiteral("--config"), config,
                      QStringLiteral("--channel"), QStringLiteral("teams")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.stderrText.contains(QLatin1String("teams")), qPrintable(run.stderrText));
}

void TestCliNotify::flushResendsWhatAnEarlierRunLeftPending()
{
    QTemporaryDir dir;
    const quint16 port = LocalHttpServer::unusedPort();
    const QString config = writeConfig(dir,
                                       "notifications:\n"
                                       "  outbox: outbox.sqlite\n"
                                       "  webhook:\n"
                                       "    enabled: true\n"
                                       "    url: http://127.0.0.1:"
                                           + QByteArray::number(port)
                                           + "/hook\n"
                                             "    retry_backoff: 100ms\n");
    // An earlier run found drift while the endpoint was down, and ended.
    {
        NotificationsConfig notifications;
        ChannelConfig webhook;
        webhook.kind = ChannelKind::Webhook;
        webhook.enabled = true;
        webhook.url.source = SecretReference::Source::Plain;
        webhook.url.value = QStringLiteral("http://127.0.0.1:%1/hook").arg(port);
        webhook.delivery.initialBackoffMs = 100;
        notifications.channels = {webhook};
        QString error;
        auto outbox = notify::Outbox::open(dir.filePath(QStringLiteral("outbox.sqlite")), &error);
        QVERIFY2(outbox, qPrintable(error));
        notify::NotificationManager manager(notifications, outbox.get(), nullptr);
        int attempts = 0;
        QObject::connect(&manager, &notify::NotificationManager::attemptFinished, [&] { ++attempts; });
        manager.start();
        DriftEvent event;
        event.resourceType = QStringLiteral("aws_iam_role");
        event.resourceId = QStringLiteral("deploy");
        event.caller.user = QStringLiteral("mallory");
        event.severity = Severity::Critical;
        QCOMPARE(manager.notify(event), 1);
        QVERIFY(waitUntil([&] { return attempts > 0; }, 5'000));
    }

    LocalHttpServer endpoint;
    QVERIFY(endpoint.listen(port));
    const CliRun run
        = runTfdrift({QStringLiteral("notify"), QStringLiteral("flush"), QStringLiteral("--config"), config,
                      QStringLiteral("--timeout"), QStringLiteral("20s")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(endpoint.requestCount(), 1);
    QCOMPARE(endpoint.requests().first().json().value(QLatin1String("resource_id")).toString(),
             QStringLiteral("deploy"));
    QVERIFY2(run.stderrText.contains(QLatin1String("1 delivered, 0 pending, 0 dead")),
             qPrintable(run.stderrText));
}

void TestCliNotify::deadLettersAreListedAndRetried()
{
    LocalHttpServer endpoint;
    QVERIFY(endpoint.listen());
    endpoint.setHandler([](const RecordedRequest &request, int index) {
        ScriptedReply reply;
        reply.status = index == 0 ? 422 : 200;
        reply.body = index == 0 ? QByteArray("schema mismatch at ") + request.request.target : QByteArray();
        return reply;
    });
    QTemporaryDir dir;
    qputenv("TFDRIFT_TEST_HOOK_URL", endpoint.url(QStringLiteral("/hook/fakeHookToken")).toUtf8());
    const QString config = writeConfig(dir,
                                       "notifications:\n"
                                       "  outbox: outbox.sqlite\n"
                                       "  webhook:\n"
                                       "    enabled: true\n"
                                       "    url: ${TFDRIFT_TEST_HOOK_URL}\n");
    {
        QString error;
        auto outbox = notify::Outbox::open(dir.filePath(QStringLiteral("outbox.sqlite")), &error);
        QVERIFY(outbox);
        QVERIFY(outbox->add(QStringLiteral("webhook"), QStringLiteral("key-1"),
                            QStringLiteral("Drift: aws_s3_bucket logs"), R"({"resource_id":"logs"})", 0));
    }
    CliRun run = runTfdrift({QStringLiteral("notify"), QStringLiteral("flush"), QStringLiteral("--config"),
                             config, QStringLiteral("--timeout"), QStringLiteral("10s")});
    QCOMPARE(run.exitCode, 1); // refused, dead-lettered
    QVERIFY2(run.stderrText.contains(QLatin1String("dead-lettered")), qPrintable(run.stderrText));

    run = runTfdrift(
        {QStringLiteral("notify"), QStringLiteral("outbox"), QStringLiteral("--config"), config});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.lines().size(), 1);
    const QByteArray dead = run.lines().first();
    QVERIFY2(dead.contains("webhook") && dead.contains("dead") && dead.contains("HTTP 422")
                 && dead.contains("schema mismatch") && dead.contains("Drift: aws_s3_bucket logs"),
             dead.constData());
    QVERIFY2(!dead.contains("fakeHookToken"), dead.constData());

    run = runTfdrift({QStringLiteral("notify"), QStringLiteral("retry"), QStringLiteral("--config"), config,
                      QStringLiteral("--all")});
    QCOMPARE(run.exitCode, 0);
    run = runTfdrift({QStringLiteral("notify"), QStringLiteral("flush"), QStringLiteral("--config"), config});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(endpoint.requestCount(), 2);
    run = runTfdrift(
        {QStringLiteral("notify"), QStringLiteral("outbox"), QStringLiteral("--config"), config});
    QCOMPARE(run.lines().size(), 0);
}

QTEST_GUILESS_MAIN(TestCliNotify)
#include "test_cli_notify.moc"
