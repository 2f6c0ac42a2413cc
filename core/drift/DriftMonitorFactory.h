#pragma once

#include "core/config/AppConfig.h"
#include "core/drift/DriftMonitor.h"

#include <memory>

namespace tfdrift {

// The drift pipeline a config.yaml describes, without its alert sources (the caller adds them):
// the mapping catalogs (built-in plus `mappings:`), drift_rules and scope, and the Terraform states
// of the enabled providers. Catalog problems go to *diagnostics; nullptr when one is an error.
std::unique_ptr<DriftMonitor>
createDriftMonitor(const AppConfig &config, QList<ConfigDiagnostic> *diagnostics, QObject *parent = nullptr);

} // namespace tfdrift
