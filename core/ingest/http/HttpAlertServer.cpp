#include "core/ingest/http/HttpAlertServer.h"

#include "core/ingest/http/HttpConnection.h"
#include "core/ingest/http/HttpListenAddress.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>

namespace tfdrift {

Q_LOGGING_CATEGORY(lcHttpIngest, "tfdrift.ingest.http", QtInfoMsg)

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(tfdrift::HttpAlertServer)
};

std::optional<QByteArray> readFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return std::nullopt;
    }
    return file.readAll();
}

std::optional<QSslConfiguration> loadServerTls(const QString &certFile, const QString &keyFile,
                                               QString *error)
{
    if (!QSslSocket::supportsSsl()) {
        *error = Text::tr("HTTPS is not available: Qt found no TLS library");
        return std::nullopt;
    }
    if (certFile.isEmpty() || keyFile.isEmpty()) {
        *error = Text::tr("HTTPS needs both a certificate file and a key file");
        return std::nullopt;
    }

    QString reason;
    const std::optional<QByteArray> certData = readFile(certFile, &reason);
    if (!certData) {
        *error = Text::tr("cannot read TLS certificate %1: %2").arg(certFile, reason);
        return std::nullopt;
    }
    // The file may hold the whole chain: our certificate first, then intermediates.
    const QList<QSslCertificate> chain = QSslCertificate::fromData(*certData, QSsl::Pem);
    if (chain.isEmpty() || chain.front().isNull()) {
        *error = Text::tr("no PEM certificate in %1").arg(certFile);
        return std::nullopt;
    }

    const std::optional<QByteArray> keyData = readFile(keyFile, &reason);
    if (!keyData) {
        *error = Text::tr("cannot read TLS key %1: %2").arg(keyFile, reason);
        return std::nullopt;
    }
    if (keyData->contains("ENCRYPTED")) {
        *error = Text::tr("TLS key %1 is encrypted; a key for an unattended server needs no passphrase")
                     .arg(keyFile);
        return std::nullopt;
    }
    QSslKey key;
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        key = QSslKey(*keyData, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            break;
    }
    if (key.isNull()) {
        *error = Text::tr("no PEM private key (RSA, EC or DSA) in %1").arg(keyFile);
        return std::nullopt;
    }

    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificates asked for
    return configuration;
}
} // namespace

HttpAlertServer::HttpAlertServer(const EndpointConfig &endpoint, const HttpReceiverLimits &limits,
                                 Callbacks callbacks, QObject *parent)
    : QObject(parent)
    , m_endpoint(endpoint)
    , m_limits(limits)
    , m_callbacks(std::move(callbacks))
    , m_handler(endpoint.bearerToken, [this](AlertBatch &&alerts) { collect(std::move(alerts)); })
{
}

HttpAlertServer::~HttpAlertServer()
{
    // Connections refer to m_handler; they go before it does.
    const QList<HttpConnection *> connections = findChildren<HttpConnection *>(Qt::FindDirectChildrenOnly);
    qDeleteAll(connections);
    delete m_server;
    // These were answered with 202; they must not be lost with the thread.
    handOver();
}

void HttpAlertServer::listen()
{
    QString error;
    const QString listenAddress
        = m_endpoint.listenAddress.isEmpty() ? defaultListenAddress() : m_endpoint.listenAddress;
    const std::optional<HttpListenAddress> address = parseListenAddress(listenAddress, &error);
    if (!address) {
        fail(error);
        return;
    }

    const bool tls = !m_endpoint.certFile.isEmpty() || !m_endpoint.keyFile.isEmpty();
    if (tls) {
        const std::optional<QSslConfiguration> configuration
            = loadServerTls(m_endpoint.certFile, m_endpoint.keyFile, &error);
        if (!configuration) {
            fail(error);
            return;
        }
        auto *server = new QSslServer(this);
        server->setSslConfiguration(*configuration);
        connect(server, &QSslServer::errorOccurred, this,
                [](QSslSocket *socket, QAbstractSocket::SocketError) {
                    qCDebug(lcHttpIngest) << "TLS connection from" << socket->peerAddress().toString()
                                          << "failed:" << socket->errorString();
                });
        m_server = server;
    } else {
        m_server = new QTcpServer(this);
    }
    // Not newConnection: QSslServer emits that before the TLS handshake, when nothing is pending yet.
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &HttpAlertServer::acceptConnections);

    if (!m_server->listen(address->host, address->port)) {
        fail(Text::tr("cannot listen on %1: %2").arg(address->toString(), m_server->errorString()));
        delete m_server;
        m_server = nullptr;
        return;
    }

    const quint16 port = m_server->serverPort();
    if (m_callbacks.listening)
        m_callbacks.listening(port);
    const QString where = HttpListenAddress::format(address->host, port);
    m_callbacks.stateChanged(ConnectionState::listening(tls ? Text::tr("%1 (HTTPS)").arg(where) : where));
}

void HttpAlertServer::acceptConnections()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        auto *connection = new HttpConnection(socket, m_handler, m_limits, this);
        if (m_connectionCount >= m_limits.maxConnections) {
            connect(connection, &HttpConnection::finished, connection, &QObject::deleteLater);
            HttpResponse busy = HttpResponse::error(
                503, Text::tr("too many connections (limit %1); retry later").arg(m_limits.maxConnections));
            busy.headers.append({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1")});
            connection->refuse(std::move(busy));
            continue;
        }
        ++m_connectionCount;
        connect(connection, &HttpConnection::finished, this, [this, connection] {
            --m_connectionCount;
            connection->deleteLater();
        });
    }
}

void HttpAlertServer::collect(AlertBatch &&alerts)
{
    m_collected.append(std::move(alerts));
    if (m_handOverScheduled)
        return;
    m_handOverScheduled = true;
    QMetaObject::invokeMethod(this, &HttpAlertServer::handOver, Qt::QueuedConnection);
}

void HttpAlertServer::handOver()
{
    m_handOverScheduled = false;
    if (!m_collected.isEmpty())
        m_callbacks.alertsReceived(std::exchange(m_collected, {}));
}

void HttpAlertServer::fail(const QString &reason) const
{
    m_callbacks.stateChanged(ConnectionState::failed(reason));
}

} // namespace tfdrift
