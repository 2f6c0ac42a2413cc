#pragma once

#include "core/config/YamlDiagnostics.h"
#include "core/drift/Severity.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace tfdrift {

// The typed readers every config.yaml section shares, on top of YamlDiagnostics. Each one
// reports its own error (at the value's line and column) and returns nullopt, so that a
// section keeps reading after a bad value. ${VAR} is expanded in every value, not only in
// strings: `enabled: ${SLACK_ENABLED}` and `timeout: ${TIMEOUT}` work too.
// Messages name keys, never values: a value may be a secret.
class ConfigValueReader
{
public:
    explicit ConfigValueReader(YamlDiagnostics &diagnostics);

    YamlDiagnostics &diagnostics() { return m_yaml; }

    // map[key] (undefined when absent). Use it rather than operator[]: yaml-cpp places an empty
    // value (`name:` alone) at the next token, often on the next line, so the reader remembers
    // where its key is written and reports there.
    YAML::Node value(const YAML::Node &map, const char *key);
    // Where to report about node: its key for an empty value, else the value itself.
    YAML::Mark markOf(const YAML::Node &node) const;
    void error(const YAML::Node &node, const QString &message) { m_yaml.error(markOf(node), message); }
    void warning(const YAML::Node &node, const QString &message) { m_yaml.warning(markOf(node), message); }

    std::optional<QString> string(const YAML::Node &node, const QString &key);
    // A string that is not empty after trimming and expansion.
    std::optional<QString> nonEmptyString(const YAML::Node &node, const QString &key);
    // A list of non-empty strings; null reads as an empty list.
    std::optional<QStringList> stringList(const YAML::Node &node, const QString &key);
    std::optional<bool> boolean(const YAML::Node &node, const QString &key);
    std::optional<qint64> durationMs(const YAML::Node &node, const QString &key);
    // A whole number in [min, max].
    std::optional<qint64> integer(const YAML::Node &node, const QString &key, qint64 min, qint64 max);
    std::optional<Severity> severity(const YAML::Node &node, const QString &key);
    // production, staging or development.
    std::optional<QString> environment(const YAML::Node &node, const QString &key);
    // One of `allowed`, compared case-insensitively; returns the allowed spelling.
    std::optional<QString> oneOf(const YAML::Node &node, const QString &key, const QStringList &allowed);

    // A map, or null (an empty section such as `notifications:`); an error for anything else.
    bool isMapOrNull(const YAML::Node &node, const QString &key);
    // Unknown keys are warnings; a key written twice is an error (yaml-cpp would keep the first
    // silently, which is never what the user meant).
    void checkKeys(const YAML::Node &map, const QStringList &known, const QString &section);

    // "file:line:column" of a node, for DriftRule::origin and the like.
    QString location(const YAML::Node &node) const;

private:
    // The scalar with ${VAR} expanded; reports `what` as the expected type when it is no scalar.
    std::optional<QString> expandedScalar(const YAML::Node &node, const QString &key, const QString &what);

    YamlDiagnostics &m_yaml;
    QList<std::pair<YAML::Node, YAML::Mark>> m_emptyValueKeys;
};

// Allowed values joined for a message: "a, b or c".
QString alternatives(const QStringList &values);

const QStringList &environmentNames(); // production, staging, development

} // namespace tfdrift
