#include "core/config/ConfigDiagnostic.h"

#include <algorithm>

namespace tfdrift {

QString ConfigDiagnostic::toString() const
{
    QString location = file;
    if (line > 0)
        location += QLatin1Char(':') + QString::number(line) + QLatin1Char(':') + QString::number(column);
    const QLatin1String kind
        = severity == Severity::Error ? QLatin1String("error") : QLatin1String("warning");
    return location + QLatin1String(": ") + kind + QLatin1String(": ") + message;
}

bool hasErrors(const QList<ConfigDiagnostic> &diagnostics)
{
    return std::any_of(diagnostics.begin(), diagnostics.end(), [](const ConfigDiagnostic &diagnostic) {
        return diagnostic.severity == ConfigDiagnostic::Severity::Error;
    });
}

} // namespace tfdrift
