#pragma once

#include "core/drift/DriftEvent.h"

#include <QByteArray>
#include <QJsonObject>

#include <optional>

namespace tfdrift {

// The JSON form of a drift event: one line per event from `tfdrift watch`, and the payload
// the generic webhook sends.
QJsonObject driftEventToJson(const DriftEvent &event);
QByteArray driftEventToJsonLine(const DriftEvent &event); // compact, ends with '\n'

// The inverse, for history and saved sessions. A null old or new value reads back as unknown
// (Undefined): the JSON form writes unknown as null. nullopt, with *error naming the key, when a
// required key is missing or has the wrong type.
std::optional<DriftEvent> driftEventFromJson(const QJsonObject &object, QString *error);

} // namespace tfdrift
