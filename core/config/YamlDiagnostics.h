#pragma once

#include "core/config/ConfigDiagnostic.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <yaml-cpp/yaml.h>

#include <optional>

namespace tfdrift {

// Reads typed values out of yaml-cpp nodes and records every problem with file:line:column.
// Values are read leniently (one bad key does not hide the next), so a user sees all
// mistakes of a file at once.
class YamlDiagnostics
{
public:
    explicit YamlDiagnostics(QString fileName);

    void error(const YAML::Mark &mark, const QString &message);
    void warning(const YAML::Mark &mark, const QString &message);

    // ${VAR} is expanded in every string.
    std::optional<QString> string(const YAML::Node &node, const QString &key);
    std::optional<bool> boolean(const YAML::Node &node, const QString &key);
    std::optional<qint64> integer(const YAML::Node &node, const QString &key, qint64 min, qint64 max);
    std::optional<qint64> durationMs(const YAML::Node &node, const QString &key);
    // Whether node is a map; an error otherwise.
    bool expectMap(const YAML::Node &node, const QString &key);

    void warnUnknownKeys(const YAML::Node &map, const QStringList &known, const QString &section);

    const QList<ConfigDiagnostic> &diagnostics() const { return m_diagnostics; }
    QList<ConfigDiagnostic> takeDiagnostics() { return std::exchange(m_diagnostics, {}); }
    QString fileName() const { return m_fileName; }

private:
    void add(ConfigDiagnostic::Severity severity, const YAML::Mark &mark, const QString &message);

    QString m_fileName;
    QList<ConfigDiagnostic> m_diagnostics;
};

QString yamlScalar(const YAML::Node &node);

} // namespace tfdrift
