#pragma once

namespace YAML {
class Node;
}

namespace tfdrift {

class ConfigValueReader;

// Checks the structure and types of `notifications:` (slack, discord, webhook, custom,
// pagerduty, teams, falco_output and their common filters) so that `tfdrift config check` finds
// mistakes there too. Delivery reads the section itself; nothing is kept here. Messages name
// keys only: webhook URLs, routing keys, API keys and headers are secrets.
void checkNotifications(const YAML::Node &node, ConfigValueReader &reader);

} // namespace tfdrift
