#pragma once

#include "core/state/TerraformResource.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace tfdrift {

// A parsed state v4 file (Terraform >= 0.12 and OpenTofu write this format).
struct TerraformState {
    int version = 4;
    QString terraformVersion;
    qint64 serial = 0;
    QString lineage;
    QList<TerraformResource> resources; // managed resources only, one per instance
};

// Errors say what is wrong, with line:column of JSON syntax errors, e.g.
// "prod.tfstate:1:345: error: ...". Unsupported versions (< 4) are an error.
std::optional<TerraformState> parseTerraformState(const QByteArray &json, const QString &fileName,
                                                  const QString &stateName, const QString &environment,
                                                  QString *error);

} // namespace tfdrift
