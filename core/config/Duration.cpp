#include "core/config/Duration.h"

#include <limits>

namespace tfdrift {

std::optional<qint64> parseDurationMs(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    if (text == u"0")
        return 0;
    qint64 totalMs = 0;
    qsizetype i = 0;
    while (i < text.size()) {
        qint64 number = 0;
        const qsizetype start = i;
        while (i < text.size() && text[i].isDigit()) {
            number = number * 10 + (text[i].unicode() - '0');
            if (number > std::numeric_limits<qint32>::max())
                return std::nullopt;
            ++i;
        }
        if (i == start)
            return std::nullopt;
        qint64 unitMs = 0;
        if (text.mid(i).startsWith(u"ms")) {
            unitMs = 1;
            i += 2;
        } else if (i < text.size() && text[i] == u's') {
            unitMs = 1000;
            ++i;
        } else if (i < text.size() && text[i] == u'm') {
            unitMs = 60'000;
            ++i;
        } else if (i < text.size() && text[i] == u'h') {
            unitMs = 3'600'000;
            ++i;
        } else {
            return std::nullopt;
        }
        totalMs += number * unitMs;
    }
    return totalMs;
}

} // namespace tfdrift
