#include "core/falco/Rfc3339.h"

#include <QDate>
#include <QDateTime>
#include <QTime>
#include <QTimeZone>

namespace tfdrift {

namespace {
constexpr qint64 kNanosPerSecond = 1'000'000'000;

std::optional<int> digits(QStringView text, qsizetype from, qsizetype count)
{
    if (from + count > text.size())
        return std::nullopt;
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const QChar c = text[i];
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
        value = value * 10 + (c.unicode() - '0');
    }
    return value;
}

bool isChar(QStringView text, qsizetype at, char expected)
{
    return at < text.size() && text[at] == QLatin1Char(expected);
}
} // namespace

QString formatRfc3339Nanos(qint64 nanosSinceEpoch)
{
    qint64 seconds = nanosSinceEpoch / kNanosPerSecond;
    qint64 fraction = nanosSinceEpoch % kNanosPerSecond;
    if (fraction < 0) {
        fraction += kNanosPerSecond;
        --seconds;
    }
    const QDateTime utc = QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc());
    return utc.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QLatin1Char('.')
        + QStringLiteral("%1").arg(fraction, 9, 10, QLatin1Char('0')) + QLatin1Char('Z');
}

std::optional<qint64> parseRfc3339Nanos(QStringView text)
{
    const auto year = digits(text, 0, 4);
    const auto month = digits(text, 5, 2);
    const auto day = digits(text, 8, 2);
    const auto hour = digits(text, 11, 2);
    const auto minute = digits(text, 14, 2);
    const auto second = digits(text, 17, 2);
    if (!year || !month || !day || !hour || !minute || !second || !isChar(text, 4, '-')
        || !isChar(text, 7, '-') || !isChar(text, 13, ':') || !isChar(text, 16, ':'))
        return std::nullopt;
    if (!(isChar(text, 10, 'T') || isChar(text, 10, 't') || isChar(text, 10, ' ')))
        return std::nullopt;

    qsizetype pos = 19;
    qint64 fraction = 0;
    if (isChar(text, pos, '.')) {
        ++pos;
        int count = 0;
        while (pos < text.size() && text[pos].isDigit()) {
            if (count < 9) {
                fraction = fraction * 10 + (text[pos].unicode() - '0');
                ++count;
            }
            ++pos;
        }
        if (count == 0)
            return std::nullopt;
        for (; count < 9; ++count)
            fraction *= 10;
    }

    qint64 offsetSeconds = 0;
    if (isChar(text, pos, 'Z') || isChar(text, pos, 'z')) {
        ++pos;
    } else if (isChar(text, pos, '+') || isChar(text, pos, '-')) {
        const bool negative = isChar(text, pos, '-');
        const auto offHour = digits(text, pos + 1, 2);
        // Falco itself prints "+0000" without a colon in its text output; accept both.
        const bool hasColon = isChar(text, pos + 3, ':');
        const auto offMinute = digits(text, pos + (hasColon ? 4 : 3), 2);
        if (!offHour || !offMinute)
            return std::nullopt;
        offsetSeconds = (qint64(*offHour) * 3600 + qint64(*offMinute) * 60) * (negative ? -1 : 1);
        pos += hasColon ? 6 : 5;
    } else {
        return std::nullopt;
    }
    if (pos != text.size())
        return std::nullopt;

    const QDate date(*year, *month, *day);
    const QTime time(*hour, *minute, *second == 60 ? 59 : *second);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    const qint64 seconds = QDateTime(date, time, QTimeZone::utc()).toSecsSinceEpoch() - offsetSeconds;
    return seconds * kNanosPerSecond + fraction;
}

} // namespace tfdrift
