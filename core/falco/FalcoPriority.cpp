#include "core/falco/FalcoPriority.h"

#include <array>

namespace tfdrift {

namespace {
constexpr std::array<const char *, 8> kNames = {
    "Emergency", "Alert", "Critical", "Error", "Warning", "Notice", "Informational", "Debug",
};
} // namespace

QString priorityName(FalcoPriority priority)
{
    const auto index = static_cast<std::size_t>(priority);
    return index < kNames.size() ? QString::fromLatin1(kNames[index]) : QString();
}

std::optional<FalcoPriority> parsePriority(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    for (std::size_t i = 0; i < kNames.size(); ++i) {
        if (trimmed.compare(QLatin1String(kNames[i]), Qt::CaseInsensitive) == 0)
            return static_cast<FalcoPriority>(i);
    }
    if (trimmed.compare(QLatin1String("Info"), Qt::CaseInsensitive) == 0)
        return FalcoPriority::Informational;
    return std::nullopt;
}

std::optional<FalcoPriority> priorityFromWire(int value)
{
    if (value < 0 || value >= static_cast<int>(kNames.size()))
        return std::nullopt;
    return static_cast<FalcoPriority>(value);
}

} // namespace tfdrift
