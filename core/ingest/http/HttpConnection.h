#pragma once

#include "core/ingest/http/HttpReceiverLimits.h"
#include "core/ingest/http/HttpRequestReader.h"
#include "core/ingest/http/HttpResponse.h"

#include <QObject>
#include <QTimer>

QT_BEGIN_NAMESPACE
class QTcpSocket;
QT_END_NAMESPACE

namespace tfdrift {

class HttpRequestHandler;

// One client connection of an HTTP/1.1 server: keep-alive, pipelining, 100-continue, idle timeout,
// and back-pressure when the client does not read its responses. Lives in the socket's thread.
class HttpConnection : public QObject
{
    Q_OBJECT

public:
    // Takes ownership of socket. handler must outlive the connection.
    HttpConnection(QTcpSocket *socket, HttpRequestHandler &handler, const HttpReceiverLimits &limits,
                   QObject *parent = nullptr);
    ~HttpConnection() override;

    // Answers without reading a request and closes: for a connection over the server's limit.
    void refuse(HttpResponse response);

Q_SIGNALS:
    // The socket is closed; the owner may now deleteLater() the connection.
    void finished();

private:
    void readAvailable();
    void processRequests();
    void send(HttpResponse response, const HttpRequest &request);
    void sendAndClose(HttpResponse response);
    void onBytesWritten();
    void onIdleTimeout();
    void onDisconnected();

    QTcpSocket *m_socket;
    HttpRequestHandler &m_handler;
    HttpReceiverLimits m_limits;
    HttpRequestReader m_reader;
    QTimer m_idleTimer;
    QTimer m_closeTimer; // closing connections that neither close nor read get aborted
    bool m_headChecked = false;
    bool m_paused = false;  // the client is not reading its responses; neither do we read its requests
    bool m_closing = false; // a final response is on its way; incoming bytes are discarded
    bool m_finished = false;
};

} // namespace tfdrift
