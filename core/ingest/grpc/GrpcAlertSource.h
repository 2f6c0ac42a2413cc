#pragma once

#include "core/config/EndpointConfig.h"
#include "core/ingest/AlertSource.h"
#include "core/ingest/ReconnectBackoff.h"

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace grpc {
class ClientContext;
}

namespace tfdrift {

// Subscribes to falco.outputs.service/sub on a Falco (<= 0.43) gRPC endpoint.
// Network work happens on a worker thread; alerts reach this object's thread in batches.
// Falco's server is poll-driven: it answers each request message with what is queued, so
// the worker keeps sending requests every pollIntervalMs for as long as the stream lives.
class GrpcAlertSource : public AlertSource
{
    Q_OBJECT

public:
    explicit GrpcAlertSource(EndpointConfig endpoint, QObject *parent = nullptr);
    ~GrpcAlertSource() override;

    void start() override;
    void stop() override;

    void setBackoffPolicy(const ReconnectBackoff::Policy &policy) { m_backoffPolicy = policy; }
    const EndpointConfig &endpoint() const { return m_endpoint; }

private:
    void run();
    // Returns true when the stream was established (so the backoff starts over).
    bool runSession(QString *failure);
    bool sleepUnlessStopped(int ms);
    void setActiveContext(grpc::ClientContext *context);

    EndpointConfig m_endpoint;
    ReconnectBackoff::Policy m_backoffPolicy;
    std::thread m_worker;
    std::atomic<bool> m_stopping{false};
    std::mutex m_mutex;
    std::condition_variable m_wake;
    grpc::ClientContext *m_activeContext = nullptr; // guarded by m_mutex
};

struct GrpcPullResult {
    bool ok = false;
    QString error;
    QString falcoVersion;
    AlertBatch alerts;
};

// One-shot falco.outputs.service/get: everything queued on the server right now.
GrpcPullResult pullQueuedAlerts(const EndpointConfig &endpoint, int timeoutMs);

} // namespace tfdrift
