#pragma once

#include "core/drift/DriftEvent.h"

#include <QString>
#include <QStringList>

namespace tfdrift::notify {

// The words every channel says about a drift event, as plain text; each channel escapes them its own
// way. A test event says so in its title.
struct DriftSummary {
    QString title;       // "Drift: aws_security_group sg-0abc modified"
    QString resource;    // Terraform address, or type and id when unmanaged
    QString change;      // "modified", "deleted"...
    QString severity;    // "high"
    QString user;        // "alice (IAMUser)"
    QString where;       // "111122223333 / us-east-1"
    QString environment; // may be empty
    QString apiCall;     // "ec2.amazonaws.com ModifyInstanceAttribute"
    QString rule;        // the Falco rule
    QStringList changes; // "instance_type: \"t3.micro\" -> \"m5.large\""

    static DriftSummary of(const DriftEvent &event, bool isTest = false);
};

// A value as the change lines show it: JSON text, "(unknown)" when the call did not say.
QString changeValueText(const QJsonValue &value);

} // namespace tfdrift::notify
