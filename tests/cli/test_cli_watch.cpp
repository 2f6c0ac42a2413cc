#include "support/ChildProcess.h"
#include "support/LocalHttpServer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace tfdrift::test;

namespace {
struct WatchRun {
    int exitCode = -1;
    QList<QJsonObject> events;
    QString stderrText;
    bool allJson = true;
};

WatchRun runWatch(const QStringList &arguments)
{
    const CliRun finished = runTfdrift(QStringList{QStringLiteral("watch")} + arguments);
    WatchRun run;
    run.exitCode = finished.exitCode;
    for (const QByteArray &line : finished.lines()) {
        const QJsonDocument document = QJsonDocument::fromJson(line);
        run.allJson = run.allJson && document.isObject();
        run.events.append(document.object());
    }
    run.stderrText = finished.stderrText;
    return run;
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

QByteArray cloudTrailLine(const QString &name, const QJsonObject &request, const QJsonObject &response = {})
{
    QJsonObject fields{
        {QStringLiteral("ct.name"), name},
        {QStringLiteral("ct.src"), QStringLiteral("ec2.amazonaws.com")},
        {QStringLiteral("ct.region"), QStringLiteral("us-east-1")},
        {QStringLiteral("ct.readonly"), QStringLiteral("false")},
        {QStringLiteral("ct.user"), QStringLiteral("alice")},
        {QStringLiteral("ct.user.identitytype"), QStringLiteral("IAMUser")},
        {QStringLiteral("ct.user.arn"), QStringLiteral("arn:aws:iam::111122223333:user/alice")},
        {QStringLiteral("ct.user.accountid"), QStringLiteral("111122223333")},
        {QStringLiteral("ct.request"),
         QString::fromUtf8(QJsonDocument(request).toJson(QJsonDocument::Compact))}};
    if (!response.isEmpty())
        fields.insert(QStringLiteral("ct.response"),
                      QString::fromUtf8(QJsonDocument(response).toJson(QJsonDocument::Compact)));
    const QJsonObject alert{{QStringLiteral("time"), QStringLiteral("2026-03-04T03:00:00.000000000Z")},
                            {QStringLiteral("rule"), QStringLiteral("Terraform Managed Resource Modified")},
                            {QStringLiteral("priority"), QStringLiteral("Warning")},
                            {QStringLiteral("source"), QStringLiteral("aws_cloudtrail")},
                            {QStringLiteral("hostname"), QStringLiteral("falco-1")},
                            {QStringLiteral("output"), QStringLiteral("ModifyInstanceAttribute by alice")},
                            {QStringLiteral("output_fields"), fields}};
    return QJsonDocument(alert).toJson(QJsonDocument::Compact) + '\n';
}

QJsonObject terminationRequest(bool value)
{
    return {{QStringLiteral("instanceId"), QStringLiteral("i-0abc")},
            {QStringLiteral("disableApiTermination"), QJsonObject{{QStringLiteral("value"), value}}}};
}

// prod.tfstate with one instance, and a capture of three calls: one that matches state, one that
// turns termination protection off (critical drift), one that launches an unmanaged instance.
bool writeProdStateAndCapture(const QTemporaryDir &dir)
{
    const QByteArray state = R"({"version": 4, "terraform_version": "1.9.8", "serial": 3, "lineage": "x",
        "outputs": {}, "resources": [{"mode": "managed", "type": "aws_instance", "name": "web",
        "provider": "aws", "instances": [{"schema_version": 1, "sensitive_attributes": [],
        "attributes": {"id": "i-0abc", "instance_type": "t3.micro", "disable_api_termination": true}}]}]})";
    if (!writeFile(dir.filePath(QStringLiteral("prod.tfstate")), state))
        return false;
    // The first call sets what state already holds (an apply): no drift.
    const QJsonObject launched{
        {QStringLiteral("instancesSet"),
         QJsonObject{{QStringLiteral("items"),
                      QJsonArray{QJsonObject{{QStringLiteral("instanceId"), QStringLiteral("i-0new")}}}}}}};
    return writeFile(
        dir.filePath(QStringLiteral("capture.jsonl")),
        cloudTrailLine(QStringLiteral("ModifyInstanceAttribute"), terminationRequest(true))
            + cloudTrailLine(QStringLiteral("ModifyInstanceAttribute"), terminationRequest(false))
            + cloudTrailLine(QStringLiteral("RunInstances"), {}, launched));
}

const QByteArray kProdConfig = "providers:\n"
                               "  aws:\n"
                               "    enabled: true\n"
                               "    state:\n"
                               "      name: prod\n"
                               "      environment: production\n"
                               "      local_path: prod.tfstate\n"
                               "falco:\n"
                               "  endpoints:\n"
                               "    - name: capture\n"
                               "      transport: replay\n"
                               "      file: capture.jsonl\n"
                               "drift_rules:\n"
                               "  - name: EC2 Critical Attributes\n"
                               "    resource_types: [aws_instance]\n"
                               "    watched_attributes: [disable_api_termination]\n"
                               "    severity: critical\n";
} // namespace

class TestCliWatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoShowsEveryKindOfDrift()
    {
        const WatchRun run
            = runWatch({QStringLiteral("--demo"), QStringLiteral("--count"), QStringLiteral("50"),
                        QStringLiteral("--rate"), QStringLiteral("1000")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.stderrText));
        QVERIFY(run.allJson);
        QCOMPARE(run.events.size(), 50);
        QSet<QString> kinds;
        int excluded = 0;
        int diffs = 0;
        for (const QJsonObject &event : run.events) {
            kinds.insert(event.value(QLatin1String("kind")).toString());
            excluded += event.value(QLatin1String("excluded")).toBool() ? 1 : 0;
            QVERIFY(QStringList({QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high"),
                                 QStringLiteral("critical")})
                        .contains(event.value(QLatin1String("severity")).toString()));
            QVERIFY(!event.value(QLatin1String("resource_type")).toString().isEmpty());
            QVERIFY(!event.value(QLatin1String("user"))
                         .toObject()
                         .value(QLatin1String("name"))
                         .toString()
                         .isEmpty());
            const QJsonArray changes = event.value(QLatin1String("changes")).toArray();
            for (const QJsonValue &change : changes) {
                const QJsonObject object = change.toObject();
                if (object.value(QLatin1String("attribute")).toString()
                        != QLatin1String("(modified out of band)")
                    && object.value(QLatin1String("old_value")) != object.value(QLatin1String("new_value")))
                    ++diffs;
            }
            if (event.value(QLatin1String("kind")).toString() == QLatin1String("modified")
                || event.value(QLatin1String("kind")).toString() == QLatin1String("deleted"))
                QVERIFY(!event.value(QLatin1String("terraform_address")).toString().isEmpty());
        }
        QVERIFY2(kinds.contains(QStringLiteral("modified")), qPrintable(kinds.values().join(u',')));
        QVERIFY(kinds.contains(QStringLiteral("unmanaged")));
        QVERIFY(kinds.contains(QStringLiteral("created")));
        QVERIFY(kinds.contains(QStringLiteral("deleted")));
        QVERIFY(excluded > 0);
        QVERIFY(diffs > 0);
        QVERIFY(run.stderrText.contains(QLatin1String("state prod")));
    }

    void configDrivesStateRulesAndSources()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(writeProdStateAndCapture(dir));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("config.yaml")), kProdConfig));
        const WatchRun run
            = runWatch({QStringLiteral("--config"), dir.filePath(QStringLiteral("config.yaml")),
                        QStringLiteral("--count"), QStringLiteral("2")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.stderrText));
        QCOMPARE(run.events.size(), 2);
        const QJsonObject modified = run.events[0];
        QCOMPARE(modified.value(QLatin1String("kind")).toString(), QStringLiteral("modified"));
        QCOMPARE(modified.value(QLatin1String("terraform_address")).toString(),
                 QStringLiteral("aws_instance.web"));
        QCOMPARE(modified.value(QLatin1String("severity")).toString(), QStringLiteral("critical"));
        QCOMPARE(modified.value(QLatin1String("environment")).toString(), QStringLiteral("production"));
        const QJsonObject change = modified.value(QLatin1String("changes")).toArray().at(0).toObject();
        QCOMPARE(change.value(QLatin1String("attribute")).toString(),
                 QStringLiteral("disable_api_termination"));
        QCOMPARE(change.value(QLatin1String("old_value")), QJsonValue(true));
        QCOMPARE(change.value(QLatin1String("new_value")), QJsonValue(false));
        QCOMPARE(run.events[1].value(QLatin1String("kind")).toString(), QStringLiteral("created"));
        QCOMPARE(run.events[1].value(QLatin1String("resource_id")).toString(), QStringLiteral("i-0new"));
    }

    // Drift found by watch goes to the channels whose filters take it: critical drift to the webhook
    // that wants only that, every event to the falco_output file.
    void driftIsNotifiedToTheChannelsThatWantIt()
    {
        LocalHttpServer webhook;
        QVERIFY(webhook.listen());
        QTemporaryDir dir;
        QVERIFY(writeProdStateAndCapture(dir));
        qputenv("TFDRIFT_TEST_WATCH_HOOK", webhook.url(QStringLiteral("/drift")).toUtf8());
        QVERIFY(writeFile(dir.filePath(QStringLiteral("config.yaml")),
                          kProdConfig
                              + "notifications:\n"
                                "  outbox: outbox.sqlite\n"
                                "  webhook:\n"
                                "    enabled: true\n"
                                "    url: ${TFDRIFT_TEST_WATCH_HOOK}\n"
                                "    min_severity: critical\n"
                                "  falco_output:\n"
                                "    enabled: true\n"
                                "    path: drift.jsonl\n"));
        const WatchRun run
            = runWatch({QStringLiteral("--config"), dir.filePath(QStringLiteral("config.yaml")),
                        QStringLiteral("--count"), QStringLiteral("2")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.stderrText));
        QCOMPARE(run.events.size(), 2);
        QSet<QString> critical;
        for (const QJsonObject &event : run.events) {
            if (event.value(QLatin1String("severity")).toString() == QLatin1String("critical"))
                critical.insert(event.value(QLatin1String("resource_id")).toString());
        }
        QVERIFY(!critical.isEmpty());
        QCOMPARE(webhook.requestCount(), critical.size());
        for (const RecordedRequest &request : webhook.requests()) {
            QCOMPARE(request.json().value(QLatin1String("severity")).toString(), QStringLiteral("critical"));
            QVERIFY(critical.contains(request.json().value(QLatin1String("resource_id")).toString()));
        }
        QFile alerts(dir.filePath(QStringLiteral("drift.jsonl")));
        QVERIFY(alerts.open(QIODevice::ReadOnly));
        QCOMPARE(alerts.readAll().trimmed().split('\n').size(), 2);
    }

    void invalidConfigIsRefusedWithItsLocation()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("config.yaml")),
                          "drift_rules:\n  - name: x\n    resource_types: [\"*\"]\n    severity: urgent\n"));
        const WatchRun run
            = runWatch({QStringLiteral("--config"), dir.filePath(QStringLiteral("config.yaml"))});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.stderrText.contains(QLatin1String("config.yaml:4:")), qPrintable(run.stderrText));
        QVERIFY(run.events.isEmpty());
    }

    void usageErrors()
    {
        QCOMPARE(runWatch({}).exitCode, 2);
        QCOMPARE(
            runWatch({QStringLiteral("--demo"), QStringLiteral("--count"), QStringLiteral("0")}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliWatch)
#include "test_cli_watch.moc"
