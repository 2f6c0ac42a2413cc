#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace tfdrift {

// Falco's eight levels, numbered as on the gRPC wire (falco.schema.priority).
enum class FalcoPriority : int {
    Emergency = 0,
    Alert = 1,
    Critical = 2,
    Error = 3,
    Warning = 4,
    Notice = 5,
    Informational = 6,
    Debug = 7,
};

// The capitalised name Falco prints in its JSON output, e.g. "Warning".
QString priorityName(FalcoPriority priority);

// Case-insensitive, and accepts Falco's "Info" shorthand. HIGH or LOW are not Falco levels.
std::optional<FalcoPriority> parsePriority(QStringView text);

std::optional<FalcoPriority> priorityFromWire(int value);

} // namespace tfdrift
