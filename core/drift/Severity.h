#pragma once

#include <QString>

#include <optional>

namespace tfdrift {

// drift_rules severities, ordered so that a higher value is more severe.
enum class Severity { Low = 0, Medium = 1, High = 2, Critical = 3 };

// "critical", "high", "medium", "low" (case-insensitive); nullopt for anything else.
std::optional<Severity> parseSeverity(const QString &text);
QString severityName(Severity severity); // lower-case config spelling

} // namespace tfdrift
