#pragma once

#include "core/emulator/AlertQueue.h"
#include "core/falco/FalcoAlert.h"

#include <QString>

#include <atomic>
#include <memory>

namespace grpc {
class Server;
}

namespace tfdrift {

// A stand-in Falco: serves falco.outputs.service and falco.version.service with Falco's
// semantics (one shared queue, `sub` answers each poll with what is queued, `get` drains
// once and ends). It is the demo feed and the test suite's Falco.
class FalcoEmulator
{
public:
    struct Options {
        // "unix:///path/falco.sock", or "host:port" for TCP.
        QString address;
        // TCP with mutual TLS, as Falco requires: server cert and key, and the CA that signs clients.
        QString caFile;
        QString certFile;
        QString keyFile;
        // Plain TCP; never what Falco does, only for local tests.
        bool insecure = false;
        QString version = QStringLiteral("0.43.1");
    };

    FalcoEmulator();
    ~FalcoEmulator();
    FalcoEmulator(const FalcoEmulator &) = delete;
    FalcoEmulator &operator=(const FalcoEmulator &) = delete;

    bool start(const Options &options, QString *error);
    void shutdown();
    bool isRunning() const { return m_server != nullptr; }
    // The TCP port actually bound (useful with port 0); 0 for unix sockets.
    int boundPort() const { return m_boundPort; }

    void enqueue(const FalcoAlert &alert);
    void enqueue(const AlertBatch &alerts);
    std::size_t queued() const { return m_queue.size(); }
    std::uint64_t enqueued() const { return m_enqueued.load(); }
    // Every alert handed to enqueue() was written to a client (or dropped on overflow):
    // nothing is still on its way out.
    bool allDelivered() const { return m_delivered.load() + m_queue.dropped() == m_enqueued.load(); }
    std::uint64_t delivered() const { return m_delivered.load(); }
    std::uint64_t subscribers() const { return m_subscribers.load(); }

private:
    class OutputsService;
    class VersionService;

    AlertQueue m_queue;
    std::atomic<std::uint64_t> m_enqueued{0};
    std::atomic<std::uint64_t> m_delivered{0};
    std::atomic<std::uint64_t> m_subscribers{0};
    std::unique_ptr<OutputsService> m_outputs;
    std::unique_ptr<VersionService> m_version;
    std::unique_ptr<grpc::Server> m_server;
    int m_boundPort = 0;
};

} // namespace tfdrift
