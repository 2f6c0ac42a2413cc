#pragma once

#include <QString>

namespace tfdrift {

// A changed attribute's name as the console shows it. The engine names a change it cannot attribute
// outOfBandAttribute(), a fixed English value that drift_rules, filters and notifications match; only
// what is shown is translated.
QString attributeTitle(const QString &attribute);

} // namespace tfdrift
