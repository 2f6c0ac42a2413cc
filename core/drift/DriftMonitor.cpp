#include "core/drift/DriftMonitor.h"

#include "core/ingest/AlertSource.h"
#include "core/state/StateStore.h"

namespace tfdrift {

DriftMonitor::DriftMonitor(std::unique_ptr<DriftEngine> engine, std::unique_ptr<StateStore> state,
                           QObject *parent)
    : QObject(parent)
    , m_engine(std::move(engine))
    , m_state(std::move(state))
{
    qRegisterMetaType<DriftEventBatch>();
    if (m_state) {
        connect(m_state.get(), &StateStore::indexChanged, this,
                [this] { m_engine->setStateIndex(m_state->index()); });
        connect(m_state.get(), &StateStore::stateLoaded, this, &DriftMonitor::stateLoaded);
        connect(m_state.get(), &StateStore::stateFailed, this, &DriftMonitor::stateFailed);
        m_engine->setStateIndex(m_state->index());
    }
}

DriftMonitor::~DriftMonitor()
{
    stop();
}

void DriftMonitor::addSource(std::unique_ptr<AlertSource> source, const QString &environment)
{
    AlertSource *raw = source.get();
    connect(raw, &AlertSource::alertsArrived, this,
            [this, environment](const AlertBatch &alerts) { process(environment, alerts); });
    connect(raw, &AlertSource::stateChanged, this,
            [this, raw](const ConnectionState &state) { Q_EMIT sourceStateChanged(raw->name(), state); });
    m_sources.push_back(std::move(source));
}

void DriftMonitor::start()
{
    if (m_state)
        m_state->start();
    for (const auto &source : m_sources)
        source->start();
}

void DriftMonitor::stop()
{
    for (const auto &source : m_sources)
        source->stop();
}

void DriftMonitor::process(const QString &environment, const AlertBatch &alerts)
{
    m_alertCount += quint64(alerts.size());
    DriftEventBatch events;
    for (const FalcoAlert &alert : alerts) {
        if (std::optional<DriftEvent> event = m_engine->evaluate(alert, environment))
            events.append(std::move(*event));
    }
    if (events.isEmpty())
        return;
    m_driftCount += quint64(events.size());
    Q_EMIT driftEventsArrived(events);
}

} // namespace tfdrift
