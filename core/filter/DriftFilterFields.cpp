#include "core/filter/DriftFilterFields.h"

#include <array>

namespace tfdrift {

namespace {

QStringView single(const QString &value, qsizetype index)
{
    return index == 0 ? QStringView(value) : QStringView();
}

// Word tables whose order matches the enums, so that rank() is the enum's value.
const QStringList &severityWords()
{
    static const QStringList words{severityName(Severity::Low), severityName(Severity::Medium),
                                   severityName(Severity::High), severityName(Severity::Critical)};
    return words;
}

const QStringList &changeWords()
{
    static const QStringList words{changeKindName(ChangeKind::Modified), changeKindName(ChangeKind::Created),
                                   changeKindName(ChangeKind::Deleted),
                                   changeKindName(ChangeKind::Unmanaged)};
    return words;
}

const QStringList &providerWords()
{
    static const QStringList words{providerName(CloudProvider::Aws), providerName(CloudProvider::Gcp)};
    return words;
}

const QStringList &booleanWords()
{
    static const QStringList words{QStringLiteral("false"), QStringLiteral("true")};
    return words;
}

DriftFilterField textField(const char16_t *name, const char *description,
                           QStringView (*valueAt)(const DriftEvent &, qsizetype))
{
    DriftFilterField field;
    field.name = QString::fromUtf16(name);
    field.description = description;
    field.valueAt = valueAt;
    return field;
}

DriftFilterField enumeratedField(const char16_t *name, const char *description, const QStringList &values,
                                 int (*rank)(const DriftEvent &), bool ordered)
{
    DriftFilterField field;
    field.name = QString::fromUtf16(name);
    field.description = description;
    field.kind = DriftFieldKind::Enumerated;
    field.rank = rank;
    field.values = values;
    field.ordered = ordered;
    return field;
}

std::vector<DriftFilterField> buildFields()
{
    std::vector<DriftFilterField> fields;
    fields.push_back(enumeratedField(
        u"severity",
        QT_TRANSLATE_NOOP("tfdrift::DriftFilterFields", "Severity: low < medium < high < critical"),
        severityWords(), [](const DriftEvent &e) { return int(e.severity); }, true));
    fields.back().valueAt
        = [](const DriftEvent &e, qsizetype i) { return single(severityWords()[int(e.severity)], i); };
    fields.push_back(enumeratedField(
        u"change",
        QT_TRANSLATE_NOOP("tfdrift::DriftFilterFields",
                          "What happened: modified, created, deleted or unmanaged"),
        changeWords(), [](const DriftEvent &e) { return int(e.kind); }, false));
    fields.back().valueAt
        = [](const DriftEvent &e, qsizetype i) { return single(changeWords()[int(e.kind)], i); };

    fields.push_back(textField(u"resource.type",
                               QT_TRANSLATE_NOOP("tfdrift::DriftFilterFields", "Terraform resource type"),
                               [](const DriftEvent &e, qsizetype i) { return single(e.resourceType, i); }));
    fields.push_back(textField(u"resource.id",
                               QT_TRANSLATE_NOOP("tfdrift::DriftFilterFields", "Cloud resource id"),
                               [](const DriftEvent &e, qsizetype i) { return single(e.resourceId, i); }));
    fields.push_back(textField(
        u"resource.address",
        QT_TRANSLATE_NOOP("tfdrift::DriftFilterFields", "Terraform address; missing when unmanaged"),
        [](const DriftEvent &e, qsizetype i) { return single(e.terraformAddress, i); }));
    fields.push_back(textField(u"resource.state",
                               QT_TRANSLATE_NOOP("tfdrift::DriftFilterFields",
                                                 "Name of the Terraform state that holds the resource"),
                               [](const DriftEvent &e, qsizetype i) { return single(e.stateName, i); }));

    DriftFilterField attribute = textField(
        u"attribute",
        QT_TRANSLATE_NOOP("tfdrift::DriftFilterFields", "Names of the changed attributes (a list)"),
        [](const DriftEvent &e, qsizetype i) {
            return i < e.changes.size() ? QStringView(e.changes[i].attribute) : QStringView();
        });
    attribute.kind = DriftFieldKind::List;
    fields.push_back(attribute);

    fields.push_back(textField(u"user",
                               QT_TRANSLATE_NOOP("tfdrift::DriftFilterFields", "Who made the change"),
                               [](const DriftEvent &e, qsizetype i) { return single(e.caller.user, i); }));
    fields.push_back(textField(
        u"user.type",
        QT_TRANSLATE_NOOP("tfdrift::DriftFilterFields", "Identity type (IAMUser, AssumedRole, ...)"),
        [](const DriftEvent &e, qsizetype i) { return single(e.caller.identityType, i); }));
    fields.push_back(textField(u"user.arn",
                               QT_TRANSLATE_NOOP("tfdrift::DriftFilterFields", "ARN of the caller"),
                               [](const DriftEvent &e, qsizetype i) { return single(e.caller.arn, i); }));
    fields.push_back(
        textField(u"source.ip", QT_TRANSLATE_NOOP("tfdrift::DriftFilterFields", "IP address of the caller"),
                  [](const DriftEvent &e, qsizetype i) { return single(e.caller.sourceIp, i); }));
    fields.push_back(textField(
        u"account", QT_TRANSLATE_NOOP("tfdrift::DriftFilterFields", "AWS account id or GCP project"),
        [](const DriftEvent &e, qsizetype i) { return single(e.account, i); }));
    fields.push_back(textField(u"region", QT_TRANSLATE_NOOP("tfdrift::DriftFilterFields", "Cloud region"),
                               [](const DriftEvent &e, qsizetype i) { return single(e.region, i); }));
    fields.push_back(enumeratedField(
        u"provider", QT_TRANSLATE_NOOP("tfdrift::DriftFilterFields", "Cloud provider: aws or gcp"),
        providerWords(), [](const DriftEvent &e) { return int(e.provider); }, false));
    fields.back().valueAt
        = [](const DriftEvent &e, qsizetype i) { return single(providerWords()[int(e.provider)], i); };
    fields.push_back(textField(
        u"environment", QT_TRANSLATE_NOOP("tfdrift::DriftFilterFields", "Environment of the Falco source"),
        [](const DriftEvent &e, qsizetype i) { return single(e.environment, i); }));
    fields.push_back(textField(
        u"event.name",
        QT_TRANSLATE_NOOP("tfdrift::DriftFilterFields", "API call: CloudTrail eventName or GCP methodName"),
        [](const DriftEvent &e, qsizetype i) { return single(e.eventName, i); }));
    fields.push_back(textField(
        u"event.source", QT_TRANSLATE_NOOP("tfdrift::DriftFilterFields", "Service that received the call"),
        [](const DriftEvent &e, qsizetype i) { return single(e.eventSource, i); }));
    fields.push_back(textField(u"rule",
                               QT_TRANSLATE_NOOP("tfdrift::DriftFilterFields", "Falco rule that fired"),
                               [](const DriftEvent &e, qsizetype i) { return single(e.alert.rule, i); }));
    fields.push_back(
        textField(u"falco.source",
                  QT_TRANSLATE_NOOP("tfdrift::DriftFilterFields", "Falco event source (aws_cloudtrail, ...)"),
                  [](const DriftEvent &e, qsizetype i) { return single(e.alert.source, i); }));
    fields.push_back(textField(
        u"endpoint",
        QT_TRANSLATE_NOOP("tfdrift::DriftFilterFields", "Configured Falco source that delivered the alert"),
        [](const DriftEvent &e, qsizetype i) { return single(e.alert.endpoint, i); }));
    fields.push_back(enumeratedField(
        u"excluded",
        QT_TRANSLATE_NOOP("tfdrift::DriftFilterFields", "true when the user is excluded by the drift rules"),
        booleanWords(), [](const DriftEvent &e) { return e.excluded ? 1 : 0; }, false));
    fields.back().valueAt
        = [](const DriftEvent &e, qsizetype i) { return single(booleanWords()[e.excluded ? 1 : 0], i); };
    return fields;
}

} // namespace

std::span<const DriftFilterField> DriftFilterFields::all()
{
    static const std::vector<DriftFilterField> fields = buildFields();
    return fields;
}

const DriftFilterField *DriftFilterFields::find(QStringView name)
{
    for (const DriftFilterField &field : all()) {
        if (field.name == name)
            return &field;
    }
    return nullptr;
}

QStringList DriftFilterFields::names()
{
    QStringList names;
    for (const DriftFilterField &field : all())
        names.append(field.name);
    return names;
}

QString DriftFilterFields::description(const DriftFilterField &field)
{
    return tr(field.description);
}

} // namespace tfdrift
