#include "core/falco/AlertJson.h"

#include "support/AlertFixtures.h"
#include "support/ChildProcess.h"
#include "support/TestCertificates.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace tfdrift;
using namespace tfdrift::test;

namespace {
struct TailRun {
    int exitCode = -1;
    QList<QByteArray> lines;
    QString stderrText;
};

TailRun runTail(const QStringList &arguments, int timeoutMs = 60'000)
{
    QProcess tail;
    tail.start(builtBinary(QStringLiteral("tfdrift")), QStringList{QStringLiteral("tail")} + arguments);
    TailRun run;
    if (!tail.waitForFinished(timeoutMs)) {
        tail.kill();
        tail.waitForFinished();
    }
    run.exitCode = tail.exitStatus() == QProcess::NormalExit ? tail.exitCode() : -1;
    for (const QByteArray &line : tail.readAllStandardOutput().split('\n')) {
        if (!line.isEmpty())
            run.lines.append(line);
    }
    run.stderrText = QString::fromLocal8Bit(tail.readAllStandardError());
    return run;
}

// A CloudTrail record as AWS logs it: IAM user alice calls `name` on `source`.
QByteArray cloudTrailRecord(const char *source, const char *name, bool readOnly, const char *id)
{
    return QByteArray(R"({"eventVersion":"1.09","userIdentity":{"type":"IAMUser","accountId":"111122223333",)"
                      R"("arn":"arn:aws:iam::111122223333:user/alice","userName":"alice"},)"
                      R"("eventTime":"2024-03-06T21:22:54Z","eventSource":")")
        + source + R"(","eventName":")" + name
        + R"(","awsRegion":"us-east-1","sourceIPAddress":"192.0.2.10","userAgent":"aws-cli/2.15.0",)"
        + R"("requestParameters":{"bucketName":"logs","instanceId":"i-0abc"},"responseElements":null,)"
        + R"("eventType":"AwsApiCall","recipientAccountId":"111122223333","eventID":")" + id
        + R"(","readOnly":)" + (readOnly ? "true" : "false") + "}";
}

QString writeCapture(const QTemporaryDir &dir, int count)
{
    const QString path = dir.filePath(QStringLiteral("alerts.jsonl"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    for (int i = 0; i < count; ++i)
        file.write(cloudTrailAlertJson(i) + '\n');
    return path;
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

// What `tail` prints must be Falco's http_output JSON, with the nanosecond RFC 3339 time.
void verifyHttpOutputLines(const QList<QByteArray> &lines, int expected)
{
    QCOMPARE(lines.size(), expected);
    QSet<qint64> sequences;
    for (const QByteArray &line : lines) {
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        QCOMPARE(object.value(QStringLiteral("priority")).toString(), QStringLiteral("Warning"));
        QCOMPARE(object.value(QStringLiteral("source")).toString(), QStringLiteral("aws_cloudtrail"));
        QCOMPARE(object.value(QStringLiteral("rule")).toString(),
                 QStringLiteral("Terraform Managed Resource Modified"));
        QVERIFY(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{9}Z$"))
                    .match(object.value(QStringLiteral("time")).toString())
                    .hasMatch());
        const QJsonValue sequence
            = object.value(QStringLiteral("output_fields")).toObject().value(QStringLiteral("evt.num"));
        sequences.insert(sequence.isString() ? sequence.toString().toLongLong() : sequence.toInteger());
    }
    QCOMPARE(sequences.size(), expected);
}
} // namespace

class TestCliTail : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionAndHelp()
    {
        QProcess cli;
        cli.start(builtBinary(QStringLiteral("tfdrift")), {QStringLiteral("--version")});
        QVERIFY(cli.waitForFinished());
        QCOMPARE(cli.exitCode(), 0);
        QVERIFY(cli.readAllStandardOutput().startsWith("tfdrift 0."));

        cli.start(builtBinary(QStringLiteral("tfdrift")), {QStringLiteral("--help")});
        QVERIFY(cli.waitForFinished());
        QCOMPARE(cli.exitCode(), 0);
        const QByteArray help = cli.readAllStandardOutput();
        QVERIFY(help.contains("tail"));
        QVERIFY(help.contains("emulate"));

        cli.start(builtBinary(QStringLiteral("tfdrift")), {QStringLiteral("tail"), QStringLiteral("--help")});
        QVERIFY(cli.waitForFinished());
        QCOMPARE(cli.exitCode(), 0);
        QVERIFY(cli.readAllStandardOutput().contains("--max-retries"));
    }

    void usageErrorsExitWithTwo()
    {
        QCOMPARE(runTail({}).exitCode, 2);
        QCOMPARE(runTail({QStringLiteral("--grpc"), QStringLiteral("a:1"), QStringLiteral("--unix"),
                          QStringLiteral("/x")})
                     .exitCode,
                 2);
        QCOMPARE(runTail({QStringLiteral("--no-such-option")}).exitCode, 2);
        QCOMPARE(
            runTail({QStringLiteral("--grpc"), QStringLiteral("nohostport"), QStringLiteral("--insecure")})
                .exitCode,
            2);
        const TailRun noTls = runTail({QStringLiteral("--grpc"), QStringLiteral("127.0.0.1:5060")});
        QCOMPARE(noTls.exitCode, 2);
        QVERIFY(noTls.stderrText.contains(QStringLiteral("mutual TLS")));
        QCOMPARE(runTail({QStringLiteral("--replay"), QStringLiteral("x"), QStringLiteral("--count"),
                          QStringLiteral("0")})
                     .exitCode,
                 2);
        QProcess cli;
        cli.start(builtBinary(QStringLiteral("tfdrift")), {QStringLiteral("frobnicate")});
        QVERIFY(cli.waitForFinished());
        QCOMPARE(cli.exitCode(), 2);
    }

    void connectionFailureAfterRetriesExitsWithOne()
    {
        const TailRun run
            = runTail({QStringLiteral("--grpc"), QStringLiteral("127.0.0.1:%1").arg(freePort()),
                       QStringLiteral("--insecure"), QStringLiteral("--max-retries"), QStringLiteral("1")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.stderrText.contains(QStringLiteral("Retrying")), qPrintable(run.stderrText));
        QVERIFY2(run.stderrText.contains(QStringLiteral("Failed")), qPrintable(run.stderrText));
        QVERIFY(run.lines.isEmpty());
    }

    void tailsEmulatorOverPlainTcp()
    {
        QTemporaryDir dir;
        const QString capture = writeCapture(dir, 25);
        EmulatorProcess emulator;
        QString error;
        QVERIFY2(emulator.start({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                 QStringLiteral("--insecure"), QStringLiteral("--replay"), capture,
                                 QStringLiteral("--rate"), QStringLiteral("0")},
                                &error),
                 qPrintable(error));
        const TailRun run
            = runTail({QStringLiteral("--grpc"), QStringLiteral("127.0.0.1:%1").arg(emulator.port()),
                       QStringLiteral("--insecure"), QStringLiteral("--count"), QStringLiteral("25")});
        QCOMPARE(run.exitCode, 0);
        verifyHttpOutputLines(run.lines, 25);
        QVERIFY(run.stderrText.contains(QStringLiteral("Falco version 0.43.1")));
    }

    void tailsEmulatorOverUnixSocket()
    {
        QTemporaryDir dir;
        const QString capture = writeCapture(dir, 10);
        const QString socket = dir.filePath(QStringLiteral("falco.sock"));
        EmulatorProcess emulator;
        QString error;
        QVERIFY2(emulator.start({QStringLiteral("--unix"), socket, QStringLiteral("--replay"), capture,
                                 QStringLiteral("--rate"), QStringLiteral("0")},
                                &error),
                 qPrintable(error));
        const TailRun run
            = runTail({QStringLiteral("--unix"), socket, QStringLiteral("--count"), QStringLiteral("10")});
        QCOMPARE(run.exitCode, 0);
        verifyHttpOutputLines(run.lines, 10);
    }

    // `emulate --cloudtrail`: the emulator plays Falco, running the bundled rules over recorded records.
    void emulatorRaisesAlertsFromCloudTrailRecords()
    {
        QTemporaryDir dir;
        const QString trail = dir.filePath(QStringLiteral("trail.json"));
        QFile file(trail);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"Records\": [" + cloudTrailRecord("s3.amazonaws.com", "DeleteBucket", false, "e-1")
                   + "," + cloudTrailRecord("ec2.amazonaws.com", "DescribeInstances", true, "e-2") + ","
                   + cloudTrailRecord("ec2.amazonaws.com", "StopInstances", false, "e-3") + "]}");
        file.close();

        const QString socket = dir.filePath(QStringLiteral("falco.sock"));
        EmulatorProcess emulator;
        QString error;
        QVERIFY2(emulator.start({QStringLiteral("--unix"), socket, QStringLiteral("--cloudtrail"), trail,
                                 QStringLiteral("--rate"), QStringLiteral("0")},
                                &error),
                 qPrintable(error));
        const TailRun run
            = runTail({QStringLiteral("--unix"), socket, QStringLiteral("--count"), QStringLiteral("3")});
        QCOMPARE(run.exitCode, 0);
        QStringList rules;
        for (const QByteArray &line : run.lines)
            rules.append(QJsonDocument::fromJson(line).object().value(QLatin1String("rule")).toString());
        // DeleteBucket matches two bundled rules, as it would in Falco; the read-only call matches none.
        QCOMPARE(rules,
                 (QStringList{QStringLiteral("S3 Bucket Deleted"),
                              QStringLiteral("Terraform Managed Resource Modified"),
                              QStringLiteral("Terraform Managed Resource Modified")}));
        QVERIFY2(emulator.stderrText().contains(QLatin1String("3 records raised 3 alerts")),
                 qPrintable(emulator.stderrText()));
    }

    void tailsEmulatorOverMutualTls()
    {
        TestCertificates certificates;
        QString error;
        QVERIFY2(certificates.generate(&error), qPrintable(error));
        QTemporaryDir dir;
        const QString capture = writeCapture(dir, 10);
        EmulatorProcess emulator;
        QVERIFY2(emulator.start(
                     {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--tls-ca"),
                      certificates.caCert(), QStringLiteral("--tls-cert"), certificates.serverCert(),
                      QStringLiteral("--tls-key"), certificates.serverKey(), QStringLiteral("--replay"),
                      capture, QStringLiteral("--rate"), QStringLiteral("0")},
                     &error),
                 qPrintable(error));
        const TailRun run
            = runTail({QStringLiteral("--grpc"), QStringLiteral("localhost:%1").arg(emulator.port()),
                       QStringLiteral("--tls-ca"), certificates.caCert(), QStringLiteral("--tls-cert"),
                       certificates.clientCert(), QStringLiteral("--tls-key"), certificates.clientKey(),
                       QStringLiteral("--count"), QStringLiteral("10")});
        QCOMPARE(run.exitCode, 0);
        verifyHttpOutputLines(run.lines, 10);

        // A client certificate the emulator's CA did not sign is refused, as Falco would.
        const TailRun refused
            = runTail({QStringLiteral("--grpc"), QStringLiteral("localhost:%1").arg(emulator.port()),
                       QStringLiteral("--tls-ca"), certificates.caCert(), QStringLiteral("--tls-cert"),
                       certificates.strangerCert(), QStringLiteral("--tls-key"), certificates.strangerKey(),
                       QStringLiteral("--max-retries"), QStringLiteral("0")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.lines.isEmpty());
    }

    void receivesHttpOutputPostsFromTheEmulator()
    {
        QTemporaryDir dir;
        const QString capture = writeCapture(dir, 20);
        const quint16 port = freePort();
        QProcess tail;
        tail.start(builtBinary(QStringLiteral("tfdrift")),
                   {QStringLiteral("tail"), QStringLiteral("--listen"),
                    QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--count"),
                    QStringLiteral("20")});
        QVERIFY(tail.waitForStarted());
        QByteArray status;
        const QByteArray listening = QByteArray("127.0.0.1:") + QByteArray::number(port) + '\n';
        QTRY_VERIFY_WITH_TIMEOUT((status += tail.readAllStandardError()).contains(listening), 10000);
        QVERIFY2(!status.contains("Failed"), status.constData());

        QProcess poster;
        poster.start(builtBinary(QStringLiteral("tfdrift")),
                     {QStringLiteral("emulate"), QStringLiteral("--post"),
                      QStringLiteral("http://127.0.0.1:%1/").arg(port), QStringLiteral("--replay"), capture,
                      QStringLiteral("--rate"), QStringLiteral("0"), QStringLiteral("--exit-when-drained")});
        QVERIFY(poster.waitForFinished(30000));
        QCOMPARE(poster.exitCode(), 0);
        QVERIFY(tail.waitForFinished(30000));
        QCOMPARE(tail.exitCode(), 0);
        QList<QByteArray> lines;
        for (const QByteArray &line : tail.readAllStandardOutput().split('\n')) {
            if (!line.isEmpty())
                lines.append(line);
        }
        verifyHttpOutputLines(lines, 20);
    }

    void replayReportsCorruptLineAndPrintsTheRest()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("capture.jsonl"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(cloudTrailAlertJson(0) + '\n');
        file.write(cloudTrailAlertJson(1) + '\n');
        file.write("{\"rule\": \"truncated\n");
        file.write(cloudTrailAlertJson(3) + '\n');
        file.close();
        const TailRun run = runTail({QStringLiteral("--replay"), path});
        QCOMPARE(run.lines.size(), 3);
        QVERIFY2(run.stderrText.contains(path + QStringLiteral(":3:")), qPrintable(run.stderrText));
        QCOMPARE(run.exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestCliTail)
#include "test_cli_tail.moc"
