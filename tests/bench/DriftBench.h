#pragma once

#include <QtGlobal>

namespace tfdrift::bench {

struct DriftBenchResult {
    double alertsPerSec = 0; // mapping, state lookup, diff and rules, on one thread
    quint64 alerts = 0;
    quint64 driftEvents = 0;
    int resources = 0;
    int rules = 0;
    double stateLoadSeconds = 0; // parse and index a large tfstate
    double stateMegabytes = 0;
};

// Alerts through the drift engine against a synthetic state of resourceCount resources and
// ruleCount drift_rules; then loading a synthetic tfstate of stateMegabytes.
DriftBenchResult benchDrift(int alertCount, int resourceCount, int ruleCount, int stateMegabytes);

} // namespace tfdrift::bench
