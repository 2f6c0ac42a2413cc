#include "core/ingest/AlertBatcher.h"

#include <QMetaObject>

namespace tfdrift {

AlertBatcher::AlertBatcher(QObject *receiver, Sink sink)
    : m_receiver(receiver)
    , m_sink(std::move(sink))
{
}

void AlertBatcher::push(AlertBatch &&alerts)
{
    if (alerts.isEmpty())
        return;
    std::lock_guard lock(m_mutex);
    if (m_pending.isEmpty())
        m_pending = std::move(alerts);
    else
        m_pending.append(std::move(alerts));
    scheduleFlushLocked();
}

void AlertBatcher::scheduleFlushLocked()
{
    if (m_flushScheduled || !m_receiver)
        return;
    m_flushScheduled = true;
    QMetaObject::invokeMethod(
        m_receiver, [this] { flush(); }, Qt::QueuedConnection);
}

void AlertBatcher::flush()
{
    AlertBatch batch;
    {
        std::lock_guard lock(m_mutex);
        batch.swap(m_pending);
        m_flushScheduled = false;
    }
    if (!batch.isEmpty())
        m_sink(std::move(batch));
}

} // namespace tfdrift
