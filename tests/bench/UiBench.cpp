#include "UiBench.h"

#include "core/drift/DriftEngine.h"
#include "core/history/DriftEventArchive.h"
#include "core/mapping/MappingCatalog.h"
#include "core/state/StateIndex.h"
#include "core/state/TerraformState.h"
#include "models/DriftEventTableModel.h"
#include "models/DriftFilterProxyModel.h"
#include "ui/DriftFilterBar.h"
#include "ui/DriftPane.h"

#include "SyntheticAlerts.h"
#include "SyntheticState.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLineEdit>
#include <QTableView>
#include <QThread>
#include <QTimer>

#include <malloc.h>
#include <time.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <vector>

namespace tfdrift::bench {

namespace {

constexpr int kFeedIntervalMs = 20; // how often the feed thread hands over a batch
constexpr int kHeartbeatMs = 5;     // the probe that measures how long the main thread is away

// Resident memory after returning freed heap to the system, so that the figure is what is held.
qint64 heapInUse()
{
    return qint64(mallinfo2().uordblks);
}

qint64 threadCpuNs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

qint64 residentBytes()
{
    malloc_trim(0);
    QFile status(QStringLiteral("/proc/self/statm"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = status.readAll().split(' ');
    return fields.value(1).toLongLong() * 4096;
}

QString fresh(const QString &text)
{
    return text.isNull() ? QString() : QString(text.constData(), text.size());
}

// Scalars other than strings hold no buffer; objects and arrays are rare in changes and stay shared.
QJsonValue fresh(const QJsonValue &value)
{
    return value.isString() ? QJsonValue(fresh(value.toString())) : value;
}

// The Falco sources and the drift engine, as the console runs them. Drift events come from the
// engine; to keep up with the rate on one core, the feed evaluates a few thousand calls once and
// then sends copies whose every string has its own buffer, as events parsed from the network do.
class DriftFeed
{
public:
    static constexpr int kDistinctEvents = 4096;

    DriftFeed()
    {
        QString error;
        std::optional<TerraformState> state
            = parseTerraformState(makeSyntheticState(10'000), QStringLiteral("bench.tfstate"),
                                  QStringLiteral("bench"), QStringLiteral("production"), &error);
        if (!state)
            qFatal("synthetic state: %s", qPrintable(error));
        auto index = std::make_shared<StateIndex>();
        index->addState(*state);
        DriftEngineSettings settings;
        settings.rules = syntheticDriftRules(50);
        DriftEngine engine(std::make_shared<MappingCatalog>(MappingCatalog::builtIn()), settings);
        engine.setStateIndex(index);
        for (int sequence = 0; m_events.size() < kDistinctEvents; ++sequence) {
            std::optional<FalcoAlert> alert
                = syntheticCall(state->resources[sequence % state->resources.size()], sequence);
            if (!alert)
                continue;
            alert->endpoint = QStringLiteral("falco-prod-%1").arg(sequence % 3);
            if (std::optional<DriftEvent> event = engine.evaluate(*alert))
                m_events.append(std::move(*event));
        }
    }

    DriftEvent next()
    {
        const DriftEvent &model = m_events[m_sequence % m_events.size()];
        DriftEvent event;
        event.id = quint64(m_sequence);
        event.detectedAtMs = model.detectedAtMs + m_sequence;
        event.eventTimeNs = model.eventTimeNs;
        event.provider = model.provider;
        event.kind = model.kind;
        event.severity = model.severity;
        event.excluded = model.excluded;
        for (auto [to, from] : {std::pair{&event.account, &model.account},
                                {&event.region, &model.region},
                                {&event.eventName, &model.eventName},
                                {&event.eventSource, &model.eventSource},
                                {&event.resourceType, &model.resourceType},
                                {&event.resourceId, &model.resourceId},
                                {&event.terraformAddress, &model.terraformAddress},
                                {&event.stateName, &model.stateName},
                                {&event.environment, &model.environment},
                                {&event.caller.user, &model.caller.user},
                                {&event.caller.identityType, &model.caller.identityType},
                                {&event.caller.arn, &model.caller.arn},
                                {&event.caller.sourceIp, &model.caller.sourceIp},
                                {&event.caller.userAgent, &model.caller.userAgent},
                                {&event.alert.rule, &model.alert.rule},
                                {&event.alert.output, &model.alert.output},
                                {&event.alert.source, &model.alert.source},
                                {&event.alert.hostname, &model.alert.hostname},
                                {&event.alert.endpoint, &model.alert.endpoint},
                                {&event.alert.uuid, &model.alert.uuid}})
            *to = fresh(*from);
        for (const QString &rule : model.matchedRules)
            event.matchedRules.append(fresh(rule));
        for (const AttributeChange &change : model.changes)
            event.changes.append({fresh(change.attribute), fresh(change.oldValue), fresh(change.newValue)});
        event.alert.timeNs = model.alert.timeNs;
        event.alert.priority = model.alert.priority;
        event.alert.outputFields.reserve(model.alert.outputFields.size());
        for (const OutputField &field : model.alert.outputFields) {
            if (field.isString())
                event.alert.outputFields.insertString(fresh(field.name()), fresh(field.string()));
            else
                event.alert.outputFields.insert(fresh(field.name()), fresh(field.value()));
        }
        ++m_sequence;
        return event;
    }

private:
    QList<DriftEvent> m_events;
    int m_sequence = 0;
};

double percentile(std::vector<double> values, double fraction)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, std::size_t(fraction * double(values.size())))];
}

// Gaps between heartbeats of a timer on the main thread: a gap is how long the thread was busy.
class Heartbeat
{
public:
    Heartbeat()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(kHeartbeatMs);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_gapsMs.push_back(double(now - m_last) / 1e6);
            m_last = now;
        });
    }
    void start()
    {
        m_gapsMs.clear();
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    std::vector<double> stop()
    {
        m_timer.stop();
        return m_gapsMs;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    std::vector<double> m_gapsMs;
};

void printGaps(const char *label, const std::vector<double> &gaps)
{
    std::printf("%s: main-thread stall p50 %.1f ms, p99 %.1f ms, max %.1f ms over %zu heartbeats of %d ms",
                label, percentile(gaps, 0.50), percentile(gaps, 0.99), percentile(gaps, 1.0), gaps.size(),
                kHeartbeatMs);
}

} // namespace

int runUiBench(int eventCount, int ratePerSec)
{
    DriftFeed feed;

    DriftPane pane;
    pane.model()->setRowCap(eventCount);
    pane.resize(1400, 800);
    pane.show();
    DriftEventArchive archive;
    QApplication::processEvents();
    const qint64 residentBefore = residentBytes();
    const qint64 heapBefore = heapInUse();

    // The feed thread plays the Falco sources and the drift engine: batches at the given rate.
    QThread feedThread;
    QObject feedContext;
    feedContext.moveToThread(&feedThread);
    QObject receiver; // main thread
    QElapsedTimer feedClock;
    int produced = 0;
    qint64 handOverNs = 0, longestHandOverNs = 0;
    bool feedDone = false;
    QTimer *feedTimer = nullptr;
    feedThread.start();
    QMetaObject::invokeMethod(&feedContext, [&] {
        feedTimer = new QTimer(&feedContext);
        feedTimer->setTimerType(Qt::PreciseTimer);
        QObject::connect(feedTimer, &QTimer::timeout, &feedContext, [&] {
            const int due = std::min(eventCount, int(feedClock.elapsed() * ratePerSec / 1000));
            DriftEventBatch batch;
            batch.reserve(due - produced);
            for (; produced < due; ++produced) {
                batch.append(feed.next());
            }
            const bool last = produced >= eventCount;
            QMetaObject::invokeMethod(
                &receiver,
                [&, batch = std::move(batch), last]() mutable {
                    // What the console does as a batch arrives; the model makes the rows in its
                    // own passes, within its time budget.
                    QElapsedTimer handOver;
                    handOver.start();
                    archive.record(batch);
                    pane.model()->appendEvents(batch);
                    std::vector<DriftEventBatch> released = archive.keepRecent(batch);
                    handOverNs += handOver.nsecsElapsed();
                    longestHandOverNs = std::max(longestHandOverNs, handOver.nsecsElapsed());
                    // What the feed thread allocated goes back to it, as buffers of a source's thread
                    // would: freeing much into another thread's heap makes both wait on its lock.
                    if (!released.empty())
                        QMetaObject::invokeMethod(&feedContext, [spent = std::move(released)] {});
                    if (last)
                        feedDone = true;
                },
                Qt::QueuedConnection);
            if (last)
                feedTimer->stop();
        });
        feedClock.start();
        feedTimer->start(kFeedIntervalMs);
    });

    Heartbeat heartbeat;
    heartbeat.start();
    QElapsedTimer wall;
    wall.start();
    const qint64 cpuBefore = threadCpuNs();
    // An event loop run as the console runs its own: processEvents() calls from a loop would give
    // timers a different priority against posted events than exec() does.
    QEventLoop appending;
    const QMetaObject::Connection whenAllIn
        = QObject::connect(pane.model(), &DriftEventTableModel::countsChanged, [&] {
              if (feedDone && pane.model()->pendingCount() == 0)
                  appending.quit();
          });
    appending.exec();
    QObject::disconnect(whenAllIn);
    const double feedSeconds = double(wall.elapsed()) / 1000;
    printGaps("append", heartbeat.stop());
    std::printf(" (target p99 under 20 ms)\n  %d events in %.1f s: %.0f events/s offered at %d/s\n",
                pane.model()->rowCount(), feedSeconds, pane.model()->rowCount() / feedSeconds, ratePerSec);
    std::printf("  main thread busy %.1f s of %.1f s; batches handed to archive and model in %.0f ms, "
                "longest %.1f ms\n",
                double(threadCpuNs() - cpuBefore) / 1e9, feedSeconds, handOverNs / 1e6,
                longestHandOverNs / 1e6);
    // The batches handed back are freed before memory is measured.
    QMetaObject::invokeMethod(
        &feedContext, [] {}, Qt::BlockingQueuedConnection);
    feedThread.quit();
    feedThread.wait();

    const qint64 residentAfter = residentBytes();
    const double perEvent = double(residentAfter - residentBefore) / pane.model()->rowCount();
    const double heapPerEvent = double(heapInUse() - heapBefore) / pane.model()->rowCount();
    std::printf("memory: %.0f bytes resident per retained event (%.0f MB for %d; target under 1536, ratio "
                "%.2f); heap in use %.0f bytes per event\n",
                perEvent, double(residentAfter - residentBefore) / (1 << 20), pane.model()->rowCount(),
                perEvent / 1536, heapPerEvent);

    const QString filterText = QStringLiteral(
        "severity >= high and resource.type glob \"aws_*\" and not user in (terraform-ci, atlantis)");
    DriftFilterProxyModel *proxy = pane.proxy();
    double firstResultMs = -1;
    QElapsedTimer filterClock;
    const auto noteFirstResult = [&] {
        if (firstResultMs < 0 && proxy->rowCount() > 0)
            firstResultMs = double(filterClock.nsecsElapsed()) / 1e6;
    };
    const QMetaObject::Connection inserted
        = QObject::connect(proxy, &QAbstractItemModel::rowsInserted, noteFirstResult);
    heartbeat.start();
    pane.filterBar()->setFilterText(filterText);
    filterClock.start();
    pane.filterBar()->apply();
    noteFirstResult();
    while (proxy->isFiltering())
        QApplication::processEvents(QEventLoop::WaitForMoreEvents);
    const double completeMs = double(filterClock.nsecsElapsed()) / 1e6;
    QApplication::processEvents();
    QObject::disconnect(inserted);
    std::printf("filter change over %d events: first result %.0f ms (target under 300), complete %.0f ms "
                "(target under 2000), %d rows match\n",
                pane.model()->rowCount(), firstResultMs, completeMs, proxy->rowCount());
    printGaps("  while filtering", heartbeat.stop());
    std::printf("\n");
    return 0;
}

} // namespace tfdrift::bench
