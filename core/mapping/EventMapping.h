#pragma once

#include "core/drift/DriftEvent.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace tfdrift {

// What an API call does to its resource.
enum class ApiAction { Create, Modify, Delete };

// A request key that sets a Terraform attribute, e.g. /request/disableApiTermination/value
// sets disable_api_termination.
struct AttributeSetter {
    QString pointer; // JSON pointer into the event document (see EventMapping)
    QString attribute;
};

// One catalog entry: an API call mapped to a Terraform resource type.
//
// Pointers are RFC 6901 JSON pointers into an event document whose first segment names the
// part of the event:
//   /request/...   CloudTrail requestParameters (ct.request) or the GCP request (gcp.request)
//   /response/...  CloudTrail responseElements (ct.response)
//   /resource      the GCP resourceName (gcp.resourceName), a string
struct EventMapping {
    CloudProvider provider = CloudProvider::Aws;
    QString eventName;   // CloudTrail eventName ("CreateFunction20150331") or GCP methodName
    QString eventSource; // "lambda.amazonaws.com"; empty for GCP
    QString resourceType;
    ApiAction action = ApiAction::Modify;
    QStringList idPointers; // tried in order; the first that resolves gives the resource id
    QList<AttributeSetter> attributes;
    QString origin; // "aws.yaml:120:7", where the entry was defined
};

QString apiActionName(ApiAction action); // "create", "modify", "delete"

} // namespace tfdrift
