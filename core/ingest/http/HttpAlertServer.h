#pragma once

#include "core/config/EndpointConfig.h"
#include "core/falco/FalcoAlert.h"
#include "core/ingest/ConnectionState.h"
#include "core/ingest/http/HttpAlertHandler.h"
#include "core/ingest/http/HttpReceiverLimits.h"

#include <QObject>

#include <functional>

QT_BEGIN_NAMESPACE
class QTcpServer;
QT_END_NAMESPACE

namespace tfdrift {

// The network half of HttpAlertReceiver. Lives in the receiver's worker thread: it owns the
// listening socket and all connections, and parses alerts there, off the GUI thread.
class HttpAlertServer : public QObject
{
    Q_OBJECT

public:
    struct Callbacks {
        std::function<void(ConnectionState)> stateChanged;
        std::function<void(AlertBatch &&)> alertsReceived;
        std::function<void(quint16)> listening; // the bound port, before Connected is reported
    };

    HttpAlertServer(const EndpointConfig &endpoint, const HttpReceiverLimits &limits, Callbacks callbacks,
                    QObject *parent = nullptr);
    ~HttpAlertServer() override;

    // Loads TLS files if configured, binds and starts accepting; reports Connected or Failed.
    void listen();

    int connectionCount() const { return m_connectionCount; }

private:
    void acceptConnections();
    void collect(AlertBatch &&alerts);
    void handOver();
    void fail(const QString &reason) const;

    EndpointConfig m_endpoint;
    HttpReceiverLimits m_limits;
    Callbacks m_callbacks;
    HttpAlertHandler m_handler;
    QTcpServer *m_server = nullptr;
    int m_connectionCount = 0;
    // Alerts of every request answered in this event-loop pass, handed over together: one
    // cross-thread hand-over per pass instead of one per request.
    AlertBatch m_collected;
    bool m_handOverScheduled = false;
};

} // namespace tfdrift
