#pragma once

#include <QString>

namespace tfdrift {

// QToolTip renders anything that looks like HTML as rich text. Alert text is attacker-controlled,
// so tooltips get it escaped inside an explicit rich-text wrapper: shown verbatim, word-wrapped,
// and cut at maxChars so a megabyte-long output cannot freeze the tooltip.
QString plainTextToolTip(const QString &text, qsizetype maxChars = 4000);

} // namespace tfdrift
