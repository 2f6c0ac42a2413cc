#pragma once

#include <QtGlobal>

#include <chrono>

namespace tfdrift {

// What one misbehaving or overeager sender may cost the HTTP receiver.
struct HttpReceiverLimits {
    int maxConnections = 256;                         // beyond this, new connections get 503
    std::chrono::milliseconds idleTimeout{30'000};    // a connection with no bytes this long is closed
    std::chrono::milliseconds closeTimeout{5'000};    // how long a closing connection may linger
    qsizetype maxHeaderBytes = 64 * qsizetype(1024);  // request line + headers (431 beyond)
    qsizetype maxBodyBytes = 1024 * qsizetype(1024);  // one body, after de-chunking (413 beyond)
    qsizetype maxUnsentBytes = 256 * qsizetype(1024); // responses a client has not read: stop reading
};

} // namespace tfdrift
