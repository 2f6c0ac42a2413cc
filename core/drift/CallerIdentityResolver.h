#pragma once

#include "core/drift/DriftEvent.h"
#include "core/falco/OutputFields.h"

#include <QVarLengthArray>

namespace tfdrift {

// Who made a CloudTrail call, from the cloudtrail plugin's fields. The plugin's ct.user is the
// role name for an assumed role; people are known by the role session name, which the ARN
// carries ("arn:aws:sts::1:assumed-role/AWSReservedSSO_Admin_0a/alice@example.com").
CallerIdentity resolveAwsCaller(const OutputFields &fields);

// gcp.user is the principal's email (user or service account).
CallerIdentity resolveGcpCaller(const OutputFields &fields);

// Every name a rule's exclude_users may mean for this caller: the resolved user, the plain
// ct.user (the role for an assumed role) and the ARN.
// The views point into caller and fields, which must outlive them.
QVarLengthArray<QStringView, 4> callerNames(const CallerIdentity &caller, const OutputFields &fields);

} // namespace tfdrift
