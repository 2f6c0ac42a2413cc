#include "core/config/FalcoConfig.h"

#include "core/config/ConfigDocument.h"
#include "core/config/YamlDiagnostics.h"
#include "core/ingest/http/HttpListenAddress.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace tfdrift {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(tfdrift::FalcoConfig)
};

const QStringList kLegacyKeys = {
    QStringLiteral("enabled"),      QStringLiteral("transport"), QStringLiteral("hostname"),
    QStringLiteral("port"),         QStringLiteral("cert_file"), QStringLiteral("key_file"),
    QStringLiteral("ca_root_file"), QStringLiteral("endpoints"),
};

const QStringList kEndpointKeys = {
    QStringLiteral("name"),          QStringLiteral("transport"),   QStringLiteral("address"),
    QStringLiteral("socket"),        QStringLiteral("ca_file"),     QStringLiteral("ca_root_file"),
    QStringLiteral("cert_file"),     QStringLiteral("key_file"),    QStringLiteral("insecure"),
    QStringLiteral("poll_interval"), QStringLiteral("max_retries"), QStringLiteral("listen"),
    QStringLiteral("bearer_token"),  QStringLiteral("file"),        QStringLiteral("environment"),
};

const QStringList kEnvironments
    = {QStringLiteral("production"), QStringLiteral("staging"), QStringLiteral("development")};

class FalcoSectionReader
{
public:
    FalcoSectionReader(YamlDiagnostics &diagnostics, QDir baseDir)
        : m_yaml(diagnostics)
        , m_baseDir(std::move(baseDir))
    {
    }

    FalcoConfig read(const YAML::Node &falco)
    {
        FalcoConfig config;
        if (!m_yaml.expectMap(falco, QStringLiteral("falco")))
            return config;
        m_yaml.warnUnknownKeys(falco, kLegacyKeys, QStringLiteral("falco"));
        if (const YAML::Node enabled = falco["enabled"])
            config.enabled = m_yaml.boolean(enabled, QStringLiteral("enabled")).value_or(config.enabled);

        const YAML::Node endpoints = falco["endpoints"];
        const bool hasLegacyEndpoint = falco["hostname"] || falco["port"] || !endpoints;
        if (hasLegacyEndpoint) {
            if (auto endpoint = readLegacyEndpoint(falco))
                config.endpoints.append(*endpoint);
        }
        if (endpoints) {
            if (!endpoints.IsSequence()) {
                m_yaml.error(endpoints.Mark(), Text::tr("\"endpoints\" must be a list"));
            } else {
                for (const YAML::Node &entry : endpoints) {
                    if (auto endpoint = readEndpoint(entry))
                        config.endpoints.append(*endpoint);
                }
            }
        }
        return config;
    }

private:
    // TFDrift-Falco's original single-endpoint keys.
    std::optional<EndpointConfig> readLegacyEndpoint(const YAML::Node &falco)
    {
        EndpointConfig endpoint;
        endpoint.name = QStringLiteral("falco");
        if (!readTransport(falco, &endpoint))
            return std::nullopt;
        QString hostname = endpoint.transport == EndpointConfig::Transport::Http
            ? QStringLiteral("127.0.0.1")
            : QStringLiteral("localhost");
        qint64 port = endpoint.transport == EndpointConfig::Transport::Http ? 2801 : 5060;
        if (const YAML::Node node = falco["hostname"])
            hostname = m_yaml.string(node, QStringLiteral("hostname")).value_or(hostname);
        if (const YAML::Node node = falco["port"])
            port = m_yaml.integer(node, QStringLiteral("port"), 0, 65535).value_or(port);
        const QString hostPort = hostname.contains(QLatin1Char(':')) && !hostname.startsWith(QLatin1Char('['))
            ? QStringLiteral("[%1]:%2").arg(hostname).arg(port)
            : QStringLiteral("%1:%2").arg(hostname).arg(port);
        readTlsFiles(falco, &endpoint);
        if (endpoint.transport == EndpointConfig::Transport::Http) {
            endpoint.listenAddress = hostPort;
        } else if (hostname.startsWith(QLatin1String("unix://"))) {
            endpoint.address = hostname;
        } else if (hostname.startsWith(QLatin1Char('/'))) {
            endpoint.address = QLatin1String("unix://") + hostname;
        } else {
            endpoint.address = hostPort;
        }
        if (!validate(falco, &endpoint))
            return std::nullopt;
        return endpoint;
    }

    std::optional<EndpointConfig> readEndpoint(const YAML::Node &node)
    {
        if (!m_yaml.expectMap(node, QStringLiteral("endpoints[]")))
            return std::nullopt;
        m_yaml.warnUnknownKeys(node, kEndpointKeys, QStringLiteral("falco.endpoints"));
        EndpointConfig endpoint;
        bool ok = readTransport(node, &endpoint);

        if (const YAML::Node name = node["name"]) {
            endpoint.name = m_yaml.string(name, QStringLiteral("name")).value_or(QString()).trimmed();
            if (endpoint.name.isEmpty()) {
                m_yaml.error(name.Mark(), Text::tr("\"name\" must not be empty"));
                ok = false;
            } else if (m_names.contains(endpoint.name)) {
                m_yaml.error(name.Mark(),
                             Text::tr("another endpoint is already named \"%1\"").arg(endpoint.name));
                ok = false;
            }
        } else {
            m_yaml.error(node.Mark(), Text::tr("endpoint has no \"name\""));
            ok = false;
        }

        const YAML::Node address = node["address"];
        const YAML::Node socket = node["socket"];
        if (address && socket) {
            m_yaml.error(socket.Mark(), Text::tr("give either \"address\" or \"socket\", not both"));
            ok = false;
        }
        if (address)
            endpoint.address = m_yaml.string(address, QStringLiteral("address")).value_or(QString());
        if (socket) {
            const QString path = m_yaml.string(socket, QStringLiteral("socket")).value_or(QString());
            endpoint.address
                = path.startsWith(QLatin1String("unix://")) ? path : QLatin1String("unix://") + path;
        }
        readTlsFiles(node, &endpoint);
        if (const YAML::Node insecure = node["insecure"])
            endpoint.insecure = m_yaml.boolean(insecure, QStringLiteral("insecure")).value_or(false);
        if (const YAML::Node interval = node["poll_interval"]) {
            const auto ms = m_yaml.durationMs(interval, QStringLiteral("poll_interval"));
            if (ms && (*ms < 10 || *ms > 10'000))
                m_yaml.error(interval.Mark(), Text::tr("\"poll_interval\" must be between 10ms and 10s"));
            else if (ms)
                endpoint.pollIntervalMs = int(*ms);
        }
        if (const YAML::Node retries = node["max_retries"])
            endpoint.maxRetries
                = int(m_yaml.integer(retries, QStringLiteral("max_retries"), -1, 1'000'000).value_or(-1));
        if (const YAML::Node listen = node["listen"])
            endpoint.listenAddress
                = m_yaml.string(listen, QStringLiteral("listen")).value_or(endpoint.listenAddress);
        if (const YAML::Node token = node["bearer_token"]) {
            endpoint.bearerToken = m_yaml.string(token, QStringLiteral("bearer_token")).value_or(QString());
            if (token.IsScalar() && !yamlScalar(token).contains(QLatin1String("${")))
                m_yaml.warning(token.Mark(),
                               Text::tr("\"bearer_token\" is a secret written in plain text; use "
                                        "${ENV_VAR} so it stays out of the file"));
        }
        if (const YAML::Node file = node["file"])
            endpoint.replayFile
                = resolvePath(m_yaml.string(file, QStringLiteral("file")).value_or(QString()));
        if (const YAML::Node environment = node["environment"]) {
            endpoint.environment
                = m_yaml.string(environment, QStringLiteral("environment")).value_or(QString());
            if (!kEnvironments.contains(endpoint.environment)) {
                m_yaml.error(environment.Mark(),
                             Text::tr("\"environment\" must be production, staging or development"));
                ok = false;
            }
        }
        ok = validate(node, &endpoint) && ok;
        m_names.insert(endpoint.name);
        if (!ok)
            return std::nullopt;
        return endpoint;
    }

    bool readTransport(const YAML::Node &node, EndpointConfig *endpoint)
    {
        const YAML::Node transport = node["transport"];
        if (!transport)
            return true;
        const QString name = m_yaml.string(transport, QStringLiteral("transport")).value_or(QString());
        if (name == QLatin1String("grpc")) {
            endpoint->transport = EndpointConfig::Transport::Grpc;
        } else if (name == QLatin1String("http")) {
            endpoint->transport = EndpointConfig::Transport::Http;
        } else if (name == QLatin1String("replay")) {
            endpoint->transport = EndpointConfig::Transport::Replay;
        } else {
            m_yaml.error(transport.Mark(), Text::tr("\"transport\" must be grpc, http or replay"));
            return false;
        }
        return true;
    }

    void readTlsFiles(const YAML::Node &node, EndpointConfig *endpoint)
    {
        for (const char *key : {"ca_file", "ca_root_file"}) {
            if (const YAML::Node value = node[key])
                endpoint->caFile
                    = resolvePath(m_yaml.string(value, QString::fromLatin1(key)).value_or(QString()));
        }
        if (const YAML::Node value = node["cert_file"])
            endpoint->certFile
                = resolvePath(m_yaml.string(value, QStringLiteral("cert_file")).value_or(QString()));
        if (const YAML::Node value = node["key_file"])
            endpoint->keyFile
                = resolvePath(m_yaml.string(value, QStringLiteral("key_file")).value_or(QString()));
    }

    bool validate(const YAML::Node &node, EndpointConfig *endpoint)
    {
        // Point at the key that is wrong where there is one, else at the endpoint itself.
        const auto markOf = [&node](const char *key) {
            const YAML::Node value = node[key];
            return value ? value.Mark() : node.Mark();
        };
        const char *mainKey = endpoint->transport == EndpointConfig::Transport::Http ? "listen"
            : endpoint->transport == EndpointConfig::Transport::Replay               ? "file"
                                                                                     : "address";
        const YAML::Mark mark = markOf(mainKey);
        switch (endpoint->transport) {
        case EndpointConfig::Transport::Grpc: {
            if (endpoint->address.isEmpty()) {
                m_yaml.error(mark,
                             Text::tr("gRPC endpoint \"%1\" needs \"address\" (host:port) or \"socket\"")
                                 .arg(endpoint->name));
                return false;
            }
            if (endpoint->address.startsWith(QLatin1String("unix://")))
                return true;
            if (!splitHostPort(endpoint->address, nullptr, nullptr)) {
                m_yaml.error(mark, Text::tr("\"%1\" is not a host:port address").arg(endpoint->address));
                return false;
            }
            const bool hasTls = !endpoint->caFile.isEmpty() && !endpoint->certFile.isEmpty()
                && !endpoint->keyFile.isEmpty();
            if (!hasTls && !endpoint->insecure) {
                m_yaml.error(
                    mark,
                    Text::tr("gRPC over TCP needs mutual TLS: set ca_root_file, cert_file and key_file "
                             "(Falco only serves TCP with mTLS), or insecure: true for a local test "
                             "server"));
                return false;
            }
            return true;
        }
        case EndpointConfig::Transport::Http:
            // The receiver's own parser, so that what passes here also binds at run time.
            if (QString reason; !parseListenAddress(endpoint->listenAddress, &reason)) {
                m_yaml.error(mark, reason);
                return false;
            }
            if (endpoint->certFile.isEmpty() != endpoint->keyFile.isEmpty()) {
                m_yaml.error(mark, Text::tr("HTTPS needs both cert_file and key_file"));
                return false;
            }
            return true;
        case EndpointConfig::Transport::Replay:
            if (endpoint->replayFile.isEmpty()) {
                m_yaml.error(mark, Text::tr("replay endpoint \"%1\" needs \"file\"").arg(endpoint->name));
                return false;
            }
            return true;
        }
        return true;
    }

    QString resolvePath(const QString &path) const
    {
        if (path.isEmpty())
            return path;
        return QDir::cleanPath(m_baseDir.absoluteFilePath(path));
    }

    YamlDiagnostics &m_yaml;
    QDir m_baseDir;
    QSet<QString> m_names;
};

FalcoConfigResult parseWithBaseDir(const QByteArray &yamlText, const QString &fileName, const QDir &baseDir)
{
    FalcoConfigResult result;
    YamlDiagnostics yaml(fileName);
    const std::optional<YAML::Node> root = parseConfigDocument(yamlText, yaml);
    if (root && root->IsMap()) {
        yaml.warnUnknownKeys(*root, configFileSections(), QStringLiteral("the config file"));
        if (const YAML::Node falco = (*root)["falco"])
            result.config = readFalcoSection(falco, yaml, baseDir);
    }
    result.diagnostics = yaml.takeDiagnostics();
    return result;
}
} // namespace

FalcoConfigResult parseFalcoConfig(const QByteArray &yamlText, const QString &fileName)
{
    return parseWithBaseDir(yamlText, fileName, QDir::current());
}

FalcoConfig readFalcoSection(const YAML::Node &falco, YamlDiagnostics &diagnostics, const QDir &baseDir)
{
    FalcoSectionReader reader(diagnostics, baseDir);
    return reader.read(falco);
}

FalcoConfigResult loadFalcoConfigFile(const QString &path)
{
    FalcoConfigResult result;
    const std::optional<QByteArray> text = readConfigFile(path, &result.diagnostics);
    if (!text)
        return result;
    return parseWithBaseDir(*text, path, QFileInfo(path).absoluteDir());
}

} // namespace tfdrift
