#pragma once

#include "core/config/NotificationsConfig.h"

#include <QDir>

namespace YAML {
class Node;
}

namespace tfdrift {

class ConfigValueReader;

// Reads `notifications:`: TFDrift-Falco's channels (slack, discord, webhook, custom, plus our
// pagerduty, teams and falco_output) with their filters, our delivery keys (timeout, max_attempts,
// retry_backoff, retry_backoff_max, min_interval, ca_file) and `outbox`. Paths are relative to
// baseDir, the config file's folder.
// Secrets are kept as written: ${VAR} (expanded only for channels that are on, so that a machine
// sets just the variables of the channels it uses), keychain:NAME, or plain text, which is
// accepted with a warning. Messages name keys, never values.
NotificationsConfig parseNotifications(const YAML::Node &node, ConfigValueReader &reader,
                                       const QDir &baseDir);

} // namespace tfdrift
