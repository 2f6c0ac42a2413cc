#pragma once

#include "core/drift/Severity.h"

#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace tfdrift {

// `schedule:` of a drift rule. When allowed hours are set the rule fires only outside them;
// with weekdays_only it also fires all weekend.
struct DriftSchedule {
    bool hasAllowedHours = false; // without allowed_hours, weekdays_only allows every weekday hour
    int allowedFromMinutes = 0;   // minutes after local midnight, "09:00" -> 540
    int allowedToMinutes = 0;     // exclusive; "18:00" -> 1080. from > to wraps past midnight
    QTimeZone timeZone = QTimeZone::utc();
    bool weekdaysOnly = false;
};

// One `drift_rules:` entry, as in TFDrift-Falco's config.
struct DriftRule {
    QString name;
    QStringList resourceTypes;     // globs: "aws_iam_*", "aws_security_group*", "*"
    QStringList watchedAttributes; // attribute names, or "*"
    Severity severity = Severity::Medium;
    QStringList excludeUsers; // globs
    QString environment;      // production, staging, development; empty matches every environment
    std::optional<DriftSchedule> schedule;
    QString origin; // "config.yaml:12:3", for messages
};

} // namespace tfdrift
