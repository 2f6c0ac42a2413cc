#pragma once

#include "core/config/EndpointConfig.h"
#include "core/emulator/FalcoEmulator.h"
#include "core/emulator/ReplayFeed.h"

#include <QTemporaryDir>

#include <memory>

namespace tfdrift {

// The built-in demo: a stand-in Falco in this process, serving the bundled demo feed
// (:/demo/alerts.jsonl) over gRPC on a private unix socket, re-stamped to look live.
class DemoFalco
{
public:
    DemoFalco();
    ~DemoFalco();

    bool start(double alertsPerSecond, QString *error);
    // Where to subscribe: a gRPC endpoint named "demo".
    EndpointConfig endpoint() const;

    static QString feedPath() { return QStringLiteral(":/demo/alerts.jsonl"); }
    // The demo's config.yaml: drift_rules and the two accounts' Terraform states.
    static QString configPath() { return QStringLiteral(":/demo/config.yaml"); }

private:
    QTemporaryDir m_socketDir;
    FalcoEmulator m_emulator;
    std::unique_ptr<ReplayFeed> m_feed;
};

} // namespace tfdrift
