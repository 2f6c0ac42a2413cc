#pragma once

#include "core/config/ConfigDiagnostic.h"
#include "core/config/EndpointConfig.h"

#include <QList>
#include <QString>

class QDir;

namespace YAML {
class Node;
}

namespace tfdrift {

class YamlDiagnostics;

// The `falco:` section of config.yaml. TFDrift-Falco's single-endpoint keys
// (enabled, transport, hostname, port, cert_file, key_file, ca_root_file) keep working;
// `endpoints:` adds several named sources.
struct FalcoConfig {
    bool enabled = true;
    QList<EndpointConfig> endpoints;
};

struct FalcoConfigResult {
    FalcoConfig config;
    QList<ConfigDiagnostic> diagnostics;
    bool ok() const { return !hasErrors(diagnostics); }
};

// Reads a whole config.yaml and returns its falco section. Unknown keys are warnings,
// wrong types and bad values are errors; every diagnostic carries file:line:column.
FalcoConfigResult loadFalcoConfigFile(const QString &path);
FalcoConfigResult parseFalcoConfig(const QByteArray &yamlText, const QString &fileName);

// The falco: section alone, for the whole-file parser (AppConfig). Relative paths (TLS files,
// replay captures) resolve against baseDir, the config file's folder.
FalcoConfig readFalcoSection(const YAML::Node &falco, YamlDiagnostics &diagnostics, const QDir &baseDir);

} // namespace tfdrift
