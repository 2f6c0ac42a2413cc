#pragma once

#include "core/drift/Severity.h"
#include "core/falco/FalcoAlert.h"

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace tfdrift {

enum class CloudProvider { Aws, Gcp };

// What happened to the resource, seen from Terraform.
enum class ChangeKind {
    Modified,  // a managed resource was changed out of band
    Created,   // reserved for creations that Terraform state does not explain yet
    Deleted,   // a managed resource was deleted out of band
    Unmanaged, // an event on a resource absent from every state
};

struct AttributeChange {
    QString attribute;   // Terraform attribute name, or "(modified out of band)"
    QJsonValue oldValue; // value in state; Undefined when unknown
    QJsonValue newValue; // value set by the call; Undefined when unknown
};

// Who made the call, resolved from CloudTrail's userIdentity or GCP's authenticationInfo.
struct CallerIdentity {
    QString user;         // IAM user name, role session name, SSO user, AWS service, GCP principal
    QString identityType; // IAMUser, AssumedRole, AWSService, Root, FederatedUser, ...
    QString arn;
    QString sourceIp;
    QString userAgent;
};

struct DriftEvent {
    quint64 id = 0;
    qint64 detectedAtMs = 0;
    qint64 eventTimeNs = 0;
    CloudProvider provider = CloudProvider::Aws;
    QString account; // AWS account id or GCP project
    QString region;
    QString eventName; // CloudTrail eventName or GCP methodName
    QString eventSource;

    QString resourceType; // "unknown" when the catalog has no mapping
    QString resourceId;
    QString terraformAddress; // empty when unmanaged
    QString stateName;        // which state file knows the resource
    ChangeKind kind = ChangeKind::Modified;
    QList<AttributeChange> changes;

    CallerIdentity caller;
    Severity severity = Severity::Low;
    QStringList matchedRules;
    // The user is excluded by the rules that would otherwise match: kept and shown, never
    // notified, never counted as drift.
    bool excluded = false;
    QString environment;

    FalcoAlert alert; // rule, priority and everything else Falco said
};

QString changeKindName(ChangeKind kind);      // "modified", "created", "deleted", "unmanaged"
QString providerName(CloudProvider provider); // "aws", "gcp"

} // namespace tfdrift
