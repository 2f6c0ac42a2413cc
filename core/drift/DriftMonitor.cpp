#include "core/drift/DriftMonitor.h"

#include "core/ingest/AlertSource.h"
#include "core/state/StateStore.h"

#include <algorithm>

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
    if (!source)
        return;
    AlertSource *raw = source.get();
    watch(raw, environment);
    m_sources.push_back(std::move(source));
    if (m_running)
        raw->start();
}

bool DriftMonitor::removeSource(const QString &name)
{
    std::size_t position = 0;
    if (!dropSource(name, &position))
        return false;
    Q_EMIT sourceRemoved(name);
    return true;
}

bool DriftMonitor::replaceSource(const QString &name, std::unique_ptr<AlertSource> source,
                                 const QString &environment)
{
    std::size_t position = 0;
    if (!source || !dropSource(name, &position))
        return false;
    AlertSource *raw = source.get();
    watch(raw, environment);
    m_sources.insert(m_sources.begin() + std::ptrdiff_t(position), std::move(source));
    if (m_running)
        raw->start();
    return true;
}

AlertSource *DriftMonitor::source(const QString &name) const
{
    for (const auto &source : m_sources) {
        if (source->name() == name)
            return source.get();
    }
    return nullptr;
}

void DriftMonitor::watch(AlertSource *source, const QString &environment)
{
    connect(source, &AlertSource::alertsArrived, this,
            [this, environment](const AlertBatch &alerts) { process(environment, alerts); });
    connect(source, &AlertSource::stateChanged, this, [this, source](const ConnectionState &state) {
        Q_EMIT sourceStateChanged(source->name(), state);
    });
}

bool DriftMonitor::dropSource(const QString &name, std::size_t *position)
{
    const auto it = std::find_if(m_sources.begin(), m_sources.end(),
                                 [&name](const auto &source) { return source->name() == name; });
    if (it == m_sources.end())
        return false;
    *position = std::size_t(it - m_sources.begin());
    std::unique_ptr<AlertSource> taken = std::move(*it);
    m_sources.erase(it);
    // Alerts it already queued are dropped with it: the user asked for this source to be gone.
    disconnect(taken.get(), nullptr, this, nullptr);
    taken->stop();
    // A source may be removed from inside one of its own signals; deleting it now would pull the
    // object out from under the emitting code.
    taken.release()->deleteLater();
    return true;
}

void DriftMonitor::start()
{
    m_running = true;
    if (m_state)
        m_state->start();
    for (const auto &source : m_sources)
        source->start();
}

void DriftMonitor::stop()
{
    m_running = false;
    for (const auto &source : m_sources)
        source->stop();
}

DriftEventBatch DriftMonitor::evaluate(const AlertBatch &alerts, const QString &environment)
{
    DriftEventBatch events;
    for (const FalcoAlert &alert : alerts) {
        if (std::optional<DriftEvent> event = m_engine->evaluate(alert, environment))
            events.append(std::move(*event));
    }
    return events;
}

void DriftMonitor::process(const QString &environment, const AlertBatch &alerts)
{
    m_alertCount += quint64(alerts.size());
    const DriftEventBatch events = evaluate(alerts, environment);
    if (events.isEmpty())
        return;
    m_driftCount += quint64(events.size());
    Q_EMIT driftEventsArrived(events);
}

} // namespace tfdrift
