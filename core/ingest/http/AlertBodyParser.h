#pragma once

#include "core/falco/FalcoAlert.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace tfdrift {

// The alerts in one HTTP request body: a single JSON object (Falco's http_output, falcosidekick's
// webhook), a JSON array of objects, or newline-delimited JSON. All or nothing: one bad item
// refuses the whole body, so a sender that retries it does not deliver the good items twice.
// *error names the item ("line 3", "item 2") and what is wrong with it.
std::optional<AlertBatch> parseAlertBody(const QByteArray &body, QString *error);

} // namespace tfdrift
