#pragma once

#include "core/config/AppConfig.h"

#include <QString>

namespace tfdrift::test {

// Every diagnostic as "file:line:column: severity: message", one per line, for failure messages.
QString describe(const QList<ConfigDiagnostic> &diagnostics);

// The first diagnostic whose message contains text, or null.
const ConfigDiagnostic *findDiagnostic(const AppConfigResult &result, const QString &text);

} // namespace tfdrift::test
