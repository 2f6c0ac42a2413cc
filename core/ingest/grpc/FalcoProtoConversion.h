#pragma once

#include "core/falco/FalcoAlert.h"

#include <google/protobuf/map.h>

#include <string>
#include <vector>

namespace falco::outputs {
class response;
}
namespace falco::version {
class response;
}

namespace tfdrift {

// falco.outputs.response <-> FalcoAlert. Falco flattens non-string output field values into
// JSON text in the gRPC map, so they arrive as strings; outgoing values are encoded the same way.
FalcoAlert alertFromProto(const falco::outputs::response &response);
// Decodes a stream of responses, sharing the strings that repeat from one alert to the next.
class ProtoAlertDecoder
{
public:
    FalcoAlert decode(const falco::outputs::response &response);

private:
    class RepeatedText
    {
    public:
        const QString &get(const std::string &bytes);

    private:
        std::string m_bytes;
        QString m_text;
    };

    RepeatedText m_rule;
    RepeatedText m_hostname;
    RepeatedText m_source;
    std::vector<RepeatedText> m_tags;
    std::vector<RepeatedText> m_fieldNames;
    std::vector<const google::protobuf::MapPair<std::string, std::string> *> m_sortedFields;
};

void alertToProto(const FalcoAlert &alert, falco::outputs::response *response);

// "0.43.1" from a falco.version.response, tolerating older servers that send fewer fields.
QString versionFromProto(const falco::version::response &response);

} // namespace tfdrift
