#include "core/ingest/AlertSourceFactory.h"

#include "core/ingest/grpc/GrpcAlertSource.h"
#include "core/ingest/http/HttpAlertReceiver.h"
#include "core/ingest/replay/ReplayAlertSource.h"

namespace tfdrift {

std::unique_ptr<AlertSource> createAlertSource(const EndpointConfig &endpoint, QObject *parent)
{
    switch (endpoint.transport) {
    case EndpointConfig::Transport::Grpc: return std::make_unique<GrpcAlertSource>(endpoint, parent);
    case EndpointConfig::Transport::Http: return std::make_unique<HttpAlertReceiver>(endpoint, parent);
    case EndpointConfig::Transport::Replay: return std::make_unique<ReplayAlertSource>(endpoint, parent);
    }
    return nullptr;
}

} // namespace tfdrift
