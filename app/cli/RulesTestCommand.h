#pragma once

#include "core/rules/evaluation/RuleEvaluator.h"

#include <QStringList>

namespace tfdrift::rules {
class RuleDryRun;
}

namespace tfdrift::cli {

// `tfdrift rules test --rules FILE... --events FILE [--explain RULE]`: a dry run of rules over
// recorded CloudTrail records or GCP audit log entries. Prints each match as the JSON alert Falco
// would emit, or, with --explain, why the rule did or did not match each event.
int runRulesTest(const QStringList &arguments);

// The two steps of a dry run shared with `tfdrift emulate --cloudtrail`: each prints what went wrong
// (rule errors; unreadable or skipped events) to stderr and returns false when the run cannot go on.
bool loadDryRunRules(rules::RuleDryRun &dryRun, const QStringList &files,
                     rules::RuleEvaluator::RuleSelection selection
                     = rules::RuleEvaluator::RuleSelection::Enabled);
bool loadDryRunEvents(rules::RuleDryRun &dryRun, const QString &file);

} // namespace tfdrift::cli
