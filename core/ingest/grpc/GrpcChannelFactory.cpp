#include "core/ingest/grpc/GrpcChannelFactory.h"

#include <QCoreApplication>
#include <QFile>

#include <grpcpp/create_channel.h>
#include <grpcpp/security/credentials.h>
#include <grpcpp/support/channel_arguments.h>

namespace tfdrift {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(tfdrift::GrpcChannelFactory)
};

constexpr qint64 kMaxPemBytes = 1 << 20;
} // namespace

bool readPemFile(const QString &path, std::string *contents, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Text::tr("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray data = file.read(kMaxPemBytes + 1);
    if (data.size() > kMaxPemBytes || !data.contains("-----BEGIN ")) {
        *error = Text::tr("%1 is not a PEM file").arg(path);
        return false;
    }
    *contents = data.toStdString();
    return true;
}

QString unixSocketPath(const QString &address)
{
    if (address.startsWith(QLatin1String("unix://")))
        return address.mid(7);
    if (address.startsWith(QLatin1String("unix:")))
        return address.mid(5);
    return address;
}

std::string grpcTarget(const QString &address)
{
    return address.toStdString();
}

std::shared_ptr<grpc::Channel> createFalcoChannel(const EndpointConfig &endpoint, QString *error)
{
    grpc::ChannelArguments arguments;
    // We run our own backoff with visible states; keep gRPC's internal one short so that
    // a restarted Falco is found as soon as our next attempt starts.
    arguments.SetInt(GRPC_ARG_INITIAL_RECONNECT_BACKOFF_MS, 200);
    arguments.SetInt(GRPC_ARG_MAX_RECONNECT_BACKOFF_MS, 1000);
    arguments.SetInt(GRPC_ARG_MIN_RECONNECT_BACKOFF_MS, 200);
    arguments.SetInt(GRPC_ARG_KEEPALIVE_TIME_MS, 30'000);
    arguments.SetInt(GRPC_ARG_KEEPALIVE_TIMEOUT_MS, 10'000);
    arguments.SetMaxReceiveMessageSize(16 << 20);
    // A fresh subchannel per channel, so a reconnect never reuses a dead connection.
    arguments.SetInt(GRPC_ARG_USE_LOCAL_SUBCHANNEL_POOL, 1);

    const std::string target = grpcTarget(endpoint.address);
    if (endpoint.address.startsWith(QLatin1String("unix:")))
        return grpc::CreateCustomChannel(target, grpc::InsecureChannelCredentials(), arguments);

    const bool wantsTls
        = !endpoint.caFile.isEmpty() || !endpoint.certFile.isEmpty() || !endpoint.keyFile.isEmpty();
    if (!wantsTls) {
        if (endpoint.insecure)
            return grpc::CreateCustomChannel(target, grpc::InsecureChannelCredentials(), arguments);
        *error = Text::tr(
            "gRPC over TCP needs mutual TLS (CA, client certificate and key); Falco serves TCP only "
            "with mTLS");
        return nullptr;
    }
    grpc::SslCredentialsOptions tls;
    if (!readPemFile(endpoint.caFile, &tls.pem_root_certs, error)
        || !readPemFile(endpoint.certFile, &tls.pem_cert_chain, error)
        || !readPemFile(endpoint.keyFile, &tls.pem_private_key, error))
        return nullptr;
    return grpc::CreateCustomChannel(target, grpc::SslCredentials(tls), arguments);
}

} // namespace tfdrift
