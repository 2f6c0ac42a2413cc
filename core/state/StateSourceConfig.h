#pragma once

#include "core/drift/DriftEvent.h"

#include <QString>
#include <QStringList>

namespace tfdrift {

// One Terraform state to load, from `providers.<aws|gcp>.state` in config.yaml.
struct StateSourceConfig {
    enum class Backend {
        Local,   // read localPath
        Command, // run command (argv) in workingDirectory; the state JSON is its stdout
    };

    QString name; // unique; defaults to the file name or the directory
    CloudProvider provider = CloudProvider::Aws;
    QString environment; // label matched by drift_rules' environment
    Backend backend = Backend::Local;
    QString localPath;
    // e.g. {"terraform", "-chdir=/srv/infra", "state", "pull"} or {"tofu", ...}. TFDrift-Falco's
    // s3 / gcs keys become {"aws", "s3", "cp", "s3://bucket/key", "-"} and
    // {"gcloud", "storage", "cat", "gs://bucket/prefix/default.tfstate"}.
    QStringList command;
    QString workingDirectory;
    qint64 refreshIntervalMs = 300'000; // state_refresh_interval; 0 disables periodic reloads
    qint64 commandTimeoutMs = 120'000;
};

} // namespace tfdrift
