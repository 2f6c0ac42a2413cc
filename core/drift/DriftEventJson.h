#pragma once

#include "core/drift/DriftEvent.h"

#include <QByteArray>
#include <QJsonObject>

namespace tfdrift {

// The JSON form of a drift event: one line per event from `tfdrift watch`, and the payload
// the generic webhook sends.
QJsonObject driftEventToJson(const DriftEvent &event);
QByteArray driftEventToJsonLine(const DriftEvent &event); // compact, ends with '\n'

} // namespace tfdrift
