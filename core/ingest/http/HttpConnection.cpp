#include "core/ingest/http/HttpConnection.h"

#include "core/ingest/http/HttpRequestHandler.h"

#include <QTcpSocket>

namespace tfdrift {

namespace {
constexpr qint64 kReadChunkBytes = 64 * qint64(1024);
} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, HttpRequestHandler &handler,
                               const HttpReceiverLimits &limits, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_handler(handler)
    , m_limits(limits)
    , m_reader(HttpRequestReader::Limits{limits.maxHeaderBytes, limits.maxBodyBytes})
{
    m_socket->setParent(this);
    // Bounded socket buffer: when we stop reading, TCP flow control slows the sender down.
    m_socket->setReadBufferSize(kReadChunkBytes * 4);

    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(m_limits.idleTimeout);
    m_closeTimer.setSingleShot(true);
    m_closeTimer.setInterval(m_limits.closeTimeout);
    connect(&m_idleTimer, &QTimer::timeout, this, &HttpConnection::onIdleTimeout);
    connect(&m_closeTimer, &QTimer::timeout, m_socket, &QAbstractSocket::abort);

    connect(m_socket, &QIODevice::readyRead, this, &HttpConnection::readAvailable);
    connect(m_socket, &QIODevice::bytesWritten, this, &HttpConnection::onBytesWritten);
    connect(m_socket, &QAbstractSocket::disconnected, this, &HttpConnection::onDisconnected);

    if (m_socket->state() != QAbstractSocket::ConnectedState) {
        QMetaObject::invokeMethod(this, &HttpConnection::onDisconnected, Qt::QueuedConnection);
        return;
    }
    m_idleTimer.start();
    // Bytes may have arrived before we connected to readyRead (TLS handshakes read ahead).
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::readAvailable, Qt::QueuedConnection);
}

HttpConnection::~HttpConnection()
{
    // Destroying the socket must not call back into a half-destroyed connection.
    m_socket->disconnect(this);
}

void HttpConnection::refuse(HttpResponse response)
{
    sendAndClose(std::move(response));
}

void HttpConnection::readAvailable()
{
    if (m_closing) {
        m_socket->skip(m_socket->bytesAvailable());
        return;
    }
    m_idleTimer.start();
    processRequests();
    while (!m_closing && !m_paused && m_reader.status() == HttpRequestReader::Status::NeedMore) {
        const QByteArray bytes = m_socket->read(kReadChunkBytes);
        if (bytes.isEmpty())
            break;
        m_reader.feed(bytes);
        processRequests();
    }
}

void HttpConnection::processRequests()
{
    while (!m_closing) {
        if (m_socket->bytesToWrite() > m_limits.maxUnsentBytes) {
            m_paused = true;
            return;
        }
        const HttpRequestReader::Status status = m_reader.status();
        if (status == HttpRequestReader::Status::Error) {
            sendAndClose(HttpResponse::error(m_reader.errorStatus(), m_reader.errorReason()));
            return;
        }
        if (!m_reader.hasHead())
            return;

        if (!m_headChecked) {
            m_headChecked = true;
            if (std::optional<HttpResponse> refusal = m_handler.checkHead(m_reader.head())) {
                if (status != HttpRequestReader::Status::RequestReady) {
                    // The body is still on its way; closing is cheaper than reading it.
                    sendAndClose(std::move(*refusal));
                    return;
                }
                m_headChecked = false;
                send(std::move(*refusal), m_reader.takeRequest());
                continue;
            }
            if (m_reader.takeContinueRequest())
                m_socket->write(QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n"));
        }
        if (status != HttpRequestReader::Status::RequestReady)
            return;

        m_headChecked = false;
        const HttpRequest request = m_reader.takeRequest();
        send(m_handler.handle(request), request);
    }
}

void HttpConnection::send(HttpResponse response, const HttpRequest &request)
{
    if (!request.keepAlive || response.closeConnection) {
        sendAndClose(std::move(response));
        return;
    }
    m_socket->write(response.serialize(request.minorVersion == 0));
}

void HttpConnection::sendAndClose(HttpResponse response)
{
    response.closeConnection = true;
    m_socket->write(response.serialize());
    m_closing = true;
    m_paused = false;
    m_idleTimer.stop();
    m_closeTimer.start();
    if (m_reader.isBetweenRequests()) {
        m_socket->disconnectFromHost(); // after the response is flushed
    }
    // Otherwise the client may still be sending a body. Closing now would make the kernel answer
    // its unread bytes with a reset, which can destroy our response before the client reads it;
    // so discard what arrives until the client closes or the close timer aborts.
}

void HttpConnection::onBytesWritten()
{
    if (m_paused && m_socket->bytesToWrite() <= m_limits.maxUnsentBytes / 2) {
        m_paused = false;
        readAvailable();
    }
}

void HttpConnection::onIdleTimeout()
{
    if (m_closing)
        return;
    if (m_reader.isBetweenRequests()) {
        m_closing = true;
        m_closeTimer.start();
        m_socket->disconnectFromHost();
        return;
    }
    sendAndClose(HttpResponse::error(
        408, tr("no complete request within %1 s").arg(m_limits.idleTimeout.count() / 1000.0)));
}

void HttpConnection::onDisconnected()
{
    m_idleTimer.stop();
    m_closeTimer.stop();
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished();
}

} // namespace tfdrift
