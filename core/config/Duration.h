#pragma once

#include <QStringView>

#include <optional>

namespace tfdrift {

// Go-style durations as TFDrift-Falco writes them: "100ms", "30s", "5m", "1h30m".
std::optional<qint64> parseDurationMs(QStringView text);

} // namespace tfdrift
