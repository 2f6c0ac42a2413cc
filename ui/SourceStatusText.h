#pragma once

#include "core/ingest/ConnectionState.h"

#include <QString>

namespace tfdrift {

// One source's entry in the status bar:
// "prod: Connected to falco-1:5060 · Falco 0.43.0 · 20 alerts/s".
QString sourceStatusText(const QString &sourceName, const ConnectionState &state, const QString &falcoVersion,
                         double alertsPerSecond);

// "0.4", "12", "1,250": one decimal only where it matters.
QString formatAlertRate(double alertsPerSecond);

} // namespace tfdrift
