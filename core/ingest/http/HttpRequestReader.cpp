#include "core/ingest/http/HttpRequestReader.h"

#include <QCoreApplication>

namespace tfdrift {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(tfdrift::HttpRequestReader)
};

// A chunk-size line is a hex number and optional extensions; nobody needs kilobytes of them.
constexpr qsizetype kMaxChunkSizeLine = 4096;

// RFC 9110 section 5.6.2 tchar.
bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

// field-value characters: visible ASCII, obs-text, space and tab; never CR, LF, NUL or DEL.
bool isFieldValueChar(char c)
{
    const auto byte = static_cast<unsigned char>(c);
    return byte == '\t' || (byte >= 0x20 && byte != 0x7F);
}

bool isWhitespace(char c)
{
    return c == ' ' || c == '\t';
}

QByteArrayView trimmed(QByteArrayView text)
{
    while (!text.isEmpty() && isWhitespace(text.front()))
        text = text.sliced(1);
    while (!text.isEmpty() && isWhitespace(text.back()))
        text.chop(1);
    return text;
}

bool sameToken(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && a.compare(b, Qt::CaseInsensitive) == 0;
}

// The non-empty elements of comma-separated header values ("a, b" and two headers are the same).
QList<QByteArrayView> listElements(const QList<QByteArray> &values)
{
    QList<QByteArrayView> elements;
    for (const QByteArray &value : values) {
        QByteArrayView rest(value);
        while (true) {
            const qsizetype comma = rest.indexOf(',');
            const QByteArrayView element = trimmed(comma < 0 ? rest : rest.first(comma));
            if (!element.isEmpty())
                elements.append(element);
            if (comma < 0)
                break;
            rest = rest.sliced(comma + 1);
        }
    }
    return elements;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

QString kibibytes(qsizetype bytes)
{
    constexpr qsizetype kib = 1024;
    constexpr qsizetype mib = 1024 * kib;
    if (bytes >= mib && bytes % mib == 0)
        return Text::tr("%1 MiB").arg(bytes / mib);
    if (bytes >= kib && bytes % kib == 0)
        return Text::tr("%1 KiB").arg(bytes / kib);
    return Text::tr("%1 bytes").arg(bytes);
}
} // namespace

HttpRequestReader::HttpRequestReader()
    : HttpRequestReader(Limits{})
{
}

HttpRequestReader::HttpRequestReader(Limits limits)
    : m_limits(limits)
{
}

HttpRequestReader::Status HttpRequestReader::feed(QByteArrayView bytes)
{
    if (m_status == Status::Error)
        return m_status;
    m_buffer.append(bytes.data(), bytes.size());
    if (m_status == Status::NeedMore)
        advance();
    compactBuffer();
    return m_status;
}

bool HttpRequestReader::hasHead() const
{
    return m_status != Status::Error && m_phase != Phase::RequestLine && m_phase != Phase::Headers;
}

bool HttpRequestReader::takeContinueRequest()
{
    if (!m_continuePending)
        return false;
    m_continuePending = false;
    // A client that already started sending the body is not waiting for us.
    return m_status == Status::NeedMore && !m_bodyStarted && m_pos == m_buffer.size();
}

HttpRequest HttpRequestReader::takeRequest()
{
    if (m_status != Status::RequestReady)
        return {};
    HttpRequest request = std::move(m_request);
    m_request = HttpRequest{};
    m_status = Status::NeedMore;
    m_phase = Phase::RequestLine;
    m_headBytes = 0;
    m_remaining = 0;
    m_continuePending = false;
    m_bodyStarted = false;
    advance();
    compactBuffer();
    return request;
}

bool HttpRequestReader::isBetweenRequests() const
{
    return m_status == Status::NeedMore && m_phase == Phase::RequestLine && m_pos == m_buffer.size();
}

void HttpRequestReader::advance()
{
    while (m_status == Status::NeedMore) {
        QByteArrayView line;
        switch (m_phase) {
        case Phase::RequestLine:
            if (!readLine(m_limits.maxHeaderBytes - m_headBytes, 431, &line))
                return;
            m_headBytes += line.size() + 2;
            // RFC 9112 section 2.2: ignore empty lines before a request line (some clients
            // send an extra CRLF after a body).
            if (!line.isEmpty() && parseRequestLine(line))
                m_phase = Phase::Headers;
            break;
        case Phase::Headers:
            if (!readLine(m_limits.maxHeaderBytes - m_headBytes, 431, &line))
                return;
            m_headBytes += line.size() + 2;
            if (line.isEmpty())
                finishHead();
            else
                parseHeaderLine(line, true);
            break;
        case Phase::Body:
            readBodyBytes(m_remaining);
            if (m_remaining > 0)
                return;
            m_phase = Phase::Complete;
            break;
        case Phase::ChunkSize:
            if (m_pos < m_buffer.size())
                m_bodyStarted = true;
            if (!readLine(kMaxChunkSizeLine, 400, &line))
                return;
            parseChunkSize(line);
            break;
        case Phase::ChunkData:
            readBodyBytes(m_remaining);
            if (m_remaining > 0)
                return;
            m_phase = Phase::ChunkDataEnd;
            break;
        case Phase::ChunkDataEnd: {
            const qsizetype available = m_buffer.size() - m_pos;
            if (available == 0)
                return;
            if (m_buffer.at(m_pos) != '\r' || (available >= 2 && m_buffer.at(m_pos + 1) != '\n')) {
                fail(400, Text::tr("chunk data is not followed by CRLF"));
                return;
            }
            if (available < 2)
                return;
            m_pos += 2;
            m_scanPos = m_pos;
            m_phase = Phase::ChunkSize;
            break;
        }
        case Phase::Trailers:
            if (!readLine(m_limits.maxHeaderBytes - m_headBytes, 431, &line))
                return;
            m_headBytes += line.size() + 2;
            if (line.isEmpty())
                m_phase = Phase::Complete;
            else
                parseHeaderLine(line, false); // validated, then dropped: nothing here uses trailers
            break;
        case Phase::Complete:
            m_status = Status::RequestReady;
            m_continuePending = false;
            return;
        }
    }
}

// Takes the next CRLF-terminated line (without the CRLF) if it is complete.
bool HttpRequestReader::readLine(qsizetype maxLength, int tooLongStatus, QByteArrayView *line)
{
    const qsizetype lf = m_buffer.indexOf('\n', m_scanPos);
    const qsizetype length = (lf < 0 ? m_buffer.size() : lf + 1) - m_pos;
    if (length > maxLength) {
        if (tooLongStatus == 431)
            fail(431, Text::tr("request line and headers exceed %1").arg(kibibytes(m_limits.maxHeaderBytes)));
        else
            fail(tooLongStatus, Text::tr("chunk size line is too long"));
        return false;
    }
    if (lf < 0) {
        m_scanPos = m_buffer.size();
        return false;
    }
    if (lf == m_pos || m_buffer.at(lf - 1) != '\r') {
        fail(400, Text::tr("line ends with a bare LF instead of CRLF"));
        return false;
    }
    *line = QByteArrayView(m_buffer).sliced(m_pos, lf - 1 - m_pos);
    m_pos = lf + 1;
    m_scanPos = m_pos;
    return true;
}

bool HttpRequestReader::parseRequestLine(QByteArrayView line)
{
    const qsizetype firstSpace = line.indexOf(' ');
    const qsizetype secondSpace = firstSpace < 0 ? -1 : line.indexOf(' ', firstSpace + 1);
    if (firstSpace <= 0 || secondSpace < 0) {
        fail(400, Text::tr("malformed request line"));
        return false;
    }
    const QByteArrayView method = line.first(firstSpace);
    const QByteArrayView target = line.sliced(firstSpace + 1, secondSpace - firstSpace - 1);
    const QByteArrayView version = line.sliced(secondSpace + 1);

    if (!isToken(method)) {
        fail(400, Text::tr("malformed request method"));
        return false;
    }
    if (target.isEmpty()) {
        fail(400, Text::tr("malformed request line"));
        return false;
    }
    for (char c : target) {
        if (c <= 0x20 || c >= 0x7F) {
            fail(400, Text::tr("invalid character in request target"));
            return false;
        }
    }
    const auto isDigit = [](char c) { return c >= '0' && c <= '9'; };
    if (version.size() != 8 || !version.startsWith("HTTP/") || !isDigit(version[5]) || version[6] != '.'
        || !isDigit(version[7])) {
        fail(400, Text::tr("malformed HTTP version"));
        return false;
    }
    if (version[5] != '1') {
        fail(505, Text::tr("%1 is not supported; use HTTP/1.1").arg(QString::fromLatin1(version)));
        return false;
    }

    m_request.method = method.toByteArray();
    m_request.target = target.toByteArray();
    // RFC 9110 section 6.2: a higher 1.x minor version is served as the highest we speak.
    m_request.minorVersion = version[7] == '0' ? 0 : 1;
    return true;
}

bool HttpRequestReader::parseHeaderLine(QByteArrayView line, bool keep)
{
    if (isWhitespace(line.front())) {
        fail(400, Text::tr("obsolete line folding in a header field is not allowed"));
        return false;
    }
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0) {
        fail(400, Text::tr("malformed header field"));
        return false;
    }
    const QByteArrayView name = line.first(colon);
    if (isWhitespace(name.back())) {
        fail(400, Text::tr("whitespace between a header name and its colon is not allowed"));
        return false;
    }
    if (!isToken(name)) {
        fail(400, Text::tr("malformed header name"));
        return false;
    }
    const QByteArrayView value = trimmed(line.sliced(colon + 1));
    for (char c : value) {
        if (!isFieldValueChar(c)) {
            fail(400, Text::tr("invalid character in header \"%1\"").arg(QString::fromLatin1(name)));
            return false;
        }
    }
    if (keep)
        m_request.headers.append({name.toByteArray(), value.toByteArray()});
    return true;
}

bool HttpRequestReader::finishHead()
{
    const bool http11 = m_request.minorVersion >= 1;

    const qsizetype hostCount = m_request.headerValues("Host").size();
    if (hostCount > 1 || (http11 && hostCount == 0)) {
        fail(400, hostCount == 0 ? Text::tr("missing Host header") : Text::tr("more than one Host header"));
        return false;
    }

    bool close = false;
    bool keepAlive = false;
    for (QByteArrayView option : listElements(m_request.headerValues("Connection"))) {
        close = close || sameToken(option, "close");
        keepAlive = keepAlive || sameToken(option, "keep-alive");
    }
    m_request.keepAlive = !close && (http11 || keepAlive);

    // RFC 9110 section 10.1.1: HTTP/1.0 clients do not know 100-continue.
    if (http11 && m_request.hasHeader("Expect")) {
        for (QByteArrayView expectation : listElements(m_request.headerValues("Expect"))) {
            if (!sameToken(expectation, "100-continue")) {
                fail(417, Text::tr("unsupported expectation; only \"100-continue\" is understood"));
                return false;
            }
        }
        m_request.expectsContinue = true;
    }

    const bool hasTransferEncoding = m_request.hasHeader("Transfer-Encoding");
    const bool hasContentLength = m_request.hasHeader("Content-Length");
    if (hasTransferEncoding && hasContentLength) {
        fail(400, Text::tr("a request must not have both Content-Length and Transfer-Encoding"));
        return false;
    }

    if (hasTransferEncoding) {
        if (!http11) {
            fail(400, Text::tr("Transfer-Encoding is not allowed in an HTTP/1.0 request"));
            return false;
        }
        const QList<QByteArrayView> codings = listElements(m_request.headerValues("Transfer-Encoding"));
        if (codings.isEmpty() || !sameToken(codings.back(), "chunked")) {
            fail(400, Text::tr("the final transfer coding must be \"chunked\""));
            return false;
        }
        if (codings.size() > 1) {
            fail(501,
                 Text::tr("transfer coding \"%1\" is not supported")
                     .arg(QString::fromLatin1(codings.front())));
            return false;
        }
        m_phase = Phase::ChunkSize;
    } else if (hasContentLength) {
        // Repeated identical values ("5, 5" or two headers) are allowed; anything else is ambiguous.
        const QList<QByteArrayView> lengths = listElements(m_request.headerValues("Content-Length"));
        qint64 length = -1;
        bool tooLarge = false;
        for (QByteArrayView text : lengths) {
            qint64 value = 0;
            for (char c : text) {
                if (c < '0' || c > '9') {
                    fail(400, Text::tr("invalid Content-Length"));
                    return false;
                }
                if (value <= m_limits.maxBodyBytes)
                    value = value * 10 + (c - '0');
            }
            tooLarge = tooLarge || value > m_limits.maxBodyBytes;
            if (length >= 0 && value != length) {
                fail(400, Text::tr("conflicting Content-Length values"));
                return false;
            }
            length = value;
        }
        if (length < 0) {
            fail(400, Text::tr("invalid Content-Length"));
            return false;
        }
        if (tooLarge) {
            fail(413, Text::tr("request body exceeds %1").arg(kibibytes(m_limits.maxBodyBytes)));
            return false;
        }
        m_remaining = length;
        m_phase = length > 0 ? Phase::Body : Phase::Complete;
    } else {
        // RFC 9112 section 6.3: a request with neither has no body.
        m_phase = Phase::Complete;
    }

    m_continuePending = m_request.expectsContinue && m_phase != Phase::Complete;
    return true;
}

bool HttpRequestReader::parseChunkSize(QByteArrayView line)
{
    qint64 size = 0;
    qsizetype digits = 0;
    bool tooLarge = false;
    for (; digits < line.size(); ++digits) {
        const int value = hexValue(line[digits]);
        if (value < 0)
            break;
        if (size <= m_limits.maxBodyBytes)
            size = size * 16 + value;
        tooLarge = tooLarge || size > m_limits.maxBodyBytes;
    }
    if (digits == 0) {
        fail(400, Text::tr("invalid chunk size"));
        return false;
    }
    // Chunk extensions are allowed and ignored; they still must be well formed text.
    const QByteArrayView extensions = trimmed(line.sliced(digits));
    if (!extensions.isEmpty() && extensions.front() != ';') {
        fail(400, Text::tr("invalid chunk size"));
        return false;
    }
    for (char c : extensions) {
        if (!isFieldValueChar(c)) {
            fail(400, Text::tr("invalid character in chunk extension"));
            return false;
        }
    }
    if (tooLarge || m_request.body.size() + size > m_limits.maxBodyBytes) {
        fail(413, Text::tr("request body exceeds %1").arg(kibibytes(m_limits.maxBodyBytes)));
        return false;
    }
    if (size == 0) {
        m_phase = Phase::Trailers;
        m_headBytes = 0;
    } else {
        m_remaining = size;
        m_phase = Phase::ChunkData;
    }
    return true;
}

void HttpRequestReader::readBodyBytes(qsizetype wanted)
{
    const qsizetype count = qMin(wanted, m_buffer.size() - m_pos);
    if (count <= 0)
        return;
    m_request.body.append(m_buffer.constData() + m_pos, count);
    m_pos += count;
    m_scanPos = m_pos;
    m_remaining -= count;
    m_bodyStarted = true;
}

void HttpRequestReader::fail(int status, QString reason)
{
    m_status = Status::Error;
    m_errorStatus = status;
    m_errorReason = std::move(reason);
    m_continuePending = false;
    // Nothing after a framing error can be trusted; drop it.
    m_buffer.clear();
    m_pos = 0;
    m_scanPos = 0;
}

void HttpRequestReader::compactBuffer()
{
    if (m_pos == 0)
        return;
    if (m_pos == m_buffer.size()) {
        m_buffer.resize(0);
    } else if (m_pos * 2 < m_buffer.size()) {
        return; // mostly unparsed: moving it now would copy the same bytes again next time
    } else {
        m_buffer.remove(0, m_pos);
    }
    m_scanPos -= m_pos;
    m_pos = 0;
}

} // namespace tfdrift
