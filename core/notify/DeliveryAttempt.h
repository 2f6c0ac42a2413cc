#pragma once

#include "core/config/NotificationsConfig.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace tfdrift::notify {

enum class AttemptOutcome {
    Delivered,
    Retry,    // network error, timeout, 408, 429, 5xx: the service may take it later
    Rejected, // any other answer: sending it again would be refused again
};

// What one try to hand a notification to a service came to.
struct AttemptResult {
    AttemptOutcome outcome = AttemptOutcome::Retry;
    int httpStatus = 0; // 0 when the service never answered
    qint64 latencyMs = 0;
    QString error;                      // for people; secrets already masked; empty when delivered
    std::optional<qint64> retryAfterMs; // the service said when to come back (Retry-After, retry_after)
    // The request may have reached the service although no answer came (timeout, connection cut
    // after sending): a retry may then deliver it twice.
    bool uncertain = false;
};

AttemptOutcome outcomeForHttpStatus(int status);

// Retry-After as seconds or as an HTTP date (RFC 9110 §10.2.3), relative to now.
std::optional<qint64> parseRetryAfterMs(const QByteArray &header, const QDateTime &now);

// Discord answers 429 with a JSON body whose `retry_after` is in seconds (fractions allowed).
std::optional<qint64> parseDiscordRetryAfterMs(const QByteArray &body);

// The wait before attempt failedAttempts + 1: the initial backoff doubled per failure up to the
// maximum, then "equal jitter" (half fixed, half random) so that channels that failed together do
// not all come back at the same moment. random01 is in [0, 1).
qint64 backoffDelayMs(const DeliveryPolicy &policy, int failedAttempts, double random01);

} // namespace tfdrift::notify
