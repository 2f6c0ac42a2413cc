// libFuzzer target for HttpRequestReader: arbitrary bytes must never crash it, and how TCP splits
// the bytes must never change what comes out.
//
// Build: cmake -DTFDRIFT_BUILD_FUZZERS=ON -DCMAKE_CXX_COMPILER=clang++ ...; run:
//     fuzz_http_request_reader -max_len=70000 corpus/

#include "core/ingest/http/HttpRequestReader.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using tfdrift::HttpRequest;
using tfdrift::HttpRequestReader;

namespace {

// Small limits so that the fuzzer reaches the 413 and 431 paths with short inputs.
constexpr HttpRequestReader::Limits kLimits{512, 1024};

struct Outcome {
    QList<HttpRequest> requests;
    int errorStatus = 0;
};

void check(bool condition)
{
    if (!condition)
        std::abort();
}

void takeReady(HttpRequestReader &reader, Outcome &outcome)
{
    while (reader.status() == HttpRequestReader::Status::RequestReady) {
        // Asked at any time, these must be safe.
        (void)reader.hasHead();
        (void)reader.takeContinueRequest();
        HttpRequest request = reader.takeRequest();
        check(request.body.size() <= kLimits.maxBodyBytes);
        check(!request.method.isEmpty() && !request.target.isEmpty());
        check(request.minorVersion == 0 || request.minorVersion == 1);
        outcome.requests.append(std::move(request));
    }
    if (reader.status() == HttpRequestReader::Status::Error) {
        outcome.errorStatus = reader.errorStatus();
        check(outcome.errorStatus >= 400 && outcome.errorStatus < 600);
        check(!reader.errorReason().isEmpty());
    }
}

// Feeds `data` in pieces whose sizes come from `splitSeed`.
Outcome run(QByteArrayView data, uint8_t splitSeed)
{
    HttpRequestReader reader(kLimits);
    Outcome outcome;
    qsizetype at = 0;
    uint32_t state = splitSeed | 1u;
    while (at < data.size() && outcome.errorStatus == 0) {
        state = state * 1103515245u + 12345u;
        const qsizetype step = splitSeed == 0 ? data.size() : qsizetype(1 + (state >> 16) % 97);
        const qsizetype size = qMin(step, data.size() - at);
        reader.feed(data.sliced(at, size));
        at += size;
        if (reader.hasHead())
            (void)reader.head().header("Content-Length");
        takeReady(reader, outcome);
    }
    return outcome;
}

bool sameRequest(const HttpRequest &a, const HttpRequest &b)
{
    if (a.method != b.method || a.target != b.target || a.minorVersion != b.minorVersion || a.body != b.body
        || a.keepAlive != b.keepAlive || a.expectsContinue != b.expectsContinue
        || a.headers.size() != b.headers.size())
        return false;
    for (qsizetype i = 0; i < a.headers.size(); ++i) {
        if (a.headers[i].name != b.headers[i].name || a.headers[i].value != b.headers[i].value)
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    // The first byte picks how the rest is split into feeds.
    const uint8_t splitSeed = data[0];
    const QByteArrayView input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    const Outcome whole = run(input, 0);
    const Outcome split = run(input, splitSeed);
    check(whole.errorStatus == split.errorStatus);
    check(whole.requests.size() == split.requests.size());
    for (qsizetype i = 0; i < whole.requests.size(); ++i)
        check(sameRequest(whole.requests[i], split.requests[i]));
    return 0;
}
