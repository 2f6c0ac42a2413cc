#pragma once

#include "core/config/EndpointConfig.h"
#include "core/ingest/AlertSource.h"

#include <memory>

namespace tfdrift {

// The right AlertSource for an endpoint's transport. Not started.
std::unique_ptr<AlertSource> createAlertSource(const EndpointConfig &endpoint, QObject *parent = nullptr);

} // namespace tfdrift
