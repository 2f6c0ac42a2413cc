#include "core/config/YamlDiagnostics.h"

#include "core/config/Duration.h"
#include "core/config/EnvExpansion.h"

#include <QCoreApplication>

namespace tfdrift {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(tfdrift::YamlDiagnostics)
};

bool isQuoted(const YAML::Node &node)
{
    // yaml-cpp tags quoted scalars with the non-specific tag "!".
    return node.Tag() == "!";
}
} // namespace

QString yamlScalar(const YAML::Node &node)
{
    return QString::fromStdString(node.Scalar());
}

YamlDiagnostics::YamlDiagnostics(QString fileName)
    : m_fileName(std::move(fileName))
{
}

void YamlDiagnostics::add(ConfigDiagnostic::Severity severity, const YAML::Mark &mark, const QString &message)
{
    ConfigDiagnostic diagnostic;
    diagnostic.severity = severity;
    diagnostic.file = m_fileName;
    if (!mark.is_null()) {
        diagnostic.line = mark.line + 1;
        diagnostic.column = mark.column + 1;
    }
    diagnostic.message = message;
    m_diagnostics.append(diagnostic);
}

void YamlDiagnostics::error(const YAML::Mark &mark, const QString &message)
{
    add(ConfigDiagnostic::Severity::Error, mark, message);
}

void YamlDiagnostics::warning(const YAML::Mark &mark, const QString &message)
{
    add(ConfigDiagnostic::Severity::Warning, mark, message);
}

std::optional<QString> YamlDiagnostics::string(const YAML::Node &node, const QString &key)
{
    if (!node.IsScalar()) {
        error(node.Mark(), Text::tr("\"%1\" must be a string").arg(key));
        return std::nullopt;
    }
    EnvExpansionError expansionError;
    const std::optional<QString> expanded = expandEnvironment(yamlScalar(node), &expansionError);
    if (!expanded) {
        YAML::Mark mark = node.Mark();
        mark.column += expansionError.offset + (isQuoted(node) ? 1 : 0);
        error(mark, Text::tr("\"%1\": %2").arg(key, expansionError.message));
        return std::nullopt;
    }
    return expanded;
}

std::optional<bool> YamlDiagnostics::boolean(const YAML::Node &node, const QString &key)
{
    bool value = false;
    if (!node.IsScalar() || isQuoted(node) || !YAML::convert<bool>::decode(node, value)) {
        error(node.Mark(), Text::tr("\"%1\" must be true or false").arg(key));
        return std::nullopt;
    }
    return value;
}

std::optional<qint64> YamlDiagnostics::integer(const YAML::Node &node, const QString &key, qint64 min,
                                               qint64 max)
{
    bool ok = false;
    const qint64 value = node.IsScalar() && !isQuoted(node) ? yamlScalar(node).toLongLong(&ok) : 0;
    if (!ok) {
        error(node.Mark(), Text::tr("\"%1\" must be a whole number").arg(key));
        return std::nullopt;
    }
    if (value < min || value > max) {
        error(node.Mark(), Text::tr("\"%1\" must be between %2 and %3").arg(key).arg(min).arg(max));
        return std::nullopt;
    }
    return value;
}

std::optional<qint64> YamlDiagnostics::durationMs(const YAML::Node &node, const QString &key)
{
    const std::optional<qint64> value = node.IsScalar() ? parseDurationMs(yamlScalar(node)) : std::nullopt;
    if (!value) {
        error(node.Mark(),
              Text::tr("\"%1\" must be a duration such as \"100ms\", \"30s\" or \"5m\"").arg(key));
        return std::nullopt;
    }
    return value;
}

bool YamlDiagnostics::expectMap(const YAML::Node &node, const QString &key)
{
    if (node.IsMap())
        return true;
    error(node.Mark(), Text::tr("\"%1\" must be a mapping of keys to values").arg(key));
    return false;
}

void YamlDiagnostics::warnUnknownKeys(const YAML::Node &map, const QStringList &known, const QString &section)
{
    for (const auto &entry : map) {
        const QString key = yamlScalar(entry.first);
        if (!known.contains(key))
            warning(entry.first.Mark(),
                    Text::tr("unknown key \"%1\" in %2; it is ignored").arg(key, section));
    }
}

} // namespace tfdrift
