#include "core/drift/Severity.h"

namespace tfdrift {

std::optional<Severity> parseSeverity(const QString &text)
{
    const QString lower = text.trimmed().toLower();
    if (lower == QLatin1String("critical"))
        return Severity::Critical;
    if (lower == QLatin1String("high"))
        return Severity::High;
    if (lower == QLatin1String("medium"))
        return Severity::Medium;
    if (lower == QLatin1String("low"))
        return Severity::Low;
    return std::nullopt;
}

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Critical: return QStringLiteral("critical");
    case Severity::High: return QStringLiteral("high");
    case Severity::Medium: return QStringLiteral("medium");
    case Severity::Low: break;
    }
    return QStringLiteral("low");
}

} // namespace tfdrift
