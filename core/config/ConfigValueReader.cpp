#include "core/config/ConfigValueReader.h"

#include "core/config/Duration.h"

#include <QCoreApplication>
#include <QSet>

namespace tfdrift {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(tfdrift::ConfigValueReader)
};

bool hasVariable(const YAML::Node &node)
{
    return node.Scalar().find("${") != std::string::npos;
}
} // namespace

QString alternatives(const QStringList &values)
{
    if (values.size() < 2)
        return values.value(0);
    return Text::tr("%1 or %2")
        .arg(values.mid(0, values.size() - 1).join(QLatin1String(", ")), values.last());
}

const QStringList &environmentNames()
{
    static const QStringList names
        = {QStringLiteral("production"), QStringLiteral("staging"), QStringLiteral("development")};
    return names;
}

ConfigValueReader::ConfigValueReader(YamlDiagnostics &diagnostics)
    : m_yaml(diagnostics)
{
}

YAML::Node ConfigValueReader::value(const YAML::Node &map, const char *key)
{
    if (!map.IsMap())
        return YAML::Node(YAML::NodeType::Undefined);
    for (const auto &entry : map) {
        if (entry.first.IsScalar() && entry.first.Scalar() == key) {
            if (entry.second.IsNull())
                m_emptyValueKeys.append({entry.second, entry.first.Mark()});
            return entry.second;
        }
    }
    return YAML::Node(YAML::NodeType::Undefined);
}

YAML::Mark ConfigValueReader::markOf(const YAML::Node &node) const
{
    for (const auto &[value, keyMark] : m_emptyValueKeys) {
        if (value.is(node))
            return keyMark;
    }
    return node.Mark();
}

std::optional<QString> ConfigValueReader::expandedScalar(const YAML::Node &node, const QString &key,
                                                         const QString &what)
{
    if (!node.IsScalar()) {
        error(node, Text::tr("\"%1\" must be %2").arg(key, what));
        return std::nullopt;
    }
    return m_yaml.string(node, key);
}

std::optional<QString> ConfigValueReader::string(const YAML::Node &node, const QString &key)
{
    return expandedScalar(node, key, Text::tr("a string"));
}

std::optional<QString> ConfigValueReader::nonEmptyString(const YAML::Node &node, const QString &key)
{
    if (node.IsNull()) {
        error(node, Text::tr("\"%1\" must not be empty").arg(key));
        return std::nullopt;
    }
    std::optional<QString> text = string(node, key);
    if (!text)
        return std::nullopt;
    *text = text->trimmed();
    if (text->isEmpty()) {
        error(node, Text::tr("\"%1\" must not be empty").arg(key));
        return std::nullopt;
    }
    return text;
}

std::optional<QStringList> ConfigValueReader::stringList(const YAML::Node &node, const QString &key)
{
    if (node.IsNull())
        return QStringList();
    if (!node.IsSequence()) {
        error(node, Text::tr("\"%1\" must be a list of strings").arg(key));
        return std::nullopt;
    }
    QStringList values;
    bool ok = true;
    for (const YAML::Node &item : node) {
        if (!item.IsScalar() && !item.IsNull()) {
            error(item, Text::tr("\"%1\" must be a list of strings").arg(key));
            ok = false;
        } else if (const std::optional<QString> text = nonEmptyString(item, key)) {
            values.append(*text);
        } else {
            ok = false;
        }
    }
    if (!ok)
        return std::nullopt;
    return values;
}

std::optional<bool> ConfigValueReader::boolean(const YAML::Node &node, const QString &key)
{
    const QString what = Text::tr("true or false");
    if (!node.IsScalar()) {
        error(node, Text::tr("\"%1\" must be %2").arg(key, what));
        return std::nullopt;
    }
    if (!hasVariable(node))
        return m_yaml.boolean(node, key);
    const std::optional<QString> text = m_yaml.string(node, key);
    if (!text)
        return std::nullopt;
    const QString lower = text->trimmed().toLower();
    if (lower == QLatin1String("true"))
        return true;
    if (lower == QLatin1String("false"))
        return false;
    // The expanded value comes from the environment and is not repeated here.
    error(node, Text::tr("\"%1\" must be %2").arg(key, what));
    return std::nullopt;
}

std::optional<qint64> ConfigValueReader::durationMs(const YAML::Node &node, const QString &key)
{
    const QString what = Text::tr("a duration such as \"100ms\", \"30s\" or \"5m\"");
    const std::optional<QString> text = expandedScalar(node, key, what);
    if (!text)
        return std::nullopt;
    const std::optional<qint64> value = parseDurationMs(*text);
    if (!value) {
        error(node, Text::tr("\"%1\" must be %2").arg(key, what));
        return std::nullopt;
    }
    return value;
}

std::optional<qint64> ConfigValueReader::integer(const YAML::Node &node, const QString &key, qint64 min,
                                                 qint64 max)
{
    const QString what = Text::tr("\"%1\" must be a whole number").arg(key);
    if (!node.IsScalar()) {
        error(node, what);
        return std::nullopt;
    }
    if (!hasVariable(node))
        return m_yaml.integer(node, key, min, max);
    const std::optional<QString> text = m_yaml.string(node, key);
    if (!text)
        return std::nullopt;
    bool ok = false;
    const qint64 value = text->trimmed().toLongLong(&ok);
    // The expanded value comes from the environment and is not repeated here.
    if (!ok) {
        error(node, what);
        return std::nullopt;
    }
    if (value < min || value > max) {
        error(node, Text::tr("\"%1\" must be between %2 and %3").arg(key).arg(min).arg(max));
        return std::nullopt;
    }
    return value;
}

std::optional<Severity> ConfigValueReader::severity(const YAML::Node &node, const QString &key)
{
    static const QStringList names = {QStringLiteral("critical"), QStringLiteral("high"),
                                      QStringLiteral("medium"), QStringLiteral("low")};
    const QString what = alternatives(names);
    const std::optional<QString> text = expandedScalar(node, key, what);
    if (!text)
        return std::nullopt;
    const std::optional<Severity> value = parseSeverity(*text);
    if (!value)
        error(node, Text::tr("\"%1\" must be %2").arg(key, what));
    return value;
}

std::optional<QString> ConfigValueReader::environment(const YAML::Node &node, const QString &key)
{
    const QString what = alternatives(environmentNames());
    const std::optional<QString> text = expandedScalar(node, key, what);
    if (!text)
        return std::nullopt;
    if (!environmentNames().contains(*text)) {
        error(node, Text::tr("\"%1\" must be %2").arg(key, what));
        return std::nullopt;
    }
    return text;
}

std::optional<QString> ConfigValueReader::oneOf(const YAML::Node &node, const QString &key,
                                                const QStringList &allowed)
{
    const QString what = alternatives(allowed);
    const std::optional<QString> text = expandedScalar(node, key, what);
    if (!text)
        return std::nullopt;
    for (const QString &candidate : allowed) {
        if (candidate.compare(text->trimmed(), Qt::CaseInsensitive) == 0)
            return candidate;
    }
    error(node, Text::tr("\"%1\" must be %2").arg(key, what));
    return std::nullopt;
}

bool ConfigValueReader::isMapOrNull(const YAML::Node &node, const QString &key)
{
    if (node.IsNull() || node.IsMap())
        return true;
    error(node, Text::tr("\"%1\" must be a mapping of keys to values").arg(key));
    return false;
}

void ConfigValueReader::checkKeys(const YAML::Node &map, const QStringList &known, const QString &section)
{
    if (!map.IsMap())
        return;
    m_yaml.warnUnknownKeys(map, known, section);
    QSet<QString> seen;
    for (const auto &entry : map) {
        const QString key = yamlScalar(entry.first);
        if (seen.contains(key))
            m_yaml.error(entry.first.Mark(),
                         Text::tr("\"%1\" appears twice in %2; keep only one").arg(key, section));
        seen.insert(key);
    }
}

QString ConfigValueReader::location(const YAML::Node &node) const
{
    const YAML::Mark mark = markOf(node);
    return QStringLiteral("%1:%2:%3").arg(m_yaml.fileName()).arg(mark.line + 1).arg(mark.column + 1);
}

} // namespace tfdrift
