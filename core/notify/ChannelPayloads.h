#pragma once

#include "core/drift/DriftEvent.h"

#include <QJsonObject>
#include <QString>

namespace tfdrift::notify {

// What each service's webhook accepts for one drift event (shared doc §6). Every string taken from
// the event is escaped for the service and cut to its limits.

// Slack incoming webhook: a `text` fallback, Block Kit blocks (a header, a section of fields, the
// attribute diff, a context line) inside an attachment that carries the severity colour.
QJsonObject slackPayload(const DriftEvent &event, const QString &channelOverride = {}, bool isTest = false);

// Discord webhook: one embed (title <= 256, description <= 4096, <= 25 fields of <= 1024), coloured
// by severity, with every mention switched off.
QJsonObject discordPayload(const DriftEvent &event, bool isTest = false);

// PagerDuty Events API v2 "trigger", deduplicated per account, resource and changed attributes.
QJsonObject pagerDutyPayload(const DriftEvent &event, const QString &routingKey, bool isTest = false);

// The key that groups repeats of one drift in PagerDuty: stable for the same account, resource and
// set of attributes, whatever their order.
QString pagerDutyDedupKey(const DriftEvent &event);

// "critical", "error", "warning", "info" from our critical, high, medium, low.
QString pagerDutySeverity(Severity severity);

// The severity's colour as 0xRRGGBB.
int severityColor(Severity severity);

} // namespace tfdrift::notify
