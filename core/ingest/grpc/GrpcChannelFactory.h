#pragma once

#include "core/config/EndpointConfig.h"

#include <QString>

#include <memory>

namespace grpc {
class Channel;
}

namespace tfdrift {

// Builds the channel an endpoint asks for: a unix socket (plain, as Falco serves it),
// TCP with mutual TLS, or plain TCP when the endpoint says insecure (test servers only).
// The PEM files are read on every call so that rotated certificates are picked up on reconnect.
std::shared_ptr<grpc::Channel> createFalcoChannel(const EndpointConfig &endpoint, QString *error);

// The target string gRPC expects for the endpoint's address.
std::string grpcTarget(const QString &address);

// "/run/falco/falco.sock" from "unix:///run/falco/falco.sock" (or "unix:/run/...").
QString unixSocketPath(const QString &address);

bool readPemFile(const QString &path, std::string *contents, QString *error);

} // namespace tfdrift
