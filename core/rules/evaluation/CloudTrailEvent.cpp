#include "core/rules/evaluation/CloudTrailEvent.h"

#include "core/falco/Rfc3339.h"

#include <QHash>

namespace tfdrift::rules {

namespace {

enum CloudTrailField : int {
    // Fields read from one place in the record, by the path in kPlainFields.
    FirstPlainField = kSourceFieldBase,
    // Fields with their own logic.
    CtShortSrc = kSourceFieldBase + 100,
    CtRequestDocumentName,
    CtUser,
    CtOriginalUser,
    CtUserAccountId,
    CtInfo,
    CtManagementEvent,
    CtReadOnly,
    CtSessionCredentialFromConsole,
    CtResources,
    S3Uri,
    S3Bytes,
    S3BytesIn,
    S3BytesOut,
    S3CountGet,
    S3CountPut,
    S3CountOther,
    Ec2Name,
    Ec2ImageId,
    Ec2ImageIds,
};

struct PlainField {
    const char *name;
    const char *first;
    const char *second;  // nullptr when the value is at the top level
    bool asJson = false; // written out as compact JSON, whatever the value
};

// Fields the plugin reads straight from one key: a string's text, or "" for any other JSON value
// (fastjson's GetStringBytes), except the few it writes out as JSON (kJsonFields).
constexpr PlainField kPlainFields[] = {
    {"ct.id", "eventID", nullptr},
    {"ct.error", "errorCode", nullptr},
    {"ct.errormessage", "errorMessage", nullptr},
    {"ct.time", "eventTime", nullptr},
    {"ct.src", "eventSource", nullptr},
    {"ct.name", "eventName", nullptr},
    {"ct.user.identitytype", "userIdentity", "type"},
    {"ct.user.principalid", "userIdentity", "principalId"},
    {"ct.user.arn", "userIdentity", "arn"},
    {"ct.region", "awsRegion", nullptr},
    {"ct.response.subnetid", "responseElements", "subnetId"},
    {"ct.response.reservationid", "responseElements", "reservationId"},
    {"ct.response", "responseElements", nullptr, true},
    {"ct.request.availabilityzone", "requestParameters", "availabilityZone"},
    {"ct.request.cluster", "requestParameters", "cluster"},
    {"ct.request.functionname", "requestParameters", "functionName"},
    {"ct.request.groupname", "requestParameters", "groupName"},
    {"ct.request.host", "requestParameters", "Host"},
    {"ct.request.name", "requestParameters", "name"},
    {"ct.request.policy", "requestParameters", "policy"},
    {"ct.request.reason", "requestParameters", "reason"},
    {"ct.request.target", "requestParameters", "target"},
    {"ct.request.serialnumber", "requestParameters", "serialNumber"},
    {"ct.request.servicename", "requestParameters", "serviceName"},
    {"ct.request.subnetid", "requestParameters", "subnetId"},
    {"ct.request.taskdefinition", "requestParameters", "taskDefinition"},
    {"ct.request.username", "requestParameters", "userName"},
    {"ct.request", "requestParameters", nullptr, true},
    {"ct.srcip", "sourceIPAddress", nullptr},
    {"ct.useragent", "userAgent", nullptr},
    {"ct.requestid", "requestID", nullptr},
    {"ct.eventtype", "eventType", nullptr},
    {"ct.apiversion", "apiVersion", nullptr},
    {"ct.recipientaccountid", "recipientAccountId", nullptr},
    {"ct.serviceeventdetails", "serviceEventDetails", nullptr},
    {"ct.sharedeventid", "sharedEventID", nullptr},
    {"ct.vpcendpointid", "vpcEndpointId", nullptr},
    {"ct.eventcategory", "eventCategory", nullptr},
    {"ct.addendum.reason", "addendum", "reason"},
    {"ct.addendum.updatedfields", "addendum", "updatedFields"},
    {"ct.addendum.originalrequestid", "addendum", "originalRequestID"},
    {"ct.addendum.originaleventid", "addendum", "originalEventID"},
    {"ct.edgedevicedetails", "edgeDeviceDetails", nullptr},
    {"ct.tlsdetails.tlsversion", "tlsDetails", "tlsVersion"},
    {"ct.tlsdetails.ciphersuite", "tlsDetails", "cipherSuite"},
    {"ct.tlsdetails.clientprovidedhostheader", "tlsDetails", "clientProvidedHostHeader"},
    {"ct.additionaleventdata", "additionalEventData", nullptr, true},
    {"s3.bucket", "requestParameters", "bucketName"},
    {"s3.key", "requestParameters", "key"},
    {"ecr.repository", "requestParameters", "repositoryName"},
    {"ecr.imagetag", "requestParameters", "imageTag"},
    {"iam.role", "requestParameters", "roleName"},
    {"iam.policy", "requestParameters", "policyName"},
};
constexpr int kPlainFieldCount = int(std::size(kPlainFields));
static_assert(FirstPlainField + kPlainFieldCount < CtShortSrc);

const QHash<QString, ResolvedField> &cloudTrailFields()
{
    static const QHash<QString, ResolvedField> fields = [] {
        QHash<QString, ResolvedField> table;
        for (int index = 0; index < kPlainFieldCount; ++index)
            table.insert(QLatin1String(kPlainFields[index].name),
                         ResolvedField{FirstPlainField + index, FieldType::String, false});
        const auto text = [&](const char *name, int id) {
            table.insert(QLatin1String(name), ResolvedField{id, FieldType::String, false});
        };
        const auto number = [&](const char *name, int id) {
            table.insert(QLatin1String(name), ResolvedField{id, FieldType::Number, false});
        };
        text("ct.shortsrc", CtShortSrc);
        text("ct.request.documentname", CtRequestDocumentName);
        text("ct.user", CtUser);
        text("ct.originaluser", CtOriginalUser);
        text("ct.user.accountid", CtUserAccountId);
        text("ct.info", CtInfo);
        text("ct.managementevent", CtManagementEvent);
        text("ct.readonly", CtReadOnly);
        text("ct.sessioncredentialfromconsole", CtSessionCredentialFromConsole);
        text("ct.resources", CtResources);
        text("s3.uri", S3Uri);
        number("s3.bytes", S3Bytes);
        number("s3.bytes.in", S3BytesIn);
        number("s3.bytes.out", S3BytesOut);
        number("s3.cnt.get", S3CountGet);
        number("s3.cnt.put", S3CountPut);
        number("s3.cnt.other", S3CountOther);
        text("ec2.name", Ec2Name);
        text("ec2.imageid", Ec2ImageId);
        table.insert(QStringLiteral("ec2.imageids"), ResolvedField{Ec2ImageIds, FieldType::String, true});
        return table;
    }();
    return fields;
}

using Span = RawJson::Span;

// fastjson's Uint64(), falling back to Float64(), then 0: how the plugin reads byte counts.
quint64 unsignedValue(const RawJson &raw, const std::optional<Span> &span)
{
    if (!span || raw.isString(*span))
        return 0;
    const QByteArray text = raw.compact(*span);
    bool ok = false;
    const quint64 whole = text.toULongLong(&ok);
    if (ok)
        return whole;
    const double real = text.toDouble(&ok);
    return ok && real > 0 ? quint64(real) : 0;
}

} // namespace

CloudTrailEvent::CloudTrailEvent(QJsonObject record, QByteArray rawJson, quint64 number)
    : RuleEvent(record, std::move(rawJson), number, eventTimeNs(record))
{
}

QString CloudTrailEvent::source() const
{
    return QStringLiteral("aws_cloudtrail");
}

QString CloudTrailEvent::pluginName() const
{
    return QStringLiteral("cloudtrail");
}

qint64 CloudTrailEvent::eventTimeNs(const QJsonObject &record)
{
    return parseRfc3339Nanos(record.value(QLatin1String("eventTime")).toString()).value_or(0);
}

std::optional<ResolvedField> CloudTrailEvent::resolveField(const QString &name)
{
    const auto found = cloudTrailFields().constFind(name);
    if (found != cloudTrailFields().constEnd())
        return *found;
    return resolveCommonField(name);
}

std::optional<RawJson::Span> CloudTrailEvent::at(std::initializer_list<const char *> path) const
{
    return raw().find(path);
}

// The plugin's `string(v.GetStringBytes())`: a string's text, "" for other values, nothing when absent.
void CloudTrailEvent::setText(FieldValue &value, const std::optional<RawJson::Span> &span) const
{
    if (span)
        value.setString(raw().isString(*span) ? raw().stringValue(*span) : QString());
}

// The plugin's `v.Bool()`: only a JSON true reads as "true" (CloudTrail's string "true" does not).
void CloudTrailEvent::setBoolean(FieldValue &value, const std::optional<RawJson::Span> &span) const
{
    if (span)
        value.setString(raw().compact(*span) == "true" ? QStringLiteral("true") : QStringLiteral("false"));
}

QString CloudTrailEvent::textAt(std::initializer_list<const char *> path) const
{
    FieldValue value;
    setText(value, at(path));
    return value.text();
}

void CloudTrailEvent::extractSourceField(int id, const QString &argument, FieldValue &value) const
{
    if (id >= FirstPlainField && id < FirstPlainField + kPlainFieldCount) {
        const PlainField &field = kPlainFields[id - FirstPlainField];
        const std::optional<Span> span = field.second ? at({field.first, field.second}) : at({field.first});
        if (span && field.asJson)
            value.setString(QString::fromUtf8(raw().compact(*span)));
        else
            setText(value, span);
        return;
    }
    switch (CloudTrailField(id)) {
    case CtShortSrc: {
        const std::optional<Span> span = at({"eventSource"});
        if (!span)
            return;
        setText(value, span);
        const QLatin1String trailer(".amazonaws.com");
        QString &text = value.strings.first();
        if (text.size() > trailer.size() && text.endsWith(trailer))
            text.chop(trailer.size());
        return;
    }
    case CtUser: extractUser(value); return;
    case CtOriginalUser: extractOriginalUser(value); return;
    case CtUserAccountId: {
        std::optional<Span> span = at({"userIdentity", "accountId"});
        setText(value, span ? span : at({"recipientAccountId"}));
        return;
    }
    case CtInfo: value.setString(info()); return;
    case CtManagementEvent: setBoolean(value, at({"managementEvent"})); return;
    case CtReadOnly: setBoolean(value, at({"readOnly"})); return;
    case CtSessionCredentialFromConsole: setBoolean(value, at({"sessionCredentialFromConsole"})); return;
    case CtResources: {
        const std::optional<Span> resources = at({"resources"});
        QStringList parts;
        for (qsizetype index = 0; resources; ++index) {
            const std::optional<Span> item = raw().get(*resources, QString::number(index));
            if (!item)
                break;
            parts.append(QString::fromUtf8(raw().compact(*item)));
        }
        if (!parts.isEmpty())
            value.setString(parts.join(QLatin1Char(',')));
        return;
    }
    case S3Uri: {
        const std::optional<Span> bucket = at({"requestParameters", "bucketName"});
        const std::optional<Span> key = at({"requestParameters", "key"});
        if (bucket && key && raw().isString(*bucket) && raw().isString(*key))
            value.setString(QStringLiteral("s3://") + raw().stringValue(*bucket) + QLatin1Char('/')
                            + raw().stringValue(*key));
        return;
    }
    case S3Bytes: extractBytes(true, true, value); return;
    case S3BytesIn: extractBytes(true, false, value); return;
    case S3BytesOut: extractBytes(false, true, value); return;
    case S3CountGet:
    case S3CountPut:
    case S3CountOther: {
        const QString name = textAt({"eventName"});
        const bool isGet = name == QLatin1String("GetObject");
        const bool isPut = name == QLatin1String("PutObject");
        if ((id == S3CountGet && isGet) || (id == S3CountPut && isPut)
            || (id == S3CountOther && !isGet && !isPut))
            value.setNumber(1);
        return;
    }
    case Ec2Name: {
        const std::optional<Span> items = at({"requestParameters", "tagSpecificationSet", "items"});
        QString name;
        for (qsizetype index = 0; items; ++index) {
            const std::optional<Span> item = raw().get(*items, QString::number(index));
            if (!item)
                break;
            const std::optional<Span> type = raw().get(*item, QStringLiteral("resourceType"));
            if (!type || raw().stringValue(*type) != QLatin1String("instance"))
                continue;
            const std::optional<Span> tags = raw().get(*item, QStringLiteral("tags"));
            for (qsizetype tagIndex = 0; tags; ++tagIndex) {
                const std::optional<Span> tag = raw().get(*tags, QString::number(tagIndex));
                if (!tag)
                    break;
                const std::optional<Span> key = raw().get(*tag, QStringLiteral("key"));
                if (key && raw().stringValue(*key) == QLatin1String("Name")) {
                    const std::optional<Span> tagValue = raw().get(*tag, QStringLiteral("value"));
                    name = tagValue ? raw().stringValue(*tagValue) : QString();
                    break;
                }
            }
        }
        if (!name.isEmpty())
            value.setString(name);
        return;
    }
    case CtRequestDocumentName:
        // The plugin looks this field up as "ct.request.documentName" and so never extracts it; a rule
        // that tests it never fires in Falco, and a dry run should say so.
        return;
    case Ec2ImageId: extractImageIds(QStringLiteral("0"), value); return;
    case Ec2ImageIds: extractImageIds(argument, value); return;
    case FirstPlainField: return;
    }
}

void CloudTrailEvent::extractUser(FieldValue &value) const
{
    const std::optional<Span> type = at({"userIdentity", "type"});
    if (!type || !raw().isString(*type))
        return;
    const QString kind = raw().stringValue(*type);
    if (kind == QLatin1String("Root") || kind == QLatin1String("IAMUser")) {
        setText(value, at({"userIdentity", "userName"}));
    } else if (kind == QLatin1String("AWSService")) {
        setText(value, at({"userIdentity", "invokedBy"}));
    } else if (kind == QLatin1String("AssumedRole")) {
        const std::optional<Span> issuer
            = at({"userIdentity", "sessionContext", "sessionIssuer", "userName"});
        if (issuer)
            setText(value, issuer);
        else
            value.setString(QStringLiteral("AssumedRole"));
    } else if (kind == QLatin1String("AWSAccount") || kind == QLatin1String("FederatedUser")) {
        value.setString(kind);
    }
    // The plugin knows no user for any other identity type.
}

void CloudTrailEvent::extractOriginalUser(FieldValue &value) const
{
    if (textAt({"userIdentity", "type"}) != QLatin1String("AssumedRole") || !at({"userIdentity", "type"})) {
        setText(value, at({"userIdentity", "userName"}));
        return;
    }
    // The session name: the last part of an assumed-role ARN, or what follows the colon of the
    // principal id ("AROA...:alice").
    if (at({"userIdentity", "arn"})) {
        const QStringList parts = textAt({"userIdentity", "arn"}).split(QLatin1Char('/'));
        if (parts.size() == 3) {
            value.setString(parts.last());
            return;
        }
    }
    if (at({"userIdentity", "principalId"})) {
        const QStringList parts = textAt({"userIdentity", "principalId"}).split(QLatin1Char(':'));
        if (parts.size() == 2)
            value.setString(parts.last());
    }
}

void CloudTrailEvent::extractImageIds(const QString &argument, FieldValue &value) const
{
    std::optional<qsizetype> index;
    if (!argument.isEmpty()) {
        bool ok = false;
        index = argument.toLongLong(&ok);
        if (!ok || *index < 0)
            return;
    }
    const std::optional<Span> instances = at({"responseElements", "instancesSet", "items"});
    if (instances) {
        if (index) {
            const std::optional<Span> item = raw().get(*instances, QString::number(*index));
            if (item)
                setText(value, raw().get(*item, QStringLiteral("imageId")));
            return;
        }
        for (qsizetype element = 0;; ++element) {
            const std::optional<Span> item = raw().get(*instances, QString::number(element));
            if (!item)
                break;
            const std::optional<Span> image = raw().get(*item, QStringLiteral("imageId"));
            const QString text = image ? raw().stringValue(*image) : QString();
            if (!text.isEmpty())
                value.setString(text);
        }
        return;
    }
    if (index && *index != 0)
        return;
    for (const std::optional<Span> &candidate :
         {at({"requestParameters", "imageId"}),
          at({"requestParameters", "DescribeFastLaunchImagesRequest", "ImageId", "content"}),
          at({"requestParameters", "launchSpecification", "imageId"})}) {
        if (candidate) {
            setText(value, candidate);
            return;
        }
    }
}

void CloudTrailEvent::extractBytes(bool in, bool out, FieldValue &value) const
{
    const std::optional<Span> bytesIn = in ? at({"additionalEventData", "bytesTransferredIn"}) : std::nullopt;
    const std::optional<Span> bytesOut
        = out ? at({"additionalEventData", "bytesTransferredOut"}) : std::nullopt;
    if (!bytesIn && !bytesOut)
        return;
    value.setNumber(unsignedValue(raw(), bytesIn) + unsignedValue(raw(), bytesOut));
}

// The plugin's ct.info, reproduced as it is: for PutBucketPublicAccessBlock it reads the four flags
// from the top of the record, where they never are, so it always prints them as false.
QString CloudTrailEvent::info() const
{
    FieldValue user;
    extractUser(user);
    if (user.isMissing())
        return QStringLiteral("<invalid cloudtrail event: userIdentity field missing>");
    if (!at({"sourceIPAddress"}))
        return QStringLiteral("<invalid cloudtrail event: eventSource field missing>");
    if (!at({"eventName"}))
        return QStringLiteral("<invalid cloudtrail event: eventName field missing>");
    const QString userText = user.text();
    const QString ipText = textAt({"sourceIPAddress"});
    const QString eventName = textAt({"eventName"});
    const QString errorMark = at({"errorCode"}) ? QStringLiteral("!") : QString();
    FieldValue readOnly;
    setBoolean(readOnly, at({"readOnly"}));
    // ← for a read, → for a change.
    const QString direction
        = readOnly.text() == QLatin1String("false") ? QStringLiteral("\u2192") : QStringLiteral("\u2190");
    QString info = userText == ipText
        ? QStringLiteral("%1 %2%3 %4").arg(userText, errorMark, direction, eventName)
        : QStringLiteral("%1 via %2 %3%4 %5").arg(userText, ipText, errorMark, direction, eventName);

    if (eventName == QLatin1String("PutBucketPublicAccessBlock")) {
        const std::optional<Span> configuration = at({"requestParameters", "PublicAccessBlockConfiguration"});
        if (configuration && raw().compact(*configuration).startsWith('{'))
            info += QStringLiteral(" BlockPublicAcls=false BlockPublicPolicy=false IgnorePublicAcls=false "
                                   "RestrictPublicBuckets=false ");
        return info;
    }
    FieldValue bytes;
    extractBytes(true, true, bytes);
    if (!bytes.isMissing())
        info += QStringLiteral(" Size=%1").arg(bytes.numbers.first());
    FieldValue uri;
    extractSourceField(S3Uri, {}, uri);
    if (!uri.isMissing())
        return info + QStringLiteral(" URI=") + uri.text();
    if (at({"requestParameters", "bucketName"}))
        return info + QStringLiteral(" Bucket=") + textAt({"requestParameters", "bucketName"});
    if (at({"requestParameters", "key"}))
        return info + QStringLiteral(" Key=") + textAt({"requestParameters", "key"});
    if (at({"requestParameters", "Host"}))
        return info + QStringLiteral(" Host=") + textAt({"requestParameters", "Host"});
    return info;
}

QString CloudTrailEvent::pluginInfo() const
{
    FieldValue shortSource;
    extractSourceField(CtShortSrc, {}, shortSource);
    FieldValue user;
    extractUser(user);
    const QString userText
        = user.isMissing() || user.text().isEmpty() ? QString() : QLatin1Char(' ') + user.text();
    return QStringLiteral("%1%2 %3 %4 %5")
        .arg(textAt({"awsRegion"}), userText, shortSource.text(), textAt({"eventName"}), info());
}

} // namespace tfdrift::rules
