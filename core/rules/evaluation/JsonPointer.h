#pragma once

#include "core/rules/evaluation/RawJson.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace tfdrift::rules {

// Walks an RFC 6901 JSON pointer ("/requestParameters/ipPermissions/items/0/fromPort") the way Falco's
// json plugin does: one leading '/' is dropped, "~1" is "/", "~0" is "~", a number indexes an array,
// and a missing step means no value. An empty pointer is the whole document.
std::optional<RawJson::Span> resolveJsonPointer(const RawJson &json, const QString &pointer);

// Compact JSON laid out the way Go's json.Indent does with a two-space indent (json.obj).
QByteArray indentJson(const QByteArray &compactJson);

} // namespace tfdrift::rules
