#include "core/ingest/AlertSource.h"

#include <QMetaObject>

namespace tfdrift {

AlertSource::AlertSource(QString name, QObject *parent)
    : QObject(parent)
    , m_name(std::move(name))
    , m_batcher(this, [this](AlertBatch &&batch) { deliver(std::move(batch)); })
{
}

AlertSource::~AlertSource() = default;

void AlertSource::postState(ConnectionState state)
{
    // Pending alerts go first so that a "Retrying" never overtakes alerts received before it.
    QMetaObject::invokeMethod(
        this,
        [this, state = std::move(state)] {
            m_batcher.flush();
            applyState(state);
        },
        Qt::QueuedConnection);
}

void AlertSource::postFalcoVersion(QString version)
{
    QMetaObject::invokeMethod(
        this,
        [this, version = std::move(version)] {
            if (version == m_falcoVersion)
                return;
            m_falcoVersion = version;
            Q_EMIT falcoVersionChanged(m_falcoVersion);
        },
        Qt::QueuedConnection);
}

void AlertSource::postAlerts(AlertBatch &&alerts)
{
    m_batcher.push(std::move(alerts));
}

void AlertSource::flushAlerts()
{
    m_batcher.flush();
}

void AlertSource::applyState(const ConnectionState &state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(m_state);
}

void AlertSource::deliver(AlertBatch &&batch)
{
    const qint64 now = currentTimeMs();
    for (FalcoAlert &alert : batch) {
        alert.endpoint = m_name;
        if (alert.receivedAtMs == 0)
            alert.receivedAtMs = now;
    }
    m_alertCount += quint64(batch.size());
    Q_EMIT alertsArrived(batch);
}

} // namespace tfdrift
