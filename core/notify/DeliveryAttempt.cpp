#include "core/notify/DeliveryAttempt.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace tfdrift::notify {

namespace {
// A service that asks for more than a day is misconfigured or hostile; we still come back.
constexpr qint64 kLongestRetryAfterMs = 24 * 3600 * 1000LL;

qint64 cappedRetryAfter(double ms)
{
    return std::clamp<qint64>(qint64(std::ceil(ms)), 0, kLongestRetryAfterMs);
}
} // namespace

AttemptOutcome outcomeForHttpStatus(int status)
{
    if (status >= 200 && status < 300)
        return AttemptOutcome::Delivered;
    if (status == 408 || status == 429 || status >= 500)
        return AttemptOutcome::Retry;
    return AttemptOutcome::Rejected;
}

std::optional<qint64> parseRetryAfterMs(const QByteArray &header, const QDateTime &now)
{
    const QByteArray text = header.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qint64 seconds = text.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? std::nullopt : std::optional(cappedRetryAfter(double(seconds) * 1000));
    // IMF-fixdate, "Sun, 06 Nov 1994 08:49:37 GMT"; the obsolete forms are not worth guessing at.
    const QDateTime date
        = QLocale::c().toDateTime(QString::fromLatin1(text).replace(QLatin1String(" GMT"), QString()),
                                  QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    if (!date.isValid())
        return std::nullopt;
    const QDateTime utc(date.date(), date.time(), Qt::UTC);
    return cappedRetryAfter(double(std::max<qint64>(0, now.msecsTo(utc))));
}

std::optional<qint64> parseDiscordRetryAfterMs(const QByteArray &body)
{
    const QJsonValue value = QJsonDocument::fromJson(body).object().value(QLatin1String("retry_after"));
    if (!value.isDouble() || value.toDouble() < 0)
        return std::nullopt;
    return cappedRetryAfter(value.toDouble() * 1000);
}

qint64 backoffDelayMs(const DeliveryPolicy &policy, int failedAttempts, double random01)
{
    const int doublings = std::clamp(failedAttempts - 1, 0, 40);
    const double full
        = std::min(double(policy.maxBackoffMs), double(policy.initialBackoffMs) * std::ldexp(1.0, doublings));
    const double half = full / 2;
    return qint64(half + half * std::clamp(random01, 0.0, 1.0));
}

} // namespace tfdrift::notify
