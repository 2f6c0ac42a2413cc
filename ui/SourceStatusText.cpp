#include "ui/SourceStatusText.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace tfdrift {

QString formatAlertRate(double alertsPerSecond)
{
    const int decimals = alertsPerSecond > 0.0 && alertsPerSecond < 10.0 ? 1 : 0;
    return QLocale().toString(alertsPerSecond, 'f', decimals);
}

QString sourceStatusText(const QString &sourceName, const ConnectionState &state, const QString &falcoVersion,
                         double alertsPerSecond)
{
    QStringList parts;
    parts << QCoreApplication::translate("tfdrift::SourceStatusText", "%1: %2",
                                         "source name, then its connection state")
                 .arg(sourceName, describeConnectionState(state));
    if (!falcoVersion.isEmpty())
        parts << QCoreApplication::translate("tfdrift::SourceStatusText", "Falco %1", "Falco's version")
                     .arg(falcoVersion);
    parts << QCoreApplication::translate("tfdrift::SourceStatusText", "%1 alerts/s", "alerts per second")
                 .arg(formatAlertRate(alertsPerSecond));
    return parts.join(QStringLiteral(" \u00B7 "));
}

} // namespace tfdrift
