#pragma once

#include "core/config/EndpointConfig.h"
#include "core/ingest/AlertSource.h"
#include "core/ingest/http/HttpReceiverLimits.h"

#include <atomic>

QT_BEGIN_NAMESPACE
class QThread;
QT_END_NAMESPACE

namespace tfdrift {

// Receives alerts that Falco's http_output or falcosidekick's webhook output POST to us.
// Listens on endpoint.listenAddress (default 127.0.0.1:2801), over HTTPS when endpoint.certFile
// and endpoint.keyFile are set, and checks endpoint.bearerToken when one is configured.
//
// Answers: 202 {"accepted":N}; 400 with the reason for bad JSON or an invalid alert (nothing of
// that body is delivered); 401 for a missing or wrong token; 405 for anything but POST; 413 for a
// body over 1 MiB, decided before the body is read.
//
// Sockets and JSON parsing live in a worker thread; this object stays in the thread that created
// it and emits alertsArrived there, in batches.
class HttpAlertReceiver : public AlertSource
{
    Q_OBJECT

public:
    explicit HttpAlertReceiver(const EndpointConfig &endpoint, QObject *parent = nullptr);
    ~HttpAlertReceiver() override;

    const EndpointConfig &endpoint() const { return m_endpoint; }

    // Takes effect at the next start().
    void setLimits(const HttpReceiverLimits &limits) { m_limits = limits; }
    const HttpReceiverLimits &limits() const { return m_limits; }

    // Goes Connecting, then Connected ("listening on 127.0.0.1:2801") or Failed (the reason).
    // Does nothing while running, unless the last attempt failed: then it tries again.
    void start() override;
    // Closes the listener and every connection and joins the worker thread; then Idle.
    void stop() override;

    // The bound port once Connected (useful with port 0); 0 before.
    quint16 serverPort() const { return m_port.load(); }
    bool isRunning() const { return m_thread != nullptr; }

private:
    void shutDown();

    EndpointConfig m_endpoint;
    HttpReceiverLimits m_limits;
    QThread *m_thread = nullptr;
    std::atomic<quint16> m_port{0};
};

} // namespace tfdrift
