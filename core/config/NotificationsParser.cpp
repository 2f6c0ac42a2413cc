#include "core/config/NotificationsParser.h"

#include "core/config/ConfigValueReader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <optional>

namespace tfdrift {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(tfdrift::NotificationsParser)
};

struct ChannelSpec {
    ChannelKind kind;
    QStringList keys; // besides commonKeys()
};

// Every channel takes these: whether it is on and which drift it receives (TFDrift-Falco's keys),
// and how hard it tries (ours).
const QStringList &commonKeys()
{
    static const QStringList keys = {
        QStringLiteral("enabled"),        QStringLiteral("min_severity"),
        QStringLiteral("resource_types"), QStringLiteral("environments"),
        QStringLiteral("timeout"),        QStringLiteral("max_attempts"),
        QStringLiteral("retry_backoff"),  QStringLiteral("retry_backoff_max"),
        QStringLiteral("min_interval"),   QStringLiteral("ca_file"),
    };
    return keys;
}

const QList<ChannelSpec> &channelSpecs()
{
    static const QList<ChannelSpec> specs = {
        {ChannelKind::Slack, {QStringLiteral("webhook_url"), QStringLiteral("channel")}},
        {ChannelKind::Discord, {QStringLiteral("webhook_url")}},
        {ChannelKind::Webhook, {QStringLiteral("url"), QStringLiteral("method"), QStringLiteral("headers")}},
        {ChannelKind::Custom, {QStringLiteral("api_endpoint"), QStringLiteral("api_key")}},
        {ChannelKind::PagerDuty,
         {QStringLiteral("routing_key"), QStringLiteral("region"), QStringLiteral("events_url")}},
        {ChannelKind::Teams, {QStringLiteral("webhook_url")}},
        // TFDrift-Falco's falco_output has `priority`; `path` is ours (stdout when absent).
        {ChannelKind::FalcoOutput, {QStringLiteral("path"), QStringLiteral("priority")}},
    };
    return specs;
}

const ChannelSpec *specNamed(const QString &name)
{
    for (const ChannelSpec &spec : channelSpecs()) {
        if (channelKindName(spec.kind) == name)
            return &spec;
    }
    return nullptr;
}

// Beyond 1000 attempts even the longest backoff keeps a dead endpoint queued for days.
constexpr qint64 kMaxAttempts = 1000;

DeliveryPolicy defaultDelivery(ChannelKind kind)
{
    DeliveryPolicy policy;
    // Slack takes about one message per second per webhook and Discord five per two seconds;
    // spacing the requests avoids 429 replies during a burst of drift.
    if (kind == ChannelKind::Slack)
        policy.minIntervalMs = 1000;
    else if (kind == ChannelKind::Discord)
        policy.minIntervalMs = 500;
    return policy;
}

// Whether text has a ${VAR} reference; "$$" is a literal "$" and starts none.
bool referencesVariable(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('$'))
            continue;
        if (text[i + 1] == QLatin1Char('{'))
            return true;
        if (text[i + 1] == QLatin1Char('$'))
            ++i;
    }
    return false;
}

bool mentionsVariable(const YAML::Node &node)
{
    if (node.IsScalar())
        return referencesVariable(yamlScalar(node));
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

bool isHttpUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
        && !url.host().isEmpty();
}

// Header values are usually harmless (X-Team: platform); these names carry credentials.
bool isCredentialHeader(const QString &name)
{
    const QString lower = name.toLower();
    return lower.contains(QLatin1String("authorization")) || lower == QLatin1String("x-api-key")
        || lower.contains(QLatin1String("token")) || lower.contains(QLatin1String("key"))
        || lower.contains(QLatin1String("secret"));
}

bool isMissing(const SecretReference &secret)
{
    return secret.source == SecretReference::Source::None
        || (secret.source != SecretReference::Source::Keychain && secret.value.isEmpty());
}

enum class SecretUse {
    Url,           // required, and an http(s) URL once known
    RequiredToken, // required
    OptionalToken,
};

// One channel while it is read.
struct Scope {
    YAML::Node node;
    QString section;      // "notifications.slack"
    YAML::Mark keyMark;   // where `slack:` is written, for what the channel lacks
    bool checked = false; // enabled, or `enabled` unreadable: its values are checked in full
};

class NotificationsParser
{
public:
    NotificationsParser(ConfigValueReader &reader, const QDir &baseDir)
        : m_reader(reader)
        , m_baseDir(baseDir)
    {
    }

    NotificationsConfig parse(const YAML::Node &node)
    {
        NotificationsConfig config;
        if (!m_reader.isMapOrNull(node, QStringLiteral("notifications")) || node.IsNull())
            return config;
        QStringList known = {QStringLiteral("outbox")};
        for (const ChannelSpec &spec : channelSpecs())
            known.append(channelKindName(spec.kind));
        m_reader.checkKeys(node, known, QStringLiteral("notifications"));
        if (const YAML::Node outbox = m_reader.value(node, "outbox"))
            config.outboxPath = readOutbox(outbox);
        // In file order, the way the user lists them. Unknown keys and keys written twice are
        // reported by checkKeys; the first one written counts, as for every other key.
        QSet<QString> seen;
        for (const auto &entry : node) {
            const QString name = yamlScalar(entry.first);
            const ChannelSpec *spec = specNamed(name);
            if (!spec || seen.contains(name))
                continue;
            seen.insert(name);
            const QByteArray key = name.toLatin1();
            if (std::optional<ChannelConfig> channel
                = parseChannel(m_reader.value(node, key.constData()), *spec, entry.first.Mark()))
                config.channels.append(*channel);
        }
        return config;
    }

private:
    std::optional<ChannelConfig> parseChannel(const YAML::Node &node, const ChannelSpec &spec,
                                              const YAML::Mark &keyMark)
    {
        const QString name = channelKindName(spec.kind);
        if (!m_reader.isMapOrNull(node, name))
            return std::nullopt;
        ChannelConfig channel;
        channel.kind = spec.kind;
        channel.origin = m_reader.location(node);
        channel.delivery = defaultDelivery(spec.kind);
        if (node.IsNull())
            return channel;
        const Scope scope{node, QStringLiteral("notifications.") + name, keyMark,
                          readEnabled(node, &channel)};
        m_reader.checkKeys(node, commonKeys() + spec.keys, scope.section);
        readFilter(scope, &channel.filter);
        readDelivery(scope, &channel.delivery);
        readChannelKeys(scope, &channel);
        return channel;
    }

    // Returns whether the channel's values are checked in full.
    bool readEnabled(const YAML::Node &node, ChannelConfig *channel)
    {
        const YAML::Node value = m_reader.value(node, "enabled");
        if (!value)
            return false; // TFDrift-Falco: a channel is off unless it says `enabled: true`
        const std::optional<bool> enabled = m_reader.boolean(value, QStringLiteral("enabled"));
        channel->enabled = enabled.value_or(false);
        // An unreadable `enabled` is checked as if on, so that the channel's other mistakes show too.
        return enabled.value_or(true);
    }

    // scope's value for key, or undefined when it is left unchecked: a channel that is off needs
    // none of its ${VAR}s set, so that the example config and shared configs can list every
    // channel while each machine sets only what it uses.
    YAML::Node checkedValue(const Scope &scope, const char *key)
    {
        const YAML::Node value = m_reader.value(scope.node, key);
        if (value && !scope.checked && mentionsVariable(value))
            return YAML::Node(YAML::NodeType::Undefined);
        return value;
    }

    void readFilter(const Scope &scope, ChannelFilter *filter)
    {
        if (const YAML::Node value = checkedValue(scope, "min_severity"))
            filter->minSeverity
                = m_reader.severity(value, QStringLiteral("min_severity")).value_or(filter->minSeverity);
        if (const YAML::Node value = checkedValue(scope, "resource_types"))
            filter->resourceTypes
                = m_reader.stringList(value, QStringLiteral("resource_types")).value_or(QStringList());
        if (const YAML::Node value = checkedValue(scope, "environments"))
            filter->environments = readEnvironments(value);
    }

    QStringList readEnvironments(const YAML::Node &node)
    {
        const QString key = QStringLiteral("environments");
        if (!node.IsSequence())
            return m_reader.stringList(node, key).value_or(QStringList()); // null, or its error
        QStringList environments;
        for (const YAML::Node &item : node) {
            if (const std::optional<QString> environment = m_reader.environment(item, key))
                environments.append(*environment);
        }
        return environments;
    }

    std::optional<qint64> positiveDuration(const YAML::Node &node, const QString &key)
    {
        const std::optional<qint64> ms = m_reader.durationMs(node, key);
        if (ms && *ms <= 0) {
            m_reader.error(node, Text::tr("\"%1\" must be longer than 0s").arg(key));
            return std::nullopt;
        }
        return ms;
    }

    void readDelivery(const Scope &scope, DeliveryPolicy *delivery)
    {
        if (const YAML::Node value = checkedValue(scope, "timeout"))
            delivery->timeoutMs
                = positiveDuration(value, QStringLiteral("timeout")).value_or(delivery->timeoutMs);
        if (const YAML::Node value = checkedValue(scope, "max_attempts"))
            delivery->maxAttempts
                = int(m_reader.integer(value, QStringLiteral("max_attempts"), 1, kMaxAttempts)
                          .value_or(delivery->maxAttempts));
        if (const YAML::Node value = checkedValue(scope, "retry_backoff"))
            delivery->initialBackoffMs = positiveDuration(value, QStringLiteral("retry_backoff"))
                                             .value_or(delivery->initialBackoffMs);
        if (const YAML::Node value = checkedValue(scope, "retry_backoff_max")) {
            const std::optional<qint64> ms = m_reader.durationMs(value, QStringLiteral("retry_backoff_max"));
            if (ms && *ms < delivery->initialBackoffMs)
                m_reader.error(value,
                               Text::tr("\"retry_backoff_max\" must not be shorter than \"retry_backoff\" "
                                        "(%1 ms)")
                                   .arg(delivery->initialBackoffMs));
            else if (ms)
                delivery->maxBackoffMs = *ms;
        } else {
            // A long first wait written alone raises the cap rather than being cut down to it.
            delivery->maxBackoffMs = std::max(delivery->maxBackoffMs, delivery->initialBackoffMs);
        }
        if (const YAML::Node value = checkedValue(scope, "min_interval"))
            delivery->minIntervalMs = m_reader.durationMs(value, QStringLiteral("min_interval"))
                                          .value_or(delivery->minIntervalMs);
        if (const YAML::Node value = checkedValue(scope, "ca_file"))
            delivery->caFile = readCaFile(value, scope.checked);
    }

    QString readCaFile(const YAML::Node &node, bool mustExist)
    {
        const std::optional<QString> path = m_reader.nonEmptyString(node, QStringLiteral("ca_file"));
        if (!path)
            return {};
        const QString resolved = resolvePath(*path);
        // Only for a channel that is on: a shared config may name a CA that only the machines using
        // the channel have.
        if (mustExist && !QFileInfo(resolved).isFile()) {
            m_reader.error(node,
                           Text::tr("CA file %1 does not exist").arg(QDir::toNativeSeparators(resolved)));
            return {};
        }
        return resolved;
    }

    void readChannelKeys(const Scope &scope, ChannelConfig *channel)
    {
        switch (channel->kind) {
        case ChannelKind::Slack:
        case ChannelKind::Discord:
        case ChannelKind::Teams:
            channel->url = readSecret(scope, "webhook_url", SecretUse::Url);
            if (channel->kind == ChannelKind::Slack)
                channel->slackChannel = readOptionalString(scope, "channel");
            break;
        case ChannelKind::Webhook:
            channel->url = readSecret(scope, "url", SecretUse::Url);
            if (const YAML::Node value = checkedValue(scope, "method"))
                channel->method = m_reader
                                      .oneOf(value, QStringLiteral("method"),
                                             {QStringLiteral("POST"), QStringLiteral("PUT")})
                                      .value_or(channel->method);
            if (const YAML::Node value = m_reader.value(scope.node, "headers"))
                channel->headers = readHeaders(value, scope);
            break;
        case ChannelKind::Custom:
            channel->url = readSecret(scope, "api_endpoint", SecretUse::Url);
            channel->apiKey = readSecret(scope, "api_key", SecretUse::OptionalToken);
            break;
        case ChannelKind::PagerDuty:
            channel->routingKey = readSecret(scope, "routing_key", SecretUse::RequiredToken);
            if (const YAML::Node value = checkedValue(scope, "region"))
                channel->pagerDutyRegion = m_reader
                                               .oneOf(value, QStringLiteral("region"),
                                                      {QStringLiteral("us"), QStringLiteral("eu")})
                                               .value_or(channel->pagerDutyRegion);
            channel->eventsUrl = readOptionalString(scope, "events_url");
            if (!channel->eventsUrl.isEmpty() && !isHttpUrl(channel->eventsUrl)) {
                m_reader.error(m_reader.value(scope.node, "events_url"),
                               Text::tr("\"%1.events_url\" must be an http or https URL with a host")
                                   .arg(scope.section));
                channel->eventsUrl.clear();
            }
            break;
        case ChannelKind::FalcoOutput:
            channel->outputPath = readOptionalString(scope, "path");
            if (!channel->outputPath.isEmpty())
                channel->outputPath = resolvePath(channel->outputPath);
            if (const YAML::Node value = checkedValue(scope, "priority"))
                channel->outputPriority = readPriority(value).value_or(channel->outputPriority);
            break;
        }
    }

    // A string that may be left empty (`channel:`): empty means unset.
    QString readOptionalString(const Scope &scope, const char *key)
    {
        const YAML::Node value = checkedValue(scope, key);
        if (!value || value.IsNull())
            return {};
        return m_reader.string(value, QString::fromLatin1(key)).value_or(QString()).trimmed();
    }

    std::optional<FalcoPriority> readPriority(const YAML::Node &node)
    {
        const QString key = QStringLiteral("priority");
        const std::optional<QString> text = m_reader.string(node, key);
        if (!text)
            return std::nullopt;
        const std::optional<FalcoPriority> priority = parsePriority(*text);
        if (!priority)
            m_reader.error(node,
                           Text::tr("\"%1\" must be a Falco priority (emergency, alert, critical, error, "
                                    "warning, notice, informational or debug)")
                               .arg(key));
        return priority;
    }

    QList<NotificationHeader> readHeaders(const YAML::Node &node, const Scope &scope)
    {
        QList<NotificationHeader> headers;
        if (!m_reader.isMapOrNull(node, QStringLiteral("headers")) || node.IsNull())
            return headers;
        for (const auto &entry : node) {
            const QString name = entry.first.IsScalar() ? yamlScalar(entry.first).trimmed() : QString();
            if (name.isEmpty() || name.contains(QLatin1Char(' ')) || name.contains(QLatin1Char(':'))) {
                m_reader.diagnostics().error(entry.first.Mark(),
                                             Text::tr("\"headers\" keys must be HTTP header names"));
                continue;
            }
            const std::optional<SecretReference> value = readSecretValue(
                entry.second, QStringLiteral("headers.") + name,
                scope.section + QStringLiteral(".headers.") + name, scope.checked, isCredentialHeader(name));
            if (value)
                headers.append({name, *value});
        }
        return headers;
    }

    SecretReference readSecret(const Scope &scope, const char *key, SecretUse use)
    {
        const QString shortKey = QString::fromLatin1(key);
        const QString fullKey = scope.section + QLatin1Char('.') + shortKey;
        const YAML::Node node = m_reader.value(scope.node, key);
        SecretReference absent;
        absent.key = fullKey;
        const std::optional<SecretReference> secret
            = node ? readSecretValue(node, shortKey, fullKey, scope.checked, true) : absent;
        if (!secret)
            return absent; // its error is reported
        if (scope.checked && use != SecretUse::OptionalToken && isMissing(*secret)) {
            const QString message = Text::tr("%1 is enabled but has no \"%2\"").arg(scope.section, shortKey);
            if (node)
                m_reader.error(node, message);
            else
                m_reader.diagnostics().error(scope.keyMark, message);
        } else if (use == SecretUse::Url && !secret->value.isEmpty() && !isHttpUrl(secret->value)) {
            // The value is a secret: the message names the key only.
            m_reader.error(node, Text::tr("\"%1\" must be an http or https URL with a host").arg(fullKey));
        }
        return *secret;
    }

    // A secret as written, classified from the raw text, before ${VAR} expansion. nullopt when an
    // error was reported. Variables are expanded only when `expand`, i.e. for a channel that is on.
    std::optional<SecretReference> readSecretValue(const YAML::Node &node, const QString &key,
                                                   const QString &fullKey, bool expand, bool warnIfPlain)
    {
        SecretReference secret;
        secret.key = fullKey;
        if (node.IsNull())
            return secret;
        if (!node.IsScalar()) {
            m_reader.string(node, key); // reports that it must be a string
            return std::nullopt;
        }
        const QString raw = yamlScalar(node).trimmed();
        static const QLatin1String keychainPrefix("keychain:");
        if (raw.startsWith(keychainPrefix)) {
            secret.source = SecretReference::Source::Keychain;
            secret.keychainName = raw.mid(keychainPrefix.size()).trimmed();
            if (secret.keychainName.isEmpty()) {
                m_reader.error(
                    node,
                    Text::tr("\"%1\" needs the name of a keychain entry after \"keychain:\"").arg(fullKey));
                return std::nullopt;
            }
            return secret;
        }
        if (referencesVariable(raw)) {
            secret.source = SecretReference::Source::Environment;
            if (!expand)
                return secret;
            const std::optional<QString> value = m_reader.string(node, key);
            if (!value)
                return std::nullopt;
            secret.value = value->trimmed();
            return secret;
        }
        if (raw.isEmpty())
            return secret;
        secret.source = SecretReference::Source::Plain;
        secret.value = m_reader.string(node, key).value_or(raw).trimmed(); // "$$" still reads as "$"
        if (warnIfPlain)
            m_reader.warning(node,
                             Text::tr("\"%1\" holds a secret in plain text; use ${ENV_VAR} or keychain:NAME")
                                 .arg(fullKey));
        return secret;
    }

    QString readOutbox(const YAML::Node &node)
    {
        if (node.IsNull())
            return {};
        const QString path = m_reader.string(node, QStringLiteral("outbox")).value_or(QString()).trimmed();
        if (path.isEmpty())
            return {};
        // The folder may not exist yet: the outbox creates it on first use.
        const QString resolved = resolvePath(path);
        if (QFileInfo(resolved).isDir()) {
            m_reader.error(node,
                           Text::tr("\"outbox\" must name a file; %1 is a folder")
                               .arg(QDir::toNativeSeparators(resolved)));
            return {};
        }
        return resolved;
    }

    QString resolvePath(const QString &path) const
    {
        return QDir::cleanPath(m_baseDir.absoluteFilePath(path));
    }

    ConfigValueReader &m_reader;
    QDir m_baseDir;
};
} // namespace

NotificationsConfig parseNotifications(const YAML::Node &node, ConfigValueReader &reader, const QDir &baseDir)
{
    return NotificationsParser(reader, baseDir).parse(node);
}

} // namespace tfdrift
