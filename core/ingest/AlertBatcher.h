#pragma once

#include "core/falco/FalcoAlert.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <mutex>

namespace tfdrift {

// Collects alerts from any thread and hands them to the receiver's thread in
// one batch per event-loop pass: never one signal per alert.
class AlertBatcher
{
public:
    using Sink = std::function<void(AlertBatch &&)>;

    // sink runs on receiver's thread.
    AlertBatcher(QObject *receiver, Sink sink);

    void push(AlertBatch &&alerts);

    // Delivers what is pending now (on the receiver's thread); for shutdown paths.
    void flush();

private:
    void scheduleFlushLocked();

    QPointer<QObject> m_receiver;
    Sink m_sink;
    std::mutex m_mutex;
    AlertBatch m_pending;
    bool m_flushScheduled = false;
};

} // namespace tfdrift
