#include "core/ingest/grpc/FalcoProtoConversion.h"

#include "falco/outputs.pb.h"
#include "falco/version.pb.h"

#include <QJsonArray>
#include <QJsonDocument>

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

std::string jsonText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().toStdString();
    if (value.isNull() || value.isUndefined())
        return "<NA>";
    // Wrap in an array to serialise a bare scalar, then strip the brackets.
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2).toStdString();
}
} // namespace

FalcoAlert alertFromProto(const falco::outputs::response &response)
{
    FalcoAlert alert;
    alert.timeNs = response.time().seconds() * kNanosPerSecond + response.time().nanos();
    alert.priority = priorityFromWire(response.priority()).value_or(FalcoPriority::Debug);
    alert.rule = QString::fromStdString(response.rule());
    alert.output = QString::fromStdString(response.output());
    alert.hostname = QString::fromStdString(response.hostname());
    alert.source = response.source().empty() ? sourceFromDeprecated(deprecatedSource(response))
                                             : QString::fromStdString(response.source());
    alert.tags.reserve(response.tags_size());
    for (const std::string &tag : response.tags())
        alert.tags.append(QString::fromStdString(tag));
    // QJsonObject keeps its keys sorted; inserting in that order appends instead of shifting.
    const auto &fields = response.output_fields();
    std::vector<const google::protobuf::MapPair<std::string, std::string> *> sorted;
    sorted.reserve(fields.size());
    for (const auto &entry : fields)
        sorted.push_back(&entry);
    std::sort(sorted.begin(), sorted.end(), [](const auto *a, const auto *b) { return a->first < b->first; });
    for (const auto *entry : sorted)
        alert.outputFields.insert(QString::fromStdString(entry->first),
                                  QString::fromStdString(entry->second));
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
    for (auto it = alert.outputFields.constBegin(); it != alert.outputFields.constEnd(); ++it)
        fields[it.key().toStdString()] = jsonText(it.value());
}

QString versionFromProto(const falco::version::response &response)
{
    if (!response.version().empty())
        return QString::fromStdString(response.version());
    return QStringLiteral("%1.%2.%3").arg(response.major()).arg(response.minor()).arg(response.patch());
}

} // namespace tfdrift
