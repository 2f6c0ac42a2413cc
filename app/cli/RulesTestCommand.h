#pragma once

#include <QStringList>

namespace tfdrift::cli {

// `tfdrift rules test --rules FILE... --events FILE [--explain RULE]`: a dry run of rules over
// recorded CloudTrail records or GCP audit log entries. Prints each match as the JSON alert Falco
// would emit, or, with --explain, why the rule did or did not match each event.
int runRulesTest(const QStringList &arguments);

} // namespace tfdrift::cli
