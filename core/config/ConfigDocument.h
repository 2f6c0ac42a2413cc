#pragma once

#include "core/config/ConfigDiagnostic.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace YAML {
class Node;
}

namespace tfdrift {

class YamlDiagnostics;

// The top-level sections of config.yaml; any other key there is warned about.
const QStringList &configFileSections();

// Parses config.yaml text. Returns its root mapping, or a null node for an empty file; nullopt
// after reporting a YAML syntax error or a root that is not a mapping.
std::optional<YAML::Node> parseConfigDocument(const QByteArray &text, YamlDiagnostics &diagnostics);

// The file's bytes, or nullopt with a whole-file diagnostic ("path: error: cannot read ...").
std::optional<QByteArray> readConfigFile(const QString &path, QList<ConfigDiagnostic> *diagnostics);

} // namespace tfdrift
