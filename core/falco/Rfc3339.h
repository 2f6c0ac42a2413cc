#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace tfdrift {

// "2026-03-06T21:22:54.123456789Z": UTC with nine fractional digits, as Falco writes it.
QString formatRfc3339Nanos(qint64 nanosSinceEpoch);

// Accepts any RFC 3339 timestamp: 0-9 fraction digits, "Z" or a numeric offset.
std::optional<qint64> parseRfc3339Nanos(QStringView text);

} // namespace tfdrift
