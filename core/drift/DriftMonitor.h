#pragma once

#include "core/drift/DriftEngine.h"
#include "core/drift/DriftEvent.h"
#include "core/ingest/ConnectionState.h"

#include <QList>
#include <QObject>

#include <memory>
#include <vector>

namespace tfdrift {

class AlertSource;
class StateStore;

using DriftEventBatch = QList<DriftEvent>;

// The pipeline the console and `tfdrift watch` share: alert sources -> drift engine -> drift
// event batches, with Terraform state kept current underneath.
class DriftMonitor : public QObject
{
    Q_OBJECT

public:
    DriftMonitor(std::unique_ptr<DriftEngine> engine, std::unique_ptr<StateStore> state,
                 QObject *parent = nullptr);
    ~DriftMonitor() override;

    // Takes ownership. environment labels what this source watches, for drift_rules.
    // A source added while the monitor runs is started at once.
    void addSource(std::unique_ptr<AlertSource> source, const QString &environment);
    // Stops the first source of that name and lets it go; false when there is none. The source is
    // deleted on the next event-loop pass, so this is safe from a slot its own signal called.
    bool removeSource(const QString &name);
    // Judges alerts that come from no live source (an opened capture) against the current state and
    // rules: neither counted nor announced through driftEventsArrived.
    DriftEventBatch evaluate(const AlertBatch &alerts, const QString &environment = {});
    // Puts source where the one named name was (same position in sources()), started if the
    // monitor runs; false, and source is dropped, when there is none of that name.
    bool replaceSource(const QString &name, std::unique_ptr<AlertSource> source, const QString &environment);
    AlertSource *source(const QString &name) const;

    void start();
    void stop();
    bool isRunning() const { return m_running; }

    StateStore *stateStore() const { return m_state.get(); }
    const std::vector<std::unique_ptr<AlertSource>> &sources() const { return m_sources; }
    quint64 alertCount() const { return m_alertCount; }
    quint64 driftCount() const { return m_driftCount; }

Q_SIGNALS:
    // One batch per batch of alerts: never one signal per event.
    void driftEventsArrived(const tfdrift::DriftEventBatch &events);
    void sourceStateChanged(const QString &sourceName, const tfdrift::ConnectionState &state);
    void stateLoaded(const QString &stateName, int resourceCount, qint64 serial);
    void stateFailed(const QString &stateName, const QString &error);
    void sourceRemoved(const QString &sourceName);

private:
    void process(const QString &environment, const AlertBatch &alerts);
    void watch(AlertSource *source, const QString &environment);
    // Stops and lets go of the first source of that name; *position is where it was.
    bool dropSource(const QString &name, std::size_t *position);

    std::unique_ptr<DriftEngine> m_engine;
    std::unique_ptr<StateStore> m_state;
    std::vector<std::unique_ptr<AlertSource>> m_sources;
    quint64 m_alertCount = 0;
    quint64 m_driftCount = 0;
    bool m_running = false;
};

} // namespace tfdrift

Q_DECLARE_METATYPE(tfdrift::DriftEvent)
Q_DECLARE_METATYPE(tfdrift::DriftEventBatch)
