#include "core/ingest/grpc/GrpcAlertSource.h"

#include "support/AlertFixtures.h"
#include "support/ChildProcess.h"

#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tfdrift;
using namespace tfdrift::test;

namespace {
QString writeCapture(const QTemporaryDir &dir, const QString &name, int first, int count)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    for (int i = first; i < first + count; ++i)
        file.write(cloudTrailAlertJson(i) + '\n');
    return path;
}

qint64 sequenceOf(const FalcoAlert &alert)
{
    return alert.outputFields.value(QStringLiteral("evt.num")).toString().toLongLong();
}
} // namespace

class TestEmulatorRestart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void survivesEmulatorRestartMidStream()
    {
        QTemporaryDir dir;
        const QString socket = dir.filePath(QStringLiteral("falco.sock"));
        const QString firstCapture = writeCapture(dir, QStringLiteral("first.jsonl"), 0, 200);
        const QString secondCapture = writeCapture(dir, QStringLiteral("second.jsonl"), 1000, 50);

        auto emulator = std::make_unique<EmulatorProcess>();
        QString error;
        // A steady stream, so the kill lands mid-stream.
        QVERIFY2(
            emulator->start({QStringLiteral("--unix"), socket, QStringLiteral("--replay"), firstCapture,
                             QStringLiteral("--rate"), QStringLiteral("100"), QStringLiteral("--keep-time")},
                            &error),
            qPrintable(error));

        EndpointConfig endpoint;
        endpoint.name = QStringLiteral("restarting-falco");
        endpoint.address = QLatin1String("unix://") + socket;
        endpoint.pollIntervalMs = 50;
        GrpcAlertSource source(endpoint);
        source.setBackoffPolicy({200, 1000, 2.0, 0.2});
        QSignalSpy states(&source, &AlertSource::stateChanged);
        QSignalSpy batches(&source, &AlertSource::alertsArrived);
        source.start();
        QTRY_VERIFY_WITH_TIMEOUT(source.alertCount() >= 20, 10000);

        emulator->kill();
        QTRY_COMPARE_WITH_TIMEOUT(source.state().kind, ConnectionState::Kind::Retrying, 10000);
        QVERIFY(source.state().retryInMs > 0);
        const quint64 beforeRestart = source.alertCount();
        QTest::qWait(700); // at least one retry fails while nobody listens

        emulator = std::make_unique<EmulatorProcess>();
        QVERIFY2(
            emulator->start({QStringLiteral("--unix"), socket, QStringLiteral("--replay"), secondCapture,
                             QStringLiteral("--rate"), QStringLiteral("0"), QStringLiteral("--keep-time")},
                            &error),
            qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(source.alertCount(), beforeRestart + 50, 15000);
        QCOMPARE(source.state().kind, ConnectionState::Kind::Connected);

        // States in order: connect, lose it, retry (possibly several times), connect again.
        using K = ConnectionState::Kind;
        QList<K> kinds;
        for (const QList<QVariant> &arguments : states)
            kinds.append(arguments.at(0).value<ConnectionState>().kind);
        QVERIFY(kinds.size() >= 5);
        QCOMPARE(kinds.mid(0, 3), QList<K>({K::Connecting, K::Connected, K::Retrying}));
        QCOMPARE(kinds.last(), K::Connected);
        for (qsizetype i = 3; i + 1 < kinds.size(); ++i) {
            // In between only retries and attempts alternate; never a Failed.
            QVERIFY(kinds[i] == K::Connecting || kinds[i] == K::Retrying);
            QVERIFY(kinds[i] != kinds[i + 1]);
        }

        QSet<qint64> afterRestart;
        for (const QList<QVariant> &arguments : batches) {
            for (const FalcoAlert &alert : arguments.at(0).value<AlertBatch>()) {
                if (sequenceOf(alert) >= 1000)
                    afterRestart.insert(sequenceOf(alert));
            }
        }
        QCOMPARE(afterRestart.size(), 50);
    }

    void hundredThousandAlertsArriveExactlyOnce()
    {
        constexpr int kAlerts = 100'000;
        QTemporaryDir dir;
        const QString socket = dir.filePath(QStringLiteral("falco.sock"));
        const QString capture = writeCapture(dir, QStringLiteral("big.jsonl"), 0, kAlerts);
        EmulatorProcess emulator;
        QString error;
        QVERIFY2(emulator.start({QStringLiteral("--unix"), socket, QStringLiteral("--replay"), capture,
                                 QStringLiteral("--rate"), QStringLiteral("50000"),
                                 QStringLiteral("--keep-time"), QStringLiteral("--exit-when-drained")},
                                &error, 60'000),
                 qPrintable(error));

        EndpointConfig endpoint;
        endpoint.name = QStringLiteral("bulk");
        endpoint.address = QLatin1String("unix://") + socket;
        GrpcAlertSource source(endpoint);
        QVector<bool> seen(kAlerts, false);
        int duplicates = 0;
        int outOfRange = 0;
        QObject::connect(&source, &AlertSource::alertsArrived, &source, [&](const AlertBatch &batch) {
            for (const FalcoAlert &alert : batch) {
                const qint64 sequence = sequenceOf(alert);
                if (sequence < 0 || sequence >= kAlerts)
                    ++outOfRange;
                else if (seen[sequence])
                    ++duplicates;
                else
                    seen[sequence] = true;
            }
        });
        source.start();
        QTRY_COMPARE_WITH_TIMEOUT(source.alertCount(), quint64(kAlerts), 120'000);
        // The emulator drains and exits; nothing more may show up afterwards.
        QProcess &process = emulator.process();
        QVERIFY(process.state() == QProcess::NotRunning || process.waitForFinished(30'000));
        QCOMPARE(process.exitCode(), 0);
        QTest::qWait(300);
        QCOMPARE(source.alertCount(), quint64(kAlerts));
        QCOMPARE(duplicates, 0);
        QCOMPARE(outOfRange, 0);
        QCOMPARE(int(std::count(seen.begin(), seen.end(), true)), kAlerts);
    }
};

QTEST_GUILESS_MAIN(TestEmulatorRestart)
#include "test_emulator_restart.moc"
