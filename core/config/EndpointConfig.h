#pragma once

#include <QList>
#include <QString>

namespace tfdrift {

// One named place alerts come from, as written under falco.endpoints in config.yaml.
struct EndpointConfig {
    enum class Transport { Grpc, Http, Replay };

    QString name;
    Transport transport = Transport::Grpc;
    QString environment; // production, staging, development or empty

    // gRPC: "unix:///run/falco/falco.sock" or "host:port".
    QString address;
    // gRPC over TCP: mutual TLS client files. HTTP: certFile/keyFile turn on HTTPS.
    QString caFile;
    QString certFile;
    QString keyFile;
    // gRPC over TCP without TLS. Real Falco never serves this; only for local test servers.
    bool insecure = false;
    int pollIntervalMs = 100;
    int maxRetries = -1; // consecutive failed attempts before Failed; -1 retries forever

    // HTTP: where Falco's http_output or falcosidekick posts to.
    QString listenAddress = QStringLiteral("127.0.0.1:2801");
    QString bearerToken; // optional; already expanded from ${ENV}

    // Replay: a JSON-lines capture file.
    QString replayFile;

    bool operator==(const EndpointConfig &other) const = default;
};

QString transportName(EndpointConfig::Transport transport);

} // namespace tfdrift

namespace tfdrift {

// "127.0.0.1:2801", "[::1]:2801", "falco.example:5060". Port 0 is allowed (any free port).
bool splitHostPort(const QString &address, QString *host, quint16 *port);

} // namespace tfdrift
