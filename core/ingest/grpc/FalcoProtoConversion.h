#pragma once

#include "core/falco/FalcoAlert.h"

namespace falco::outputs {
class response;
}
namespace falco::version {
class response;
}

namespace tfdrift {

// falco.outputs.response <-> FalcoAlert. Falco flattens non-string output field values into
// JSON text in the gRPC map, so they arrive as strings; outgoing values are encoded the same way.
FalcoAlert alertFromProto(const falco::outputs::response &response);
void alertToProto(const FalcoAlert &alert, falco::outputs::response *response);

// "0.43.1" from a falco.version.response, tolerating older servers that send fewer fields.
QString versionFromProto(const falco::version::response &response);

} // namespace tfdrift
