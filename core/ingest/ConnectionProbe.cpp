#include "core/ingest/ConnectionProbe.h"

#include "core/ingest/grpc/FalcoProtoConversion.h"
#include "core/ingest/grpc/GrpcChannelFactory.h"
#include "core/ingest/http/HttpListenAddress.h"
#include "core/ingest/replay/ReplayReader.h"

#include "falco/version.grpc.pb.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTcpServer>

#include <grpcpp/grpcpp.h>

#include <chrono>
#include <mutex>
#include <thread>

namespace tfdrift {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(tfdrift::ConnectionProbe)
};

const int kProbeResultMetaType = qRegisterMetaType<ProbeResult>("tfdrift::ProbeResult");

ProbeResult failure(QString message)
{
    return {false, std::move(message), {}};
}

// A file that only gets looked at when the source starts is better reported now.
bool checkPemFiles(const EndpointConfig &endpoint, QString *error)
{
    std::string contents;
    for (const QString *path : {&endpoint.caFile, &endpoint.certFile, &endpoint.keyFile}) {
        if (!path->isEmpty() && !readPemFile(*path, &contents, error))
            return false;
    }
    return true;
}
} // namespace

// One falco.version.service/version call on a worker thread. Destroying it cancels the call and
// waits for the thread, which then ends at once.
class ConnectionProbe::GrpcCall
{
public:
    using Done = std::function<void(const ProbeResult &)>;

    GrpcCall(EndpointConfig endpoint, int timeoutMs, Done done)
        : m_thread([this, endpoint = std::move(endpoint), timeoutMs, done = std::move(done)] {
            done(run(endpoint, timeoutMs));
        })
    {
    }

    ~GrpcCall()
    {
        {
            std::lock_guard lock(m_mutex);
            m_cancelled = true;
            if (m_context)
                m_context->TryCancel();
        }
        m_thread.join();
    }

private:
    ProbeResult run(const EndpointConfig &endpoint, int timeoutMs)
    {
        QString error;
        const std::shared_ptr<grpc::Channel> channel = createFalcoChannel(endpoint, &error);
        if (!channel)
            return failure(Text::tr("Cannot connect to %1: %2").arg(endpoint.address, error));
        auto stub = falco::version::service::NewStub(channel);
        grpc::ClientContext context;
        context.set_deadline(std::chrono::system_clock::now() + std::chrono::milliseconds(timeoutMs));
        // Fail at once when nothing listens rather than wait out the deadline.
        context.set_wait_for_ready(false);
        {
            std::lock_guard lock(m_mutex);
            if (m_cancelled)
                return failure(Text::tr("Cancelled"));
            m_context = &context;
        }
        const falco::version::request request;
        falco::version::response response;
        const grpc::Status status = stub->version(&context, request, &response);
        {
            std::lock_guard lock(m_mutex);
            m_context = nullptr;
        }
        if (status.ok()) {
            const QString version = versionFromProto(response);
            if (version.isEmpty())
                return {true, Text::tr("Connected: this server does not report its Falco version"), {}};
            return {true, Text::tr("Connected: Falco %1").arg(version), version};
        }
        // A server without the version service still serves alerts, as GrpcAlertSource accepts.
        if (status.error_code() == grpc::StatusCode::UNIMPLEMENTED)
            return {true, Text::tr("Connected: this server does not report its Falco version"), {}};
        if (status.error_code() == grpc::StatusCode::DEADLINE_EXCEEDED) {
            const int seconds = (timeoutMs + 999) / 1000;
            return failure(Text::tr("No answer from %1 within %n s", nullptr, seconds).arg(endpoint.address));
        }
        return failure(Text::tr("Cannot connect to %1: %2")
                           .arg(endpoint.address, QString::fromStdString(status.error_message())));
    }

    std::mutex m_mutex;
    bool m_cancelled = false;
    grpc::ClientContext *m_context = nullptr; // guarded by m_mutex
    std::thread m_thread;
};

ConnectionProbe::ConnectionProbe(QObject *parent)
    : QObject(parent)
{
}

ConnectionProbe::~ConnectionProbe()
{
    cancel();
}

void ConnectionProbe::start(const EndpointConfig &endpoint)
{
    cancel();
    m_running = true;
    switch (endpoint.transport) {
    case EndpointConfig::Transport::Grpc: {
        const quint64 generation = m_generation;
        m_grpc = std::make_unique<GrpcCall>(
            endpoint, m_timeoutMs, [this, generation](const ProbeResult &result) {
                // Runs on the worker thread; the probe outlives it (its destructor joins the thread).
                QMetaObject::invokeMethod(
                    this, [this, generation, result] { finish(generation, result); }, Qt::QueuedConnection);
            });
        return;
    }
    case EndpointConfig::Transport::Http: finishLater(probeHttpListener(endpoint)); return;
    case EndpointConfig::Transport::Replay: finishLater(probeReplayFile(endpoint)); return;
    }
}

void ConnectionProbe::cancel()
{
    ++m_generation;
    m_running = false;
    m_grpc.reset();
}

void ConnectionProbe::finishLater(const ProbeResult &result)
{
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(
        this, [this, generation, result] { finish(generation, result); }, Qt::QueuedConnection);
}

void ConnectionProbe::finish(quint64 generation, const ProbeResult &result)
{
    if (generation != m_generation)
        return; // cancelled, or superseded by a newer probe
    m_running = false;
    m_grpc.reset();
    Q_EMIT finished(result);
}

ProbeResult probeHttpListener(const EndpointConfig &endpoint)
{
    QString error;
    const std::optional<HttpListenAddress> address = parseListenAddress(endpoint.listenAddress, &error);
    if (!address)
        return failure(Text::tr("Listen address %1 is not valid: %2").arg(endpoint.listenAddress, error));
    if (!checkPemFiles(endpoint, &error))
        return failure(error);
    QTcpServer server;
    if (!server.listen(address->host, address->port))
        return failure(Text::tr("Cannot listen on %1: %2").arg(endpoint.listenAddress, server.errorString()));
    const QString bound = HttpListenAddress::format(server.serverAddress(), server.serverPort());
    server.close();
    return {true, Text::tr("Can listen on %1").arg(bound), {}};
}

ProbeResult probeReplayFile(const EndpointConfig &endpoint)
{
    const QString &path = endpoint.replayFile;
    if (path.isEmpty())
        return failure(Text::tr("No replay file given"));
    const QFileInfo info(path);
    if (!info.exists())
        return failure(Text::tr("Replay file %1 does not exist").arg(path));
    if (info.isDir())
        return failure(Text::tr("%1 is a folder, not a replay file").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(Text::tr("Cannot read %1: %2").arg(path, file.errorString()));
    ReplayReader reader(&file, path);
    AlertBatch first;
    bool more = true;
    while (first.isEmpty() && more) {
        more = reader.readBatch(&first, 1);
        const QList<ReplayError> errors = reader.takeErrors();
        // The first alert line is what decides whether this is a capture at all.
        if (!errors.isEmpty())
            return failure(errors.first().toString());
    }
    if (first.isEmpty())
        return failure(Text::tr("%1 holds no alerts").arg(path));
    return {true,
            Text::tr("Readable: line %1 is an alert of rule \"%2\"")
                .arg(reader.linesRead())
                .arg(first.first().rule),
            {}};
}

} // namespace tfdrift
