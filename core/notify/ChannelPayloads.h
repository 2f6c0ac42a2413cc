#pragma once

#include "core/drift/DriftEvent.h"
#include "core/falco/FalcoPriority.h"

#include <QByteArray>
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

// Microsoft Teams incoming webhook or Workflows: one Adaptive Card 1.4 with a title coloured by
// severity, a FactSet, the attribute diff (capped) and, for a test, a line that says so. Event text is
// escaped with escapeTeamsText; the card never carries msteams.entities, so nobody is mentioned.
QJsonObject teamsPayload(const DriftEvent &event, bool isTest = false);

// Generic webhook: driftEventToJson(event) as is (the receiver is a program), plus "test": true for a
// test.
QJsonObject webhookPayload(const DriftEvent &event, bool isTest = false);

// TFDrift-Falco's CustomNotifier body: event_type "terraform_drift", resource_type, resource_id,
// change_type, severity, user, region, timestamp (RFC 3339, seconds, UTC, of the detection) and a
// details object (account, provider, terraform_address, event_name, event_source, environment,
// falco_rule, changes, and test: true for a test).
QJsonObject customApiPayload(const DriftEvent &event, bool isTest = false);

// One compact line, ending in '\n', shaped like Falco's json_output / http_output alert (rule
// "Terraform Drift Detected", source "tfdrift"), so that Falco tooling can read drift as alerts.
QByteArray falcoOutputLine(const DriftEvent &event, FalcoPriority priority, bool isTest = false);

// The key that groups repeats of one drift in PagerDuty: stable for the same account, resource and
// set of attributes, whatever their order.
QString pagerDutyDedupKey(const DriftEvent &event);

// "critical", "error", "warning", "info" from our critical, high, medium, low.
QString pagerDutySeverity(Severity severity);

// The severity's colour as 0xRRGGBB.
int severityColor(Severity severity);

} // namespace tfdrift::notify
