#pragma once

#include <QList>
#include <QString>

namespace tfdrift {

// One finding in a config file, located the way compilers do: file:line:column.
struct ConfigDiagnostic {
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    QString file;
    int line = 0;   // 1-based; 0 when the whole file is concerned
    int column = 0; // 1-based
    QString message;

    // "config.yaml:12:7: error: ..." as `tfdrift config check` prints it.
    QString toString() const;
};

bool hasErrors(const QList<ConfigDiagnostic> &diagnostics);

} // namespace tfdrift
