#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace tfdrift {

// One resource instance from a Terraform (or OpenTofu) state v4 file.
struct TerraformResource {
    QString address;  // "module.net.aws_security_group.ssh[0]", "aws_instance.web", "aws_iam_role.r[\"a\"]"
    QString type;     // "aws_security_group"
    QString name;     // "ssh"
    QString module;   // "module.net"; empty for the root module
    QString provider; // "registry.terraform.io/hashicorp/aws"
    // Values of attributes that the state marks sensitive (sensitive_attributes) are replaced
    // by the string "(sensitive)": they must never reach a table, a log or a notification.
    QJsonObject attributes;
    QStringList sensitiveAttributes; // top-level names of the masked attributes
    QString stateName;               // the configured state it came from
    QString environment;             // that state's environment label (production, staging, development)
};

} // namespace tfdrift
