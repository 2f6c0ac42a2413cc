#pragma once

#include "core/drift/DriftRule.h"

#include <QString>

#include <optional>

namespace YAML {
class Node;
}

namespace tfdrift {

class ConfigValueReader;

struct AllowedHours {
    int fromMinutes = 0; // after local midnight
    int toMinutes = 0;   // exclusive; below fromMinutes when the window wraps past midnight
};

// "09:00-18:00": hours 00-24 (24 only as 24:00), minutes 00-59. "22:00-06:00" wraps past
// midnight. Returns nullopt with *error set for anything else, including an empty window.
std::optional<AllowedHours> parseAllowedHours(const QString &text, QString *error);

// A drift rule's `schedule:` map: allowed_hours, timezone (IANA id, default UTC), weekdays_only.
// Without allowed_hours the whole day is allowed, which only makes sense with weekdays_only
// (the rule then fires on weekends only).
std::optional<DriftSchedule> parseDriftSchedule(const YAML::Node &node, ConfigValueReader &reader);

} // namespace tfdrift
