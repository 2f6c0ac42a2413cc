#pragma once

#include "core/ingest/http/HttpRequest.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace tfdrift {

// Incremental, strict HTTP/1.1 request parser (RFC 9112): bytes in, requests out, no sockets.
// It refuses what a lenient parser would guess at (Content-Length with Transfer-Encoding,
// obs-fold, bare LF, whitespace before a colon), because a guess that differs from a proxy's
// in front of us is how requests get smuggled.
//
// Typical use, once per batch of bytes from a socket:
//     reader.feed(bytes);
//     while (reader.status() == HttpRequestReader::Status::RequestReady)
//         handle(reader.takeRequest());
//     if (reader.status() == HttpRequestReader::Status::Error)
//         answer reader.errorStatus() and close;
class HttpRequestReader
{
public:
    enum class Status { NeedMore, RequestReady, Error };

    struct Limits {
        qsizetype maxHeaderBytes = 64 * qsizetype(1024); // request line and header fields, CRLFs included
        qsizetype maxBodyBytes = 1024 * qsizetype(1024); // after de-chunking
    };

    HttpRequestReader();
    explicit HttpRequestReader(Limits limits);

    // Appends bytes and parses as far as they go. Parsing stops at a complete request
    // until takeRequest(); bytes after it (pipelined requests) stay buffered.
    Status feed(QByteArrayView bytes);
    Status status() const { return m_status; }

    // The request line and headers of the current request are parsed; its body may still be on
    // its way. Lets the caller refuse a request (wrong method, missing token) before the body.
    bool hasHead() const;
    // The current request; body only complete once status() is RequestReady.
    const HttpRequest &head() const { return m_request; }

    // True once per request when the client sent "Expect: 100-continue" and waits for
    // "HTTP/1.1 100 Continue" before it sends the body.
    bool takeContinueRequest();

    // Only valid in RequestReady. Continues with whatever is buffered after the request.
    HttpRequest takeRequest();

    // Nothing of a next request has arrived: the connection is idle between requests.
    bool isBetweenRequests() const;

    // In Error: the status code to answer (400, 413, 417, 431, 501, 505) and why.
    int errorStatus() const { return m_errorStatus; }
    QString errorReason() const { return m_errorReason; }

    const Limits &limits() const { return m_limits; }

private:
    enum class Phase { RequestLine, Headers, Body, ChunkSize, ChunkData, ChunkDataEnd, Trailers, Complete };

    void advance();
    bool readLine(qsizetype maxLength, int tooLongStatus, QByteArrayView *line);
    bool parseRequestLine(QByteArrayView line);
    bool parseHeaderLine(QByteArrayView line, bool keep);
    bool finishHead();
    bool parseChunkSize(QByteArrayView line);
    void readBodyBytes(qsizetype wanted);
    void fail(int status, QString reason);
    void compactBuffer();

    Limits m_limits;
    Status m_status = Status::NeedMore;
    Phase m_phase = Phase::RequestLine;

    QByteArray m_buffer;
    qsizetype m_pos = 0;     // start of the unparsed bytes
    qsizetype m_scanPos = 0; // where the search for the next LF resumes, so no byte is scanned twice

    HttpRequest m_request;
    qsizetype m_headBytes = 0; // header section (or trailer section) bytes so far
    qsizetype m_remaining = 0; // of the Content-Length body or of the current chunk
    bool m_continuePending = false;
    bool m_bodyStarted = false; // a byte after the header section has arrived

    int m_errorStatus = 0;
    QString m_errorReason;
};

} // namespace tfdrift
