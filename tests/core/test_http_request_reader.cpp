#include "core/ingest/http/HttpRequestReader.h"

#include <QTest>

using tfdrift::HttpRequest;
using tfdrift::HttpRequestReader;
using Status = HttpRequestReader::Status;

namespace {

QByteArray post(const QByteArray &body, const QByteArray &extraHeaders = {})
{
    return "POST /falco HTTP/1.1\r\nHost: 127.0.0.1:2801\r\nContent-Type: application/json\r\n"
           "Content-Length: "
        + QByteArray::number(body.size()) + "\r\n" + extraHeaders + "\r\n" + body;
}

QByteArray chunked(const QList<QByteArray> &chunks, const QByteArray &trailers = {})
{
    QByteArray request = "POST / HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n";
    for (const QByteArray &chunk : chunks)
        request += QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n";
    request += "0\r\n" + trailers + "\r\n";
    return request;
}

// Feeds bytes in pieces of `step` and collects every completed request; stops at an error.
QList<HttpRequest> feedInSteps(HttpRequestReader &reader, const QByteArray &bytes, qsizetype step)
{
    QList<HttpRequest> requests;
    for (qsizetype at = 0; at < bytes.size() && reader.status() != Status::Error; at += step) {
        reader.feed(QByteArrayView(bytes).sliced(at, qMin(step, bytes.size() - at)));
        while (reader.status() == Status::RequestReady)
            requests.append(reader.takeRequest());
    }
    return requests;
}

// A POST with a Host header and whatever follows.
QByteArray withHost(const QByteArray &rest)
{
    return "POST / HTTP/1.1\r\nHost: x\r\n" + rest;
}

const QByteArray kAlert = R"({"rule":"Terraform Managed Resource Modified","priority":"Warning"})";

} // namespace

class TestHttpRequestReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesAPostWithContentLength()
    {
        HttpRequestReader reader;
        QCOMPARE(reader.feed(post(kAlert, "User-Agent: falcosecurity/falco\r\n")), Status::RequestReady);
        const HttpRequest request = reader.takeRequest();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.target, QByteArray("/falco"));
        QCOMPARE(request.minorVersion, 1);
        QCOMPARE(request.body, kAlert);
        QCOMPARE(request.header("User-Agent"), QByteArray("falcosecurity/falco"));
        QVERIFY(request.keepAlive);
        QVERIFY(!request.expectsContinue);
        QCOMPARE(reader.status(), Status::NeedMore);
        QVERIFY(reader.isBetweenRequests());
    }

    void needsMoreUntilTheLastByteWhenFedByteByByte()
    {
        const QByteArray bytes = post(kAlert);
        HttpRequestReader reader;
        for (qsizetype i = 0; i + 1 < bytes.size(); ++i)
            QCOMPARE(reader.feed(bytes.sliced(i, 1)), Status::NeedMore);
        QCOMPARE(reader.feed(bytes.sliced(bytes.size() - 1)), Status::RequestReady);
        QCOMPARE(reader.takeRequest().body, kAlert);
    }

    void headerNamesAreCaseInsensitive()
    {
        HttpRequestReader reader;
        reader.feed(
            "POST / HTTP/1.1\r\nhOsT: example\r\ncontent-LENGTH: 2\r\nX-Custom:  padded value \t\r\n\r\nok");
        QCOMPARE(reader.status(), Status::RequestReady);
        const HttpRequest request = reader.takeRequest();
        QCOMPARE(request.header("Host"), QByteArray("example"));
        QCOMPARE(request.header("x-custom"), QByteArray("padded value"));
        QVERIFY(request.hasHeader("CONTENT-LENGTH"));
        QVERIFY(!request.hasHeader("Authorization"));
        QCOMPARE(request.body, QByteArray("ok"));
    }

    void pipelinedRequestsComeOutInOrder()
    {
        const QByteArray bytes = post("first") + post("second") + "GET /health HTTP/1.1\r\nHost: x\r\n\r\n";
        HttpRequestReader reader;
        QCOMPARE(reader.feed(bytes), Status::RequestReady);
        QCOMPARE(reader.takeRequest().body, QByteArray("first"));
        QCOMPARE(reader.status(), Status::RequestReady);
        QCOMPARE(reader.takeRequest().body, QByteArray("second"));
        QCOMPARE(reader.status(), Status::RequestReady);
        const HttpRequest get = reader.takeRequest();
        QCOMPARE(get.method, QByteArray("GET"));
        QCOMPARE(get.target, QByteArray("/health"));
        QVERIFY(get.body.isEmpty());
        QCOMPARE(reader.status(), Status::NeedMore);
    }

    // Whatever way TCP splits a stream of pipelined requests, the same requests come out.
    void everySplitPointGivesTheSameRequests()
    {
        const QByteArray bytes
            = post("{\"a\":1}") + chunked({"hel", "lo"}) + post("{}", "Connection: close\r\n");
        for (qsizetype split = 1; split < bytes.size(); ++split) {
            HttpRequestReader reader;
            QList<HttpRequest> requests;
            for (QByteArrayView part :
                 {QByteArrayView(bytes).first(split), QByteArrayView(bytes).sliced(split)}) {
                reader.feed(part);
                while (reader.status() == Status::RequestReady)
                    requests.append(reader.takeRequest());
            }
            QCOMPARE(requests.size(), 3);
            QCOMPARE(requests[0].body, QByteArray("{\"a\":1}"));
            QCOMPARE(requests[1].body, QByteArray("hello"));
            QCOMPARE(requests[2].body, QByteArray("{}"));
            QVERIFY(!requests[2].keepAlive);
        }
    }

    void decodesChunkedBodiesWithExtensionsAndTrailers()
    {
        QByteArray bytes = "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: Chunked\r\n\r\n"
                           "5\r\n{\"a\":\r\n"
                           "A;name=value\r\n\"bcdefghi\"\r\n"
                           "1 ; quoted=\"x\"\r\n}\r\n"
                           "0\r\nX-Checksum: abc\r\n\r\n";
        HttpRequestReader reader;
        const QList<HttpRequest> requests = feedInSteps(reader, bytes, 1);
        QCOMPARE(reader.status(), Status::NeedMore);
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests[0].body, QByteArray("{\"a\":\"bcdefghi\"}"));
        // Trailers are checked but not merged into the headers.
        QVERIFY(!requests[0].hasHeader("X-Checksum"));
    }

    void acceptsUpperCaseHexAndLeadingZerosInChunkSizes()
    {
        HttpRequestReader reader;
        reader.feed("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                    "000B\r\nhello world\r\n00\r\n\r\n");
        QCOMPARE(reader.status(), Status::RequestReady);
        QCOMPARE(reader.takeRequest().body, QByteArray("hello world"));
    }

    void connectionPersistenceFollowsVersionAndHeader_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("keepAlive");
        QTest::newRow("HTTP/1.1 default") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\n\r\n") << true;
        QTest::newRow("HTTP/1.1 close")
            << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nConnection: Close\r\n\r\n") << false;
        QTest::newRow("HTTP/1.1 close in a list")
            << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nConnection: upgrade, close\r\n\r\n") << false;
        QTest::newRow("HTTP/1.0 default") << QByteArray("GET / HTTP/1.0\r\n\r\n") << false;
        QTest::newRow("HTTP/1.0 keep-alive")
            << QByteArray("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n") << true;
    }

    void connectionPersistenceFollowsVersionAndHeader()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, keepAlive);
        HttpRequestReader reader;
        QCOMPARE(reader.feed(bytes), Status::RequestReady);
        QCOMPARE(reader.takeRequest().keepAlive, keepAlive);
    }

    void ignoresEmptyLinesBeforeARequest()
    {
        HttpRequestReader reader;
        QCOMPARE(reader.feed(QByteArray("\r\n\r\n" + post("x"))), Status::RequestReady);
        QCOMPARE(reader.takeRequest().body, QByteArray("x"));
    }

    void exposesTheHeadBeforeTheBodyArrives()
    {
        HttpRequestReader reader;
        const QByteArray bytes = post(QByteArray(1000, 'x'), "Authorization: Bearer abc\r\n");
        const qsizetype headEnd = bytes.indexOf("\r\n\r\n") + 4;
        QCOMPARE(reader.feed(bytes.first(headEnd - 1)), Status::NeedMore);
        QVERIFY(!reader.hasHead());
        QCOMPARE(reader.feed(bytes.sliced(headEnd - 1, 1)), Status::NeedMore);
        QVERIFY(reader.hasHead());
        QCOMPARE(reader.head().method, QByteArray("POST"));
        QCOMPARE(reader.head().header("authorization"), QByteArray("Bearer abc"));
        QCOMPARE(reader.feed(bytes.sliced(headEnd)), Status::RequestReady);
        QCOMPARE(reader.takeRequest().body.size(), 1000);
    }

    void asksForContinueOnceWhenTheClientWaits()
    {
        HttpRequestReader reader;
        const QByteArray bytes = post(kAlert, "Expect: 100-continue\r\n");
        const qsizetype headEnd = bytes.indexOf("\r\n\r\n") + 4;
        reader.feed(bytes.first(headEnd));
        QVERIFY(reader.head().expectsContinue);
        QVERIFY(reader.takeContinueRequest());
        QVERIFY(!reader.takeContinueRequest());
        QCOMPARE(reader.feed(bytes.sliced(headEnd)), Status::RequestReady);
        QVERIFY(!reader.takeContinueRequest());
        QCOMPARE(reader.takeRequest().body, kAlert);
    }

    void doesNotAskForContinueWhenTheBodyIsAlreadyHere()
    {
        HttpRequestReader reader;
        const QByteArray bytes = post(kAlert, "Expect: 100-continue\r\n");
        // Head and the first body byte in one segment: the client did not wait.
        reader.feed(bytes.first(bytes.indexOf("\r\n\r\n") + 5));
        QCOMPARE(reader.status(), Status::NeedMore);
        QVERIFY(!reader.takeContinueRequest());

        HttpRequestReader complete;
        QCOMPARE(complete.feed(bytes), Status::RequestReady);
        QVERIFY(!complete.takeContinueRequest());
    }

    void ignoresExpectFromHttp10Clients()
    {
        HttpRequestReader reader;
        reader.feed("POST / HTTP/1.0\r\nExpect: 100-continue\r\nContent-Length: 1\r\n\r\n");
        QVERIFY(!reader.takeContinueRequest());
        QCOMPARE(reader.feed("x"), Status::RequestReady);
    }

    void acceptsHeadersUpToTheLimit()
    {
        HttpRequestReader reader(HttpRequestReader::Limits{1024, 1024});
        QByteArray head = "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nX-Pad: ";
        head += QByteArray(1024 - head.size() - 4, 'p') + "\r\n\r\n";
        QCOMPARE(head.size(), 1024);
        QCOMPARE(reader.feed(head), Status::RequestReady);
    }

    void refusesHeadersOverTheLimitWith431()
    {
        HttpRequestReader reader;
        // 64 KiB of a single header, fed in pieces, never completed: refused without waiting for CRLF.
        reader.feed("POST / HTTP/1.1\r\nHost: x\r\nX-Pad: ");
        const QByteArray padding(4096, 'p');
        for (int i = 0; i < 16 && reader.status() == Status::NeedMore; ++i)
            reader.feed(padding);
        QCOMPARE(reader.status(), Status::Error);
        QCOMPARE(reader.errorStatus(), 431);
        QVERIFY2(reader.errorReason().contains(QLatin1String("64 KiB")), qPrintable(reader.errorReason()));
    }

    void refusesManySmallHeadersOverTheLimit()
    {
        HttpRequestReader reader;
        QByteArray bytes = "POST / HTTP/1.1\r\nHost: x\r\n";
        for (int i = 0; bytes.size() <= 64 * 1024; ++i)
            bytes += "X-Header-" + QByteArray::number(i) + ": value\r\n";
        QCOMPARE(reader.feed(bytes), Status::Error);
        QCOMPARE(reader.errorStatus(), 431);
    }

    void refusesALargeContentLengthBeforeTheBody()
    {
        HttpRequestReader reader;
        const QByteArray head = "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1048577\r\n\r\n";
        QCOMPARE(reader.feed(head), Status::Error);
        QCOMPARE(reader.errorStatus(), 413);
        QVERIFY2(reader.errorReason().contains(QLatin1String("1 MiB")), qPrintable(reader.errorReason()));
    }

    void acceptsABodyOfExactlyTheLimit()
    {
        HttpRequestReader reader;
        const QByteArray body(1024 * 1024, 'x');
        QCOMPARE(reader.feed(post(body)), Status::RequestReady);
        QCOMPARE(reader.takeRequest().body.size(), body.size());
    }

    void refusesAHugeContentLengthWithoutOverflowing()
    {
        HttpRequestReader reader;
        QCOMPARE(
            reader.feed("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999999999999999999\r\n\r\n"),
            Status::Error);
        QCOMPARE(reader.errorStatus(), 413);
    }

    void refusesChunkedBodiesAsSoonAsTheyPassTheLimit()
    {
        HttpRequestReader reader(HttpRequestReader::Limits{64 * 1024, 100});
        reader.feed("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n");
        reader.feed(QByteArray("32\r\n" + QByteArray(50, 'a') + "\r\n"));
        QCOMPARE(reader.status(), Status::NeedMore);
        // The size line of the chunk that would pass the limit is enough; its data never arrives.
        QCOMPARE(reader.feed("33\r\n"), Status::Error);
        QCOMPARE(reader.errorStatus(), 413);
    }

    void refusesAHugeChunkSizeWithoutOverflowing()
    {
        HttpRequestReader reader;
        reader.feed("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n");
        QCOMPARE(reader.feed("ffffffffffffffffffffffffffff\r\n"), Status::Error);
        QCOMPARE(reader.errorStatus(), 413);
    }

    void refusesMalformedRequests_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("status");

        QTest::newRow("Content-Length and Transfer-Encoding")
            << withHost("Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n") << 400;
        QTest::newRow("Content-Length not a number") << withHost("Content-Length: abc\r\n\r\n") << 400;
        QTest::newRow("Content-Length negative") << withHost("Content-Length: -1\r\n\r\n") << 400;
        QTest::newRow("Content-Length with sign") << withHost("Content-Length: +5\r\n\r\n") << 400;
        QTest::newRow("Content-Length empty") << withHost("Content-Length:\r\n\r\n") << 400;
        QTest::newRow("Content-Length conflicting list") << withHost("Content-Length: 5, 6\r\n\r\n") << 400;
        QTest::newRow("Content-Length conflicting headers")
            << withHost("Content-Length: 5\r\nContent-Length: 6\r\n\r\n") << 400;
        QTest::newRow("Content-Length hex") << withHost("Content-Length: 0x10\r\n\r\n") << 400;
        QTest::newRow("obs-fold") << withHost("X-Folded: first\r\n second\r\nContent-Length: 0\r\n\r\n")
                                  << 400;
        QTest::newRow("whitespace before colon") << withHost("Content-Length : 0\r\n\r\n") << 400;
        QTest::newRow("header without colon") << withHost("NoColon\r\n\r\n") << 400;
        QTest::newRow("empty header name") << withHost(": value\r\n\r\n") << 400;
        QTest::newRow("NUL in header value") << withHost(QByteArray("X-A: a\0b\r\n\r\n", 12)) << 400;
        QTest::newRow("CR in header value") << withHost("X-A: a\rb\r\n\r\n") << 400;
        QTest::newRow("bare LF") << QByteArray("POST / HTTP/1.1\nHost: x\n\n") << 400;
        QTest::newRow("missing Host") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 0\r\n\r\n") << 400;
        QTest::newRow("two Hosts") << withHost("Host: x\r\n\r\n") << 400;
        QTest::newRow("request line without version") << QByteArray("POST /\r\n\r\n") << 400;
        QTest::newRow("double space in request line")
            << QByteArray("POST  / HTTP/1.1\r\nHost: x\r\n\r\n") << 400;
        QTest::newRow("trailing space in request line")
            << QByteArray("POST / HTTP/1.1 \r\nHost: x\r\n\r\n") << 400;
        QTest::newRow("lower-case version") << QByteArray("POST / http/1.1\r\nHost: x\r\n\r\n") << 400;
        QTest::newRow("space in target") << QByteArray("POST /a b HTTP/1.1\r\nHost: x\r\n\r\n") << 400;
        QTest::newRow("control character in target")
            << QByteArray("POST /a\x01 HTTP/1.1\r\nHost: x\r\n\r\n") << 400;
        QTest::newRow("non-token method") << QByteArray("PO(ST / HTTP/1.1\r\nHost: x\r\n\r\n") << 400;
        QTest::newRow("HTTP/2.0") << QByteArray("POST / HTTP/2.0\r\nHost: x\r\n\r\n") << 505;
        QTest::newRow("HTTP/0.9") << QByteArray("GET / HTTP/0.9\r\nHost: x\r\n\r\n") << 505;
        QTest::newRow("gzip transfer coding") << withHost("Transfer-Encoding: gzip, chunked\r\n\r\n") << 501;
        QTest::newRow("chunked not final") << withHost("Transfer-Encoding: chunked, gzip\r\n\r\n") << 400;
        QTest::newRow("Transfer-Encoding in HTTP/1.0")
            << QByteArray("POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n") << 400;
        QTest::newRow("unknown expectation")
            << withHost("Expect: 200-ok\r\nContent-Length: 0\r\n\r\n") << 417;
        QTest::newRow("chunk size not hex") << withHost("Transfer-Encoding: chunked\r\n\r\nzz\r\n") << 400;
        QTest::newRow("chunk size with junk")
            << withHost("Transfer-Encoding: chunked\r\n\r\n5 x\r\nhello\r\n0\r\n\r\n") << 400;
        QTest::newRow("chunk data without CRLF")
            << withHost("Transfer-Encoding: chunked\r\n\r\n5\r\nhelloXX0\r\n\r\n") << 400;
        QTest::newRow("chunk data longer than its size")
            << withHost("Transfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n0\r\n\r\n") << 400;
        QTest::newRow("malformed trailer")
            << withHost("Transfer-Encoding: chunked\r\n\r\n0\r\nbad trailer\r\n\r\n") << 400;
    }

    void refusesMalformedRequests()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, status);
        // Both at once and byte by byte: the verdict must not depend on how TCP split the bytes.
        for (qsizetype step : {bytes.size(), qsizetype(1)}) {
            HttpRequestReader reader;
            const QList<HttpRequest> requests = feedInSteps(reader, bytes, step);
            QVERIFY(requests.isEmpty());
            QCOMPARE(reader.status(), Status::Error);
            QCOMPARE(reader.errorStatus(), status);
            QVERIFY(!reader.errorReason().isEmpty());
        }
    }

    void staysFailedAfterAnError()
    {
        HttpRequestReader reader;
        QCOMPARE(reader.feed("BAD\r\n\r\n"), Status::Error);
        const QString reason = reader.errorReason();
        QCOMPARE(reader.feed(post("{}")), Status::Error);
        QCOMPARE(reader.errorStatus(), 400);
        QCOMPARE(reader.errorReason(), reason);
        QVERIFY(!reader.hasHead());
    }

    void reportsAnErrorAfterTheRequestsBeforeIt()
    {
        HttpRequestReader reader;
        QCOMPARE(reader.feed(QByteArray(post("ok") + "NOT HTTP\r\n\r\n")), Status::RequestReady);
        QCOMPARE(reader.takeRequest().body, QByteArray("ok"));
        QCOMPARE(reader.status(), Status::Error);
        QCOMPARE(reader.errorStatus(), 400);
    }

    void acceptsAnyMinorVersionAsHttp11()
    {
        HttpRequestReader reader;
        QCOMPARE(reader.feed("GET / HTTP/1.7\r\nHost: x\r\n\r\n"), Status::RequestReady);
        QCOMPARE(reader.takeRequest().minorVersion, 1);
    }

    void acceptsRepeatedIdenticalContentLengths()
    {
        HttpRequestReader reader;
        QCOMPARE(
            reader.feed("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 2, 2\r\nContent-Length: 2\r\n\r\nok"),
            Status::RequestReady);
        QCOMPARE(reader.takeRequest().body, QByteArray("ok"));
    }

    void acceptsObsTextInHeaderValues()
    {
        HttpRequestReader reader;
        QCOMPARE(reader.feed("GET / HTTP/1.1\r\nHost: x\r\nX-Name: J\xc3\xbcrgen\r\n\r\n"),
                 Status::RequestReady);
        QCOMPARE(reader.takeRequest().header("X-Name"), QByteArray("J\xc3\xbcrgen"));
    }

    void handlesAMegabyteBodyFedInSmallPiecesQuickly()
    {
        // A quadratic rescan would take minutes here.
        const QByteArray bytes = chunked(QList<QByteArray>(256, QByteArray(4000, 'z')));
        HttpRequestReader reader;
        const QList<HttpRequest> requests = feedInSteps(reader, bytes, 7);
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests[0].body.size(), 256 * 4000);
    }
};

QTEST_GUILESS_MAIN(TestHttpRequestReader)
#include "test_http_request_reader.moc"
