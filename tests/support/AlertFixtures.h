#pragma once

#include "core/falco/FalcoAlert.h"

#include <QByteArray>

namespace tfdrift::test {

// A CloudTrail ModifyInstanceAttribute alert shaped like the cloudtrail plugin's output;
// `sequence` goes into evt.num so that tests can tell alerts apart.
FalcoAlert cloudTrailAlert(qint64 sequence);

// The same alert as Falco's http_output JSON text.
QByteArray cloudTrailAlertJson(qint64 sequence);

} // namespace tfdrift::test
