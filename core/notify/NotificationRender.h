#pragma once

#include "core/config/NotificationsConfig.h"
#include "core/drift/DriftEvent.h"

#include <QByteArray>
#include <QString>

namespace tfdrift::notify {

// A notification as the outbox keeps it: the body a channel sends, without any secret (PagerDuty's
// routing key and every header are added when it is sent).
struct RenderedNotification {
    QString eventKey;
    QString summary;
    QByteArray body;
};

RenderedNotification renderNotification(const ChannelConfig &channel, const DriftEvent &event,
                                        bool isTest = false);

// Identifies one drift event across restarts and replays: the same call on the same resource with
// the same changes at the same time is the same event.
QString driftEventKey(const DriftEvent &event);

// Whether an enabled channel receives the event: its severity, resource type and environment pass
// the channel's filters. Excluded events reach no channel.
bool channelAccepts(const ChannelConfig &channel, const DriftEvent &event);

// The drift event `tfdrift notify test` and the console's test button send: clearly marked as a
// test everywhere it shows, low severity so that it pages nobody.
DriftEvent testDriftEvent(qint64 nowMs);

} // namespace tfdrift::notify
