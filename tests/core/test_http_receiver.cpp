#include "core/config/EndpointConfig.h"
#include "core/falco/AlertJson.h"
#include "core/ingest/http/HttpAlertPoster.h"
#include "core/ingest/http/HttpAlertReceiver.h"
#include "core/ingest/http/HttpListenAddress.h"
#include "core/ingest/http/HttpRequestReader.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace tfdrift;

namespace {

// What Falco 0.40's http_output posts for a cloudtrail plugin rule: ct.request is JSON text inside
// a string, evt.time an integer too large for a double to hold exactly, and a missing field is null.
const QByteArray kCloudTrailAlert
    = "{\"hostname\":\"falco-cloudtrail-0\","
      "\"output\":\"2026-03-06T21:22:54.123456789+0000: Warning Terraform managed resource modified outside "
      "Terraform (user=alice event=ModifyInstanceAttribute region=us-east-1 instance=i-0abc1234def567890)\","
      "\"output_fields\":{\"ct.error\":null,\"ct.name\":\"ModifyInstanceAttribute\",\"ct.readonly\":"
      "\"false\","
      "\"ct.region\":\"us-east-1\","
      "\"ct.request\":\"{\\\"instanceId\\\":\\\"i-0abc1234def567890\\\","
      "\\\"disableApiTermination\\\":{\\\"value\\\":false}}\","
      "\"ct.srcip\":\"203.0.113.24\",\"ct.user\":\"alice\",\"ct.user.identitytype\":\"IAMUser\","
      "\"evt.time\":1772832174123456789},"
      "\"priority\":\"Warning\",\"rule\":\"Terraform Managed Resource "
      "Modified\",\"source\":\"aws_cloudtrail\","
      "\"tags\":[\"aws\",\"cloudtrail\",\"terraform\"],\"time\":\"2026-03-06T21:22:54.123456789Z\"}";

constexpr qint64 kAlertTimeNs = 1772832174123456789LL; // 2026-03-06T21:22:54.123456789Z

// The CloudTrail alert with another rule name, compact, as one line of NDJSON (without newline).
QByteArray alertWithRule(const QString &rule)
{
    QJsonObject object = QJsonDocument::fromJson(kCloudTrailAlert).object();
    object.insert(QLatin1String("rule"), rule);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray alertWithout(const QString &key)
{
    QJsonObject object = QJsonDocument::fromJson(kCloudTrailAlert).object();
    object.remove(key);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray rawPost(const QByteArray &body, const QByteArray &extraHeaders = {})
{
    return "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n" + extraHeaders + "\r\n" + body;
}

QList<FalcoAlert> allAlerts(const QSignalSpy &spy)
{
    QList<FalcoAlert> alerts;
    for (const QList<QVariant> &arguments : spy)
        alerts += arguments.at(0).value<AlertBatch>();
    return alerts;
}

// One response read off a raw socket.
struct RawResponse {
    int status = 0;
    QList<HttpHeader> headers;
    QByteArray body;

    QByteArray header(QByteArrayView name) const
    {
        for (const HttpHeader &header : headers) {
            if (header.name.compare(name, Qt::CaseInsensitive) == 0)
                return header.value;
        }
        return {};
    }
    QString error() const
    {
        return QJsonDocument::fromJson(body).object().value(QLatin1String("error")).toString();
    }
};

// Reads one complete response (status line, headers, Content-Length body); bytes after it stay in
// *buffer for the next call. Blocks this thread: the server runs in its own.
bool readResponse(QTcpSocket &socket, QByteArray *buffer, RawResponse *response, int timeoutMs = 5000)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (true) {
        const qsizetype headEnd = buffer->indexOf("\r\n\r\n");
        if (headEnd >= 0) {
            const QList<QByteArray> lines = buffer->first(headEnd).split('\n');
            RawResponse parsed;
            parsed.status = lines.front().split(' ').value(1).toInt();
            qsizetype contentLength = 0;
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QByteArray line = lines[i].trimmed();
                const qsizetype colon = line.indexOf(':');
                if (colon < 0)
                    return false;
                parsed.headers.append({line.first(colon), line.sliced(colon + 1).trimmed()});
                if (parsed.headers.back().name.compare("Content-Length", Qt::CaseInsensitive) == 0)
                    contentLength = parsed.headers.back().value.toLongLong();
            }
            if (buffer->size() >= headEnd + 4 + contentLength) {
                parsed.body = buffer->sliced(headEnd + 4, contentLength);
                buffer->remove(0, headEnd + 4 + contentLength);
                *response = parsed;
                return true;
            }
        }
        if (deadline.hasExpired())
            return false;
        if (!socket.waitForReadyRead(int(deadline.remainingTime())) && socket.bytesAvailable() == 0)
            return false;
        buffer->append(socket.readAll());
    }
}

struct Reply {
    int status = 0;
    QByteArray body;
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    QHash<QByteArray, QByteArray> headers;
};

Reply postWithNetworkAccessManager(QNetworkAccessManager &network, const QUrl &url, const QByteArray &body,
                                   const QByteArray &authorization = {}, const QByteArray &verb = "POST")
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    std::unique_ptr<QNetworkReply> reply(network.sendCustomRequest(request, verb, body));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!finished.wait(10'000))
        return {};
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        result.headers.insert(name.toLower(), value);
    return result;
}

EndpointConfig httpEndpoint(const QString &listenAddress = QStringLiteral("127.0.0.1:0"))
{
    EndpointConfig endpoint;
    endpoint.name = QStringLiteral("falco-http");
    endpoint.transport = EndpointConfig::Transport::Http;
    endpoint.listenAddress = listenAddress;
    return endpoint;
}

} // namespace

class TestHttpReceiver : public QObject
{
    Q_OBJECT

private:
    // A started receiver, already listening.
    std::unique_ptr<HttpAlertReceiver> listening(const EndpointConfig &endpoint,
                                                 const HttpReceiverLimits &limits = {})
    {
        auto receiver = std::make_unique<HttpAlertReceiver>(endpoint);
        receiver->setLimits(limits);
        receiver->start();
        const bool started = QTest::qWaitFor(
            [&] { return receiver->state().kind == ConnectionState::Kind::Listening; }, 5000);
        if (!started) {
            QTest::qFail(qPrintable(QStringLiteral("receiver did not start: ")
                                    + describeConnectionState(receiver->state())),
                         __FILE__, __LINE__);
        }
        return receiver;
    }

    QUrl urlOf(const HttpAlertReceiver &receiver, const QString &scheme = QStringLiteral("http"),
               const QString &host = QStringLiteral("127.0.0.1"))
    {
        QUrl url;
        url.setScheme(scheme);
        url.setHost(host);
        url.setPort(receiver.serverPort());
        url.setPath(QStringLiteral("/falco/alerts"));
        return url;
    }

    QNetworkAccessManager m_network;

private Q_SLOTS:
    void initTestCase()
    {
        // An http_proxy in the environment must not reroute loopback traffic.
        QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
    }

    void parsesListenAddresses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("host"); // empty: must be refused
        QTest::addColumn<int>("port");
        QTest::newRow("default") << "127.0.0.1:2801"
                                 << "127.0.0.1" << 2801;
        QTest::newRow("all IPv4") << "0.0.0.0:80"
                                  << "0.0.0.0" << 80;
        QTest::newRow("IPv6 loopback") << "[::1]:2801"
                                       << "::1" << 2801;
        QTest::newRow("IPv6 any") << "[::]:0"
                                  << "::" << 0;
        QTest::newRow("localhost") << "localhost:2801"
                                   << "127.0.0.1" << 2801;
        QTest::newRow("surrounding spaces") << " 127.0.0.1:9000 "
                                            << "127.0.0.1" << 9000;
        QTest::newRow("no port") << "127.0.0.1" << QString() << 0;
        QTest::newRow("empty port") << "127.0.0.1:" << QString() << 0;
        QTest::newRow("port too large") << "127.0.0.1:65536" << QString() << 0;
        QTest::newRow("negative port") << "127.0.0.1:-1" << QString() << 0;
        QTest::newRow("IPv6 without brackets") << "::1:2801" << QString() << 0;
        QTest::newRow("IPv6 bracket without port") << "[::1]2801" << QString() << 0;
        QTest::newRow("host name") << "falco.example.com:2801" << QString() << 0;
        QTest::newRow("empty") << "" << QString() << 0;
    }

    void parsesListenAddresses()
    {
        QFETCH(QString, text);
        QFETCH(QString, host);
        QFETCH(int, port);
        QString error;
        const std::optional<HttpListenAddress> address = parseListenAddress(text, &error);
        if (host.isEmpty()) {
            QVERIFY(!address);
            QVERIFY(!error.isEmpty());
            return;
        }
        QVERIFY2(address, qPrintable(error));
        QCOMPARE(address->host, QHostAddress(host));
        QCOMPARE(int(address->port), port);
    }

    void acceptsAFalcoAlert()
    {
        const auto receiver = listening(httpEndpoint());
        QVERIFY(receiver->state().detail.contains(QLatin1String("127.0.0.1:")));
        QVERIFY(receiver->serverPort() != 0);

        QThread *deliveredOn = nullptr;
        connect(receiver.get(), &AlertSource::alertsArrived, this,
                [&deliveredOn] { deliveredOn = QThread::currentThread(); });
        QSignalSpy arrived(receiver.get(), &AlertSource::alertsArrived);

        const Reply reply = postWithNetworkAccessManager(m_network, urlOf(*receiver), kCloudTrailAlert);
        QCOMPARE(reply.status, 202);
        QCOMPARE(QJsonDocument::fromJson(reply.body).object().value(QLatin1String("accepted")).toInt(), 1);

        QTRY_COMPARE(arrived.size(), 1);
        QCOMPARE(deliveredOn, QThread::currentThread());
        const AlertBatch batch = arrived.at(0).at(0).value<AlertBatch>();
        QCOMPARE(batch.size(), 1);
        const FalcoAlert &alert = batch.front();
        QCOMPARE(alert.rule, QStringLiteral("Terraform Managed Resource Modified"));
        QCOMPARE(alert.priority, FalcoPriority::Warning);
        QCOMPARE(alert.source, QStringLiteral("aws_cloudtrail"));
        QCOMPARE(alert.hostname, QStringLiteral("falco-cloudtrail-0"));
        QCOMPARE(
            alert.tags,
            QStringList({QStringLiteral("aws"), QStringLiteral("cloudtrail"), QStringLiteral("terraform")}));
        QCOMPARE(alert.timeNs, kAlertTimeNs);
        QVERIFY(alert.output.startsWith(QLatin1String("2026-03-06T21:22:54.123456789+0000: Warning")));
        QCOMPARE(alert.endpoint, QStringLiteral("falco-http"));
        QVERIFY(alert.receivedAtMs > 0);

        const QJsonObject fields = alert.outputFields.toJsonObject();
        QCOMPARE(fields.value(QLatin1String("ct.user")).toString(), QStringLiteral("alice"));
        QCOMPARE(fields.value(QLatin1String("ct.name")).toString(),
                 QStringLiteral("ModifyInstanceAttribute"));
        QVERIFY(fields.value(QLatin1String("ct.error")).isNull());
        // ct.request stays the JSON text Falco sent, which the drift engine parses later.
        const QString request = fields.value(QLatin1String("ct.request")).toString();
        QCOMPARE(
            QJsonDocument::fromJson(request.toUtf8()).object().value(QLatin1String("instanceId")).toString(),
            QStringLiteral("i-0abc1234def567890"));
        // A double would round this to ...456768; the integer must survive exactly.
        QCOMPARE(fields.value(QLatin1String("evt.time")).toInteger(), kAlertTimeNs);
        QCOMPARE(receiver->alertCount(), quint64(1));
    }

    void acceptsAnArrayOfAlerts()
    {
        const auto receiver = listening(httpEndpoint());
        QSignalSpy arrived(receiver.get(), &AlertSource::alertsArrived);
        const QByteArray body = "[" + alertWithRule(QStringLiteral("First")) + ",\n  "
            + alertWithRule(QStringLiteral("Second")) + "," + alertWithRule(QStringLiteral("Third")) + "]";

        const Reply reply = postWithNetworkAccessManager(m_network, urlOf(*receiver), body);
        QCOMPARE(reply.status, 202);
        QCOMPARE(QJsonDocument::fromJson(reply.body).object().value(QLatin1String("accepted")).toInt(), 3);
        QTRY_COMPARE(allAlerts(arrived).size(), 3);
        const QList<FalcoAlert> alerts = allAlerts(arrived);
        QCOMPARE(alerts[0].rule, QStringLiteral("First"));
        QCOMPARE(alerts[1].rule, QStringLiteral("Second"));
        QCOMPARE(alerts[2].rule, QStringLiteral("Third"));
        QCOMPARE(alerts[2].outputFields.value(QLatin1String("evt.time")).toInteger(), kAlertTimeNs);
    }

    void acceptsNewlineDelimitedAlerts()
    {
        const auto receiver = listening(httpEndpoint());
        QSignalSpy arrived(receiver.get(), &AlertSource::alertsArrived);
        // What `cat events.jsonl | curl --data-binary @-` sends: CRLF or LF, maybe blank lines.
        const QByteArray body = alertWithRule(QStringLiteral("One")) + "\r\n"
            + alertWithRule(QStringLiteral("Two")) + "\n\n" + alertWithRule(QStringLiteral("Three")) + "\n";

        const Reply reply = postWithNetworkAccessManager(m_network, urlOf(*receiver), body);
        QCOMPARE(reply.status, 202);
        QCOMPARE(QJsonDocument::fromJson(reply.body).object().value(QLatin1String("accepted")).toInt(), 3);
        QTRY_COMPARE(allAlerts(arrived).size(), 3);
        QCOMPARE(allAlerts(arrived)[1].rule, QStringLiteral("Two"));
        QCOMPARE(allAlerts(arrived)[2].rule, QStringLiteral("Three"));
    }

    void acceptsAPrettyPrintedAlert()
    {
        const auto receiver = listening(httpEndpoint());
        QSignalSpy arrived(receiver.get(), &AlertSource::alertsArrived);
        const QByteArray body = QJsonDocument::fromJson(kCloudTrailAlert).toJson(QJsonDocument::Indented);
        QVERIFY(body.count('\n') > 5);
        QCOMPARE(postWithNetworkAccessManager(m_network, urlOf(*receiver), body).status, 202);
        QTRY_COMPARE(allAlerts(arrived).size(), 1);
    }

    void acceptsAChunkedBody()
    {
        const auto receiver = listening(httpEndpoint());
        QSignalSpy arrived(receiver.get(), &AlertSource::alertsArrived);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, receiver->serverPort());
        QVERIFY(socket.waitForConnected(5000));
        // What `curl -H "Transfer-Encoding: chunked" --data-binary @alerts.jsonl` sends.
        const QByteArray body = alertWithRule(QStringLiteral("chunked")) + "\n";
        const qsizetype half = body.size() / 2;
        socket.write("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                     + QByteArray::number(half, 16) + "\r\n" + body.first(half) + "\r\n"
                     + QByteArray::number(body.size() - half, 16) + "\r\n" + body.sliced(half)
                     + "\r\n0\r\n\r\n");
        QByteArray buffer;
        RawResponse response;
        QVERIFY(readResponse(socket, &buffer, &response));
        QCOMPARE(response.status, 202);
        QTRY_COMPARE(allAlerts(arrived).size(), 1);
        QCOMPARE(allAlerts(arrived).front().rule, QStringLiteral("chunked"));
    }

    void refusesInvalidBodiesAndDeliversNoneOfThem_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QStringList>("reasonMentions");

        QTest::newRow("malformed JSON")
            << QByteArray(R"({"rule": "x", "priority": )") << QStringList{QStringLiteral("line 1, column")};
        QTest::newRow("malformed JSON on line 3")
            << QByteArray("[\n" + alertWithRule(QStringLiteral("ok")) + ",\n  {\"rule\" \"x\"}\n]")
            << QStringList{QStringLiteral("line 3")};
        QTest::newRow("missing rule")
            << alertWithout(QStringLiteral("rule")) << QStringList{QStringLiteral("rule")};
        QTest::newRow("missing priority")
            << alertWithout(QStringLiteral("priority")) << QStringList{QStringLiteral("priority")};
        QTest::newRow("priority that Falco does not have")
            << alertWithRule(QStringLiteral("x")).replace("\"Warning\"", "\"HIGH\"")
            << QStringList{QStringLiteral("priority")};
        QTest::newRow("array item without priority")
            << QByteArray("[" + alertWithRule(QStringLiteral("ok")) + ","
                          + alertWithout(QStringLiteral("priority")) + "]")
            << QStringList{QStringLiteral("item 1"), QStringLiteral("priority")};
        QTest::newRow("array item that is not an object")
            << QByteArray("[" + alertWithRule(QStringLiteral("ok")) + ",42]")
            << QStringList{QStringLiteral("item 1"), QStringLiteral("object")};
        QTest::newRow("NDJSON line without rule")
            << QByteArray(alertWithRule(QStringLiteral("ok")) + "\n" + alertWithout(QStringLiteral("rule"))
                          + "\n")
            << QStringList{QStringLiteral("line 2"), QStringLiteral("rule")};
        QTest::newRow("NDJSON line with broken JSON") << QByteArray(
            alertWithRule(QStringLiteral("ok")) + "\n" + alertWithRule(QStringLiteral("ok")) + "\n{\"rule\":")
                                                      << QStringList{QStringLiteral("line 3")};
        QTest::newRow("empty body") << QByteArray("  \n") << QStringList{QStringLiteral("empty")};
        QTest::newRow("JSON that is not an alert") << QByteArray("\"hello\"") << QStringList{};
    }

    void refusesInvalidBodiesAndDeliversNoneOfThem()
    {
        QFETCH(QByteArray, body);
        QFETCH(QStringList, reasonMentions);
        const auto receiver = listening(httpEndpoint());
        QSignalSpy arrived(receiver.get(), &AlertSource::alertsArrived);

        const Reply refused = postWithNetworkAccessManager(m_network, urlOf(*receiver), body);
        QCOMPARE(refused.status, 400);
        const QString reason
            = QJsonDocument::fromJson(refused.body).object().value(QLatin1String("error")).toString();
        QVERIFY2(!reason.isEmpty(), refused.body.constData());
        for (const QString &mention : reasonMentions)
            QVERIFY2(reason.contains(mention), qPrintable(reason));

        // Alerts arrive in order, so once this one is here, anything of the refused body would be too.
        QCOMPARE(
            postWithNetworkAccessManager(m_network, urlOf(*receiver), alertWithRule(QStringLiteral("marker")))
                .status,
            202);
        QTRY_COMPARE(allAlerts(arrived).size(), 1);
        QCOMPARE(allAlerts(arrived).front().rule, QStringLiteral("marker"));
    }

    void refusesBodiesOverOneMebibyteBeforeTheyArrive()
    {
        const auto receiver = listening(httpEndpoint());
        QSignalSpy arrived(receiver.get(), &AlertSource::alertsArrived);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, receiver->serverPort());
        QVERIFY(socket.waitForConnected(5000));
        // Announce 2 MiB but send only the first 64 KiB of it, then wait for the verdict.
        const QByteArray head = "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                                "Content-Length: 2097152\r\n\r\n";
        socket.write(head + "[" + QByteArray(64 * 1024, ' '));
        QByteArray buffer;
        RawResponse response;
        QVERIFY(readResponse(socket, &buffer, &response));
        QCOMPARE(response.status, 413);
        QVERIFY2(response.error().contains(QLatin1String("1 MiB")), qPrintable(response.error()));
        QCOMPARE(response.header("Connection"), QByteArray("close"));
        QCOMPARE(allAlerts(arrived).size(), 0);
    }

    void refusesALargeBodyInsteadOfAskingForIt()
    {
        const auto receiver = listening(httpEndpoint());
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, receiver->serverPort());
        QVERIFY(socket.waitForConnected(5000));
        // curl sends this for large bodies and waits: the answer must be 413, not "100 Continue".
        socket.write(
            "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 5000000\r\nExpect: 100-continue\r\n\r\n");
        QByteArray buffer;
        RawResponse response;
        QVERIFY(readResponse(socket, &buffer, &response));
        QCOMPARE(response.status, 413);
    }

    void answersContinueBeforeTheBody()
    {
        const auto receiver = listening(httpEndpoint());
        QSignalSpy arrived(receiver.get(), &AlertSource::alertsArrived);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, receiver->serverPort());
        QVERIFY(socket.waitForConnected(5000));
        const QByteArray request = rawPost(kCloudTrailAlert, "Expect: 100-continue\r\n");
        const qsizetype headEnd = request.indexOf("\r\n\r\n") + 4;
        socket.write(request.first(headEnd));

        QByteArray buffer;
        RawResponse response;
        QVERIFY(readResponse(socket, &buffer, &response));
        QCOMPARE(response.status, 100);
        socket.write(request.sliced(headEnd));
        QVERIFY(readResponse(socket, &buffer, &response));
        QCOMPARE(response.status, 202);
        QTRY_COMPARE(allAlerts(arrived).size(), 1);
    }

    void requiresTheConfiguredBearerToken()
    {
        EndpointConfig endpoint = httpEndpoint();
        endpoint.bearerToken = QStringLiteral("pR0d-t0ken_7f3a");
        const auto receiver = listening(endpoint);
        QSignalSpy arrived(receiver.get(), &AlertSource::alertsArrived);
        const QUrl url = urlOf(*receiver);

        const Reply missing = postWithNetworkAccessManager(m_network, url, kCloudTrailAlert);
        QCOMPARE(missing.status, 401);
        QVERIFY(missing.header("WWW-Authenticate").startsWith("Bearer"));

        for (const QByteArray &wrong :
             {QByteArray("Bearer pR0d-t0ken_7f3b"), QByteArray("Bearer pR0d-t0ken_7f3a2"),
              QByteArray("Basic cFIwZC10MGtlbl83ZjNh"), QByteArray("Bearer")}) {
            const Reply refused = postWithNetworkAccessManager(m_network, url, kCloudTrailAlert, wrong);
            QCOMPARE(refused.status, 401);
            QVERIFY(refused.header("WWW-Authenticate").startsWith("Bearer"));
            // The configured token must not leak into the answer.
            QVERIFY(!refused.body.contains("pR0d"));
        }

        QCOMPARE(
            postWithNetworkAccessManager(m_network, url, kCloudTrailAlert, "Bearer pR0d-t0ken_7f3a").status,
            202);
        QCOMPARE(
            postWithNetworkAccessManager(m_network, url, kCloudTrailAlert, "bearer pR0d-t0ken_7f3a").status,
            202);
        QTRY_COMPARE(allAlerts(arrived).size(), 2);
    }

    void refusesTheWrongTokenBeforeTheBody()
    {
        EndpointConfig endpoint = httpEndpoint();
        endpoint.bearerToken = QStringLiteral("secret");
        const auto receiver = listening(endpoint);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, receiver->serverPort());
        QVERIFY(socket.waitForConnected(5000));
        socket.write(
            "POST / HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer guess\r\nContent-Length: 900000\r\n\r\n");
        QByteArray buffer;
        RawResponse response;
        QVERIFY(readResponse(socket, &buffer, &response));
        QCOMPARE(response.status, 401);
    }

    void refusesMethodsOtherThanPost()
    {
        const auto receiver = listening(httpEndpoint());
        for (const QByteArray &verb : {QByteArray("GET"), QByteArray("PUT"), QByteArray("DELETE")}) {
            const Reply reply = postWithNetworkAccessManager(m_network, urlOf(*receiver), {}, {}, verb);
            QCOMPARE(reply.status, 405);
            QCOMPARE(reply.header("Allow"), QByteArray("POST"));
        }
    }

    void servesPipelinedRequestsInOrderAndBatchesTheirAlerts()
    {
        const auto receiver = listening(httpEndpoint());
        QSignalSpy arrived(receiver.get(), &AlertSource::alertsArrived);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, receiver->serverPort());
        QVERIFY(socket.waitForConnected(5000));

        constexpr int count = 200;
        QByteArray requests;
        for (int i = 0; i < count; ++i)
            requests += rawPost(alertWithRule(QStringLiteral("rule %1").arg(i)));
        requests += "GET / HTTP/1.1\r\nHost: x\r\n\r\n"; // pipelined after the posts, answered in order
        socket.write(requests);

        QByteArray buffer;
        for (int i = 0; i < count; ++i) {
            RawResponse response;
            QVERIFY(readResponse(socket, &buffer, &response));
            QCOMPARE(response.status, 202);
        }
        RawResponse last;
        QVERIFY(readResponse(socket, &buffer, &last));
        QCOMPARE(last.status, 405);

        QTRY_COMPARE(allAlerts(arrived).size(), count);
        const QList<FalcoAlert> alerts = allAlerts(arrived);
        for (int i = 0; i < count; ++i)
            QCOMPARE(alerts[i].rule, QStringLiteral("rule %1").arg(i));
        // Alerts are handed over in batches, never one signal per alert.
        QVERIFY2(arrived.size() < count / 2, qPrintable(QString::number(arrived.size())));
        QCOMPARE(receiver->alertCount(), quint64(count));
    }

    void speaksHttp10WithKeepAlive()
    {
        const auto receiver = listening(httpEndpoint());
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, receiver->serverPort());
        QVERIFY(socket.waitForConnected(5000));
        const QByteArray body = alertWithRule(QStringLiteral("old client"));
        const QByteArray request = "POST / HTTP/1.0\r\nConnection: keep-alive\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        socket.write(request + request);
        QByteArray buffer;
        RawResponse response;
        QVERIFY(readResponse(socket, &buffer, &response));
        QCOMPARE(response.status, 202);
        QCOMPARE(response.header("Connection"), QByteArray("keep-alive"));
        QVERIFY(readResponse(socket, &buffer, &response));
        QCOMPARE(response.status, 202);
    }

    void answersAProtocolErrorAndCloses()
    {
        const auto receiver = listening(httpEndpoint());
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, receiver->serverPort());
        QVERIFY(socket.waitForConnected(5000));
        socket.write("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n");
        QByteArray buffer;
        RawResponse response;
        QVERIFY(readResponse(socket, &buffer, &response));
        QCOMPARE(response.status, 400);
        QVERIFY(response.error().contains(QLatin1String("Transfer-Encoding")));
        QCOMPARE(response.header("Connection"), QByteArray("close"));
        socket.disconnectFromHost(); // the server lingers until we go, so that we get the answer
    }

    void posterDeliversAlertsLikeFalco()
    {
        const auto receiver = listening(httpEndpoint());
        QSignalSpy arrived(receiver.get(), &AlertSource::alertsArrived);

        HttpAlertPoster poster(urlOf(*receiver));
        poster.setMaxInFlight(4);
        QSignalSpy results(&poster, &HttpAlertPoster::finished);
        QSignalSpy idle(&poster, &HttpAlertPoster::idle);
        QString error;
        const std::optional<FalcoAlert> alert = alertFromJsonText(kCloudTrailAlert, &error);
        QVERIFY2(alert, qPrintable(error));
        constexpr int count = 40;
        for (int i = 0; i < count; ++i) {
            FalcoAlert numbered = *alert;
            numbered.rule = QStringLiteral("rule %1").arg(i);
            poster.post(numbered);
            QVERIFY(poster.inFlight() <= 4);
        }
        QVERIFY(idle.wait(10'000));
        QCOMPARE(results.size(), count);
        for (const QList<QVariant> &arguments : results) {
            const HttpPostResult result = arguments.at(0).value<HttpPostResult>();
            QVERIFY2(result.succeeded(), qPrintable(result.error));
            QCOMPARE(result.httpStatus, 202);
        }
        QTRY_COMPARE(allAlerts(arrived).size(), count);
        QCOMPARE(allAlerts(arrived).back().outputFields, alert->outputFields);
    }

    void posterSendsFalcosHeadersAndOneAlertPerRequest()
    {
        // A bare server that records what arrives, to see the bytes a real receiver would see.
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QList<HttpRequest> requests;
        connect(&server, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *peer = server.nextPendingConnection()) {
                auto reader = std::make_shared<HttpRequestReader>();
                connect(peer, &QTcpSocket::readyRead, this, [&requests, peer, reader] {
                    reader->feed(peer->readAll());
                    while (reader->status() == HttpRequestReader::Status::RequestReady) {
                        requests.append(reader->takeRequest());
                        peer->write("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
                    }
                });
            }
        });

        QUrl url(QStringLiteral("http://127.0.0.1/webhook"));
        url.setPort(server.serverPort());
        HttpAlertPoster poster(url);
        poster.setBearerToken(QStringLiteral("t0ken"));
        QSignalSpy idle(&poster, &HttpAlertPoster::idle);
        const std::optional<FalcoAlert> alert = alertFromJsonText(kCloudTrailAlert, nullptr);
        QVERIFY(alert);
        poster.post(*alert);
        poster.post(*alert);
        QVERIFY(idle.wait(10'000));

        QCOMPARE(requests.size(), 2);
        const HttpRequest &request = requests.front();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.target, QByteArray("/webhook"));
        QCOMPARE(request.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(request.header("User-Agent"), QByteArray("falcosecurity/falco"));
        QCOMPARE(request.header("Authorization"), QByteArray("Bearer t0ken"));
        QString error;
        const std::optional<FalcoAlert> posted = alertFromJsonText(request.body, &error);
        QVERIFY2(posted, qPrintable(error));
        QCOMPARE(*posted, *alert);
    }

    void posterReportsRefusalsAndConnectionFailures()
    {
        const auto receiver = listening(httpEndpoint());
        const quint16 port = receiver->serverPort();
        HttpAlertPoster poster(urlOf(*receiver));
        QSignalSpy results(&poster, &HttpAlertPoster::finished);
        const quint64 sequence = poster.postBody("{not json");
        QVERIFY(results.wait(10'000));
        const HttpPostResult refused = results.at(0).at(0).value<HttpPostResult>();
        QCOMPARE(refused.sequence, sequence);
        QCOMPARE(refused.httpStatus, 400);
        QVERIFY(!refused.succeeded());
        QVERIFY(refused.error.isEmpty());
        QVERIFY(refused.responseBody.contains("error"));

        receiver->stop();
        QUrl closed = urlOf(*receiver);
        closed.setPort(port);
        HttpAlertPoster nobodyListening(closed);
        QSignalSpy failed(&nobodyListening, &HttpAlertPoster::finished);
        nobodyListening.postBody("{}");
        QVERIFY(failed.wait(10'000));
        const HttpPostResult result = failed.at(0).at(0).value<HttpPostResult>();
        QCOMPARE(result.httpStatus, 0);
        QVERIFY(!result.error.isEmpty());
    }

    void servesHttpsWithTheConfiguredCertificate()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString certFile = dir.filePath(QStringLiteral("cert.pem"));
        const QString keyFile = dir.filePath(QStringLiteral("key.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                       QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                       QStringLiteral("-keyout"), keyFile, QStringLiteral("-out"), certFile,
                       QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                       QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1")});
        QVERIFY(openssl.waitForFinished(30'000));
        QVERIFY2(openssl.exitCode() == 0, openssl.readAllStandardError().constData());

        EndpointConfig endpoint = httpEndpoint();
        endpoint.certFile = certFile;
        endpoint.keyFile = keyFile;
        const auto receiver = listening(endpoint);
        QVERIFY2(receiver->state().detail.contains(QLatin1String("HTTPS")),
                 qPrintable(receiver->state().detail));
        QSignalSpy arrived(receiver.get(), &AlertSource::alertsArrived);

        // A client that trusts the self-signed certificate gets through...
        HttpAlertPoster trusting(urlOf(*receiver, QStringLiteral("https")));
        QString error;
        QVERIFY2(trusting.addCaCertificates(certFile, &error), qPrintable(error));
        QSignalSpy trustedResults(&trusting, &HttpAlertPoster::finished);
        trusting.postBody(kCloudTrailAlert);
        QVERIFY(trustedResults.wait(10'000));
        const HttpPostResult accepted = trustedResults.at(0).at(0).value<HttpPostResult>();
        QVERIFY2(accepted.succeeded(), qPrintable(accepted.error));
        QCOMPARE(accepted.httpStatus, 202);
        QTRY_COMPARE(allAlerts(arrived).size(), 1);
        QCOMPARE(allAlerts(arrived).front().timeNs, kAlertTimeNs);

        // ...and one that does not trust it is stopped by certificate verification.
        HttpAlertPoster distrusting(urlOf(*receiver, QStringLiteral("https")));
        QSignalSpy distrustedResults(&distrusting, &HttpAlertPoster::finished);
        distrusting.postBody(kCloudTrailAlert);
        QVERIFY(distrustedResults.wait(10'000));
        const HttpPostResult rejected = distrustedResults.at(0).at(0).value<HttpPostResult>();
        QCOMPARE(rejected.httpStatus, 0);
        QVERIFY(!rejected.error.isEmpty());
        QCOMPARE(allAlerts(arrived).size(), 1);
    }

    void failsWhenTlsFilesCannotBeLoaded()
    {
        QTemporaryDir dir;
        const QString notAKey = dir.filePath(QStringLiteral("not-a-key.pem"));
        QFile file(notAKey);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("-----BEGIN CERTIFICATE-----\nnot base64 at all\n-----END CERTIFICATE-----\n");
        file.close();

        EndpointConfig endpoint = httpEndpoint();
        endpoint.certFile = dir.filePath(QStringLiteral("missing-cert.pem"));
        endpoint.keyFile = notAKey;
        HttpAlertReceiver missingCert(endpoint);
        missingCert.start();
        QTRY_COMPARE(missingCert.state().kind, ConnectionState::Kind::Failed);
        QVERIFY2(missingCert.state().detail.contains(QLatin1String("missing-cert.pem")),
                 qPrintable(missingCert.state().detail));

        endpoint.certFile = notAKey;
        HttpAlertReceiver badCert(endpoint);
        badCert.start();
        QTRY_COMPARE(badCert.state().kind, ConnectionState::Kind::Failed);
        QVERIFY2(badCert.state().detail.contains(QLatin1String("not-a-key.pem")),
                 qPrintable(badCert.state().detail));

        endpoint.keyFile.clear();
        HttpAlertReceiver noKey(endpoint);
        noKey.start();
        QTRY_COMPARE(noKey.state().kind, ConnectionState::Kind::Failed);
        QVERIFY(noKey.state().detail.contains(QLatin1String("key")));
    }

    void failsWhenTheAddressIsInUse()
    {
        QTcpServer occupant;
        QVERIFY(occupant.listen(QHostAddress::LocalHost));
        const QString address = QStringLiteral("127.0.0.1:%1").arg(occupant.serverPort());
        HttpAlertReceiver receiver(httpEndpoint(address));
        QSignalSpy states(&receiver, &AlertSource::stateChanged);
        receiver.start();
        QTRY_COMPARE(receiver.state().kind, ConnectionState::Kind::Failed);
        QCOMPARE(states.front().at(0).value<ConnectionState>().kind, ConnectionState::Kind::Connecting);
        QVERIFY2(receiver.state().detail.contains(address), qPrintable(receiver.state().detail));
        QCOMPARE(receiver.serverPort(), quint16(0));

        // Once the address is free, starting again works.
        occupant.close();
        receiver.start();
        QTRY_COMPARE(receiver.state().kind, ConnectionState::Kind::Listening);
        QVERIFY(receiver.state().detail.contains(address));
    }

    void failsOnAnInvalidListenAddress()
    {
        HttpAlertReceiver receiver(httpEndpoint(QStringLiteral("falco.example.com:2801")));
        receiver.start();
        QTRY_COMPARE(receiver.state().kind, ConnectionState::Kind::Failed);
        QVERIFY(receiver.state().detail.contains(QLatin1String("falco.example.com")));
    }

    void refusesConnectionsOverTheLimit()
    {
        HttpReceiverLimits limits;
        limits.maxConnections = 2;
        const auto receiver = listening(httpEndpoint(), limits);

        // Two keep-alive connections that have been served hold both places.
        std::vector<std::unique_ptr<QTcpSocket>> held;
        for (int i = 0; i < 2; ++i) {
            auto socket = std::make_unique<QTcpSocket>();
            socket->connectToHost(QHostAddress::LocalHost, receiver->serverPort());
            QVERIFY(socket->waitForConnected(5000));
            socket->write(rawPost(kCloudTrailAlert));
            QByteArray buffer;
            RawResponse response;
            QVERIFY(readResponse(*socket, &buffer, &response));
            QCOMPARE(response.status, 202);
            held.push_back(std::move(socket));
        }

        QTcpSocket third;
        third.connectToHost(QHostAddress::LocalHost, receiver->serverPort());
        QVERIFY(third.waitForConnected(5000));
        QByteArray buffer;
        RawResponse response;
        QVERIFY(readResponse(third, &buffer, &response));
        QCOMPARE(response.status, 503);
        QVERIFY(!response.header("Retry-After").isEmpty());

        // A place frees up when a client leaves.
        held.front()->disconnectFromHost();
        held.erase(held.begin());
        // Only this side knows the client left; the server notices a moment later.
        const auto servedAfterOneLeft = [&] {
            QTcpSocket next;
            next.connectToHost(QHostAddress::LocalHost, receiver->serverPort());
            if (!next.waitForConnected(2000))
                return false;
            next.write(rawPost(kCloudTrailAlert));
            QByteArray nextBuffer;
            RawResponse nextResponse;
            return readResponse(next, &nextBuffer, &nextResponse, 2000) && nextResponse.status == 202;
        };
        QVERIFY(QTest::qWaitFor(servedAfterOneLeft, 10'000));
    }

    void closesIdleConnections()
    {
        HttpReceiverLimits limits;
        limits.idleTimeout = std::chrono::milliseconds(300);
        const auto receiver = listening(httpEndpoint(), limits);

        QTcpSocket silent;
        silent.connectToHost(QHostAddress::LocalHost, receiver->serverPort());
        QVERIFY(silent.waitForConnected(5000));
        QVERIFY(silent.waitForDisconnected(5000));
        QCOMPARE(silent.readAll(), QByteArray()); // between requests: closed without a word

        QTcpSocket stalled;
        stalled.connectToHost(QHostAddress::LocalHost, receiver->serverPort());
        QVERIFY(stalled.waitForConnected(5000));
        stalled.write("POST / HTTP/1.1\r\nHost: x\r\nContent-Len");
        QByteArray buffer;
        RawResponse response;
        QVERIFY(readResponse(stalled, &buffer, &response));
        QCOMPARE(response.status, 408);
    }

    void stopClosesTheListenerAndGoesIdle()
    {
        auto receiver = listening(httpEndpoint());
        const quint16 port = receiver->serverPort();
        QTcpSocket connected;
        connected.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(connected.waitForConnected(5000));

        receiver->stop();
        QTRY_COMPARE(receiver->state().kind, ConnectionState::Kind::Idle);
        QCOMPARE(receiver->serverPort(), quint16(0));
        QTRY_COMPARE(connected.state(), QAbstractSocket::UnconnectedState);

        QTcpSocket refused;
        refused.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(!refused.waitForConnected(5000));

        // Destroying a running receiver stops it too.
        receiver->start();
        QTRY_COMPARE(receiver->state().kind, ConnectionState::Kind::Listening);
        receiver.reset();
    }
};

QTEST_GUILESS_MAIN(TestHttpReceiver)
#include "test_http_receiver.moc"
