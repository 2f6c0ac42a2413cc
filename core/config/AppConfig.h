#pragma once

#include "core/config/ConfigDiagnostic.h"
#include "core/config/FalcoConfig.h"
#include "core/config/NotificationsConfig.h"
#include "core/drift/DriftRule.h"
#include "core/state/StateSourceConfig.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace tfdrift {

struct ProviderConfig {
    bool enabled = false;
    QStringList regions;  // AWS: only events from these regions (empty: all)
    QStringList projects; // GCP: only events from these projects (empty: all)
    QList<StateSourceConfig> states;
};

struct LoggingConfig {
    QString level = QStringLiteral("info");  // debug, info, warn, error
    QString format = QStringLiteral("text"); // text, json
};

// The whole config.yaml: TFDrift-Falco's keys plus our extensions.
struct AppConfig {
    ProviderConfig aws;
    ProviderConfig gcp;
    FalcoConfig falco;
    QList<DriftRule> driftRules;
    Severity defaultSeverity = Severity::Low; // for drift no rule matches
    QStringList mappingFiles;                 // `mappings:`, resolved against the config's folder
    qint64 stateRefreshIntervalMs = 300'000;  // default for every state
    LoggingConfig logging;
    NotificationsConfig notifications;
};

struct AppConfigResult {
    AppConfig config;
    QList<ConfigDiagnostic> diagnostics;
    bool ok() const { return !hasErrors(diagnostics); }
};

// Unknown keys are warnings; wrong types and bad values are errors with file:line:column.
AppConfigResult loadAppConfigFile(const QString &path);
AppConfigResult parseAppConfig(const QByteArray &yamlText, const QString &fileName);

} // namespace tfdrift
