#include "core/drift/DriftMonitorFactory.h"

#include "core/mapping/MappingCatalog.h"
#include "core/state/StateStore.h"

namespace tfdrift {

std::unique_ptr<DriftMonitor> createDriftMonitor(const AppConfig &config,
                                                 QList<ConfigDiagnostic> *diagnostics, QObject *parent)
{
    QList<ConfigDiagnostic> catalogDiagnostics;
    auto catalog = std::make_shared<MappingCatalog>(MappingCatalog::builtIn(&catalogDiagnostics));
    for (const QString &path : config.mappingFiles)
        catalog->loadFile(path, &catalogDiagnostics);
    *diagnostics += catalogDiagnostics;
    if (hasErrors(catalogDiagnostics))
        return nullptr;

    DriftEngineSettings settings;
    settings.rules = config.driftRules;
    settings.defaultSeverity = config.defaultSeverity;
    settings.awsRegions = config.aws.regions;
    settings.gcpProjects = config.gcp.projects;
    QList<StateSourceConfig> states;
    if (config.aws.enabled)
        states += config.aws.states;
    if (config.gcp.enabled)
        states += config.gcp.states;
    return std::make_unique<DriftMonitor>(std::make_unique<DriftEngine>(catalog, settings),
                                          std::make_unique<StateStore>(states), parent);
}

} // namespace tfdrift
