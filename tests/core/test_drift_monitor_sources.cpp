// Sources come and go while the monitor runs: the Sources dock adds, edits and removes them.
#include "core/drift/DriftEngine.h"
#include "core/drift/DriftMonitor.h"
#include "core/ingest/AlertSource.h"
#include "core/mapping/MappingCatalog.h"
#include "core/state/StateStore.h"

#include "support/AlertFixtures.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace tfdrift;

namespace {
class CountingSource : public AlertSource
{
public:
    using AlertSource::AlertSource;
    void start() override
    {
        ++starts;
        running = true;
    }
    void stop() override
    {
        ++stops;
        running = false;
    }
    void deliver(int count)
    {
        AlertBatch batch;
        for (int i = 0; i < count; ++i)
            batch.append(test::cloudTrailAlert(i));
        postAlerts(std::move(batch));
    }
    void setState(ConnectionState state) { postState(std::move(state)); }

    int starts = 0;
    int stops = 0;
    bool running = false;
};

std::unique_ptr<DriftMonitor> makeMonitor()
{
    auto engine = std::make_unique<DriftEngine>(std::make_shared<MappingCatalog>(), DriftEngineSettings{});
    return std::make_unique<DriftMonitor>(std::move(engine), nullptr);
}

void processDeferredDeletes()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}
} // namespace

class TestDriftMonitorSources : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aSourceAddedWhileRunningStartsAtOnce()
    {
        auto monitor = makeMonitor();
        auto early = std::make_unique<CountingSource>(QStringLiteral("early"));
        CountingSource *earlyRaw = early.get();
        monitor->addSource(std::move(early), QStringLiteral("production"));
        QCOMPARE(earlyRaw->starts, 0);
        monitor->start();
        QVERIFY(monitor->isRunning());
        QCOMPARE(earlyRaw->starts, 1);

        auto late = std::make_unique<CountingSource>(QStringLiteral("late"));
        CountingSource *lateRaw = late.get();
        monitor->addSource(std::move(late), QStringLiteral("staging"));
        QCOMPARE(lateRaw->starts, 1);
        QCOMPARE(monitor->source(QStringLiteral("late")), lateRaw);

        lateRaw->deliver(3);
        QTRY_COMPARE(monitor->alertCount(), quint64(3));
        monitor->stop();
        QVERIFY(!lateRaw->running && !earlyRaw->running);
    }

    void aRemovedSourceStopsAndGoesAway()
    {
        auto monitor = makeMonitor();
        auto keep = std::make_unique<CountingSource>(QStringLiteral("keep"));
        auto drop = std::make_unique<CountingSource>(QStringLiteral("drop"));
        QPointer<CountingSource> dropped = drop.get();
        monitor->addSource(std::move(keep), {});
        monitor->addSource(std::move(drop), {});
        monitor->start();
        QSignalSpy removed(monitor.get(), &DriftMonitor::sourceRemoved);
        QSignalSpy states(monitor.get(), &DriftMonitor::sourceStateChanged);

        dropped->deliver(2); // queued before the removal: dropped with the source
        QVERIFY(monitor->removeSource(QStringLiteral("drop")));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().first().toString(), QStringLiteral("drop"));
        QCOMPARE(monitor->sources().size(), std::size_t(1));
        QCOMPARE(monitor->source(QStringLiteral("drop")), nullptr);
        QVERIFY(dropped);
        QCOMPARE(dropped->stops, 1);
        processDeferredDeletes();
        QVERIFY2(!dropped, "the monitor owned the source and lets it go");
        QTest::qWait(50);
        QCOMPARE(monitor->alertCount(), quint64(0));
        QCOMPARE(states.size(), 0);
        QVERIFY(!monitor->removeSource(QStringLiteral("drop")));
    }

    void aSourceCanBeRemovedFromItsOwnSignal()
    {
        auto monitor = makeMonitor();
        auto source = std::make_unique<CountingSource>(QStringLiteral("flaky"));
        QPointer<CountingSource> raw = source.get();
        monitor->addSource(std::move(source), {});
        monitor->start();
        connect(raw.data(), &AlertSource::stateChanged, monitor.get(),
                [&monitor](const ConnectionState &state) {
                    if (state.kind == ConnectionState::Kind::Failed)
                        monitor->removeSource(QStringLiteral("flaky"));
                });
        raw->setState(ConnectionState::failed(QStringLiteral("gave up")));
        QTRY_VERIFY(monitor->sources().empty());
        QTRY_VERIFY(!raw);
    }

    void aReplacedSourceKeepsItsPlaceAndRuns()
    {
        auto monitor = makeMonitor();
        monitor->addSource(std::make_unique<CountingSource>(QStringLiteral("a")), {});
        monitor->addSource(std::make_unique<CountingSource>(QStringLiteral("b")), {});
        monitor->addSource(std::make_unique<CountingSource>(QStringLiteral("c")), {});
        monitor->start();
        auto replacement = std::make_unique<CountingSource>(QStringLiteral("b2"));
        CountingSource *raw = replacement.get();
        QVERIFY(
            monitor->replaceSource(QStringLiteral("b"), std::move(replacement), QStringLiteral("staging")));
        QCOMPARE(monitor->sources().size(), std::size_t(3));
        QCOMPARE(monitor->sources()[1]->name(), QStringLiteral("b2"));
        QCOMPARE(raw->starts, 1);
        raw->deliver(4);
        QTRY_COMPARE(monitor->alertCount(), quint64(4));
        QVERIFY(!monitor->replaceSource(QStringLiteral("nope"),
                                        std::make_unique<CountingSource>(QStringLiteral("x")), {}));
        QCOMPARE(monitor->sources().size(), std::size_t(3));
    }
};

QTEST_GUILESS_MAIN(TestDriftMonitorSources)
#include "test_drift_monitor_sources.moc"
