#include "models/PlainTextToolTip.h"

namespace tfdrift {

QString plainTextToolTip(const QString &text, qsizetype maxChars)
{
    if (text.isEmpty())
        return {};
    QString shown = text.size() > maxChars ? text.left(maxChars) + QChar(0x2026) : text;
    // <qt> forces rich-text mode, so the escaped entities are decoded back to the literal characters.
    return QLatin1String("<qt><p style=\"white-space:pre-wrap\">") + shown.toHtmlEscaped()
        + QLatin1String("</p></qt>");
}

} // namespace tfdrift
