#pragma once

#include "core/drift/DriftRule.h"
#include "core/falco/FalcoAlert.h"
#include "core/state/TerraformResource.h"

#include <optional>

namespace tfdrift::bench {

// A CloudTrail alert as Falco's aws_cloudtrail rules send it (output text and output fields) for a
// realistic call on the resource: one call per resource type of makeSyntheticState(); nullopt for
// other types. sequence picks the user and spreads the calls over a week.
std::optional<FalcoAlert> syntheticCall(const TerraformResource &resource, int sequence);

// count drift_rules over the synthetic state's types: globs, watched attributes, environments,
// excluded users and schedules in a realistic mix.
QList<DriftRule> syntheticDriftRules(int count);

} // namespace tfdrift::bench
