#include "core/ingest/replay/ReplayAlertSource.h"
#include "core/ingest/replay/ReplayReader.h"

#include "support/AlertFixtures.h"

#include <QBuffer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tfdrift;

class TestReplayReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsEveryLineOfACapture()
    {
        QByteArray capture;
        for (int i = 0; i < 10; ++i)
            capture += test::cloudTrailAlertJson(i) + '\n';
        QBuffer buffer(&capture);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        ReplayReader reader(&buffer, QStringLiteral("capture.jsonl"));
        AlertBatch alerts;
        while (reader.readBatch(&alerts, 3)) { }
        QCOMPARE(alerts.size(), 10);
        for (int i = 0; i < 10; ++i)
            QCOMPARE(alerts[i], test::cloudTrailAlert(i));
        QVERIFY(reader.takeErrors().isEmpty());
    }

    void reportsCorruptLineAndReadsTheRest()
    {
        QByteArray capture = test::cloudTrailAlertJson(1) + '\n';
        capture += "\n";                                               // line 2: blank lines are fine
        capture += "{\"rule\":\"r\",\"priority\":\"Warning\",oops}\n"; // line 3: broken JSON
        capture += test::cloudTrailAlertJson(4) + '\n';
        capture += "{\"rule\":\"r\",\"priority\":\"HIGH\",\"time\":\"2026-03-06T21:22:54Z\"}\n"; // line 5
        capture += test::cloudTrailAlertJson(6); // last line without a newline
        QBuffer buffer(&capture);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        ReplayReader reader(&buffer, QStringLiteral("capture.jsonl"));
        AlertBatch alerts;
        while (reader.readBatch(&alerts, 100)) { }
        QCOMPARE(alerts.size(), 3);
        QCOMPARE(alerts[0].outputFields.value(QStringLiteral("evt.num")).toInteger(), 1);
        QCOMPARE(alerts[1].outputFields.value(QStringLiteral("evt.num")).toInteger(), 4);
        QCOMPARE(alerts[2].outputFields.value(QStringLiteral("evt.num")).toInteger(), 6);

        const QList<ReplayError> errors = reader.takeErrors();
        QCOMPARE(errors.size(), 2);
        QCOMPARE(errors[0].line, 3);
        QCOMPARE(errors[0].column, 34); // where "oops" starts
        QVERIFY(errors[0].toString().startsWith(QStringLiteral("capture.jsonl:3:34: error: ")));
        QCOMPARE(errors[1].line, 5);
        QVERIFY(errors[1].message.contains(QStringLiteral("priority")));
    }

    void replaySourceDeliversInBatchesAndReportsErrors()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("capture.jsonl"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int i = 0; i < 5000; ++i) {
            file.write(test::cloudTrailAlertJson(i) + '\n');
            if (i == 2500)
                file.write("not json at all\n");
        }
        file.close();

        EndpointConfig endpoint;
        endpoint.name = QStringLiteral("saved-capture");
        endpoint.transport = EndpointConfig::Transport::Replay;
        endpoint.replayFile = path;
        ReplayAlertSource source(endpoint);
        QSignalSpy batches(&source, &AlertSource::alertsArrived);
        QSignalSpy rejected(&source, &ReplayAlertSource::lineRejected);
        QSignalSpy finished(&source, &ReplayAlertSource::finished);
        source.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);

        qsizetype received = 0;
        for (const QList<QVariant> &arguments : batches) {
            const auto batch = arguments.at(0).value<AlertBatch>();
            for (const FalcoAlert &alert : batch) {
                QCOMPARE(alert.endpoint, QStringLiteral("saved-capture"));
                QCOMPARE(alert.outputFields.value(QStringLiteral("evt.num")).toInteger(), received);
                ++received;
            }
        }
        QCOMPARE(received, 5000);
        QVERIFY2(batches.size() < 100, "alerts must arrive in batches, not one signal each");
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected.at(0).at(0).value<ReplayError>().line, 2502);
        QCOMPARE(finished.at(0).at(0).value<quint64>(), quint64(5000));
        QCOMPARE(source.alertCount(), quint64(5000));
    }

    void missingFileFailsWithReason()
    {
        EndpointConfig endpoint;
        endpoint.name = QStringLiteral("missing");
        endpoint.transport = EndpointConfig::Transport::Replay;
        endpoint.replayFile = QStringLiteral("/nonexistent/capture.jsonl");
        ReplayAlertSource source(endpoint);
        source.start();
        QTRY_COMPARE(source.state().kind, ConnectionState::Kind::Failed);
        QVERIFY(source.state().detail.contains(QStringLiteral("/nonexistent/capture.jsonl")));
    }
};

QTEST_GUILESS_MAIN(TestReplayReader)
#include "test_replay_reader.moc"
