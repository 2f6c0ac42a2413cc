#pragma once

#include "core/ingest/http/HttpRequest.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QPair>
#include <QString>

#include <functional>
#include <memory>

class QThread;

namespace tfdrift::test {

// What the test server answers to one request.
struct ScriptedReply {
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int delayMs = 0;             // answer this much later: a slow service
    bool dropConnection = false; // close without any answer: a cut connection
};

struct RecordedRequest {
    HttpRequest request;
    qint64 receivedMs = 0;
    QJsonObject json() const; // the body as a JSON object
};

// A loopback HTTP/1.1 server that plays a notification service: it records every request and
// answers what the test's handler says. It runs on its own thread, so it keeps answering while
// the test waits for a child process.
class LocalHttpServer
{
public:
    // index counts requests from 0. Runs on the server's thread.
    using Handler = std::function<ScriptedReply(const RecordedRequest &request, int index)>;

    LocalHttpServer();
    ~LocalHttpServer();
    LocalHttpServer(const LocalHttpServer &) = delete;
    LocalHttpServer &operator=(const LocalHttpServer &) = delete;

    // Listens on 127.0.0.1; port 0 picks a free one.
    bool listen(quint16 port = 0);
    // HTTPS on 127.0.0.1 with this certificate (PEM) and RSA key.
    bool listenTls(const QString &certificatePath, const QString &keyPath);
    // Stops listening and cuts every open connection.
    void close();
    quint16 port() const;
    QString url(const QString &path = QStringLiteral("/")) const;

    void setHandler(Handler handler);
    QList<RecordedRequest> requests() const;
    int requestCount() const;
    // Processes the calling thread's events while it waits.
    bool waitForRequests(int count, int timeoutMs);

    // A loopback port nobody listens on, for "connection refused".
    static quint16 unusedPort();

    class Worker;

private:
    QThread *m_thread;
    Worker *m_worker;
    bool m_tls = false;
};

} // namespace tfdrift::test
