#pragma once

#include "core/drift/DriftEvent.h"
#include "core/falco/OutputFields.h"

#include <QJsonValue>
#include <QString>

#include <optional>

namespace tfdrift {

// The parts of an audit event that catalog pointers address (see EventMapping.h):
// /request/..., /response/... and /resource. The JSON texts are parsed on first use only: most
// alerts need one of them, and parsing is the costliest step per alert.
class EventDocument
{
public:
    EventDocument(CloudProvider provider, const OutputFields &fields);

    // The value at an RFC 6901 pointer, or nullopt when the pointer leads nowhere.
    std::optional<QJsonValue> resolve(const QString &pointer);

private:
    struct Part {
        bool parsed = false;
        QJsonValue value;
    };
    const QJsonValue &part(Part &part, const char *fieldName);

    CloudProvider m_provider;
    const OutputFields &m_fields;
    Part m_request;
    Part m_gcpRequestJson;
    Part m_response;
};

// RFC 6901: "/a/b~1c/0" into a value; nullopt when a step does not exist.
std::optional<QJsonValue> resolveJsonPointer(const QJsonValue &root, QStringView pointer);

} // namespace tfdrift
