#pragma once

#include "core/state/StateSourceConfig.h"

#include <QDir>
#include <QList>
#include <QSet>

#include <optional>

namespace YAML {
class Node;
}

namespace tfdrift {

class ConfigValueReader;

// Reads `providers.<aws|gcp>.state`: one map (TFDrift-Falco's form) or a list of maps, one per
// account, workspace or environment. Every backend ends up as Local or Command:
//   backend: local    local_path (relative to the config file's folder)
//   backend: s3       s3_bucket, s3_key, s3_region   -> aws s3 cp s3://bucket/key - [--region R]
//   backend: gcs      gcs_bucket, gcs_prefix         -> gcloud storage cat gs://bucket/prefix/default.tfstate
//   backend: command  command: [argv...] with optional dir (its working directory), or
//                     command: terraform | tofu with dir -> terraform -chdir=DIR state pull
// `workspace` picks a non-default Terraform workspace: env:/NAME/key for s3 (Terraform's default
// workspace_key_prefix), prefix/NAME.tfstate for gcs, and TF_WORKSPACE=NAME (through env(1))
// for terraform/tofu. Names default to local_path, the s3:// or gs:// URL, or dir, and must be
// unique across all providers, so one parser reads every provider's states.
class StateConfigParser
{
public:
    StateConfigParser(ConfigValueReader &reader, QDir baseDir, qint64 defaultRefreshIntervalMs);

    QList<StateSourceConfig> parse(const YAML::Node &node, CloudProvider provider);

private:
    enum class Backend { Local, Command, S3, Gcs };

    std::optional<StateSourceConfig> parseEntry(const YAML::Node &node, CloudProvider provider);
    std::optional<Backend> readBackend(const YAML::Node &node);
    void warnForeignKeys(const YAML::Node &node, Backend backend);
    bool readLocal(const YAML::Node &node, StateSourceConfig *state, QString *defaultName);
    bool readS3(const YAML::Node &node, const QString &workspace, StateSourceConfig *state,
                QString *defaultName);
    bool readGcs(const YAML::Node &node, const QString &workspace, StateSourceConfig *state,
                 QString *defaultName);
    bool readCommand(const YAML::Node &node, const QString &workspace, StateSourceConfig *state,
                     QString *defaultName);
    std::optional<QString> readWorkspace(const YAML::Node &node, Backend backend);
    QString resolvePath(const QString &path) const;

    ConfigValueReader &m_reader;
    QDir m_baseDir;
    qint64 m_defaultRefreshIntervalMs;
    QSet<QString> m_names;
};

// A refresh interval is 0 (no periodic reload) or at least this long.
constexpr qint64 kMinimumRefreshIntervalMs = 1000;

} // namespace tfdrift
