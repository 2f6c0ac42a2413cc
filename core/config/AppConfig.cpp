#include "core/config/AppConfig.h"

#include "core/config/ConfigDocument.h"
#include "core/config/ConfigValueReader.h"
#include "core/config/DriftRulesParser.h"
#include "core/config/NotificationsParser.h"
#include "core/config/StateConfigParser.h"
#include "core/config/YamlDiagnostics.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace tfdrift {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(tfdrift::AppConfig)
};

const QStringList kProviderNames = {QStringLiteral("aws"), QStringLiteral("gcp")};
const QStringList kAwsKeys = {QStringLiteral("enabled"), QStringLiteral("regions"), QStringLiteral("state")};
const QStringList kGcpKeys = {QStringLiteral("enabled"), QStringLiteral("projects"), QStringLiteral("state")};
const QStringList kLoggingKeys = {QStringLiteral("level"), QStringLiteral("format")};

class AppConfigReader
{
public:
    AppConfigReader(YamlDiagnostics &yaml, QDir baseDir)
        : m_yaml(yaml)
        , m_reader(yaml)
        , m_baseDir(std::move(baseDir))
    {
    }

    AppConfig read(const YAML::Node &root)
    {
        AppConfig config;
        m_reader.checkKeys(root, configFileSections(), QStringLiteral("the config file"));
        // Read first: every state's refresh interval defaults to it, wherever it is written.
        if (const YAML::Node interval = m_reader.value(root, "state_refresh_interval"))
            config.stateRefreshIntervalMs
                = readRefreshInterval(interval).value_or(config.stateRefreshIntervalMs);
        if (const YAML::Node severity = m_reader.value(root, "default_severity"))
            config.defaultSeverity = m_reader.severity(severity, QStringLiteral("default_severity"))
                                         .value_or(config.defaultSeverity);

        StateConfigParser states(m_reader, m_baseDir, config.stateRefreshIntervalMs);
        if (const YAML::Node providers = m_reader.value(root, "providers"))
            readProviders(providers, states, &config);
        if (const YAML::Node falco = m_reader.value(root, "falco"))
            config.falco = readFalcoSection(falco, m_yaml, m_baseDir);
        if (const YAML::Node rules = m_reader.value(root, "drift_rules"))
            config.driftRules = parseDriftRules(rules, m_reader);
        if (const YAML::Node notifications = m_reader.value(root, "notifications"))
            config.notifications = parseNotifications(notifications, m_reader, m_baseDir);
        if (const YAML::Node logging = m_reader.value(root, "logging"))
            readLogging(logging, &config.logging);
        if (const YAML::Node mappings = m_reader.value(root, "mappings"))
            config.mappingFiles = readMappingFiles(mappings);
        return config;
    }

private:
    std::optional<qint64> readRefreshInterval(const YAML::Node &node)
    {
        const std::optional<qint64> ms = m_reader.durationMs(node, QStringLiteral("state_refresh_interval"));
        if (ms && *ms > 0 && *ms < kMinimumRefreshIntervalMs) {
            m_reader.error(node,
                           Text::tr("\"state_refresh_interval\" must be 0 (no periodic reload) or at "
                                    "least 1s"));
            return std::nullopt;
        }
        return ms;
    }

    void readProviders(const YAML::Node &node, StateConfigParser &states, AppConfig *config)
    {
        if (!m_reader.isMapOrNull(node, QStringLiteral("providers")) || node.IsNull())
            return;
        m_reader.checkKeys(node, kProviderNames, QStringLiteral("providers"));
        if (const YAML::Node aws = m_reader.value(node, "aws"))
            readProvider(aws, CloudProvider::Aws, states, &config->aws);
        if (const YAML::Node gcp = m_reader.value(node, "gcp"))
            readProvider(gcp, CloudProvider::Gcp, states, &config->gcp);
    }

    void readProvider(const YAML::Node &node, CloudProvider provider, StateConfigParser &states,
                      ProviderConfig *config)
    {
        const QString name = providerName(provider);
        if (!m_reader.isMapOrNull(node, name) || node.IsNull())
            return;
        const bool aws = provider == CloudProvider::Aws;
        m_reader.checkKeys(node, aws ? kAwsKeys : kGcpKeys, QStringLiteral("providers.") + name);
        if (const YAML::Node enabled = m_reader.value(node, "enabled"))
            config->enabled = m_reader.boolean(enabled, QStringLiteral("enabled")).value_or(false);
        const char *scopeKey = aws ? "regions" : "projects";
        if (const YAML::Node scope = m_reader.value(node, scopeKey)) {
            const QStringList values
                = m_reader.stringList(scope, QString::fromLatin1(scopeKey)).value_or(QStringList());
            (aws ? config->regions : config->projects) = values;
        }
        if (const YAML::Node state = m_reader.value(node, "state"))
            config->states = states.parse(state, provider);
    }

    void readLogging(const YAML::Node &node, LoggingConfig *logging)
    {
        if (!m_reader.isMapOrNull(node, QStringLiteral("logging")) || node.IsNull())
            return;
        m_reader.checkKeys(node, kLoggingKeys, QStringLiteral("logging"));
        if (const YAML::Node level = m_reader.value(node, "level")) {
            // logrus, which TFDrift-Falco uses, also spells it "warning".
            const auto name
                = m_reader.oneOf(level, QStringLiteral("level"),
                                 {QStringLiteral("debug"), QStringLiteral("info"), QStringLiteral("warn"),
                                  QStringLiteral("warning"), QStringLiteral("error")});
            if (name)
                logging->level = *name == QLatin1String("warning") ? QStringLiteral("warn") : *name;
        }
        if (const YAML::Node format = m_reader.value(node, "format")) {
            logging->format = m_reader
                                  .oneOf(format, QStringLiteral("format"),
                                         {QStringLiteral("text"), QStringLiteral("json")})
                                  .value_or(logging->format);
        }
    }

    // Extra mapping catalogs, relative to the config file. A missing one is an error here rather
    // than a surprise when detection starts.
    QStringList readMappingFiles(const YAML::Node &node)
    {
        QStringList files;
        if (node.IsNull())
            return files;
        if (!node.IsSequence()) {
            m_reader.error(node, Text::tr("\"mappings\" must be a list of catalog files"));
            return files;
        }
        for (const YAML::Node &item : node) {
            const std::optional<QString> path = m_reader.nonEmptyString(item, QStringLiteral("mappings"));
            if (!path)
                continue;
            const QString resolved = QDir::cleanPath(m_baseDir.absoluteFilePath(*path));
            if (!QFileInfo(resolved).isFile()) {
                m_reader.error(
                    item,
                    Text::tr("mapping catalog %1 does not exist").arg(QDir::toNativeSeparators(resolved)));
                continue;
            }
            files.append(resolved);
        }
        return files;
    }

    YamlDiagnostics &m_yaml;
    ConfigValueReader m_reader;
    QDir m_baseDir;
};

AppConfigResult parseWithBaseDir(const QByteArray &yamlText, const QString &fileName, const QDir &baseDir)
{
    AppConfigResult result;
    YamlDiagnostics yaml(fileName);
    const std::optional<YAML::Node> root = parseConfigDocument(yamlText, yaml);
    if (root && root->IsMap()) {
        try {
            AppConfigReader reader(yaml, baseDir);
            result.config = reader.read(*root);
        } catch (const YAML::Exception &exception) {
            // The readers check node types before every access; this is only a safety net.
            yaml.error(exception.mark, QString::fromStdString(exception.msg));
        }
    }
    result.diagnostics = yaml.takeDiagnostics();
    // In file order, the way a user fixes them.
    std::stable_sort(result.diagnostics.begin(), result.diagnostics.end(),
                     [](const ConfigDiagnostic &a, const ConfigDiagnostic &b) {
                         return std::pair(a.line, a.column) < std::pair(b.line, b.column);
                     });
    return result;
}
} // namespace

AppConfigResult parseAppConfig(const QByteArray &yamlText, const QString &fileName)
{
    return parseWithBaseDir(yamlText, fileName, QDir::current());
}

AppConfigResult loadAppConfigFile(const QString &path)
{
    AppConfigResult result;
    const std::optional<QByteArray> text = readConfigFile(path, &result.diagnostics);
    if (!text)
        return result;
    return parseWithBaseDir(*text, path, QFileInfo(path).absoluteDir());
}

} // namespace tfdrift
