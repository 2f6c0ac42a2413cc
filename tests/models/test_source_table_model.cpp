// The Sources dock's table: one row per source, live states, counters that tick once a second,
// the last error kept after a reconnect, a retry countdown and the shared-queue warning.
#include "core/ingest/AlertSource.h"
#include "models/SourceTableModel.h"

#include "support/AlertFixtures.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace tfdrift;

namespace {
class FakeSource : public AlertSource
{
public:
    using AlertSource::AlertSource;
    void start() override { }
    void stop() override { }

    void setState(ConnectionState state) { postState(std::move(state)); }
    void setVersion(const QString &version) { postFalcoVersion(version); }
    void deliver(int count)
    {
        AlertBatch batch;
        for (int i = 0; i < count; ++i)
            batch.append(test::cloudTrailAlert(i));
        postAlerts(std::move(batch));
    }
};

EndpointConfig grpcConfig(const QString &name, const QString &address)
{
    EndpointConfig config;
    config.name = name;
    config.address = address;
    return config;
}

QString cell(const SourceTableModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.index(row, column).data(role).toString();
}
} // namespace

class TestSourceTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsWhereEachSourceReadsFrom()
    {
        SourceTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        FakeSource demo(QStringLiteral("demo"));
        FakeSource prod(QStringLiteral("prod"));
        FakeSource sidekick(QStringLiteral("sidekick"));
        FakeSource capture(QStringLiteral("capture"));
        EndpointConfig http;
        http.name = QStringLiteral("sidekick");
        http.transport = EndpointConfig::Transport::Http;
        http.listenAddress = QStringLiteral("0.0.0.0:2801");
        EndpointConfig replay;
        replay.name = QStringLiteral("capture");
        replay.transport = EndpointConfig::Transport::Replay;
        replay.replayFile = QStringLiteral("/var/log/falco/events.jsonl");

        model.addSource(&demo);
        model.addSource(&prod,
                        grpcConfig(QStringLiteral("prod"), QStringLiteral("unix:///run/falco/falco.sock")));
        model.addSource(&sidekick, http);
        model.addSource(&capture, replay);

        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(cell(model, 0, SourceTableModel::NameColumn), QStringLiteral("demo"));
        QCOMPARE(cell(model, 0, SourceTableModel::TransportColumn), QStringLiteral("built-in demo"));
        QCOMPARE(cell(model, 1, SourceTableModel::TransportColumn),
                 QStringLiteral("gRPC unix:///run/falco/falco.sock"));
        QCOMPARE(cell(model, 2, SourceTableModel::TransportColumn),
                 QStringLiteral("HTTP listener 0.0.0.0:2801"));
        QCOMPARE(cell(model, 3, SourceTableModel::TransportColumn),
                 QStringLiteral("Replay file /var/log/falco/events.jsonl"));
        QCOMPARE(cell(model, 0, SourceTableModel::StateColumn), QStringLiteral("Idle"));
        QCOMPARE(model.index(0, 0).data(SourceTableModel::HasConfigRole).toBool(), false);
        QCOMPARE(model.index(1, 0).data(SourceTableModel::HasConfigRole).toBool(), true);
        QCOMPARE(model.rowOfSource(QStringLiteral("sidekick")), 2);
        QCOMPARE(model.configs().size(), 3);
    }

    void followsStatesAndKeepsTheLastErrorWithACountdown()
    {
        qint64 now = 100'000;
        SourceTableModel model;
        model.setClock([&now] { return now; });
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        FakeSource source(QStringLiteral("prod"));
        model.addSource(&source, grpcConfig(QStringLiteral("prod"), QStringLiteral("falco-1:5060")));

        source.setState(ConnectionState::connecting(QStringLiteral("falco-1:5060")));
        QTRY_COMPARE(cell(model, 0, SourceTableModel::StateColumn),
                     QStringLiteral("Connecting to falco-1:5060"));
        source.setState(ConnectionState::connected(QStringLiteral("falco-1:5060")));
        source.setVersion(QStringLiteral("0.38.1"));
        QTRY_COMPARE(cell(model, 0, SourceTableModel::StateColumn),
                     QStringLiteral("Connected to falco-1:5060"));
        QTRY_COMPARE(cell(model, 0, SourceTableModel::FalcoVersionColumn), QStringLiteral("0.38.1"));
        QCOMPARE(cell(model, 0, SourceTableModel::LastErrorColumn), QString());
        QCOMPARE(cell(model, 0, SourceTableModel::NextRetryColumn), QString());

        source.setState(ConnectionState::retrying(5000, QStringLiteral("connection refused")));
        QTRY_COMPARE(cell(model, 0, SourceTableModel::NextRetryColumn), QStringLiteral("in 5 s"));
        QCOMPARE(cell(model, 0, SourceTableModel::StateColumn),
                 QStringLiteral("Retrying in 5 s: connection refused"));
        const QString lastError = cell(model, 0, SourceTableModel::LastErrorColumn);
        QVERIFY2(lastError.startsWith(QLatin1String("connection refused (at ")), qPrintable(lastError));

        // The countdown runs from when the state arrived, and state and countdown agree.
        now += 2100;
        model.refresh();
        QCOMPARE(cell(model, 0, SourceTableModel::NextRetryColumn), QStringLiteral("in 3 s"));
        QCOMPARE(cell(model, 0, SourceTableModel::StateColumn),
                 QStringLiteral("Retrying in 3 s: connection refused"));
        now += 5000;
        model.refresh();
        QCOMPARE(cell(model, 0, SourceTableModel::NextRetryColumn), QStringLiteral("now"));

        source.setState(ConnectionState::connected(QStringLiteral("falco-1:5060")));
        QTRY_COMPARE(cell(model, 0, SourceTableModel::StateColumn),
                     QStringLiteral("Connected to falco-1:5060"));
        QCOMPARE(cell(model, 0, SourceTableModel::NextRetryColumn), QString());
        QCOMPARE(cell(model, 0, SourceTableModel::LastErrorColumn), lastError);
        QVERIFY(cell(model, 0, SourceTableModel::LastErrorColumn, Qt::ToolTipRole)
                    .contains(QLatin1String("connection refused")));

        source.setState(ConnectionState::failed(QStringLiteral("certificate verify failed")));
        QTRY_VERIFY(cell(model, 0, SourceTableModel::LastErrorColumn)
                        .startsWith(QLatin1String("certificate verify failed")));
    }

    void refreshesRatesAndTotalsWithOneSignal()
    {
        qint64 now = 50'000;
        SourceTableModel model;
        model.setClock([&now] { return now; });
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        FakeSource first(QStringLiteral("first"));
        FakeSource idle(QStringLiteral("idle"));
        FakeSource second(QStringLiteral("second"));
        model.addSource(&first);
        model.addSource(&idle);
        model.addSource(&second);
        model.refresh();

        first.deliver(30);
        second.deliver(5);
        QTRY_COMPARE(second.alertCount(), quint64(5));
        QCOMPARE(first.alertCount(), quint64(30));
        now += 1000;
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.refresh();
        QCOMPARE(changed.size(), 1);
        const QModelIndex topLeft = changed.first().at(0).toModelIndex();
        const QModelIndex bottomRight = changed.first().at(1).toModelIndex();
        QCOMPARE(topLeft.row(), 0);
        QCOMPARE(bottomRight.row(), 2);
        QVERIFY(topLeft.column() <= SourceTableModel::RateColumn);
        QVERIFY(bottomRight.column() >= SourceTableModel::AlertsColumn);
        QCOMPARE(model.index(0, SourceTableModel::AlertsColumn).data().toULongLong(), quint64(30));
        QCOMPARE(model.index(1, SourceTableModel::AlertsColumn).data().toULongLong(), quint64(0));
        QCOMPARE(model.index(2, SourceTableModel::AlertsColumn).data().toULongLong(), quint64(5));
        QCOMPARE(cell(model, 0, SourceTableModel::RateColumn), QLocale().toString(30.0, 'f', 0));
        QCOMPARE(cell(model, 2, SourceTableModel::RateColumn), QLocale().toString(5.0, 'f', 1));

        // Nothing changed: nothing is signalled.
        changed.clear();
        model.refresh();
        QCOMPARE(changed.size(), 0);
    }

    void aDestroyedSourceDisappears()
    {
        SourceTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        FakeSource keep(QStringLiteral("keep"));
        auto gone = std::make_unique<FakeSource>(QStringLiteral("gone"));
        model.addSource(gone.get(), grpcConfig(QStringLiteral("gone"), QStringLiteral("unix:///a.sock")));
        model.addSource(&keep);
        QCOMPARE(model.rowCount(), 2);
        gone.reset();
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(cell(model, 0, SourceTableModel::NameColumn), QStringLiteral("keep"));
        model.removeSource(&keep);
        QCOMPARE(model.rowCount(), 0);
    }

    void warnsWhenTwoSourcesShareOneFalcoQueue()
    {
        SourceTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        FakeSource a(QStringLiteral("console-a"));
        auto b = std::make_unique<FakeSource>(QStringLiteral("console-b"));
        FakeSource other(QStringLiteral("other"));
        FakeSource listener(QStringLiteral("listener"));
        model.addSource(
            &a, grpcConfig(QStringLiteral("console-a"), QStringLiteral("unix:///run/falco/falco.sock")));
        model.addSource(&other,
                        grpcConfig(QStringLiteral("other"), QStringLiteral("unix:///run/other/falco.sock")));
        EndpointConfig http;
        http.name = QStringLiteral("listener");
        http.transport = EndpointConfig::Transport::Http;
        model.addSource(&listener, http);
        QCOMPARE(cell(model, 0, SourceTableModel::NameColumn, SourceTableModel::SharedQueueWarningRole),
                 QString());

        // The same socket written another way is the same Falco.
        model.addSource(
            b.get(), grpcConfig(QStringLiteral("console-b"), QStringLiteral("unix:/run/falco/falco.sock")));
        const QString warningA
            = cell(model, 0, SourceTableModel::NameColumn, SourceTableModel::SharedQueueWarningRole);
        const QString warningB
            = cell(model, 3, SourceTableModel::NameColumn, SourceTableModel::SharedQueueWarningRole);
        QVERIFY2(warningA.contains(QLatin1String("console-b")) && warningA.contains(QLatin1String("split")),
                 qPrintable(warningA));
        QVERIFY2(warningB.contains(QLatin1String("console-a")), qPrintable(warningB));
        QVERIFY(cell(model, 0, SourceTableModel::TransportColumn, Qt::ToolTipRole)
                    .contains(QLatin1String("split")));
        QVERIFY(cell(model, 0, SourceTableModel::TransportColumn).startsWith(QChar(0x26A0)));
        QCOMPARE(cell(model, 1, SourceTableModel::NameColumn, SourceTableModel::SharedQueueWarningRole),
                 QString());
        QCOMPARE(cell(model, 2, SourceTableModel::NameColumn, SourceTableModel::SharedQueueWarningRole),
                 QString());

        b.reset();
        QCOMPARE(cell(model, 0, SourceTableModel::NameColumn, SourceTableModel::SharedQueueWarningRole),
                 QString());
        QCOMPARE(cell(model, 0, SourceTableModel::TransportColumn),
                 QStringLiteral("gRPC unix:///run/falco/falco.sock"));
    }

    void errorTextFromTheNetworkIsNeverRichText()
    {
        SourceTableModel model;
        FakeSource source(QStringLiteral("prod"));
        model.addSource(&source, grpcConfig(QStringLiteral("prod"), QStringLiteral("unix:///f.sock")));
        source.setState(ConnectionState::failed(QStringLiteral("<img src=x>bad")));
        QTRY_VERIFY(
            cell(model, 0, SourceTableModel::LastErrorColumn).startsWith(QLatin1String("<img src=x>bad")));
        const QString tip = cell(model, 0, SourceTableModel::LastErrorColumn, Qt::ToolTipRole);
        QVERIFY2(tip.contains(QLatin1String("&lt;img src=x&gt;bad")) && !tip.contains(QLatin1String("<img")),
                 qPrintable(tip));
    }
};

QTEST_GUILESS_MAIN(TestSourceTableModel)
#include "test_source_table_model.moc"
