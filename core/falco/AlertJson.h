#pragma once

#include "core/falco/FalcoAlert.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace tfdrift {

// Falco's JSON alert: what http_output posts, json_output + file_output writes,
// and falcosidekick's webhook re-posts (with "uuid").
std::optional<FalcoAlert> alertFromJson(const QJsonObject &object, QString *error);

// Parses one JSON object. On failure *error says why and *errorOffset is the byte offset.
std::optional<FalcoAlert> alertFromJsonText(QByteArrayView text, QString *error,
                                            qsizetype *errorOffset = nullptr);

QJsonObject alertToJson(const FalcoAlert &alert);

// Compact JSON with a trailing newline: one line of a capture file.
QByteArray alertToJsonLine(const FalcoAlert &alert);

} // namespace tfdrift
