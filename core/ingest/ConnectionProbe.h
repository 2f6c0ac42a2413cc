#pragma once

#include "core/config/EndpointConfig.h"

#include <QMetaType>
#include <QObject>
#include <QString>

#include <memory>

namespace tfdrift {

struct ProbeResult {
    bool ok = false;
    QString message;      // one plain-text line for the user, e.g. "Connected: Falco 0.38.1"
    QString falcoVersion; // gRPC only; empty when the server does not say

    bool operator==(const ProbeResult &other) const = default;
};

// "Test connection": checks once that an endpoint would work, without subscribing to anything.
// - gRPC: calls falco.version.service/version. It never calls outputs.sub or outputs.get, because
//   every client pops alerts from Falco's one shared queue and a probe must not take any.
// - HTTP listener: binds the listen address and releases it at once.
// - Replay: the file exists, is readable and its first alert line parses.
// finished() always comes from the event loop, never from inside start().
class ConnectionProbe : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultTimeoutMs = 5000;

    explicit ConnectionProbe(QObject *parent = nullptr);
    // Cancels a probe under way without emitting finished().
    ~ConnectionProbe() override;

    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }
    int timeoutMs() const { return m_timeoutMs; }

    // Starts probing; a probe already under way is cancelled and its result never arrives.
    void start(const EndpointConfig &endpoint);
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void finished(const tfdrift::ProbeResult &result);

private:
    class GrpcCall;

    void finish(quint64 generation, const ProbeResult &result);
    void finishLater(const ProbeResult &result);

    int m_timeoutMs = kDefaultTimeoutMs;
    quint64 m_generation = 0;
    bool m_running = false;
    std::unique_ptr<GrpcCall> m_grpc;
};

// The synchronous checks behind ConnectionProbe, for callers that have no event loop.
ProbeResult probeHttpListener(const EndpointConfig &endpoint);
ProbeResult probeReplayFile(const EndpointConfig &endpoint);

} // namespace tfdrift

Q_DECLARE_METATYPE(tfdrift::ProbeResult)
