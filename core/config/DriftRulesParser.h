#pragma once

#include "core/drift/DriftRule.h"

#include <QList>

namespace YAML {
class Node;
}

namespace tfdrift {

class ConfigValueReader;

// `drift_rules:`, a list of TFDrift-Falco rules. A rule with any error is left out (and
// reported); the others are returned. watched_attributes defaults to "*" and severity to
// medium; rule names must be unique, since drift events list the rules they matched by name.
QList<DriftRule> parseDriftRules(const YAML::Node &node, ConfigValueReader &reader);

} // namespace tfdrift
