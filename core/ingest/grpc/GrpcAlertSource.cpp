#include "core/ingest/grpc/GrpcAlertSource.h"

#include "core/ingest/grpc/FalcoProtoConversion.h"
#include "core/ingest/grpc/GrpcChannelFactory.h"

#include "falco/outputs.grpc.pb.h"
#include "falco/version.grpc.pb.h"

#include <QCoreApplication>

#include <grpcpp/grpcpp.h>
#include <grpcpp/support/byte_buffer.h>

#include <pthread.h>

#include <chrono>
#include <functional>
#include <vector>

namespace tfdrift {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(tfdrift::GrpcAlertSource)
};

constexpr auto kConnectTimeout = std::chrono::seconds(5);
constexpr char kSubMethod[] = "/falco.outputs.service/sub";

std::chrono::system_clock::time_point deadlineIn(std::chrono::milliseconds duration)
{
    return std::chrono::system_clock::now() + duration;
}

QString statusText(const grpc::Status &status)
{
    return QString::fromStdString(status.error_message());
}

// Asks for the version; this doubles as the connectivity check on every (re)connect.
bool fetchVersion(const std::shared_ptr<grpc::Channel> &channel, QString *version, QString *error)
{
    auto stub = falco::version::service::NewStub(channel);
    grpc::ClientContext context;
    context.set_deadline(deadlineIn(kConnectTimeout));
    context.set_wait_for_ready(false);
    falco::version::request request;
    falco::version::response response;
    const grpc::Status status = stub->version(&context, request, &response);
    if (status.ok()) {
        *version = versionFromProto(response);
        return true;
    }
    // A server without the version service still serves alerts.
    if (status.error_code() == grpc::StatusCode::UNIMPLEMENTED)
        return true;
    *error = statusText(status);
    return false;
}
// The read loop takes messages off the wire as raw bytes and leaves parsing and conversion
// to this thread, so that the stream drains at least as fast as with a plain generated stub
// and Falco's shared queue stays short.
class DecodeQueue
{
    static constexpr std::size_t kFullBatch = 512;
    static constexpr auto kGatherTime = std::chrono::milliseconds(2);

public:
    explicit DecodeQueue(std::function<void(AlertBatch &&)> deliver)
        : m_deliver(std::move(deliver))
        , m_thread([this] {
            pthread_setname_np(pthread_self(), "grpc-decode");
            run();
        })
    {
    }

    ~DecodeQueue() { close(); }

    void push(grpc::ByteBuffer *message)
    {
        std::size_t pending = 0;
        {
            std::lock_guard lock(m_mutex);
            m_pending.emplace_back();
            m_pending.back().Swap(message);
            pending = m_pending.size();
        }
        // Wake the decoder for the first message and for a full batch only: waking it per
        // message costs more in context switches than the decoding itself.
        if (pending == 1 || pending == kFullBatch)
            m_wake.notify_one();
    }

    // Decodes what is pending, then stops the thread.
    void close()
    {
        {
            std::lock_guard lock(m_mutex);
            if (m_closed)
                return;
            m_closed = true;
        }
        m_wake.notify_one();
        m_thread.join();
    }

private:
    void run()
    {
        std::vector<grpc::ByteBuffer> batch;
        ProtoAlertDecoder decoder;
        // One message reused for every parse keeps its strings' capacity (an arena per batch
        // measured slower).
        falco::outputs::response response;
        for (;;) {
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [this] { return !m_pending.empty() || m_closed; });
                if (m_pending.empty())
                    return;
                // A burst is usually still arriving: give it a moment to fill a batch.
                m_wake.wait_for(lock, kGatherTime,
                                [this] { return m_pending.size() >= kFullBatch || m_closed; });
                batch.swap(m_pending);
            }
            AlertBatch alerts;
            alerts.reserve(qsizetype(batch.size()));
            for (grpc::ByteBuffer &message : batch) {
                // A message that does not parse is not a Falco alert; there is nothing to show.
                if (grpc::SerializationTraits<falco::outputs::response>::Deserialize(&message, &response)
                        .ok())
                    alerts.append(decoder.decode(response));
            }
            batch.clear();
            m_deliver(std::move(alerts));
        }
    }

    std::function<void(AlertBatch &&)> m_deliver;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::vector<grpc::ByteBuffer> m_pending;
    bool m_closed = false;
    std::thread m_thread;
};
} // namespace

GrpcAlertSource::GrpcAlertSource(EndpointConfig endpoint, QObject *parent)
    : AlertSource(endpoint.name, parent)
    , m_endpoint(std::move(endpoint))
{
}

GrpcAlertSource::~GrpcAlertSource()
{
    stop();
}

void GrpcAlertSource::start()
{
    if (m_worker.joinable())
        return;
    m_stopping = false;
    m_worker = std::thread([this] {
        pthread_setname_np(pthread_self(), "grpc-read");
        run();
    });
}

void GrpcAlertSource::stop()
{
    if (!m_worker.joinable())
        return;
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
        if (m_activeContext)
            m_activeContext->TryCancel();
    }
    m_wake.notify_all();
    m_worker.join();
    flushAlerts();
    postState(ConnectionState::idle());
}

bool GrpcAlertSource::sleepUnlessStopped(int ms)
{
    std::unique_lock lock(m_mutex);
    return !m_wake.wait_for(lock, std::chrono::milliseconds(ms), [this] { return m_stopping.load(); });
}

void GrpcAlertSource::setActiveContext(grpc::ClientContext *context)
{
    std::lock_guard lock(m_mutex);
    m_activeContext = context;
    if (context && m_stopping)
        context->TryCancel();
}

void GrpcAlertSource::run()
{
    ReconnectBackoff backoff(m_backoffPolicy);
    while (!m_stopping) {
        postState(ConnectionState::connecting(m_endpoint.address));
        QString failure;
        if (runSession(&failure))
            backoff.reset();
        if (m_stopping)
            break;
        if (m_endpoint.maxRetries >= 0 && backoff.failures() >= m_endpoint.maxRetries) {
            postState(ConnectionState::failed(failure));
            return;
        }
        const int delayMs = backoff.nextDelayMs();
        postState(ConnectionState::retrying(delayMs, failure));
        if (!sleepUnlessStopped(delayMs))
            break;
    }
}

bool GrpcAlertSource::runSession(QString *failure)
{
    const std::shared_ptr<grpc::Channel> channel = createFalcoChannel(m_endpoint, failure);
    if (!channel)
        return false;
    QString version;
    if (!fetchVersion(channel, &version, failure))
        return false;
    if (m_stopping)
        return false;
    if (!version.isEmpty())
        postFalcoVersion(version);

    // The generated stub would parse every response on this thread; reading raw bytes of the
    // same method moves that work to the decoder. This is what the generated code does
    // underneath, with ByteBuffer as the response type.
    const grpc::internal::RpcMethod subMethod(kSubMethod, grpc::internal::RpcMethod::BIDI_STREAMING, channel);
    grpc::ClientContext context;
    setActiveContext(&context);
    std::unique_ptr<grpc::ClientReaderWriter<falco::outputs::request, grpc::ByteBuffer>> stream(
        grpc::internal::ClientReaderWriterFactory<falco::outputs::request, grpc::ByteBuffer>::Create(
            channel.get(), subMethod, &context));

    // The first request goes out before anyone reads: gRPC starts the call with the first
    // write, and a read pending before that can stall the call.
    const falco::outputs::request request;
    if (!stream->Write(request)) {
        const grpc::Status status = stream->Finish();
        setActiveContext(nullptr);
        *failure = status.ok() ? Text::tr("Falco closed the alert stream") : statusText(status);
        return false;
    }
    postState(ConnectionState::connected(m_endpoint.address));

    // From here the poller and the reader share the stream: gRPC allows one concurrent
    // writer and one reader.
    std::mutex pollMutex;
    std::condition_variable pollWake;
    bool streamDone = false;
    std::thread poller([&] {
        pthread_setname_np(pthread_self(), "grpc-poll");
        std::unique_lock lock(pollMutex);
        for (;;) {
            if (pollWake.wait_for(lock, std::chrono::milliseconds(m_endpoint.pollIntervalMs),
                                  [&] { return streamDone; }))
                break;
            lock.unlock();
            const bool written = stream->Write(request);
            lock.lock();
            if (!written)
                break;
        }
    });

    {
        DecodeQueue decoder([this](AlertBatch &&alerts) { postAlerts(std::move(alerts)); });
        grpc::ByteBuffer message;
        while (stream->Read(&message))
            decoder.push(&message);
    }

    {
        std::lock_guard lock(pollMutex);
        streamDone = true;
    }
    pollWake.notify_all();
    poller.join();
    const grpc::Status status = stream->Finish();
    setActiveContext(nullptr);
    *failure = status.ok() ? Text::tr("Falco closed the alert stream") : statusText(status);
    return true;
}

GrpcPullResult pullQueuedAlerts(const EndpointConfig &endpoint, int timeoutMs)
{
    GrpcPullResult result;
    const std::shared_ptr<grpc::Channel> channel = createFalcoChannel(endpoint, &result.error);
    if (!channel || !fetchVersion(channel, &result.falcoVersion, &result.error))
        return result;
    auto stub = falco::outputs::service::NewStub(channel);
    grpc::ClientContext context;
    context.set_deadline(deadlineIn(std::chrono::milliseconds(timeoutMs)));
    const falco::outputs::request request;
    auto reader = stub->get(&context, request);
    falco::outputs::response response;
    while (reader->Read(&response)) {
        FalcoAlert alert = alertFromProto(response);
        alert.endpoint = endpoint.name;
        alert.receivedAtMs = currentTimeMs();
        result.alerts.append(std::move(alert));
    }
    const grpc::Status status = reader->Finish();
    result.ok = status.ok();
    if (!status.ok())
        result.error = statusText(status);
    return result;
}

} // namespace tfdrift
