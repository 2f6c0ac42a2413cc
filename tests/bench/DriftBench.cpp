#include "DriftBench.h"

#include "core/drift/DriftEngine.h"
#include "core/mapping/MappingCatalog.h"
#include "core/state/StateIndex.h"

#include "SyntheticAlerts.h"
#include "SyntheticState.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

#include <vector>

namespace tfdrift::bench {

DriftBenchResult benchDrift(int alertCount, int resourceCount, int ruleCount, int stateMegabytes)
{
    DriftBenchResult result;
    QString error;
    const std::optional<TerraformState> state
        = parseTerraformState(makeSyntheticState(resourceCount), QStringLiteral("bench.tfstate"),
                              QStringLiteral("bench"), QStringLiteral("production"), &error);
    if (!state)
        qFatal("synthetic state: %s", qPrintable(error));
    auto index = std::make_shared<StateIndex>();
    index->addState(*state);
    result.resources = index->resourceCount();

    DriftEngineSettings settings;
    settings.rules = syntheticDriftRules(ruleCount);
    result.rules = ruleCount;
    DriftEngine engine(std::make_shared<MappingCatalog>(MappingCatalog::builtIn()), settings);
    engine.setStateIndex(index);

    // Alerts reach the engine in batches, just decoded and still in the CPU's caches; so here:
    // each batch is built untimed, then evaluated against the timer. The calls go to managed
    // resources, plus one in ten to resources no state knows.
    constexpr int kBatchSize = 512;
    const QList<TerraformResource> &resources = state->resources;
    std::vector<FalcoAlert> batch;
    batch.reserve(kBatchSize);
    qint64 evaluatingNs = 0;
    int sequence = 0;
    int next = 0;
    const auto nextAlert = [&]() -> FalcoAlert {
        for (;;) {
            const TerraformResource &resource = resources[next++ % resources.size()];
            ++sequence;
            if (sequence % 10 == 0) {
                TerraformResource stranger = resource;
                stranger.type = QStringLiteral("aws_instance");
                stranger.attributes.insert(QStringLiteral("id"),
                                           QStringLiteral("i-0unmanaged%1").arg(sequence));
                return *syntheticCall(stranger, sequence);
            }
            if (std::optional<FalcoAlert> alert = syntheticCall(resource, sequence))
                return std::move(*alert);
        }
    };
    for (int i = 0; i < kBatchSize * 4; ++i) // warm-up: caches, allocator
        engine.evaluate(nextAlert());
    QElapsedTimer timer;
    for (int done = 0; done < alertCount; done += kBatchSize) {
        batch.clear();
        for (int i = 0; i < std::min(kBatchSize, alertCount - done); ++i)
            batch.push_back(nextAlert());
        timer.start();
        for (const FalcoAlert &alert : batch) {
            if (engine.evaluate(alert))
                ++result.driftEvents;
        }
        evaluatingNs += timer.nsecsElapsed();
    }
    result.alertsPerSec = alertCount / (double(evaluatingNs) / 1e9);
    result.alerts = quint64(alertCount);

    const QByteArray large = makeSyntheticStateOfSize(qint64(stateMegabytes) << 20);
    result.stateMegabytes = double(large.size()) / (1 << 20);
    result.stateLoadSeconds = measureStateLoadSeconds(large);
    return result;
}

} // namespace tfdrift::bench
