#include "core/config/EndpointConfig.h"
#include "core/ingest/http/HttpAlertReceiver.h"
#include "core/ingest/http/HttpConnection.h"
#include "core/ingest/http/HttpRequestHandler.h"

#include "PairedRounds.h"
#include "support/AlertFixtures.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <memory>

namespace tfdrift::bench {

namespace {
constexpr int kDistinctRequests = 1000; // cycled: building 200 000 requests up front costs 200 MB
constexpr int kPipelineWindow = 64;     // requests in flight on the one keep-alive connection

// One alert per POST, with the headers Falco's libcurl sends.
QList<QByteArray> falcoRequests(quint16 port)
{
    QList<QByteArray> requests;
    requests.reserve(kDistinctRequests);
    for (int i = 0; i < kDistinctRequests; ++i) {
        const QByteArray body = test::cloudTrailAlertJson(i);
        requests.append("POST /falco HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port)
                        + "\r\nUser-Agent: falcosecurity/falco\r\nAccept: */*\r\n"
                          "Content-Type: application/json\r\nContent-Length: "
                        + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    }
    return requests;
}

// Counts complete responses in a byte stream; only 2xx count as accepted.
class ResponseCounter
{
public:
    void consume(const QByteArray &bytes)
    {
        m_buffer += bytes;
        qsizetype pos = 0;
        while (true) {
            const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n", pos);
            if (headEnd < 0)
                break;
            const QByteArrayView head = QByteArrayView(m_buffer).sliced(pos, headEnd - pos);
            qsizetype length = 0;
            const qsizetype field = head.indexOf("Content-Length: ");
            if (field >= 0) {
                const QByteArrayView rest = head.sliced(field + 16);
                const qsizetype end = rest.indexOf('\r');
                length = (end < 0 ? rest : rest.first(end)).toLongLong();
            }
            const qsizetype responseEnd = headEnd + 4 + length;
            if (responseEnd > m_buffer.size())
                break;
            ++m_answered;
            if (head.startsWith("HTTP/1.1 2"))
                ++m_accepted;
            pos = responseEnd;
        }
        m_buffer.remove(0, pos);
    }

    int answered() const { return m_answered; }
    int accepted() const { return m_accepted; }

private:
    QByteArray m_buffer;
    int m_answered = 0;
    int m_accepted = 0;
};

// A fast keep-alive sender on its own thread: pipelines up to kPipelineWindow posts and returns
// how many were accepted.
int sendAll(quint16 port, int alertCount)
{
    const QList<QByteArray> requests = falcoRequests(port);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        qFatal("bench client cannot connect: %s", qPrintable(socket.errorString()));
    ResponseCounter counter;
    int sent = 0;
    while (counter.answered() < alertCount) {
        QByteArray batch;
        while (sent < alertCount && sent - counter.answered() < kPipelineWindow)
            batch += requests[sent++ % kDistinctRequests];
        if (!batch.isEmpty())
            socket.write(batch);
        if (!socket.waitForReadyRead(30'000))
            qFatal("bench client got no answer: %s", qPrintable(socket.errorString()));
        counter.consume(socket.readAll());
    }
    socket.disconnectFromHost();
    return counter.accepted();
}

// The ceiling: the same HTTP/1.1 connection handling, answering 202 without looking at the body.
class DrainHandler : public HttpRequestHandler
{
public:
    std::optional<HttpResponse> checkHead(const HttpRequest &) override { return std::nullopt; }
    HttpResponse handle(const HttpRequest &) override { return m_accepted; }

private:
    const HttpResponse m_accepted = HttpResponse::json(202, QJsonObject{{QLatin1String("accepted"), 1}});
};

double drainRaw(int alertCount)
{
    QThread serverThread;
    serverThread.start();
    auto *server = new QTcpServer;
    server->moveToThread(&serverThread);
    QObject::connect(&serverThread, &QThread::finished, server, &QObject::deleteLater);
    DrainHandler handler;
    const HttpReceiverLimits limits;
    quint16 port = 0;
    QMetaObject::invokeMethod(
        server,
        [&] {
            QObject::connect(server, &QTcpServer::newConnection, server, [&] {
                while (QTcpSocket *socket = server->nextPendingConnection()) {
                    auto *connection = new HttpConnection(socket, handler, limits, server);
                    QObject::connect(connection, &HttpConnection::finished, connection,
                                     &QObject::deleteLater);
                }
            });
            if (server->listen(QHostAddress::LocalHost))
                port = server->serverPort();
        },
        Qt::BlockingQueuedConnection);
    if (port == 0)
        qFatal("raw drain server cannot listen");

    QElapsedTimer timer;
    timer.start();
    std::atomic<int> accepted = 0;
    std::unique_ptr<QThread> client(QThread::create([&] { accepted = sendAll(port, alertCount); }));
    client->start();
    client->wait();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;

    serverThread.quit();
    serverThread.wait();
    if (accepted != alertCount)
        qFatal("raw drain accepted %d of %d posts", accepted.load(), alertCount);
    return alertCount / seconds;
}

double drainThroughCore(int alertCount)
{
    EndpointConfig endpoint;
    endpoint.name = QStringLiteral("bench");
    endpoint.transport = EndpointConfig::Transport::Http;
    endpoint.listenAddress = QStringLiteral("127.0.0.1:0");
    HttpAlertReceiver receiver(endpoint);

    QEventLoop loop;
    QObject::connect(&receiver, &AlertSource::stateChanged, &loop, [&](const ConnectionState &state) {
        if (state.kind == ConnectionState::Kind::Listening)
            loop.quit();
        else if (state.kind == ConnectionState::Kind::Failed)
            qFatal("bench receiver failed: %s", qPrintable(state.detail));
    });
    receiver.start();
    loop.exec();

    quint64 received = 0;
    QObject::connect(&receiver, &AlertSource::alertsArrived, &loop, [&](const AlertBatch &batch) {
        received += quint64(batch.size());
        if (received >= quint64(alertCount))
            loop.quit();
    });
    QElapsedTimer timer;
    timer.start();
    std::atomic<int> accepted = 0;
    std::unique_ptr<QThread> client(
        QThread::create([&, port = receiver.serverPort()] { accepted = sendAll(port, alertCount); }));
    client->start();
    loop.exec();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    client->wait();
    receiver.stop();
    if (accepted != alertCount)
        qFatal("receiver accepted %d of %d posts", accepted.load(), alertCount);
    return double(received) / seconds;
}
} // namespace

BenchResult benchHttpIngest(int alertCount)
{
    return runPairedRounds([&] { return drainRaw(alertCount); },
                           [&] { return drainThroughCore(alertCount); });
}

} // namespace tfdrift::bench
