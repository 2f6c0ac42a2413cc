// "Test connection" in the Sources dock: what a user learns about an endpoint before adding it.
#include "core/emulator/FalcoEmulator.h"
#include "core/falco/AlertJson.h"
#include "core/ingest/ConnectionProbe.h"

#include "support/AlertFixtures.h"
#include "support/TestCertificates.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace tfdrift;

namespace {
ProbeResult probe(const EndpointConfig &endpoint, int timeoutMs = ConnectionProbe::kDefaultTimeoutMs)
{
    ConnectionProbe prober;
    prober.setTimeoutMs(timeoutMs);
    QSignalSpy finished(&prober, &ConnectionProbe::finished);
    prober.start(endpoint);
    // The result always comes from the event loop, never from inside start().
    if (!finished.isEmpty())
        return {false, QStringLiteral("finished() was emitted from inside start()"), {}};
    if (!finished.wait(timeoutMs + 5000))
        return {false, QStringLiteral("no result"), {}};
    if (finished.size() != 1)
        return {false, QStringLiteral("finished() more than once"), {}};
    return finished.first().first().value<ProbeResult>();
}

EndpointConfig grpcEndpoint(const QString &address)
{
    EndpointConfig endpoint;
    endpoint.name = QStringLiteral("probe");
    endpoint.address = address;
    return endpoint;
}

EndpointConfig replayEndpoint(const QString &file)
{
    EndpointConfig endpoint;
    endpoint.name = QStringLiteral("capture");
    endpoint.transport = EndpointConfig::Transport::Replay;
    endpoint.replayFile = file;
    return endpoint;
}

EndpointConfig httpEndpoint(const QString &listen)
{
    EndpointConfig endpoint;
    endpoint.name = QStringLiteral("sidekick");
    endpoint.transport = EndpointConfig::Transport::Http;
    endpoint.listenAddress = listen;
    return endpoint;
}

bool writeFile(const QString &path, const QByteArray &contents)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(contents) == contents.size();
}
} // namespace

class TestConnectionProbe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void grpcReportsTheFalcoVersionWithoutTakingAlerts()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString address = QLatin1String("unix://") + dir.filePath(QStringLiteral("falco.sock"));
        FalcoEmulator emulator;
        FalcoEmulator::Options options{address, {}, {}, {}, false};
        options.version = QStringLiteral("0.38.1");
        QString error;
        QVERIFY2(emulator.start(options, &error), qPrintable(error));
        emulator.enqueue(test::cloudTrailAlert(1));

        const ProbeResult result = probe(grpcEndpoint(address));
        QVERIFY2(result.ok, qPrintable(result.message));
        QCOMPARE(result.falcoVersion, QStringLiteral("0.38.1"));
        QCOMPARE(result.message, QStringLiteral("Connected: Falco 0.38.1"));
        // Falco's queue is shared by every client: a probe must leave the alert for the real subscriber.
        QCOMPARE(emulator.queued(), std::size_t(1));
        QCOMPARE(emulator.delivered(), std::uint64_t(0));
    }

    void grpcOnAClosedSocketSaysSoQuickly()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString address = QLatin1String("unix://") + dir.filePath(QStringLiteral("nobody.sock"));
        QElapsedTimer elapsed;
        elapsed.start();
        const ProbeResult result = probe(grpcEndpoint(address));
        QVERIFY(!result.ok);
        QVERIFY2(result.message.startsWith(QLatin1String("Cannot connect to ") + address),
                 qPrintable(result.message));
        QVERIFY(result.falcoVersion.isEmpty());
        QVERIFY2(elapsed.elapsed() < ConnectionProbe::kDefaultTimeoutMs,
                 "nothing listens there: that is known at once, not after the timeout");
    }

    void grpcAfterFalcoStoppedFails()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString address = QLatin1String("unix://") + dir.filePath(QStringLiteral("falco.sock"));
        FalcoEmulator emulator;
        QString error;
        QVERIFY2(emulator.start({address, {}, {}, {}, false}, &error), qPrintable(error));
        QVERIFY(probe(grpcEndpoint(address)).ok);
        emulator.shutdown();
        const ProbeResult result = probe(grpcEndpoint(address));
        QVERIFY(!result.ok);
        QVERIFY2(result.message.contains(address), qPrintable(result.message));
    }

    void grpcThatNeverAnswersTimesOut()
    {
        // Accepts TCP connections and never speaks HTTP/2.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        EndpointConfig endpoint = grpcEndpoint(QStringLiteral("127.0.0.1:%1").arg(silent.serverPort()));
        endpoint.insecure = true;
        QElapsedTimer elapsed;
        elapsed.start();
        const ProbeResult result = probe(endpoint, 700);
        QVERIFY(!result.ok);
        // gRPC words it as a handshake that timed out or a deadline; either way it names the server.
        QVERIFY2(result.message.contains(endpoint.address), qPrintable(result.message));
        QVERIFY2(result.message.contains(QLatin1String("timed out"))
                     || result.message.contains(QLatin1String("No answer")),
                 qPrintable(result.message));
        QVERIFY2(elapsed.elapsed() < 3000, "the probe's own timeout applies, not the 5 s default");
    }

    void grpcOverTcpNeedsMutualTls()
    {
        const ProbeResult result = probe(grpcEndpoint(QStringLiteral("127.0.0.1:5060")));
        QVERIFY(!result.ok);
        QVERIFY2(result.message.contains(QLatin1String("mutual TLS")), qPrintable(result.message));
    }

    void grpcWithMutualTlsConnectsOnlyWithTrustedFiles()
    {
        test::TestCertificates certificates;
        QString error;
        QVERIFY2(certificates.generate(&error), qPrintable(error));
        FalcoEmulator emulator;
        QVERIFY2(emulator.start({QStringLiteral("127.0.0.1:0"), certificates.caCert(),
                                 certificates.serverCert(), certificates.serverKey(), false},
                                &error),
                 qPrintable(error));
        EndpointConfig endpoint = grpcEndpoint(QStringLiteral("localhost:%1").arg(emulator.boundPort()));
        endpoint.caFile = certificates.caCert();
        endpoint.certFile = certificates.clientCert();
        endpoint.keyFile = certificates.clientKey();
        const ProbeResult trusted = probe(endpoint);
        QVERIFY2(trusted.ok, qPrintable(trusted.message));
        QCOMPARE(trusted.falcoVersion, QStringLiteral("0.43.1"));

        endpoint.caFile = certificates.otherCaCert();
        const ProbeResult untrusted = probe(endpoint);
        QVERIFY2(!untrusted.ok, "a server signed by a CA we do not trust must not pass");

        endpoint.caFile = certificates.caCert();
        endpoint.keyFile = QStringLiteral("/nonexistent/client.key");
        const ProbeResult missingKey = probe(endpoint);
        QVERIFY(!missingKey.ok);
        QVERIFY2(missingKey.message.contains(QLatin1String("/nonexistent/client.key")),
                 qPrintable(missingKey.message));
    }

    void httpOnAnOccupiedPortFails()
    {
        QTcpServer occupant;
        QVERIFY(occupant.listen(QHostAddress::LocalHost));
        const QString address = QStringLiteral("127.0.0.1:%1").arg(occupant.serverPort());
        const ProbeResult result = probe(httpEndpoint(address));
        QVERIFY(!result.ok);
        QVERIFY2(result.message.startsWith(QLatin1String("Cannot listen on ") + address),
                 qPrintable(result.message));
    }

    void httpOnAFreePortPassesAndReleasesIt()
    {
        QTcpServer finder;
        QVERIFY(finder.listen(QHostAddress::LocalHost));
        const quint16 port = finder.serverPort();
        finder.close();
        const QString address = QStringLiteral("127.0.0.1:%1").arg(port);
        const ProbeResult result = probe(httpEndpoint(address));
        QVERIFY2(result.ok, qPrintable(result.message));
        QCOMPARE(result.message, QStringLiteral("Can listen on ") + address);
        QTcpServer after;
        QVERIFY2(after.listen(QHostAddress::LocalHost, port), "the probe must let go of the port");
    }

    void httpWithABadListenAddressSaysWhy()
    {
        const ProbeResult result = probe(httpEndpoint(QStringLiteral("falco.example.com:2801")));
        QVERIFY(!result.ok);
        QVERIFY2(result.message.contains(QLatin1String("falco.example.com:2801")),
                 qPrintable(result.message));
    }

    void replayOfAGoodCapturePasses()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("good.jsonl"));
        const FalcoAlert alert = test::cloudTrailAlert(7);
        QVERIFY(writeFile(path, "\n" + alertToJsonLine(alert) + alertToJsonLine(test::cloudTrailAlert(8))));
        const ProbeResult result = probe(replayEndpoint(path));
        QVERIFY2(result.ok, qPrintable(result.message));
        QVERIFY2(result.message.contains(alert.rule), qPrintable(result.message));
        QVERIFY2(result.message.contains(QLatin1String("line 2")), qPrintable(result.message));
    }

    void replayWhoseFirstLineIsBrokenFailsWithLineAndColumn()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.jsonl"));
        QVERIFY(writeFile(path, "{\"rule\": oops}\n" + alertToJsonLine(test::cloudTrailAlert(1))));
        const ProbeResult result = probe(replayEndpoint(path));
        QVERIFY(!result.ok);
        QVERIFY2(result.message.startsWith(path + QLatin1String(":1:")), qPrintable(result.message));
    }

    void replayOfAMissingOrEmptyFileFails()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("missing.jsonl"));
        ProbeResult result = probe(replayEndpoint(missing));
        QVERIFY(!result.ok);
        QVERIFY2(result.message.contains(QLatin1String("does not exist")), qPrintable(result.message));

        const QString empty = dir.filePath(QStringLiteral("empty.jsonl"));
        QVERIFY(writeFile(empty, "\n\n"));
        result = probe(replayEndpoint(empty));
        QVERIFY(!result.ok);
        QVERIFY2(result.message.contains(QLatin1String("no alerts")), qPrintable(result.message));
    }

    void aCancelledProbeNeverReports()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        EndpointConfig endpoint = grpcEndpoint(QStringLiteral("127.0.0.1:%1").arg(silent.serverPort()));
        endpoint.insecure = true;
        ConnectionProbe prober;
        QSignalSpy finished(&prober, &ConnectionProbe::finished);
        prober.start(endpoint);
        QVERIFY(prober.isRunning());
        QElapsedTimer elapsed;
        elapsed.start();
        prober.cancel();
        QVERIFY2(elapsed.elapsed() < 2000, "cancelling does not wait out the timeout");
        QVERIFY(!prober.isRunning());
        QTest::qWait(200);
        QCOMPARE(finished.size(), 0);

        // A new probe supersedes one under way; only the new one reports.
        prober.start(endpoint);
        prober.start(replayEndpoint(QStringLiteral("/nonexistent/capture.jsonl")));
        QVERIFY(finished.wait(5000));
        QTest::qWait(200);
        QCOMPARE(finished.size(), 1);
        QVERIFY(
            finished.first().first().value<ProbeResult>().message.contains(QLatin1String("does not exist")));
    }
};

QTEST_GUILESS_MAIN(TestConnectionProbe)
#include "test_connection_probe.moc"
