#pragma once

#include "core/notify/DeliveryAttempt.h"
#include "core/notify/Outbox.h"

#include <QMetaType>
#include <QString>

namespace tfdrift::notify {

// One attempt to deliver an outbox entry, for logs and the console's delivery view.
struct DeliveryReport {
    QString channel;
    qint64 outboxId = 0;
    QString summary;
    AttemptResult result;
    OutboxState state = OutboxState::Pending; // after this attempt
    int attempts = 0;                         // including this one
    qint64 nextAttemptMs = 0;                 // when pending
};

} // namespace tfdrift::notify

Q_DECLARE_METATYPE(tfdrift::notify::DeliveryReport)
