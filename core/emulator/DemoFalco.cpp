#include "core/emulator/DemoFalco.h"

#include "core/ingest/replay/ReplayReader.h"

#include <QCoreApplication>
#include <QFile>

namespace tfdrift {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(tfdrift::DemoFalco)
};
} // namespace

DemoFalco::DemoFalco() = default;

DemoFalco::~DemoFalco()
{
    if (m_feed)
        m_feed->stop();
    m_emulator.shutdown();
}

bool DemoFalco::start(double alertsPerSecond, QString *error)
{
    QFile file(feedPath());
    if (!m_socketDir.isValid() || !file.open(QIODevice::ReadOnly)) {
        *error = Text::tr("the built-in demo feed is not available");
        return false;
    }
    AlertBatch alerts;
    ReplayReader reader(&file, QStringLiteral("demo feed"));
    while (reader.readBatch(&alerts, 65536)) { }
    FalcoEmulator::Options options;
    options.address = endpoint().address;
    if (!m_emulator.start(options, error))
        return false;
    m_feed = std::make_unique<ReplayFeed>(std::move(alerts),
                                          [this](const FalcoAlert &alert) { m_emulator.enqueue(alert); });
    m_feed->start(alertsPerSecond, true);
    return true;
}

EndpointConfig DemoFalco::endpoint() const
{
    EndpointConfig endpoint;
    endpoint.name = QStringLiteral("demo");
    endpoint.transport = EndpointConfig::Transport::Grpc;
    endpoint.address = QLatin1String("unix://") + m_socketDir.filePath(QStringLiteral("falco.sock"));
    return endpoint;
}

} // namespace tfdrift
