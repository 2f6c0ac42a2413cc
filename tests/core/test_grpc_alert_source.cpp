#include "core/emulator/FalcoEmulator.h"
#include "core/ingest/grpc/GrpcAlertSource.h"

#include "falco/outputs.grpc.pb.h"
#include "support/AlertFixtures.h"
#include "support/TestCertificates.h"

#include <QFile>
#include <QScopeGuard>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <grpcpp/grpcpp.h>

#include <atomic>
#include <thread>

using namespace tfdrift;

namespace {
AlertBatch collect(const QSignalSpy &spy)
{
    AlertBatch all;
    for (const QList<QVariant> &arguments : spy)
        all += arguments.at(0).value<AlertBatch>();
    return all;
}

qint64 sequenceOf(const FalcoAlert &alert)
{
    // Over gRPC Falco flattens every value to a string.
    return alert.outputFields.value(QStringLiteral("evt.num")).toString().toLongLong();
}

EndpointConfig insecureEndpoint(const QString &address)
{
    EndpointConfig endpoint;
    endpoint.name = QStringLiteral("test-falco");
    endpoint.address = address;
    endpoint.insecure = true;
    endpoint.pollIntervalMs = 20;
    return endpoint;
}
} // namespace

class TestGrpcAlertSource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void receivesOverPlainTcp()
    {
        FalcoEmulator emulator;
        QString error;
        QVERIFY2(emulator.start({QStringLiteral("127.0.0.1:0"), {}, {}, {}, true}, &error),
                 qPrintable(error));
        for (int i = 0; i < 50; ++i)
            emulator.enqueue(test::cloudTrailAlert(i));

        GrpcAlertSource source(insecureEndpoint(QStringLiteral("127.0.0.1:%1").arg(emulator.boundPort())));
        QSignalSpy batches(&source, &AlertSource::alertsArrived);
        source.start();
        QTRY_COMPARE(source.alertCount(), quint64(50));
        QCOMPARE(source.state().kind, ConnectionState::Kind::Connected);
        QCOMPARE(source.falcoVersion(), QStringLiteral("0.43.1"));

        const AlertBatch alerts = collect(batches);
        for (int i = 0; i < 50; ++i) {
            const FalcoAlert expected = test::cloudTrailAlert(i);
            QCOMPARE(sequenceOf(alerts[i]), i);
            QCOMPARE(alerts[i].rule, expected.rule);
            QCOMPARE(alerts[i].priority, FalcoPriority::Warning);
            QCOMPARE(alerts[i].source, QStringLiteral("aws_cloudtrail"));
            QCOMPARE(alerts[i].timeNs, expected.timeNs);
            QCOMPARE(alerts[i].tags, expected.tags);
            QCOMPARE(alerts[i].hostname, expected.hostname);
            QCOMPARE(alerts[i].endpoint, QStringLiteral("test-falco"));
            QVERIFY(alerts[i].receivedAtMs > 0);
            // Non-string values travel as JSON text, the way Falco fills the gRPC map.
            QCOMPARE(alerts[i].outputFields.value(QStringLiteral("evt.time")).toString(),
                     QString::number(expected.timeNs));
            QCOMPARE(alerts[i].outputFields.value(QStringLiteral("ct.request")),
                     expected.outputFields.value(QStringLiteral("ct.request")));
        }
        QVERIFY2(batches.size() < 50, "alerts must be handed over in batches");
    }

    void receivesOverUnixSocket()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString address = QLatin1String("unix://") + dir.filePath(QStringLiteral("falco.sock"));
        FalcoEmulator emulator;
        QString error;
        QVERIFY2(emulator.start({address, {}, {}, {}, false}, &error), qPrintable(error));
        emulator.enqueue(test::cloudTrailAlert(1));

        EndpointConfig endpoint = insecureEndpoint(address);
        endpoint.insecure = false; // a unix socket needs no TLS, as with Falco
        GrpcAlertSource source(endpoint);
        source.start();
        QTRY_COMPARE(source.alertCount(), quint64(1));
        QCOMPARE(source.state(), ConnectionState::connected(address));
    }

    void mutualTlsAcceptsOnlyTrustedPeers()
    {
        test::TestCertificates certificates;
        QString error;
        QVERIFY2(certificates.generate(&error), qPrintable(error));
        FalcoEmulator emulator;
        FalcoEmulator::Options options{QStringLiteral("127.0.0.1:0"), certificates.caCert(),
                                       certificates.serverCert(), certificates.serverKey(), false};
        QVERIFY2(emulator.start(options, &error), qPrintable(error));
        emulator.enqueue(test::cloudTrailAlert(1));

        EndpointConfig endpoint;
        endpoint.name = QStringLiteral("prod");
        endpoint.address = QStringLiteral("localhost:%1").arg(emulator.boundPort());
        endpoint.caFile = certificates.caCert();
        endpoint.certFile = certificates.clientCert();
        endpoint.keyFile = certificates.clientKey();
        endpoint.maxRetries = 0;

        {
            GrpcAlertSource trusted(endpoint);
            trusted.start();
            QTRY_COMPARE(trusted.alertCount(), quint64(1));
        }

        // A client that does not trust the server's CA must not connect.
        EndpointConfig wrongCa = endpoint;
        wrongCa.caFile = certificates.otherCaCert();
        GrpcAlertSource distrustful(wrongCa);
        distrustful.start();
        QTRY_COMPARE_WITH_TIMEOUT(distrustful.state().kind, ConnectionState::Kind::Failed, 10000);

        // What follows must not get at this alert.
        emulator.enqueue(test::cloudTrailAlert(2));

        // A client certificate from another CA is refused by the server (mutual TLS).
        EndpointConfig stranger = endpoint;
        stranger.certFile = certificates.strangerCert();
        stranger.keyFile = certificates.strangerKey();
        GrpcAlertSource refused(stranger);
        refused.start();
        QTRY_COMPARE_WITH_TIMEOUT(refused.state().kind, ConnectionState::Kind::Failed, 10000);
        QCOMPARE(refused.alertCount(), quint64(0));

        // And so is a client that presents no certificate at all.
        grpc::SslCredentialsOptions anonymousTls;
        QFile ca(certificates.caCert());
        QVERIFY(ca.open(QIODevice::ReadOnly));
        anonymousTls.pem_root_certs = ca.readAll().toStdString();
        auto channel
            = grpc::CreateChannel(endpoint.address.toStdString(), grpc::SslCredentials(anonymousTls));
        auto stub = falco::outputs::service::NewStub(channel);
        grpc::ClientContext context;
        context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(5));
        auto reader = stub->get(&context, falco::outputs::request());
        falco::outputs::response response;
        QVERIFY(!reader->Read(&response));
        QVERIFY(!reader->Finish().ok());
        QCOMPARE(emulator.queued(), std::size_t(1));
    }

    void tcpWithoutTlsOrInsecureIsRefused()
    {
        EndpointConfig endpoint = insecureEndpoint(QStringLiteral("127.0.0.1:1"));
        endpoint.insecure = false;
        endpoint.maxRetries = 0;
        GrpcAlertSource source(endpoint);
        source.start();
        QTRY_COMPARE(source.state().kind, ConnectionState::Kind::Failed);
        QVERIFY(source.state().detail.contains(QStringLiteral("mutual TLS")));
    }

    void aClientThatStopsPollingStopsReceiving()
    {
        FalcoEmulator emulator;
        QString error;
        QVERIFY2(emulator.start({QStringLiteral("127.0.0.1:0"), {}, {}, {}, true}, &error),
                 qPrintable(error));
        auto channel
            = grpc::CreateChannel(QStringLiteral("127.0.0.1:%1").arg(emulator.boundPort()).toStdString(),
                                  grpc::InsecureChannelCredentials());
        QVERIFY(channel->WaitForConnected(std::chrono::system_clock::now() + std::chrono::seconds(10)));
        auto stub = falco::outputs::service::NewStub(channel);
        grpc::ClientContext context;
        auto stream = stub->sub(&context);

        for (int i = 0; i < 5; ++i)
            emulator.enqueue(test::cloudTrailAlert(i));
        QVERIFY(stream->Write(falco::outputs::request()));

        std::atomic<int> received{0};
        std::thread reader([&] {
            falco::outputs::response response;
            while (stream->Read(&response))
                ++received;
        });
        // However the test ends, the reader must be stopped before the stream goes away.
        const auto stopReader = qScopeGuard([&] {
            context.TryCancel();
            reader.join();
        });
        QTRY_COMPARE(emulator.subscribers(), std::uint64_t(1));
        QTRY_COMPARE(emulator.delivered(), std::uint64_t(5));
        QTRY_COMPARE(received.load(), 5);

        // No further request: queued alerts stay on the server.
        for (int i = 5; i < 8; ++i)
            emulator.enqueue(test::cloudTrailAlert(i));
        QTest::qWait(500);
        QCOMPARE(received.load(), 5);
        QCOMPARE(emulator.queued(), std::size_t(3));

        // The next poll collects them.
        QVERIFY(stream->Write(falco::outputs::request()));
        QTRY_COMPARE(received.load(), 8);
    }

    void getPullsWhatIsQueuedOnce()
    {
        FalcoEmulator emulator;
        QString error;
        QVERIFY2(emulator.start({QStringLiteral("127.0.0.1:0"), {}, {}, {}, true}, &error),
                 qPrintable(error));
        for (int i = 0; i < 7; ++i)
            emulator.enqueue(test::cloudTrailAlert(i));
        const EndpointConfig endpoint
            = insecureEndpoint(QStringLiteral("127.0.0.1:%1").arg(emulator.boundPort()));
        const GrpcPullResult first = pullQueuedAlerts(endpoint, 5000);
        QVERIFY2(first.ok, qPrintable(first.error));
        QCOMPARE(first.alerts.size(), 7);
        QCOMPARE(first.falcoVersion, QStringLiteral("0.43.1"));
        QCOMPARE(sequenceOf(first.alerts.last()), 6);
        const GrpcPullResult second = pullQueuedAlerts(endpoint, 5000);
        QVERIFY(second.ok);
        QVERIFY(second.alerts.isEmpty());
    }

    void twoClientsSplitOneQueue()
    {
        FalcoEmulator emulator;
        QString error;
        QVERIFY2(emulator.start({QStringLiteral("127.0.0.1:0"), {}, {}, {}, true}, &error),
                 qPrintable(error));
        const EndpointConfig endpoint
            = insecureEndpoint(QStringLiteral("127.0.0.1:%1").arg(emulator.boundPort()));
        GrpcAlertSource first(endpoint);
        GrpcAlertSource second(endpoint);
        QSignalSpy firstBatches(&first, &AlertSource::alertsArrived);
        QSignalSpy secondBatches(&second, &AlertSource::alertsArrived);
        first.start();
        second.start();
        QTRY_COMPARE(emulator.subscribers(), std::uint64_t(2));
        // Trickle the alerts in over a second so that both clients' polls find some.
        for (int round = 0; round < 40; ++round) {
            for (int i = 0; i < 25; ++i)
                emulator.enqueue(test::cloudTrailAlert(round * 25 + i));
            QTest::qWait(25);
        }
        QTRY_COMPARE(first.alertCount() + second.alertCount(), quint64(1000));
        QSet<qint64> seen;
        for (const FalcoAlert &alert : collect(firstBatches) + collect(secondBatches))
            seen.insert(sequenceOf(alert));
        QCOMPARE(seen.size(), 1000);
        QVERIFY2(first.alertCount() > 0 && second.alertCount() > 0, "both clients pop from the shared queue");
    }

    void retriesWithGrowingDelaysThenFails()
    {
        EndpointConfig endpoint = insecureEndpoint(QStringLiteral("127.0.0.1:1"));
        endpoint.maxRetries = 2;
        GrpcAlertSource source(endpoint);
        source.setBackoffPolicy({50, 1000, 2.0, 0.0});
        QSignalSpy states(&source, &AlertSource::stateChanged);
        source.start();
        QTRY_COMPARE_WITH_TIMEOUT(source.state().kind, ConnectionState::Kind::Failed, 20000);
        QList<ConnectionState::Kind> kinds;
        QList<int> delays;
        for (const QList<QVariant> &arguments : states) {
            const auto state = arguments.at(0).value<ConnectionState>();
            kinds.append(state.kind);
            if (state.kind == ConnectionState::Kind::Retrying)
                delays.append(state.retryInMs);
        }
        using K = ConnectionState::Kind;
        QCOMPARE(
            kinds,
            QList<K>({K::Connecting, K::Retrying, K::Connecting, K::Retrying, K::Connecting, K::Failed}));
        QCOMPARE(delays, QList<int>({50, 100}));
        QVERIFY(!source.state().detail.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestGrpcAlertSource)
#include "test_grpc_alert_source.moc"
