#include "core/config/NotificationsChecker.h"

#include "core/config/ConfigValueReader.h"
#include "core/falco/FalcoPriority.h"

#include <QCoreApplication>

namespace tfdrift {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(tfdrift::NotificationsChecker)
};

enum class ValueKind {
    String,
    Boolean,
    Duration,
    Severity,
    StringList,
    Environments,
    Headers,
    Method,
    Region,
    FalcoPriorityName
};

struct KeySpec {
    const char *key;
    ValueKind kind;
};

struct ChannelSpec {
    const char *name;
    QList<KeySpec> keys;
};

// Every channel also takes these: whether it is on, and which drift it receives.
const QList<KeySpec> kCommonKeys = {
    {"enabled", ValueKind::Boolean},
    {"min_severity", ValueKind::Severity},
    {"resource_types", ValueKind::StringList},
    {"environments", ValueKind::Environments},
};

const QList<ChannelSpec> &channels()
{
    static const QList<ChannelSpec> specs = {
        {"slack", {{"webhook_url", ValueKind::String}, {"channel", ValueKind::String}}},
        {"discord", {{"webhook_url", ValueKind::String}}},
        {"webhook",
         {{"url", ValueKind::String}, {"method", ValueKind::Method}, {"headers", ValueKind::Headers}}},
        {"custom",
         {{"api_endpoint", ValueKind::String},
          {"api_key", ValueKind::String},
          {"timeout", ValueKind::Duration}}},
        {"pagerduty",
         {{"routing_key", ValueKind::String},
          {"region", ValueKind::Region},
          {"events_url", ValueKind::String}}},
        {"teams", {{"webhook_url", ValueKind::String}}},
        // TFDrift-Falco's falco_output has `priority`; `path` is ours (stdout when absent).
        {"falco_output", {{"path", ValueKind::String}, {"priority", ValueKind::FalcoPriorityName}}},
    };
    return specs;
}

void checkHeaders(const YAML::Node &node, ConfigValueReader &reader)
{
    if (!reader.isMapOrNull(node, QStringLiteral("headers")) || node.IsNull())
        return;
    for (const auto &entry : node) {
        const QString name = entry.first.IsScalar() ? yamlScalar(entry.first).trimmed() : QString();
        if (name.isEmpty() || name.contains(QLatin1Char(' ')) || name.contains(QLatin1Char(':'))) {
            reader.diagnostics().error(entry.first.Mark(),
                                       Text::tr("\"headers\" keys must be HTTP header names"));
            continue;
        }
        // Header values are often credentials (Authorization); only their type is checked.
        reader.string(entry.second, QStringLiteral("headers.%1").arg(name));
    }
}

void checkValue(const YAML::Node &node, const QString &key, ValueKind kind, ConfigValueReader &reader)
{
    switch (kind) {
    case ValueKind::String:
        // An empty value (`webhook_url:`) is left to delivery, which knows whether the channel is on.
        if (!node.IsNull())
            reader.string(node, key);
        break;
    case ValueKind::Boolean: reader.boolean(node, key); break;
    case ValueKind::Duration:
        if (const auto ms = reader.durationMs(node, key); ms && *ms <= 0)
            reader.error(node, Text::tr("\"%1\" must be longer than 0s").arg(key));
        break;
    case ValueKind::Severity: reader.severity(node, key); break;
    case ValueKind::StringList: reader.stringList(node, key); break;
    case ValueKind::Environments:
        if (node.IsSequence()) {
            for (const YAML::Node &item : node)
                reader.environment(item, key);
        } else {
            reader.stringList(node, key);
        }
        break;
    case ValueKind::Headers: checkHeaders(node, reader); break;
    case ValueKind::Method: reader.oneOf(node, key, {QStringLiteral("POST"), QStringLiteral("PUT")}); break;
    case ValueKind::Region: reader.oneOf(node, key, {QStringLiteral("us"), QStringLiteral("eu")}); break;
    case ValueKind::FalcoPriorityName:
        if (const auto text = reader.string(node, key); text && !parsePriority(*text))
            reader.error(node,
                         Text::tr("\"%1\" must be a Falco priority (emergency, alert, critical, error, "
                                  "warning, notice, informational or debug)")
                             .arg(key));
        break;
    }
}

bool mentionsVariable(const YAML::Node &node)
{
    if (node.IsScalar())
        return node.Scalar().find("${") != std::string::npos;
    if (node.IsSequence()) {
        for (const YAML::Node &item : node) {
            if (mentionsVariable(item))
                return true;
        }
    } else if (node.IsMap()) {
        for (const auto &entry : node) {
            if (mentionsVariable(entry.second))
                return true;
        }
    }
    return false;
}

void checkChannel(const YAML::Node &node, const ChannelSpec &spec, ConfigValueReader &reader)
{
    const QString section = QStringLiteral("notifications.%1").arg(QLatin1String(spec.name));
    if (!reader.isMapOrNull(node, QString::fromLatin1(spec.name)) || node.IsNull())
        return;
    const QList<KeySpec> keys = kCommonKeys + spec.keys;
    QStringList known;
    for (const KeySpec &key : keys)
        known.append(QString::fromLatin1(key.key));
    reader.checkKeys(node, known, section);
    bool enabled = false;
    if (const YAML::Node value = reader.value(node, "enabled"))
        enabled = reader.boolean(value, QStringLiteral("enabled")).value_or(true);
    for (const KeySpec &key : keys) {
        const YAML::Node value = reader.value(node, key.key);
        // A channel that is off needs none of its ${VAR}s set: the example config and shared
        // configs can list every channel while each machine sets only what it uses.
        if (!value || key.kind == ValueKind::Boolean || (!enabled && mentionsVariable(value)))
            continue;
        checkValue(value, QString::fromLatin1(key.key), key.kind, reader);
    }
}
} // namespace

void checkNotifications(const YAML::Node &node, ConfigValueReader &reader)
{
    if (!reader.isMapOrNull(node, QStringLiteral("notifications")) || node.IsNull())
        return;
    QStringList known;
    for (const ChannelSpec &spec : channels())
        known.append(QString::fromLatin1(spec.name));
    reader.checkKeys(node, known, QStringLiteral("notifications"));
    for (const ChannelSpec &spec : channels()) {
        if (const YAML::Node channel = reader.value(node, spec.name))
            checkChannel(channel, spec, reader);
    }
}

} // namespace tfdrift
