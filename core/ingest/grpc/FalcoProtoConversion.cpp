#include "core/ingest/grpc/FalcoProtoConversion.h"

#include "falco/outputs.pb.h"
#include "falco/version.pb.h"

#include <algorithm>
#include <vector>

namespace tfdrift {

namespace {
constexpr qint64 kNanosPerSecond = 1'000'000'000;

QString sourceFromDeprecated(falco::schema::source source)
{
    switch (source) {
    case falco::schema::SYSCALL: return QStringLiteral("syscall");
    case falco::schema::K8S_AUDIT: return QStringLiteral("k8s_audit");
    case falco::schema::INTERNAL: return QStringLiteral("internal");
    case falco::schema::PLUGIN: return QStringLiteral("plugin");
    default: return QStringLiteral("syscall");
    }
}

// source_deprecated is marked deprecated in Falco's proto, but Falco releases before the
// `source` string field only fill this one, so it is read and written on purpose.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
falco::schema::source deprecatedSource(const falco::outputs::response &response)
{
    return response.source_deprecated();
}

void setDeprecatedSource(falco::outputs::response *response, const QString &source)
{
    if (source == QLatin1String("syscall"))
        response->set_source_deprecated(falco::schema::SYSCALL);
    else if (source == QLatin1String("k8s_audit"))
        response->set_source_deprecated(falco::schema::K8S_AUDIT);
    else if (source == QLatin1String("internal"))
        response->set_source_deprecated(falco::schema::INTERNAL);
    else
        response->set_source_deprecated(falco::schema::PLUGIN);
}
#pragma GCC diagnostic pop

} // namespace

FalcoAlert alertFromProto(const falco::outputs::response &response)
{
    return ProtoAlertDecoder().decode(response);
}

const QString &ProtoAlertDecoder::RepeatedText::get(const std::string &bytes)
{
    // Rule, hostname, source and tags repeat from one alert to the next; sharing the previous
    // QString saves an allocation and a UTF-8 decode for each.
    if (bytes != m_bytes) {
        m_bytes = bytes;
        m_text = QString::fromStdString(bytes);
    }
    return m_text;
}

FalcoAlert ProtoAlertDecoder::decode(const falco::outputs::response &response)
{
    FalcoAlert alert;
    alert.timeNs = response.time().seconds() * kNanosPerSecond + response.time().nanos();
    alert.priority = priorityFromWire(response.priority()).value_or(FalcoPriority::Debug);
    alert.rule = m_rule.get(response.rule());
    alert.output = QString::fromStdString(response.output());
    alert.hostname = m_hostname.get(response.hostname());
    alert.source = response.source().empty() ? sourceFromDeprecated(deprecatedSource(response))
                                             : m_source.get(response.source());
    const int tagCount = response.tags_size();
    if (std::size_t(tagCount) > m_tags.size())
        m_tags.resize(std::size_t(tagCount));
    alert.tags.reserve(tagCount);
    for (int i = 0; i < tagCount; ++i)
        alert.tags.append(m_tags[std::size_t(i)].get(response.tags(i)));

    // Field names are sorted once; the names repeat from one alert to the next and are shared.
    const auto &fields = response.output_fields();
    m_sortedFields.clear();
    for (const auto &entry : fields)
        m_sortedFields.push_back(&entry);
    std::sort(m_sortedFields.begin(), m_sortedFields.end(),
              [](const auto *a, const auto *b) { return a->first < b->first; });
    if (m_fieldNames.size() < m_sortedFields.size())
        m_fieldNames.resize(m_sortedFields.size());
    alert.outputFields.reserve(qsizetype(m_sortedFields.size()));
    for (std::size_t i = 0; i < m_sortedFields.size(); ++i)
        alert.outputFields.insertString(m_fieldNames[i].get(m_sortedFields[i]->first),
                                        QString::fromStdString(m_sortedFields[i]->second));
    return alert;
}

void alertToProto(const FalcoAlert &alert, falco::outputs::response *response)
{
    qint64 seconds = alert.timeNs / kNanosPerSecond;
    qint64 nanos = alert.timeNs % kNanosPerSecond;
    if (nanos < 0) {
        nanos += kNanosPerSecond;
        --seconds;
    }
    response->mutable_time()->set_seconds(seconds);
    response->mutable_time()->set_nanos(int(nanos));
    response->set_priority(static_cast<falco::schema::priority>(alert.priority));
    response->set_rule(alert.rule.toStdString());
    response->set_output(alert.output.toStdString());
    response->set_hostname(alert.hostname.toStdString());
    response->set_source(alert.source.toStdString());
    setDeprecatedSource(response, alert.source);
    for (const QString &tag : alert.tags)
        response->add_tags(tag.toStdString());
    auto &fields = *response->mutable_output_fields();
    for (const OutputField &field : alert.outputFields)
        fields[field.name().toStdString()] = field.text().toStdString();
}

QString versionFromProto(const falco::version::response &response)
{
    if (!response.version().empty())
        return QString::fromStdString(response.version());
    return QStringLiteral("%1.%2.%3").arg(response.major()).arg(response.minor()).arg(response.patch());
}

} // namespace tfdrift
