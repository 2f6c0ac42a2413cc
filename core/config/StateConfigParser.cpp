#include "core/config/StateConfigParser.h"

#include "core/config/ConfigValueReader.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace tfdrift {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(tfdrift::StateConfigParser)
};

const QStringList kCommonKeys = {QStringLiteral("name"), QStringLiteral("environment"),
                                 QStringLiteral("backend"), QStringLiteral("refresh_interval")};
const QStringList kLocalKeys = {QStringLiteral("local_path")};
const QStringList kS3Keys
    = {QStringLiteral("s3_bucket"), QStringLiteral("s3_key"), QStringLiteral("s3_region"),
       QStringLiteral("workspace"), QStringLiteral("command_timeout")};
const QStringList kGcsKeys = {QStringLiteral("gcs_bucket"), QStringLiteral("gcs_prefix"),
                              QStringLiteral("workspace"), QStringLiteral("command_timeout")};
const QStringList kCommandKeys = {QStringLiteral("command"), QStringLiteral("dir"),
                                  QStringLiteral("workspace"), QStringLiteral("command_timeout")};

const QStringList kBackendNames
    = {QStringLiteral("local"), QStringLiteral("command"), QStringLiteral("s3"), QStringLiteral("gcs")};

QStringList allStateKeys()
{
    QStringList keys = kCommonKeys + kLocalKeys + kS3Keys + kGcsKeys + kCommandKeys;
    keys.removeDuplicates();
    return keys;
}

QString withoutSlashes(QString text)
{
    while (text.startsWith(QLatin1Char('/')))
        text.remove(0, 1);
    while (text.endsWith(QLatin1Char('/')))
        text.chop(1);
    return text;
}
} // namespace

StateConfigParser::StateConfigParser(ConfigValueReader &reader, QDir baseDir, qint64 defaultRefreshIntervalMs)
    : m_reader(reader)
    , m_baseDir(std::move(baseDir))
    , m_defaultRefreshIntervalMs(defaultRefreshIntervalMs)
{
}

QList<StateSourceConfig> StateConfigParser::parse(const YAML::Node &node, CloudProvider provider)
{
    QList<StateSourceConfig> states;
    if (node.IsNull())
        return states;
    if (node.IsMap()) {
        if (auto state = parseEntry(node, provider))
            states.append(*state);
        return states;
    }
    if (!node.IsSequence()) {
        m_reader.error(node, Text::tr("\"state\" must be a mapping (one state) or a list of them"));
        return states;
    }
    for (const YAML::Node &entry : node) {
        if (!entry.IsMap()) {
            m_reader.error(entry, Text::tr("each \"state\" entry must be a mapping with backend, ..."));
            continue;
        }
        if (auto state = parseEntry(entry, provider))
            states.append(*state);
    }
    return states;
}

std::optional<StateSourceConfig> StateConfigParser::parseEntry(const YAML::Node &node, CloudProvider provider)
{
    m_reader.checkKeys(node, allStateKeys(), QStringLiteral("state"));
    StateSourceConfig state;
    state.provider = provider;
    state.refreshIntervalMs = m_defaultRefreshIntervalMs;

    const std::optional<Backend> backend = readBackend(node);
    if (!backend)
        return std::nullopt;
    warnForeignKeys(node, *backend);
    bool ok = true;

    if (const YAML::Node environment = m_reader.value(node, "environment")) {
        if (const auto name = m_reader.environment(environment, QStringLiteral("environment")))
            state.environment = *name;
        else
            ok = false;
    }
    if (const YAML::Node interval = m_reader.value(node, "refresh_interval")) {
        const std::optional<qint64> ms = m_reader.durationMs(interval, QStringLiteral("refresh_interval"));
        if (ms && *ms > 0 && *ms < kMinimumRefreshIntervalMs) {
            m_reader.error(interval,
                           Text::tr("\"refresh_interval\" must be 0 (no periodic reload) or at "
                                    "least 1s"));
            ok = false;
        } else if (ms) {
            state.refreshIntervalMs = *ms;
        } else {
            ok = false;
        }
    }
    if (const YAML::Node timeout = m_reader.value(node, "command_timeout")) {
        const std::optional<qint64> ms = m_reader.durationMs(timeout, QStringLiteral("command_timeout"));
        if (ms && *ms <= 0) {
            m_reader.error(timeout, Text::tr("\"command_timeout\" must be longer than 0s"));
            ok = false;
        } else if (ms) {
            state.commandTimeoutMs = *ms;
        } else {
            ok = false;
        }
    }

    const std::optional<QString> workspace = readWorkspace(node, *backend);
    ok = ok && workspace.has_value();
    QString defaultName;
    switch (*backend) {
    case Backend::Local: ok = readLocal(node, &state, &defaultName) && ok; break;
    case Backend::S3: ok = readS3(node, workspace.value_or(QString()), &state, &defaultName) && ok; break;
    case Backend::Gcs: ok = readGcs(node, workspace.value_or(QString()), &state, &defaultName) && ok; break;
    case Backend::Command:
        ok = readCommand(node, workspace.value_or(QString()), &state, &defaultName) && ok;
        break;
    }

    const YAML::Node name = m_reader.value(node, "name");
    if (name) {
        const std::optional<QString> text = m_reader.nonEmptyString(name, QStringLiteral("name"));
        if (!text)
            return std::nullopt;
        state.name = *text;
    } else if (!defaultName.isEmpty()) {
        state.name = defaultName;
    } else if (ok) {
        m_reader.error(node, Text::tr("a state read by a command without \"dir\" needs a \"name\""));
        return std::nullopt;
    }
    if (!state.name.isEmpty()) {
        if (m_names.contains(state.name)) {
            m_reader.error(name ? name : node,
                           Text::tr("another state is already named \"%1\"; give each state its own \"name\"")
                               .arg(state.name));
            ok = false;
        }
        m_names.insert(state.name);
    }
    if (!ok)
        return std::nullopt;
    return state;
}

std::optional<StateConfigParser::Backend> StateConfigParser::readBackend(const YAML::Node &node)
{
    if (const YAML::Node backend = m_reader.value(node, "backend")) {
        const std::optional<QString> name = m_reader.oneOf(backend, QStringLiteral("backend"), kBackendNames);
        if (!name)
            return std::nullopt;
        return Backend(kBackendNames.indexOf(*name)); // kBackendNames is in the enum's order
    }
    // Without `backend`, the keys that are there tell.
    QList<Backend> candidates;
    if (m_reader.value(node, "local_path"))
        candidates.append(Backend::Local);
    if (m_reader.value(node, "command"))
        candidates.append(Backend::Command);
    if (m_reader.value(node, "s3_bucket"))
        candidates.append(Backend::S3);
    if (m_reader.value(node, "gcs_bucket"))
        candidates.append(Backend::Gcs);
    if (candidates.size() == 1)
        return candidates.constFirst();
    m_reader.error(node,
                   candidates.isEmpty()
                       ? Text::tr("state has no \"backend\" (%1)").arg(alternatives(kBackendNames))
                       : Text::tr("state mixes the keys of several backends; set \"backend\" (%1)")
                             .arg(alternatives(kBackendNames)));
    return std::nullopt;
}

void StateConfigParser::warnForeignKeys(const YAML::Node &node, Backend backend)
{
    const QStringList &own = backend == Backend::Local ? kLocalKeys
        : backend == Backend::S3                       ? kS3Keys
        : backend == Backend::Gcs                      ? kGcsKeys
                                                       : kCommandKeys;
    const QStringList all = allStateKeys();
    const QString backendName = kBackendNames.value(int(backend));
    for (const auto &entry : node) {
        const QString key = yamlScalar(entry.first);
        if (all.contains(key) && !kCommonKeys.contains(key) && !own.contains(key))
            m_reader.diagnostics().warning(
                entry.first.Mark(),
                Text::tr("\"%1\" does not apply to backend %2; it is ignored").arg(key, backendName));
    }
}

std::optional<QString> StateConfigParser::readWorkspace(const YAML::Node &node, Backend backend)
{
    const YAML::Node workspace = m_reader.value(node, "workspace");
    if (!workspace || backend == Backend::Local)
        return QString();
    const std::optional<QString> name = m_reader.nonEmptyString(workspace, QStringLiteral("workspace"));
    if (!name)
        return std::nullopt;
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9._-]+$"));
    if (!valid.match(*name).hasMatch()) {
        m_reader.error(workspace,
                       Text::tr("\"workspace\" may hold only letters, digits, \".\", \"-\" and \"_\""));
        return std::nullopt;
    }
    const YAML::Node command = m_reader.value(node, "command");
    if (backend == Backend::Command && command && !command.IsScalar()) {
        m_reader.error(workspace,
                       Text::tr("\"workspace\" works with command: terraform or tofu; with a "
                                "command of your own, select the workspace in that command"));
        return std::nullopt;
    }
    return name;
}

bool StateConfigParser::readLocal(const YAML::Node &node, StateSourceConfig *state, QString *defaultName)
{
    state->backend = StateSourceConfig::Backend::Local;
    const YAML::Node path = m_reader.value(node, "local_path");
    if (!path) {
        m_reader.error(node, Text::tr("backend local needs \"local_path\""));
        return false;
    }
    const std::optional<QString> text = m_reader.nonEmptyString(path, QStringLiteral("local_path"));
    if (!text)
        return false;
    state->localPath = resolvePath(*text);
    *defaultName = *text;
    return true;
}

bool StateConfigParser::readS3(const YAML::Node &node, const QString &workspace, StateSourceConfig *state,
                               QString *defaultName)
{
    state->backend = StateSourceConfig::Backend::Command;
    const YAML::Node bucket = m_reader.value(node, "s3_bucket");
    const YAML::Node key = m_reader.value(node, "s3_key");
    if (!bucket || !key) {
        m_reader.error(node, Text::tr("backend s3 needs \"s3_bucket\" and \"s3_key\""));
        return false;
    }
    const std::optional<QString> bucketName = m_reader.nonEmptyString(bucket, QStringLiteral("s3_bucket"));
    const std::optional<QString> objectKey = m_reader.nonEmptyString(key, QStringLiteral("s3_key"));
    std::optional<QString> region = QString();
    if (const YAML::Node regionNode = m_reader.value(node, "s3_region"))
        region = m_reader.nonEmptyString(regionNode, QStringLiteral("s3_region"));
    if (!bucketName || !objectKey || !region)
        return false;
    QString path = withoutSlashes(*objectKey);
    if (!workspace.isEmpty() && workspace != QLatin1String("default"))
        path = QStringLiteral("env:/%1/%2").arg(workspace, path);
    const QString url = QStringLiteral("s3://%1/%2").arg(withoutSlashes(*bucketName), path);
    state->command
        = {QStringLiteral("aws"), QStringLiteral("s3"), QStringLiteral("cp"), url, QStringLiteral("-")};
    if (!region->isEmpty())
        state->command << QStringLiteral("--region") << *region;
    *defaultName = url;
    return true;
}

bool StateConfigParser::readGcs(const YAML::Node &node, const QString &workspace, StateSourceConfig *state,
                                QString *defaultName)
{
    state->backend = StateSourceConfig::Backend::Command;
    const YAML::Node bucket = m_reader.value(node, "gcs_bucket");
    if (!bucket) {
        m_reader.error(node, Text::tr("backend gcs needs \"gcs_bucket\""));
        return false;
    }
    const std::optional<QString> bucketName = m_reader.nonEmptyString(bucket, QStringLiteral("gcs_bucket"));
    std::optional<QString> prefix = QString();
    if (const YAML::Node prefixNode = m_reader.value(node, "gcs_prefix"))
        prefix = prefixNode.IsNull() ? QString() : m_reader.string(prefixNode, QStringLiteral("gcs_prefix"));
    if (!bucketName || !prefix)
        return false;
    // Terraform's gcs backend keeps each workspace in <prefix>/<workspace>.tfstate.
    const QString object
        = workspace.isEmpty() ? QStringLiteral("default.tfstate") : workspace + QLatin1String(".tfstate");
    const QString folder = withoutSlashes(prefix->trimmed());
    const QString url = QStringLiteral("gs://%1/%2")
                            .arg(withoutSlashes(*bucketName),
                                 folder.isEmpty() ? object : folder + QLatin1Char('/') + object);
    state->command = {QStringLiteral("gcloud"), QStringLiteral("storage"), QStringLiteral("cat"), url};
    *defaultName = url;
    return true;
}

bool StateConfigParser::readCommand(const YAML::Node &node, const QString &workspace,
                                    StateSourceConfig *state, QString *defaultName)
{
    state->backend = StateSourceConfig::Backend::Command;
    const YAML::Node command = m_reader.value(node, "command");
    if (!command) {
        m_reader.error(node,
                       Text::tr("backend command needs \"command\": a list such as [terraform, "
                                "-chdir=infra, state, pull], or terraform or tofu with \"dir\""));
        return false;
    }
    std::optional<QString> dir;
    const YAML::Node dirNode = m_reader.value(node, "dir");
    if (dirNode)
        dir = m_reader.nonEmptyString(dirNode, QStringLiteral("dir"));

    if (command.IsScalar()) {
        const std::optional<QString> tool = m_reader.oneOf(
            command, QStringLiteral("command"), {QStringLiteral("terraform"), QStringLiteral("tofu")});
        if (!tool)
            return false;
        if (!dirNode) {
            m_reader.error(command,
                           Text::tr("command: %1 needs \"dir\", the Terraform configuration's "
                                    "folder")
                               .arg(*tool));
            return false;
        }
        if (!dir)
            return false;
        const QString chdir = resolvePath(*dir);
        state->command
            = {*tool, QLatin1String("-chdir=") + chdir, QStringLiteral("state"), QStringLiteral("pull")};
        if (!workspace.isEmpty())
            state->command = QStringList{QStringLiteral("env"), QLatin1String("TF_WORKSPACE=") + workspace}
                + state->command;
        *defaultName = workspace.isEmpty() ? *dir : *dir + QLatin1Char('@') + workspace;
        return true;
    }

    const std::optional<QStringList> argv = m_reader.stringList(command, QStringLiteral("command"));
    if (!argv)
        return false;
    if (argv->isEmpty()) {
        m_reader.error(command, Text::tr("\"command\" must not be empty"));
        return false;
    }
    if (dirNode && !dir)
        return false;
    state->command = *argv;
    if (dir) {
        state->workingDirectory = resolvePath(*dir);
        *defaultName = *dir;
    }
    return true;
}

QString StateConfigParser::resolvePath(const QString &path) const
{
    return QDir::cleanPath(m_baseDir.absoluteFilePath(path));
}

} // namespace tfdrift
