#include "support/LocalHttpServer.h"

#include "core/ingest/http/HttpRequestReader.h"

#include "support/EventLoopWait.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

namespace tfdrift::test {

class LocalHttpServer::Worker : public QObject
{
public:
    std::unique_ptr<QTcpServer> server;
    mutable QMutex mutex;
    Handler handler;
    QList<RecordedRequest> requests;
    QList<QPointer<QTcpSocket>> sockets;

    bool listen(quint16 port, const QSslConfiguration &tls)
    {
        if (tls.isNull()) {
            server = std::make_unique<QTcpServer>();
        } else {
            auto secure = std::make_unique<QSslServer>();
            secure->setSslConfiguration(tls);
            server = std::move(secure);
        }
        // Announced once a connection is ready to use, after the TLS handshake for QSslServer.
        connect(server.get(), &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = server->nextPendingConnection())
                accept(socket);
        });
        return server->listen(QHostAddress::LocalHost, port);
    }

    void closeAll()
    {
        if (server)
            server->close();
        for (const QPointer<QTcpSocket> &socket : std::as_const(sockets)) {
            if (socket)
                socket->abort();
        }
        sockets.clear();
    }

    void accept(QTcpSocket *socket)
    {
        sockets.append(socket);
        auto reader = std::make_shared<HttpRequestReader>();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, reader] {
            reader->feed(socket->readAll());
            while (reader->status() == HttpRequestReader::Status::RequestReady)
                answer(socket, reader->takeRequest());
            if (reader->status() == HttpRequestReader::Status::Error)
                socket->abort();
        });
    }

    void answer(QTcpSocket *socket, const HttpRequest &request)
    {
        RecordedRequest recorded{request, QDateTime::currentMSecsSinceEpoch()};
        Handler current;
        int index = 0;
        {
            QMutexLocker lock(&mutex);
            index = int(requests.size());
            requests.append(recorded);
            current = handler;
        }
        const ScriptedReply reply = current ? current(recorded, index) : ScriptedReply{};
        QPointer<QTcpSocket> target(socket);
        auto send = [target, reply] {
            if (!target)
                return;
            if (reply.dropConnection) {
                target->abort();
                return;
            }
            QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + " Scripted\r\n";
            head += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
            for (const auto &[name, value] : reply.headers)
                head += name + ": " + value + "\r\n";
            target->write(head + "\r\n" + reply.body);
        };
        if (reply.delayMs > 0)
            QTimer::singleShot(reply.delayMs, socket, send);
        else
            send();
    }
};

QJsonObject RecordedRequest::json() const
{
    return QJsonDocument::fromJson(request.body).object();
}

LocalHttpServer::LocalHttpServer()
    : m_thread(new QThread)
    , m_worker(new Worker)
{
    m_worker->moveToThread(m_thread);
    m_thread->start();
}

LocalHttpServer::~LocalHttpServer()
{
    QMetaObject::invokeMethod(
        m_worker,
        [this] {
            m_worker->closeAll();
            delete m_worker;
        },
        Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

bool LocalHttpServer::listen(quint16 port)
{
    bool ok = false;
    QMetaObject::invokeMethod(
        m_worker, [&] { ok = m_worker->listen(port, QSslConfiguration()); }, Qt::BlockingQueuedConnection);
    return ok;
}

bool LocalHttpServer::listenTls(const QString &certificatePath, const QString &keyPath)
{
    QFile keyFile(keyPath);
    if (!keyFile.open(QIODevice::ReadOnly))
        return false;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(QSslCertificate::fromPath(certificatePath));
    tls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
    tls.setPeerVerifyMode(QSslSocket::VerifyNone); // the client is not asked for a certificate
    m_tls = true;
    bool ok = false;
    QMetaObject::invokeMethod(
        m_worker, [&] { ok = m_worker->listen(0, tls); }, Qt::BlockingQueuedConnection);
    return ok;
}

void LocalHttpServer::close()
{
    QMetaObject::invokeMethod(
        m_worker, [this] { m_worker->closeAll(); }, Qt::BlockingQueuedConnection);
}

quint16 LocalHttpServer::port() const
{
    quint16 port = 0;
    QMetaObject::invokeMethod(
        m_worker, [&] { port = m_worker->server ? m_worker->server->serverPort() : 0; },
        Qt::BlockingQueuedConnection);
    return port;
}

QString LocalHttpServer::url(const QString &path) const
{
    // The test certificate names 127.0.0.1 as well as localhost.
    return QStringLiteral("%1://127.0.0.1:%2%3")
        .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"))
        .arg(port())
        .arg(path);
}

void LocalHttpServer::setHandler(Handler handler)
{
    QMutexLocker lock(&m_worker->mutex);
    m_worker->handler = std::move(handler);
}

QList<RecordedRequest> LocalHttpServer::requests() const
{
    QMutexLocker lock(&m_worker->mutex);
    return m_worker->requests;
}

int LocalHttpServer::requestCount() const
{
    QMutexLocker lock(&m_worker->mutex);
    return int(m_worker->requests.size());
}

bool LocalHttpServer::waitForRequests(int count, int timeoutMs)
{
    return waitUntil([&] { return requestCount() >= count; }, timeoutMs);
}

quint16 LocalHttpServer::unusedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

} // namespace tfdrift::test
