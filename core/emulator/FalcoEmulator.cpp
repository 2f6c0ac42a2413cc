#include "core/emulator/FalcoEmulator.h"

#include "core/ingest/grpc/FalcoProtoConversion.h"
#include "core/ingest/grpc/GrpcChannelFactory.h"

#include "falco/outputs.grpc.pb.h"
#include "falco/version.grpc.pb.h"

#include <QCoreApplication>
#include <QFile>

#include <grpcpp/grpcpp.h>

namespace tfdrift {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(tfdrift::FalcoEmulator)
};

AlertQueue::Message toMessage(const FalcoAlert &alert)
{
    auto message = std::make_shared<falco::outputs::response>();
    alertToProto(alert, message.get());
    return message;
}

// No buffer hints: with the synchronous API a hinted write does not complete until a later
// flush, which would hold a drained batch back until the client's next poll.
bool writeAll(grpc::internal::WriterInterface<falco::outputs::response> *writer,
              const std::vector<AlertQueue::Message> &batch, std::atomic<std::uint64_t> *delivered)
{
    for (const AlertQueue::Message &message : batch) {
        if (!writer->Write(*message))
            return false;
        delivered->fetch_add(1, std::memory_order_relaxed);
    }
    return true;
}
} // namespace

class FalcoEmulator::OutputsService final : public falco::outputs::service::Service
{
public:
    OutputsService(AlertQueue &queue, std::atomic<std::uint64_t> &delivered,
                   std::atomic<std::uint64_t> &subscribers)
        : m_queue(queue)
        , m_delivered(delivered)
        , m_subscribers(subscribers)
    {
    }

    grpc::Status
    sub(grpc::ServerContext *,
        grpc::ServerReaderWriter<falco::outputs::response, falco::outputs::request> *stream) override
    {
        m_subscribers.fetch_add(1);
        falco::outputs::request request;
        // Falco's semantics: nothing is pushed; each request from the client is answered with
        // everything queued at that moment.
        while (stream->Read(&request)) {
            if (!writeAll(stream, m_queue.popAll(), &m_delivered))
                break;
        }
        m_subscribers.fetch_sub(1);
        return grpc::Status::OK;
    }

    grpc::Status get(grpc::ServerContext *, const falco::outputs::request *,
                     grpc::ServerWriter<falco::outputs::response> *writer) override
    {
        writeAll(writer, m_queue.popAll(), &m_delivered);
        return grpc::Status::OK;
    }

private:
    AlertQueue &m_queue;
    std::atomic<std::uint64_t> &m_delivered;
    std::atomic<std::uint64_t> &m_subscribers;
};

class FalcoEmulator::VersionService final : public falco::version::service::Service
{
public:
    explicit VersionService(QString version)
        : m_version(std::move(version))
    {
    }

    grpc::Status version(grpc::ServerContext *, const falco::version::request *,
                         falco::version::response *response) override
    {
        const QStringList parts = m_version.split(QLatin1Char('.'));
        response->set_version(m_version.toStdString());
        response->set_major(parts.value(0).toUInt());
        response->set_minor(parts.value(1).toUInt());
        response->set_patch(parts.value(2).toUInt());
        response->set_build("tfdrift-emulator");
        return grpc::Status::OK;
    }

private:
    QString m_version;
};

FalcoEmulator::FalcoEmulator() = default;

FalcoEmulator::~FalcoEmulator()
{
    shutdown();
}

bool FalcoEmulator::start(const Options &options, QString *error)
{
    if (m_server) {
        *error = Text::tr("the emulator is already running");
        return false;
    }
    std::shared_ptr<grpc::ServerCredentials> credentials;
    const bool isUnix = options.address.startsWith(QLatin1String("unix:"));
    if (isUnix || options.insecure) {
        credentials = grpc::InsecureServerCredentials();
    } else {
        grpc::SslServerCredentialsOptions tls(GRPC_SSL_REQUEST_AND_REQUIRE_CLIENT_CERTIFICATE_AND_VERIFY);
        grpc::SslServerCredentialsOptions::PemKeyCertPair pair;
        if (!readPemFile(options.caFile, &tls.pem_root_certs, error)
            || !readPemFile(options.certFile, &pair.cert_chain, error)
            || !readPemFile(options.keyFile, &pair.private_key, error)) {
            *error = Text::tr("TCP needs mutual TLS (--tls-ca, --tls-cert, --tls-key) or --insecure: %1")
                         .arg(*error);
            return false;
        }
        tls.pem_key_cert_pairs.push_back(pair);
        credentials = grpc::SslServerCredentials(tls);
    }
    if (isUnix) {
        // A stale socket left by a killed emulator would make the bind fail.
        QFile::remove(unixSocketPath(options.address));
    }

    m_outputs = std::make_unique<OutputsService>(m_queue, m_delivered, m_subscribers);
    m_version = std::make_unique<VersionService>(options.version);
    grpc::ServerBuilder builder;
    builder.AddListeningPort(options.address.toStdString(), credentials, &m_boundPort);
    builder.RegisterService(m_outputs.get());
    builder.RegisterService(m_version.get());
    m_server = builder.BuildAndStart();
    if (!m_server) {
        *error = Text::tr("cannot listen on %1").arg(options.address);
        m_outputs.reset();
        m_version.reset();
        return false;
    }
    return true;
}

void FalcoEmulator::shutdown()
{
    if (!m_server)
        return;
    // Streams block in Read waiting for polls; a deadline makes Shutdown cancel them.
    m_server->Shutdown(std::chrono::system_clock::now() + std::chrono::milliseconds(200));
    m_server->Wait();
    m_server.reset();
    m_outputs.reset();
    m_version.reset();
}

void FalcoEmulator::enqueue(const FalcoAlert &alert)
{
    m_enqueued.fetch_add(1);
    m_queue.push(toMessage(alert));
}

void FalcoEmulator::enqueue(const AlertBatch &alerts)
{
    for (const FalcoAlert &alert : alerts)
        enqueue(alert);
}

} // namespace tfdrift
