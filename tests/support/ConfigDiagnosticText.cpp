#include "support/ConfigDiagnosticText.h"

#include <QStringList>

namespace tfdrift::test {

QString describe(const QList<ConfigDiagnostic> &diagnostics)
{
    QStringList lines;
    for (const ConfigDiagnostic &diagnostic : diagnostics)
        lines << diagnostic.toString();
    return lines.join(QLatin1Char('\n'));
}

const ConfigDiagnostic *findDiagnostic(const AppConfigResult &result, const QString &text)
{
    for (const ConfigDiagnostic &diagnostic : result.diagnostics) {
        if (diagnostic.message.contains(text))
            return &diagnostic;
    }
    return nullptr;
}

} // namespace tfdrift::test
