#pragma once

#include "core/notify/DeliveryAttempt.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

namespace tfdrift::notify {

// The brief's Notifier: hands one rendered notification to its service. At most one send is in
// flight per transport; `done` runs exactly once, later, on the transport's thread.
class ChannelTransport : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const AttemptResult &result)>;

    using QObject::QObject;

    // deliveryId stays the same across retries of one notification, so that a receiver that
    // supports idempotency keys can drop a repeat.
    virtual void send(const QByteArray &body, const QString &deliveryId, Done done) = 0;
    // Where it sends, with secrets masked: "https://hooks.slack.com/***", "stdout".
    virtual QString target() const = 0;
};

} // namespace tfdrift::notify
